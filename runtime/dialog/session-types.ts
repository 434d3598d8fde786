import type { Case, DialogDocument, Lang, Transcript } from '../../schemas/generated/types.ts';
import type { Nlu } from './nlu/classifier.ts';

export type DialogEvent =
  | { type: 'speech'; text: string; final: boolean; atMs: number }
  | { type: 'silence'; atMs?: number }
  | { type: 'playback-done'; atMs?: number }
  | { type: 'dtmf'; digits: string; atMs?: number }
  | { type: 'hangup'; atMs?: number };

export type DialogAction =
  | { type: 'say'; text: string; bargeIn: boolean }
  | { type: 'listen'; timeoutMs: number }
  | { type: 'transfer'; queue: string; context: Record<string, unknown> }
  | { type: 'hangup'; outcome: string };

/** The whole session as one JSON value: store it between turns, resume it anywhere. */
export interface SessionState {
  version: 1;
  dialogId: string;
  lang: Lang;
  now: string;
  case: Case;
  node: string | null;
  /** Counters of the current node, reset when a node is entered. */
  noInput: number;
  noMatch: number;
  attempts: number;
  /** A slot value heard and being read back for confirmation. */
  pending: { slot: string; value: number | string } | null;
  slots: Record<string, number | string>;
  /** Slot values heard in passing, by slot type ("下周五还两千" fills amount and date before they are asked). */
  heard: Record<string, number | string>;
  /** What is playing: speech during a prompt that may not be interrupted is held until it ends. */
  playing: { bargeIn: boolean } | null;
  held: Array<Extract<DialogEvent, { type: 'speech' }>>;
  verified: boolean;
  thirdParty: boolean;
  lastIntent: string | null;
  atMs: number;
  transcript: Transcript['turns'];
  outcome: string | null;
}

export interface SessionOptions {
  case: Case;
  lang: Lang;
  /** The call's start (ISO): relative dates ("tomorrow") are read from it. */
  now: string;
  nlu?: Nlu;
}

export interface Session {
  readonly state: SessionState;
  handle(event: DialogEvent): DialogAction[];
  transcript(id: string): Transcript;
}

export type { DialogDocument };
