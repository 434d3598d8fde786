/**
 * CollectFlow's embedding API: everything a host needs to validate documents and run flows.
 * Pure: no I/O, no clock (pass `now`), no randomness; runs in Node and in browsers.
 */
export { DocumentError, type Issue, type Severity } from './errors.ts';
export { validateDocument, type Resolver, type ValidateOptions, type ValidationResult } from './validate/index.ts';
export { checkExpression, compileExpression, ExprEvalError, type ExprScope } from './expr/index.ts';
export { compile, startRun, step, type CompileOptions, type Effect, type FlowEvent, type Plan, type RunState, type StepResult, type TraceEntry } from './flow/index.ts';
export { router, type Router } from './flow/decide.ts';
export { compilePolicy, evaluateContact, type CompiledPolicy, type ContactDecision, type ContactRequest, type LedgerEntry } from './policy/index.ts';
export { runPortfolio, runCase, type CaseRunResult } from './simulate/portfolio.ts';
export { checkExamples, runTimeline, type ExampleResult } from './simulate/examples.ts';
export { dialogPrompts, type DialogPromptText } from './dialog/prompts.ts';
export { resumeSession, startSession } from './dialog/session.ts';
export type { DialogAction, DialogEvent, Session, SessionState } from './dialog/session-types.ts';
export { builtinNlu, type Nlu, type NluResult } from './dialog/nlu/classifier.ts';
export { compileRuleset, lintPrompts, type Finding, type InspectionStream, type Inspector, type Report } from './qa/index.ts';
export type * from '../schemas/generated/types.ts';
