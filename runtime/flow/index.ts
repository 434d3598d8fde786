export { compile, type CompileOptions } from './compile.ts';
export { startRun, step } from './step.ts';
export type { Effect, FlowEvent, Plan, RunState, StepResult, TraceEntry } from './engine-types.ts';
