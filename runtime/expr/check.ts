/**
 * Static checks of a CEL condition: it parses, and it names only known case fields, variables,
 * loop variables and supported functions. Reported as Issues at the pointer of the expression.
 */
import { issue, type Issue } from '../errors.ts';
import { GLOBAL_FUNCTIONS, MACROS, parseExpression, RECEIVER_FUNCTIONS, type Node } from './ast.ts';

export interface ExprScope {
  /** Fields a case has: the case schema's standard fields plus the flow's declared caseFields. */
  case: ReadonlySet<string>;
  /** Variables declared by the flow or produced by its nodes. */
  vars: ReadonlySet<string>;
}

export function checkExpression(src: string, scope: ExprScope, pointer: string): Issue[] {
  const parsed = parseExpression(src);
  if (!parsed.ok) {
    return [issue(pointer, 'expr.syntax', `CEL syntax error at column ${parsed.start + 1}: ${parsed.message}`,
      `CEL 语法错误（第 ${parsed.start + 1} 列）：${parsed.message}`)];
  }
  const issues: Issue[] = [];
  walk(parsed.ast, new Set(), scope, pointer, src, issues);
  return issues;
}

/** Lists the `case.<field>` and `vars.<name>` an expression reads (for dependency display). */
export function referencedNames(src: string): { case: string[]; vars: string[] } {
  const parsed = parseExpression(src);
  const out = { case: new Set<string>(), vars: new Set<string>() };
  if (parsed.ok) collect(parsed.ast, out);
  return { case: [...out.case].sort(), vars: [...out.vars].sort() };
}

function collect(node: Node, out: { case: Set<string>; vars: Set<string> }): void {
  if (node.op === '.' || node.op === '.?') {
    const [obj, field] = node.args as [Node, string];
    if (obj.op === 'id' && (obj.args === 'case' || obj.args === 'vars')) out[obj.args].add(field);
  }
  for (const child of children(node)) collect(child, out);
}

function walk(node: Node, locals: Set<string>, scope: ExprScope, pointer: string, src: string, issues: Issue[]): void {
  const at = `'${src.slice(node.start, node.end)}' (column ${node.start + 1})`;
  const atZh = `'${src.slice(node.start, node.end)}'（第 ${node.start + 1} 列）`;
  switch (node.op) {
    case 'id': {
      const name = node.args as string;
      if (!locals.has(name) && name !== 'case' && name !== 'vars') {
        issues.push(issue(pointer, 'expr.unknown-name', `unknown name ${at}: use case.<field> or vars.<name>`, `未知名称 ${atZh}：请使用 case.<字段> 或 vars.<变量>`));
      }
      return;
    }
    case '.':
    case '.?': {
      const [obj, field] = node.args as [Node, string];
      if (obj.op === 'id' && !locals.has(obj.args as string) && (obj.args === 'case' || obj.args === 'vars')) {
        const known = obj.args === 'case' ? scope.case : scope.vars;
        if (!known.has(field)) {
          const what = obj.args === 'case' ? 'case field' : 'variable';
          const whatZh = obj.args === 'case' ? '案件字段' : '变量';
          issues.push(issue(pointer, 'expr.unknown-name', `unknown ${what} '${field}' in ${at}`, `未知${whatZh} '${field}'，位于 ${atZh}`));
        }
        return;
      }
      walk(obj, locals, scope, pointer, src, issues);
      return;
    }
    case 'call': {
      const [name, args] = node.args as [string, Node[]];
      if (!GLOBAL_FUNCTIONS.has(name)) issues.push(issue(pointer, 'expr.unknown-function', `unknown function '${name}' in ${at}`, `未知函数 '${name}'，位于 ${atZh}`));
      for (const a of args) walk(a, locals, scope, pointer, src, issues);
      return;
    }
    case 'rcall': {
      const [name, receiver, args] = node.args as [string, Node, Node[]];
      if (!RECEIVER_FUNCTIONS.has(name)) issues.push(issue(pointer, 'expr.unknown-function', `unknown function '${name}' in ${at}`, `未知函数 '${name}'，位于 ${atZh}`));
      walk(receiver, locals, scope, pointer, src, issues);
      if (MACROS.has(name) && args[0]?.op === 'id') {
        const inner = new Set(locals).add(args[0].args as string);
        for (const a of args.slice(1)) walk(a, inner, scope, pointer, src, issues);
      } else for (const a of args) walk(a, locals, scope, pointer, src, issues);
      return;
    }
    default:
      for (const child of children(node)) walk(child, locals, scope, pointer, src, issues);
  }
}

export function children(node: Node): Node[] {
  const a = node.args;
  switch (node.op) {
    case 'value':
    case 'id':
      return [];
    case '.':
    case '.?':
      return [(a as [Node, string])[0]];
    case 'call':
      return (a as [string, Node[]])[1];
    case 'rcall':
      return [(a as [string, Node, Node[]])[1], ...(a as [string, Node, Node[]])[2]];
    case 'map':
      return (a as Array<[Node, Node]>).flat();
    case '!_':
    case '-_':
      return [a as Node];
    default:
      return a as Node[];
  }
}
