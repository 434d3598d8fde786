export { compileRuleset, type InspectionStream, type Inspector, type Report } from './inspector.ts';
export { lintPrompts } from './lint-prompts.ts';
export { normalize } from './normalize.ts';
export type { Finding, Hit } from './types.ts';
