#!/usr/bin/env node
// The CollectFlow CLI. Sources are TypeScript; tsx compiles them on load.
import { register } from 'tsx/esm/api';

register();
const { main, nodeIo } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2), nodeIo());
