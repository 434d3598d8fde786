import { describe, expect, it } from 'vitest';
import { checkExpression, compileExpression, ExprEvalError, referencedNames } from './index.ts';

const scope = { case: new Set(['dpd', 'balance', 'flags', 'product', 'phones', 'score']), vars: new Set(['score', 'segment']) };
const run = (src: string, c: Record<string, unknown>, vars: Record<string, unknown> = {}) => compileExpression(src)({ case: c, vars });

describe('checkExpression', () => {
  it('accepts conditions over known fields, variables, macros and functions', () => {
    for (const src of [
      'case.dpd > 30 && case.balance >= 5000.0',
      '"dispute" in case.flags || vars.score < 500',
      'case.phones.exists(p, p.owner == "debtor")',
      'has(case.score) ? case.score > 600 : false',
      'case.product.startsWith("card") && size(case.flags) == 0',
    ]) expect(checkExpression(src, scope, '/x'), src).toEqual([]);
  });

  it('reports a syntax error with its column', () => {
    const [e] = checkExpression('case.dpd > > 3', scope, '/nodes/2/data/condition');
    expect(e).toMatchObject({ code: 'expr.syntax', pointer: '/nodes/2/data/condition' });
    expect(e!.message).toContain('column 12');
    expect(e!.messageZh).toContain('第 12 列');
  });

  it('reports unknown case fields, variables, names and functions', () => {
    const codes = (src: string) => checkExpression(src, scope, '/c').map((i) => [i.code, i.message]);
    expect(codes('case.dpdd > 3')).toEqual([['expr.unknown-name', "unknown case field 'dpdd' in 'case.dpdd' (column 1)"]]);
    expect(codes('vars.risk > 3')[0]![0]).toBe('expr.unknown-name');
    expect(codes('dpd > 3')[0]![0]).toBe('expr.unknown-name');
    expect(codes('now() > 3')[0]![0]).toBe('expr.unknown-function');
    expect(codes('case.product.matches("x")')[0]![0]).toBe('expr.unknown-function');
  });

  it('knows loop variables only inside their macro', () => {
    expect(checkExpression('case.phones.all(p, p.owner == "debtor") && p.x', scope, '').map((i) => i.code)).toEqual(['expr.unknown-name']);
  });

  it('lists the names an expression reads', () => {
    expect(referencedNames('case.dpd > 3 && vars.score < case.balance')).toEqual({ case: ['balance', 'dpd'], vars: ['score'] });
  });
});

describe('compileExpression', () => {
  it('compares numbers without CEL int/double friction', () => {
    expect(run('case.dpd > 30', { dpd: 31 })).toBe(true);
    expect(run('case.dpd > 30', { dpd: 30 })).toBe(false);
    expect(run('case.balance >= 1000', { balance: 1000.5 })).toBe(true);
    expect(run('case.balance * 2 + 1 == 7', { balance: 3 })).toBe(true);
  });

  it('reads a missing field as null: orderings are false, equality with null holds', () => {
    expect(run('case.score < 500', {})).toBe(false);
    expect(run('case.score >= 500', {})).toBe(false);
    expect(run('case.score == null', {})).toBe(true);
    expect(run('has(case.score)', {})).toBe(false);
    expect(run('has(case.score)', { score: 0 })).toBe(true);
  });

  it('evaluates membership, logic, ternaries and string functions', () => {
    expect(run('"dispute" in case.flags', { flags: ['vulnerable', 'dispute'] })).toBe(true);
    expect(run('!("dispute" in case.flags) && case.product.startsWith("ca")', { flags: [], product: 'card' })).toBe(true);
    expect(run('vars.score > 600 ? "A" : "B"', {}, { score: 650 })).toBe('A');
    expect(run('case.product in ["card", "bnpl"]', { product: 'bnpl' })).toBe(true);
  });

  it('evaluates macros with their own loop variables, nested', () => {
    const phones = [{ owner: 'debtor', tags: ['x'] }, { owner: 'third_party', tags: [] }];
    expect(run('case.phones.exists(p, p.owner == "third_party")', { phones })).toBe(true);
    expect(run('case.phones.all(p, p.owner == "debtor")', { phones })).toBe(false);
    expect(run('case.phones.exists_one(p, p.owner == "debtor")', { phones })).toBe(true);
    expect(run('size(case.phones.filter(p, p.tags.exists(t, t == "x")))', { phones })).toBe(1);
    expect(run('case.phones.map(p, p.owner)', { phones })).toEqual(['debtor', 'third_party']);
  });

  it('short-circuits, so a guarded error does not happen', () => {
    expect(run('has(case.limit) && case.balance / case.limit > 0.5', { balance: 10 })).toBe(false);
  });

  it('raises ExprEvalError on arithmetic with non-numbers and division by zero', () => {
    expect(() => run('case.name + 1 > 0', { name: 'x' })).toThrow(ExprEvalError);
    expect(() => run('case.a / case.b', { a: 1, b: 0 })).toThrow(/division by zero/);
    expect(() => run('case.a < "x"', { a: 1 })).toThrow(/cannot compare number with string/);
  });

  it('does not parse again per evaluation and gives the same answer each time', () => {
    const f = compileExpression('case.dpd % 7 == 3');
    const results = Array.from({ length: 14 }, (_, dpd) => f({ case: { dpd }, vars: {} }));
    expect(results.filter(Boolean)).toHaveLength(2);
  });
});
