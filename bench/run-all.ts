/**
 * `npm run bench`: runs every benchmark in its own process (so one's heap and JIT state do not
 * colour the next), one after another, and prints each one's figures (its last JSON line).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const benches = ['validate', 'flow', 'dialog', 'qa'].filter((b) => existsSync(`${here}${b}.bench.ts`));
const summary: Record<string, unknown> = {};
for (const name of benches) {
  console.log(`\n=== ${name} ===`);
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', `${here}${name}.bench.ts`], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  process.stdout.write(run.stdout);
  const last = run.stdout.trim().split('\n').pop() ?? '';
  try {
    summary[name] = JSON.parse(last);
  } catch {
    summary[name] = { error: `exit ${run.status}: no JSON figures on the last line` };
  }
}
console.log('\n' + JSON.stringify(summary));
