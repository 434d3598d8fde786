/* Generated from schemas/*.schema.json by `npm run gen:types`. Do not edit. */

export type SchemaVersion = 1;
/**
 * A stable identifier: letters, digits, '-', '_' and '.', starting with a letter or digit.
 */
export type Id = string;
/**
 * A display name: one string, or one per language.
 */
export type Name = string | LocalizedText;
export type Description = string | LocalizedText;
/**
 * A user language: simplified Chinese, traditional Chinese or English.
 */
export type Lang = 'zh' | 'zh-Hant' | 'en';

export interface AllSchemas {
  flow?: PLACEHOLDERFlow;
  dialog?: PLACEHOLDERDialog;
  'qa-ruleset'?: PLACEHOLDERQaRuleset;
  policy?: PLACEHOLDERPolicy;
  case?: Case;
  transcript?: PLACEHOLDERTranscript;
}
export interface PLACEHOLDERFlow {
  kind: 'flow';
  schemaVersion: SchemaVersion;
  id: Id;
  name: Name;
  description: Description;
}
/**
 * Text per language. Traditional Chinese falls back to the simplified text converted with OpenCC.
 */
export interface LocalizedText {
  zh?: string;
  'zh-Hant'?: string;
  en?: string;
}
export interface PLACEHOLDERDialog {
  kind: 'dialog';
  schemaVersion: SchemaVersion;
  id: Id;
  name: Name;
  description: Description;
}
export interface PLACEHOLDERQaRuleset {
  kind: 'qa-ruleset';
  schemaVersion: SchemaVersion;
  id: Id;
  name: Name;
  description: Description;
}
export interface PLACEHOLDERPolicy {
  kind: 'policy';
  schemaVersion: SchemaVersion;
  id: Id;
  name: Name;
  description: Description;
}
/**
 * One overdue account (one JSONL line). The standard fields below are known to every flow; a flow declares any further attributes it uses in its `caseFields`.
 */
export interface Case {
  /**
   * The case id, unique in the portfolio.
   */
  id: string;
  /**
   * Days past due.
   */
  dpd: number;
  /**
   * Outstanding balance in `currency`.
   */
  balance: number;
  /**
   * The amount past due (what must be paid to cure).
   */
  overdueAmount?: number;
  /**
   * ISO 4217 code, e.g. CNY, USD.
   */
  currency: string;
  /**
   * IANA zone of the debtor's address, e.g. Asia/Shanghai.
   */
  timezone: string;
  /**
   * ISO 3166 country (optionally subdivision) whose rules apply, e.g. CN, US-CA.
   */
  jurisdiction?: string;
  language?: Lang;
  /**
   * The debtor's name as the bot and agents address them.
   */
  name?: string;
  /**
   * The creditor's name, said in calls and messages.
   */
  lender?: string;
  /**
   * Product line, e.g. card, cash_loan, bnpl, auto.
   */
  product?: string;
  /**
   * Collection or risk score (higher = more likely to pay).
   */
  score?: number;
  dueDate?: string;
  lastPaymentDate?: string;
  promisesKept?: number;
  promisesBroken?: number;
  /**
   * Last four characters of the ID number, for identity verification.
   */
  idLast4?: string;
  birthDate?: string;
  /**
   * Numbers on file. Only the debtor's (and a guarantor's) may be used to collect.
   */
  phones?: Phone[];
  /**
   * Debts under this case when counted separately (US Regulation F counts calls per debt). Absent: one debt with the case id.
   */
  debts?: Debt[];
  /**
   * Conditions that change what may be done. Cease flags (dispute, attorney, bankruptcy, deceased, stop_contact, breathing_space) stop collection contact.
   */
  flags?: (
    | 'vulnerable'
    | 'dispute'
    | 'attorney'
    | 'bankruptcy'
    | 'deceased'
    | 'stop_contact'
    | 'breathing_space'
    | 'hardship'
    | 'complaint'
    | 'legal'
    | 'fraud'
  )[];
  /**
   * Channels the debtor opted out of.
   */
  optOuts?: ('voice' | 'sms' | 'email')[];
  /**
   * Contact the debtor agreed to directly (e.g. a callback at a given time).
   */
  consents?: Consent[];
  /**
   * The agency currently holding the case, if placed.
   */
  agencyId?: string;
  tags?: string[];
  [k: string]: unknown | undefined;
}
export interface Phone {
  number: string;
  owner: 'debtor' | 'guarantor' | 'third_party';
  /**
   * For a third party: spouse, parent, colleague, friend...
   */
  relation?: string;
  /**
   * IANA zone implied by the number (area code), when it differs from the address.
   */
  timezone?: string;
  optedOut?: boolean;
  /**
   * A third party who refused further contact: never contacted again.
   */
  refused?: boolean;
}
export interface Debt {
  id: string;
  balance?: number;
  timeBarred?: boolean;
}
export interface Consent {
  channel: 'voice' | 'sms' | 'email';
  givenAt: string;
  until?: string;
  /**
   * The debtor agreed to be called within quiet hours.
   */
  quietHours?: boolean;
}
export interface PLACEHOLDERTranscript {
  id: string;
}
