export { checkExpression, referencedNames, type ExprScope } from './check.ts';
export { compileExpression, ExprEvalError, type CompiledExpression, type ExprContext } from './compile.ts';
