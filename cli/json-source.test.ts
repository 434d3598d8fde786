import { describe, expect, it } from 'vitest';
import { parseJson } from './json-source.ts';

const where = (text: string) => {
  const r = parseJson(text);
  if (r.ok) throw new Error('expected a syntax error');
  return `${r.error.line}:${r.error.column} ${r.error.message}`;
};

describe('parseJson', () => {
  it('parses valid JSON', () => {
    expect(parseJson('{"a":[1,2.5e3,"x\\u0041",true,null]}')).toEqual({ ok: true, value: { a: [1, 2500, 'xA', true, null] } });
  });

  it('names the line and column of the first error', () => {
    expect(where('{\n  "kind": "flow",\n  "id": oops\n}')).toBe(`3:9 unexpected "o": expected a value`);
    expect(where('{"a": 1,}')).toBe('1:9 unexpected "}": expected a property name in double quotes');
    expect(where('[1, 2')).toBe("1:6 unexpected end of input: expected ',' or ']'");
    expect(where('{"a": "x\ny"}')).toMatch(/^1:9 .*control characters/);
    expect(where('{} {}')).toBe('1:4 unexpected "{": expected the end of input');
    expect(where('{"a" 1}')).toBe(`1:6 unexpected "1": expected ':'`);
    expect(where('')).toBe('1:1 unexpected end of input: expected a value');
  });
});
