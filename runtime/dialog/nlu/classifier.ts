/**
 * The built-in NLU: intents recognised from the training phrases and keywords a dialog carries,
 * by containment and character-bigram similarity on normalised text (traditional → simplified,
 * full-width, case, separators), plus the amount and date slot parsers. Behind the `Nlu`
 * interface, so an engineer can plug in another.
 */
import type { DialogDocument } from '../../../schemas/generated/types.ts';
import { normalize } from '../../qa/normalize.ts';
import { parseAmount } from './amount.ts';
import { parseDate } from './date.ts';
import { BUILTIN_KEYWORDS } from './builtin-intents.ts';

export interface NluResult {
  intent: string | null;
  confidence: number;
  slots: Record<string, number | string>;
  alternatives: Array<{ intent: string; confidence: number }>;
}

export interface NluRequest {
  now: string;
  zone?: string;
  /** Intents that make sense here (the node's and the global ones); absent: all. */
  candidates?: readonly string[];
}

export interface Nlu {
  classify(text: string, request: NluRequest): NluResult;
}

interface Example {
  text: string;
  grams: Set<string>;
}

const norm = (s: string) => normalize(s, true).text;

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) out.add(s.slice(i, i + 2));
  if (s.length === 1) out.add(s);
  return out;
}

function similarity(text: string, grams: Set<string>, ex: Example): number {
  if (!text) return 0;
  if (text === ex.text) return 1;
  // A phrase inside a longer utterance counts by how much of it the phrase covers.
  if (ex.text.length >= 2 && text.includes(ex.text)) return 0.6 + 0.4 * (ex.text.length / text.length);
  let common = 0;
  for (const g of ex.grams) if (grams.has(g)) common++;
  return (0.9 * 2 * common) / (grams.size + ex.grams.size);
}

/** "不是不还" (not not paying) promises to pay; checked before similarity, which would read it as a refusal. */
const DOUBLE_NEGATION = /不是不(还|想还|给|付)/;

/** Intents whose words ("对", "no", "什么") appear inside other answers: they win only short utterances. */
const GENERIC = new Set(['affirm', 'deny', 'repeat']);

interface Keyword {
  /** Chinese keywords match the separator-free text; Latin ones match whole words. */
  han: boolean;
  text: string;
  word: RegExp | null;
}

function keyword(k: string): Keyword | null {
  const text = norm(k);
  if (!text) return null;
  const han = /\p{Script=Han}/u.test(text);
  const spaced = normalize(k, false).text.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return { han, text, word: han ? null : new RegExp(`(^|[^a-z0-9'])${spaced}($|[^a-z0-9'])`) };
}

export function builtinNlu(dialog: Pick<DialogDocument, 'intents' | 'settings'>): Nlu {
  const threshold = dialog.settings?.confidenceThreshold ?? 0.55;
  const index = dialog.intents.map((intent) => ({
    id: intent.id,
    examples: Object.values(intent.phrases).flat().map((p) => norm(p)).filter(Boolean).map((text) => ({ text, grams: bigrams(text) })),
    keywords: [...Object.values(intent.keywords ?? {}).flat(), ...(BUILTIN_KEYWORDS[intent.id] ?? [])].map(keyword).filter((k): k is Keyword => k !== null),
  }));
  return {
    classify(text, req) {
      const t = norm(text);
      const spaced = normalize(text, false).text;
      const grams = bigrams(t);
      const allowed = req.candidates ? new Set(req.candidates) : null;
      const scored = index
        .filter((i) => !allowed || allowed.has(i.id))
        .map((i) => {
          let score = 0;
          for (const ex of i.examples) score = Math.max(score, similarity(t, grams, ex));
          // A keyword counts more the more of the utterance it covers: "不是" inside "这钱不是我借的" is weak.
          for (const k of i.keywords) {
            if (!(k.han ? t.includes(k.text) : k.word!.test(spaced))) continue;
            const cover = Math.min(1, k.text.length / t.length);
            score = Math.max(score, GENERIC.has(i.id) ? 0.4 + 0.6 * cover : 0.75 + 0.25 * Math.min(1, 2 * cover));
          }
          if (i.id === 'promise_to_pay' && DOUBLE_NEGATION.test(t)) score = Math.max(score, 0.95);
          return { intent: i.id, confidence: Math.round(score * 1000) / 1000 };
        })
        .sort((a, b) => b.confidence - a.confidence);
      const best = scored[0];
      const slots: Record<string, number | string> = {};
      const amount = parseAmount(text);
      if (amount !== null) slots.amount = amount;
      const date = parseDate(text, req.now, req.zone);
      if (date !== null) slots.date = date;
      return {
        intent: best && best.confidence >= threshold ? best.intent : null,
        confidence: best?.confidence ?? 0,
        slots,
        alternatives: scored.slice(1, 4).filter((a) => a.confidence > 0),
      };
    },
  };
}
