import type { Case, PolicyDocument } from '../../schemas/generated/types.ts';

export type Channel = 'voice' | 'sms' | 'email' | 'agency';
export type Party = 'debtor' | 'third_party';

/** One past contact, as the flow engine, the dialer or an agency reports it. */
export interface LedgerEntry {
  at: string;
  channel: Exclude<Channel, 'agency'>;
  debtId?: string;
  phone?: string;
  party: Party;
  direction: 'outbound' | 'inbound';
  outcome: 'conversation' | 'no_answer' | 'voicemail' | 'busy' | 'not_in_service' | 'wrong_party';
  /** The consumer's direct consent to be called, valid until this instant (Reg F 1006.14(b)(3)(i)). */
  consentUntil?: string;
}

export interface ContactRequest {
  case: Case;
  ledger: readonly LedgerEntry[];
  channel: Channel;
  party: Party;
  /** When the contact would be made (ISO instant). */
  at: string;
  /** The same instant in epoch milliseconds, when the caller has it (saves parsing). */
  atMs?: number;
  debtId?: string;
  phone?: string;
  agencyId?: string;
}

export interface Reason {
  code: string;
  message: string;
  messageZh: string;
}

export interface ContactDecision {
  decision: 'allow' | 'defer' | 'deny';
  /** With defer: the next instant every rule permits (ISO). */
  until?: string;
  reasons: Reason[];
}

export type { Case, PolicyDocument };
