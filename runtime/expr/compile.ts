/**
 * Compiles a CEL AST into nested JS closures once, so evaluating a condition per case costs a few
 * function calls and no parsing. No source text ever reaches eval or new Function.
 *
 * Semantics, chosen for business rules over JSON cases (documented in README):
 * - every number is a JS number (CEL's int/uint/double are not distinguished);
 * - a missing field reads as null, and an ordering comparison with null is false;
 * - arithmetic on a non-number, or an unknown function, is an evaluation error (ExprEvalError).
 */
import { literal, MACROS, parseExpression, type Node } from './ast.ts';

export interface ExprContext {
  case: Record<string, unknown>;
  vars: Record<string, unknown>;
}

type Fn = (c: ExprContext) => unknown;

type CaseRecord = Record<string, unknown> & {
  dpd?: unknown; balance?: unknown; overdueAmount?: unknown; score?: unknown; product?: unknown; currency?: unknown; timezone?: unknown;
  jurisdiction?: unknown; language?: unknown; flags?: unknown; tags?: unknown; phones?: unknown; debts?: unknown; optOuts?: unknown;
  promisesKept?: unknown; promisesBroken?: unknown; dueDate?: unknown; lastPaymentDate?: unknown; agencyId?: unknown; id?: unknown;
};
/** Accessors for the standard case fields, written out so each property load has one name. */
const CASE_FIELD: Record<string, Fn | undefined> = {
  id: (c) => (c.case as CaseRecord).id ?? null,
  dpd: (c) => (c.case as CaseRecord).dpd ?? null,
  balance: (c) => (c.case as CaseRecord).balance ?? null,
  overdueAmount: (c) => (c.case as CaseRecord).overdueAmount ?? null,
  score: (c) => (c.case as CaseRecord).score ?? null,
  product: (c) => (c.case as CaseRecord).product ?? null,
  currency: (c) => (c.case as CaseRecord).currency ?? null,
  timezone: (c) => (c.case as CaseRecord).timezone ?? null,
  jurisdiction: (c) => (c.case as CaseRecord).jurisdiction ?? null,
  language: (c) => (c.case as CaseRecord).language ?? null,
  flags: (c) => (c.case as CaseRecord).flags ?? null,
  tags: (c) => (c.case as CaseRecord).tags ?? null,
  phones: (c) => (c.case as CaseRecord).phones ?? null,
  debts: (c) => (c.case as CaseRecord).debts ?? null,
  optOuts: (c) => (c.case as CaseRecord).optOuts ?? null,
  promisesKept: (c) => (c.case as CaseRecord).promisesKept ?? null,
  promisesBroken: (c) => (c.case as CaseRecord).promisesBroken ?? null,
  dueDate: (c) => (c.case as CaseRecord).dueDate ?? null,
  lastPaymentDate: (c) => (c.case as CaseRecord).lastPaymentDate ?? null,
  agencyId: (c) => (c.case as CaseRecord).agencyId ?? null,
};
/** Names bound by macros (list.all(x, …)) and the one slot array they are written to per expression. */
interface Locals { names: ReadonlyMap<string, number>; slots: unknown[] }

export class ExprEvalError extends Error {
  override name = 'ExprEvalError';
}

export type CompiledExpression = (ctx: ExprContext) => unknown;

/** Compiles a CEL expression; throws ExprEvalError when it does not parse (check it first). */
export function compileExpression(src: string): CompiledExpression {
  const parsed = parseExpression(src);
  if (!parsed.ok) throw new ExprEvalError(`cannot compile '${src}': ${parsed.message}`);
  // Returned as is: a wrapper would add a call to every evaluation.
  return compileNode(parsed.ast, { names: new Map(), slots: [] });
}

function compileNode(node: Node, locals: Locals): Fn {
  switch (node.op) {
    case 'value': {
      const v = literal(node.args);
      return () => v;
    }
    case 'id':
      return compileId(node.args as string, locals);
    case '.':
    case '.?': {
      const [objNode, field] = node.args as [Node, string];
      if (objNode.op === 'id' && !locals.names.has(objNode.args as string)) {
        // The hot path: case.<field> and vars.<name>. Standard fields get an accessor with a fixed
        // property name, which V8 can cache; others are looked up by key.
        if (objNode.args === 'case') return CASE_FIELD[field] ?? ((c) => c.case[field] ?? null);
        if (objNode.args === 'vars') return (c) => c.vars[field] ?? null;
      }
      const obj = compileNode(objNode, locals);
      return (c) => {
        const o = obj(c);
        return o !== null && typeof o === 'object' ? ((o as Record<string, unknown>)[field] ?? null) : null;
      };
    }
    case '[]':
    case '[?]': {
      const [objNode, keyNode] = node.args as [Node, Node];
      const obj = compileNode(objNode, locals);
      const key = compileNode(keyNode, locals);
      return (c) => {
        const o = obj(c);
        const k = key(c);
        if (o === null || typeof o !== 'object') return null;
        return (o as Record<string, unknown>)[k as string] ?? null;
      };
    }
    case '&&': {
      const [a, b] = (node.args as [Node, Node]).map((n) => compileNode(n, locals)) as [Fn, Fn];
      return (c) => a(c) === true && b(c) === true;
    }
    case '||': {
      const [a, b] = (node.args as [Node, Node]).map((n) => compileNode(n, locals)) as [Fn, Fn];
      return (c) => a(c) === true || b(c) === true;
    }
    case '!_': {
      const a = compileNode(node.args as Node, locals);
      return (c) => a(c) !== true;
    }
    case '-_': {
      const a = compileNode(node.args as Node, locals);
      return (c) => -num(a(c), '-');
    }
    case '?:': {
      const [t, y, n] = (node.args as [Node, Node, Node]).map((x) => compileNode(x, locals)) as [Fn, Fn, Fn];
      return (c) => (t(c) === true ? y(c) : n(c));
    }
    case 'list': {
      const items = (node.args as Node[]).map((n) => compileNode(n, locals));
      return (c) => items.map((f) => f(c));
    }
    case 'map': {
      const entries = (node.args as Array<[Node, Node]>).map(([k, v]) => [compileNode(k, locals), compileNode(v, locals)] as const);
      return (c) => Object.fromEntries(entries.map(([k, v]) => [String(k(c)), v(c)]));
    }
    case 'call':
      return compileCall(node, locals);
    case 'rcall':
      return compileReceiverCall(node, locals);
    default:
      return compileBinary(node, locals);
  }
}

function compileId(name: string, locals: Locals): Fn {
  const slot = locals.names.get(name);
  if (slot !== undefined) return () => locals.slots[slot];
  if (name === 'case') return (c) => c.case;
  if (name === 'vars') return (c) => c.vars;
  return () => {
    throw new ExprEvalError(`unknown name '${name}'`);
  };
}

/** Comparisons against a literal number or string are the bulk of business rules: make them direct. */
function compileAgainstLiteral(op: string, side: Node, lit: unknown, flipped: boolean, locals: Locals): Fn | null {
  const x = compileNode(side, locals);
  if (op === '==' || op === '!=') {
    if (lit === null || typeof lit === 'object') return null;
    return op === '==' ? (c) => x(c) === lit : (c) => x(c) !== lit;
  }
  if (typeof lit !== 'number') return null;
  const k = lit;
  const cmp = flipped ? ({ '<': '>', '<=': '>=', '>': '<', '>=': '<=' } as Record<string, string>)[op] : op;
  const slow = (v: unknown) => order(v, k, cmp!);
  switch (cmp) {
    case '<': return (c) => { const v = x(c); return typeof v === 'number' ? v < k : slow(v) < 0; };
    case '<=': return (c) => { const v = x(c); return typeof v === 'number' ? v <= k : slow(v) <= 0; };
    case '>': return (c) => { const v = x(c); return typeof v === 'number' ? v > k : slow(v) > 0; };
    case '>=': return (c) => { const v = x(c); return typeof v === 'number' ? v >= k : slow(v) >= 0; };
    default: return null;
  }
}

function compileBinary(node: Node, locals: Locals): Fn {
  const [left, right] = node.args as [Node, Node];
  if (['==', '!=', '<', '<=', '>', '>='].includes(node.op)) {
    const fast = right.op === 'value' ? compileAgainstLiteral(node.op, left, literal(right.args), false, locals)
      : left.op === 'value' ? compileAgainstLiteral(node.op, right, literal(left.args), true, locals) : null;
    if (fast) return fast;
  }
  const [a, b] = [compileNode(left, locals), compileNode(right, locals)];
  switch (node.op) {
    case '==': return (c) => equals(a(c), b(c));
    case '!=': return (c) => !equals(a(c), b(c));
    case '<': return (c) => order(a(c), b(c), '<') < 0;
    case '<=': return (c) => order(a(c), b(c), '<=') <= 0;
    case '>': return (c) => order(a(c), b(c), '>') > 0;
    case '>=': return (c) => order(a(c), b(c), '>=') >= 0;
    case '+': return (c) => plus(a(c), b(c));
    case '-': return (c) => num(a(c), '-') - num(b(c), '-');
    case '*': return (c) => num(a(c), '*') * num(b(c), '*');
    case '/': return (c) => divide(num(a(c), '/'), num(b(c), '/'));
    case '%': return (c) => num(a(c), '%') % num(b(c), '%');
    case 'in': return (c) => contains(b(c), a(c));
    default:
      throw new ExprEvalError(`unsupported operator '${node.op}'`);
  }
}

function compileCall(node: Node, locals: Locals): Fn {
  const [name, argNodes] = node.args as [string, Node[]];
  if (name === 'has') {
    // has(x.f) asks whether the field is present, without reading it as null.
    const target = argNodes[0];
    if (!target || (target.op !== '.' && target.op !== '.?')) throw new ExprEvalError('has() takes a field selection such as has(case.score)');
    const [objNode, field] = target.args as [Node, string];
    const obj = compileNode(objNode, locals);
    return (c) => {
      const o = obj(c);
      return o !== null && typeof o === 'object' && (o as Record<string, unknown>)[field] !== undefined && (o as Record<string, unknown>)[field] !== null;
    };
  }
  const args = argNodes.map((n) => compileNode(n, locals));
  const a0 = args[0] ?? (() => null);
  switch (name) {
    case 'size': return (c) => size(a0(c));
    case 'int': return (c) => Math.trunc(Number(a0(c)));
    case 'double': return (c) => Number(a0(c));
    case 'string': return (c) => String(a0(c));
    case 'bool': return (c) => a0(c) === true || a0(c) === 'true';
    case 'abs': return (c) => Math.abs(num(a0(c), 'abs'));
    case 'min': return (c) => Math.min(...args.map((f) => num(f(c), 'min')));
    case 'max': return (c) => Math.max(...args.map((f) => num(f(c), 'max')));
    default:
      throw new ExprEvalError(`unknown function '${name}'`);
  }
}

function compileReceiverCall(node: Node, locals: Locals): Fn {
  const [name, receiverNode, argNodes] = node.args as [string, Node, Node[]];
  const receiver = compileNode(receiverNode, locals);
  if (MACROS.has(name)) return compileMacro(name, receiver, argNodes, locals);
  const args = argNodes.map((n) => compileNode(n, locals));
  const a0 = args[0] ?? (() => null);
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  switch (name) {
    case 'startsWith': return (c) => str(receiver(c))?.startsWith(String(a0(c))) ?? false;
    case 'endsWith': return (c) => str(receiver(c))?.endsWith(String(a0(c))) ?? false;
    case 'contains': return (c) => str(receiver(c))?.includes(String(a0(c))) ?? false;
    case 'lowerAscii': return (c) => str(receiver(c))?.toLowerCase() ?? null;
    case 'upperAscii': return (c) => str(receiver(c))?.toUpperCase() ?? null;
    case 'size': return (c) => size(receiver(c));
    default:
      throw new ExprEvalError(`unknown function '${name}'`);
  }
}

function compileMacro(name: string, receiver: Fn, argNodes: Node[], locals: Locals): Fn {
  const [varNode, bodyNode] = argNodes;
  if (!varNode || varNode.op !== 'id' || !bodyNode) throw new ExprEvalError(`${name}() takes a variable and an expression, e.g. list.${name}(x, x > 0)`);
  const slot = locals.names.size;
  const body = compileNode(bodyNode, { names: new Map(locals.names).set(varNode.args as string, slot), slots: locals.slots });
  const items = (c: ExprContext): unknown[] => {
    const r = receiver(c);
    if (Array.isArray(r)) return r;
    if (r !== null && typeof r === 'object') return Object.keys(r);
    return [];
  };
  const each = (c: ExprContext, test: (v: unknown, item: unknown) => boolean | void) => {
    for (const item of items(c)) {
      locals.slots[slot] = item;
      if (test(body(c), item) === false) return false;
    }
    return true;
  };
  switch (name) {
    case 'all': return (c) => each(c, (v) => v === true);
    case 'exists': return (c) => !each(c, (v) => v !== true);
    case 'exists_one': return (c) => { let n = 0; each(c, (v) => { if (v === true) n++; }); return n === 1; };
    case 'filter': return (c) => { const out: unknown[] = []; each(c, (v, item) => { if (v === true) out.push(item); }); return out; };
    default: return (c) => { const out: unknown[] = []; each(c, (v) => { out.push(v); }); return out; };
  }
}

function num(v: unknown, op: string): number {
  if (typeof v === 'number') return v;
  throw new ExprEvalError(`'${op}' needs numbers, got ${v === null ? 'null' : typeof v}`);
}

function divide(a: number, b: number): number {
  if (b === 0) throw new ExprEvalError('division by zero');
  return a / b;
}

function plus(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  throw new ExprEvalError(`'+' needs two numbers, two strings or two lists`);
}

/** Returns NaN (every comparison false) when either side is null; throws on mixed types. */
function order(a: unknown, b: unknown, op: string): number {
  if (a === null || b === null || a === undefined || b === undefined) return NaN;
  if (typeof a !== typeof b || (typeof a !== 'number' && typeof a !== 'string')) {
    throw new ExprEvalError(`'${op}' cannot compare ${typeof a} with ${typeof b}`);
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

function equals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return (a ?? null) === (b ?? null);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => equals((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function contains(container: unknown, item: unknown): boolean {
  if (Array.isArray(container)) return container.some((x) => equals(x, item));
  if (container !== null && typeof container === 'object') return Object.prototype.hasOwnProperty.call(container, String(item));
  return false;
}

function size(v: unknown): number {
  if (typeof v === 'string' || Array.isArray(v)) return v.length;
  if (v !== null && typeof v === 'object') return Object.keys(v).length;
  return 0;
}
