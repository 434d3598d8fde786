/**
 * Intent reading for QA matchers, by the voice bot's own built-in NLU: "I told you not to contact
 * me anymore!" is a stop request whatever the lexicon lists, exactly as the bot would hear it.
 */
import { BUILTIN_KEYWORDS } from '../../dialog/nlu/builtin-intents.ts';
import { builtinNlu, type Nlu } from '../../dialog/nlu/classifier.ts';

/** The intents a matcher may name. */
export const KNOWN_INTENTS: ReadonlySet<string> = new Set(Object.keys(BUILTIN_KEYWORDS));

let reader: Nlu | null = null;

/**
 * A debtor says two things at once: "I'm filing a complaint, somebody stole my identity" disputes the
 * debt as well as it complains, and the collector owes the dispute its pause. A second reading counts
 * when it is as sure as a keyword or a sure learned reading makes it.
 */
const ALSO_SAID = 0.74;

/**
 * A predicate: does the built-in NLU read `text` as one of `intents`? (null when none are named)
 * The NLU weighs every standard intent, so a stop request is not read as the nearest of the few
 * a rule names ("I told you not to contact me" is no lawyer).
 */
export function intentReader(intents: readonly string[] | undefined): ((text: string) => boolean) | null {
  if (!intents?.length) return null;
  const wanted = new Set(intents);
  const nlu = (reader ??= builtinNlu({ intents: [...KNOWN_INTENTS].map((id) => ({ id, phrases: {} })) }));
  // The clock only matters to date slots, which are not read here.
  return (text) => {
    const r = nlu.classify(text, { now: '1970-01-01T00:00:00Z' });
    return r.intent !== null && (wanted.has(r.intent) || r.alternatives.some((a) => wanted.has(a.intent) && a.confidence >= ALSO_SAID));
  };
}
