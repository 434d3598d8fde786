// The command line's entry point: runs the command argv names. bin/collectflow.js loads it (from
// the bundle scripts/build.js makes of it, or from source).
import { main, nodeIo } from './main.ts';

process.exitCode = await main(process.argv.slice(2), nodeIo());
