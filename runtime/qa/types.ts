import type { QaRulesetDocument, Transcript } from '../../schemas/generated/types.ts';
import type { LearnedModel, PressingModel } from './learned.ts';

export type Rule = QaRulesetDocument['rules'][number];
export type Turn = Transcript['turns'][number];
export type Speaker = Turn['speaker'];

export interface Finding {
  transcriptId: string;
  ruleId: string;
  category: Rule['category'];
  severity: Rule['severity'];
  turn: number;
  /** UTF-16 offsets into the original text of the turn. */
  start: number;
  end: number;
  excerpt: string;
  message: string;
}

/** A lexicon phrase found in a turn, located in the original text. */
export interface Hit {
  lexicon: string;
  start: number;
  end: number;
  negated: boolean;
}

export interface TurnView {
  index: number;
  turn: Turn;
  /** Every lexicon hit of the turn, negated ones flagged. */
  hits: readonly Hit[];
}

/** What a finding adds to its rule's message, per language (or one text for both). */
export type Note = string | { zh: string; en: string };

export interface RuleContext {
  transcript: Pick<Transcript, 'id' | 'startedAt' | 'timezone' | 'channel'>;
  /** The model learned from the ruleset's labelled examples (null without examples). */
  learned: LearnedModel | null;
  /** What trigger-response rules learned of pressing on after a request (null unless one asks). */
  pressing: PressingModel | null;
  /** A finding of `rule`; `note` adds to its message, in the message's language. */
  finding(rule: Rule, view: TurnView | null, start: number, end: number, note?: Note): Finding;
}

/** A rule's per-transcript state: fed turn by turn, so streaming and batch agree by construction. */
export interface RuleRun {
  turn(view: TurnView): Finding[];
  end(): Finding[];
}

export type RuleEvaluator = (rule: Rule, ctx: RuleContext) => RuleRun;

export const COLLECTORS: readonly Speaker[] = ['bot', 'agent'];
