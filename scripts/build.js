#!/usr/bin/env node
// Bundles into dist/: the runtime for `import … from 'collectflow'` in plain JavaScript, the CLI,
// and the CLI's `run` worker threads. Installed copies start in about half the time tsx takes to
// compile the sources on every start (each worker thread starts one too). dist/inputs.json lists
// the sources bundled, so that bin/collectflow.js can tell a stale bundle and use the sources.
import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = process.argv[2] ?? `${root}dist`;

const result = await build({
  absWorkingDir: root,
  entryPoints: { runtime: 'runtime/index.ts', collectflow: 'cli/entry.ts', 'worker-thread': 'cli/run/worker.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external', // dependencies load from node_modules, as installed
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
});
await writeFile(`${outdir}/inputs.json`, JSON.stringify(Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/'))));
