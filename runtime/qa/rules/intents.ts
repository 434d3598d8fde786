/**
 * Intent reading for QA matchers, by the voice bot's own built-in NLU: "I told you not to contact
 * me anymore!" is a stop request whatever the lexicon lists, exactly as the bot would hear it.
 */
import { BUILTIN_KEYWORDS } from '../../dialog/nlu/builtin-intents.ts';
import { builtinNlu, type Nlu } from '../../dialog/nlu/classifier.ts';

/** The intents a matcher may name. */
export const KNOWN_INTENTS: ReadonlySet<string> = new Set(Object.keys(BUILTIN_KEYWORDS));

const readers = new Map<string, Nlu>();

/** A predicate: does the built-in NLU read `text` as one of `intents`? (null when none are named) */
export function intentReader(intents: readonly string[] | undefined): ((text: string) => boolean) | null {
  if (!intents?.length) return null;
  const key = [...intents].sort().join(',');
  let nlu = readers.get(key);
  if (!nlu) readers.set(key, (nlu = builtinNlu({ intents: intents.map((id) => ({ id, phrases: {} })) })));
  const reader = nlu;
  // The clock only matters to date slots, which are not read here.
  return (text) => reader.classify(text, { now: '1970-01-01T00:00:00Z' }).intent !== null;
}
