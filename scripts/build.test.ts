import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('the package as installed', () => {
  it("imports from plain JavaScript by its name ('collectflow' → dist/runtime.js) and runs a template flow", () => {
    expect(spawnSync(process.execPath, ['scripts/build.js'], { encoding: 'utf8' }).status).toBe(0);
    const script = `
      import { readFileSync } from 'node:fs';
      import { compile, startRun } from 'collectflow';
      const read = (f) => JSON.parse(readFileSync(f, 'utf8'));
      const policy = read('templates/policies/policy-cn.json');
      const plan = compile(read('templates/flows/m1-early.json'), { resolve: (kind, id) => (kind === 'policy' && id === policy.id ? policy : undefined), checkReferences: false });
      const r = startRun(plan, read('templates/data/case-zh.json'), '2026-12-01T02:00:00Z');
      console.log(JSON.stringify({ effects: r.effects.map((e) => e.type), status: r.state.status }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ effects: ['send-sms'], status: 'waiting' });
  }, 30_000);
});
