export { compilePolicy, evaluateContact, type CompiledPolicy } from './evaluate.ts';
export { agencyIneligibility, mask } from './eligibility.ts';
export { candidateZones } from './quiet-hours.ts';
export type { Channel, ContactDecision, ContactRequest, LedgerEntry, Party, Reason } from './types.ts';
