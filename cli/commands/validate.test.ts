import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { fakeIo } from '../test-io.ts';

describe('collectflow validate', () => {
  it('exits 2 with usage when no file is named', async () => {
    const io = fakeIo();
    expect(await main(['validate'], io)).toBe(2);
    expect(io.err()).toContain('usage: collectflow validate');
  });

  it('reports malformed JSON with its line and column', async () => {
    const io = fakeIo({ 'bad.json': '{\n  "kind": "flow",\n  "id": oops\n}' });
    expect(await main(['validate', 'bad.json', '--json'], io)).toBe(1);
    const [report] = JSON.parse(io.out());
    expect(report).toMatchObject({ file: 'bad.json', kind: null, valid: false });
    expect(report.errors[0]).toMatchObject({ code: 'json.syntax', line: 3, column: 9 });
    expect(report.errors[0].message).toContain('line 3, column 9');
  });

  it('reports a file that cannot be read, and a document of no known kind', async () => {
    const io = fakeIo({ 'x.json': JSON.stringify({ kind: 'spreadsheet' }) });
    expect(await main(['validate', 'missing.json', 'x.json', '--json'], io)).toBe(1);
    const reports = JSON.parse(io.out());
    expect(reports.map((r: { errors: Array<{ code: string }> }) => r.errors[0]!.code)).toEqual(['file.unreadable', 'document.unknown-kind']);
    expect(reports[1].errors[0].pointer).toBe('/kind');
  });

  it('prints a readable report, in Chinese on request', async () => {
    const policy = JSON.parse(await fakeIo().readFile('templates/policies/policy-cn.json'));
    const io = fakeIo({ 'p.json': JSON.stringify({ ...policy, schemaVersion: 9 }) });
    expect(await main(['validate', 'p.json', '--lang', 'zh'], io)).toBe(1);
    expect(io.out()).toMatch(/INVALID p\.json \(policy\)\n {2}error \/schemaVersion {2}必须等于 1 {2}\[schema\.const\]/);
    expect(io.out()).toContain('1 of 1 invalid');
  });

  it('rejects an unknown option as a usage error', async () => {
    const io = fakeIo();
    expect(await main(['validate', '--frobnicate', 'a.json'], io)).toBe(2);
  });
});

describe('collectflow validate with references', () => {
  it('accepts every template, references resolved among them', async () => {
    const io = fakeIo();
    const files = ['flows/m1-early.json', 'flows/m2-escalation.json', 'flows/m3-plus.json', 'flows/lifecycle-us.json', 'dialogs/m1-reminder-zh.json',
      'dialogs/m1-reminder-en.json', 'qa/qa-cn.json', 'qa/qa-us.json', 'policies/policy-cn.json', 'policies/policy-us.json'].map((f) => `templates/${f}`);
    expect(await main(['validate', ...files], io)).toBe(0);
    expect(io.out()).toContain('10 valid');
  });

  it('checks a single flow against the documents under --refs', async () => {
    const flow = JSON.parse(await fakeIo().readFile('templates/flows/m1-early.json'));
    flow.nodes.find((n: { id: string }) => n.id === 'bot').data.dialogId = 'm1-missing';
    const io = fakeIo({ 'f.json': JSON.stringify(flow) });
    expect(await main(['validate', 'f.json', '--json'], io)).toBe(0); // alone: references not checked
    const withRefs = fakeIo({ 'f.json': JSON.stringify(flow) });
    expect(await main(['validate', 'f.json', '--refs', 'templates', '--json'], withRefs)).toBe(1);
    expect(JSON.parse(withRefs.out())[0].errors).toEqual([expect.objectContaining({ code: 'ref.unresolved', pointer: expect.stringMatching(/^\/nodes\/\d+\/data\/dialogId$/) })]);
  });

  it('says when --refs is not a directory', async () => {
    const io = fakeIo();
    expect(await main(['validate', 'templates/flows/m1-early.json', '--refs', 'no/such/dir'], io)).toBe(2);
    expect(io.err()).toContain('--refs no/such/dir');
  });
});
