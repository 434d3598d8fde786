#!/usr/bin/env node
// The CollectFlow CLI. It runs the bundle `npm run build` writes to dist/ (`npm install` builds it);
// without one, when a source it was built from has changed since, or with COLLECTFLOW_SOURCES=1,
// tsx compiles the TypeScript sources on load instead.
import { readFileSync, statSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
if (bundleIsFresh()) await import(new URL('collectflow.js', dist).href);
else await fromSources();

function bundleIsFresh() {
  if (process.env.COLLECTFLOW_SOURCES === '1') return false;
  try {
    const built = statSync(new URL('collectflow.js', dist)).mtimeMs;
    const inputs = JSON.parse(readFileSync(new URL('inputs.json', dist), 'utf8'));
    return inputs.every((f) => statSync(new URL(`../${f}`, dist)).mtimeMs <= built);
  } catch {
    return false; // no bundle, or a source it lists is gone
  }
}

async function fromSources() {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../cli/entry.ts');
}
