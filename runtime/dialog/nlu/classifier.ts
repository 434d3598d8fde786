/**
 * The built-in NLU: intents recognised from the training phrases and keywords a dialog carries
 * and from the built-in examples of the standard intents, by keywords and patterns, containment
 * and character-bigram similarity on normalised text (traditional → simplified, full-width, case,
 * separators), and a logistic regression over every labelled example where nothing closer speaks;
 * plus the amount and date slot parsers. Behind the `Nlu` interface, so an engineer can plug in
 * another.
 */
import type { DialogDocument } from '../../../schemas/generated/types.ts';
import { hasNegationCue } from '../../qa/negation.ts';
import { normalize } from '../../qa/normalize.ts';
import { parseAmount } from './amount.ts';
import { parseDate } from './date.ts';
import { trainLogistic } from './logistic.ts';
import { BINDING_KEYWORD_INTENTS, BUILTIN_EXAMPLES, BUILTIN_KEYWORDS, BUILTIN_PATTERNS, INTENT_VETOES, KEYWORD_INSIDE, PATTERN_SCORES, type LabelledUtterance } from './builtin-intents.ts';

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
  /** Says no ("not correct", "不还"): alike in letters, unlike in meaning to what says yes. */
  negated: boolean;
}

/** How much a likeness counts across a negation ("that's correct" and "that's not correct"). */
const ACROSS_NEGATION = 0.8;
const negatedText = (raw: string) => hasNegationCue(normalize(raw, false).text);

const norm = (s: string) => normalize(s, true).text;

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) out.add(s.slice(i, i + 2));
  if (s.length === 1) out.add(s);
  return out;
}

/**
 * `common`: how many of the example's bigrams the utterance has (from the inverted index);
 * `generic`: the example's intent is one whose words stand inside other answers (GENERIC).
 */
function similarity(text: string, grams: Set<string>, negated: boolean, ex: Example, common: number, generic: boolean): number {
  if (!text) return 0;
  if (text === ex.text) return 1;
  const polarity = negated === ex.negated ? 1 : ACROSS_NEGATION;
  // A phrase inside a longer utterance counts by how much of it the phrase covers: a generic
  // one ("right" in "I'm stirring the soup right now") only when it is most of it, as its keywords.
  if (ex.text.length >= 2 && common === ex.grams.size && text.includes(ex.text)) {
    const cover = ex.text.length / text.length;
    return polarity * (generic ? 0.3 + 0.7 * cover : 0.6 + 0.4 * cover);
  }
  return (polarity * 0.9 * 2 * common) / (grams.size + ex.grams.size);
}

const MAY_HOLD_SLOT = /[0-9零〇一二两三四五六七八九十百千万天号日周期拜月底末后明今]|day|week|month|dollar|hundred|thousand|k\b|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|tomorrow|tonight|mon|tue|wed|thu|fri|sat|sun/;

/**
 * What the regression's probability scores: at most just below a keyword (0.75), reached at
 * P ≥ 0.4, so that the default threshold (0.55) answers from P ≈ 0.3 on. Chosen by leaving each
 * development batch out (0.3 to 1 tried: 0.4 answered most right and left 87 of 90 small talk
 * utterances unanswered).
 */
const LEARNED_WEIGHT = 0.74;
const LEARNED_SURE = 0.4;

/**
 * Hesitations a speech recogniser writes down ("um", "uh", "呃"): they say nothing, and would keep
 * an utterance from starting where a pattern expects it to. ("uh-huh" agrees: it stays.)
 */
const FILLERS = /(?<![a-z-])(um+|uh+|uhm|erm?)(?![a-z-])|呃+/gi;

/**
 * Readings that overrule the words they contain. "不是不还" (not not paying) promises to pay, where
 * similarity would read a refusal. "别打了也没用" (calling is no use) refuses to pay; it does not
 * ask for silence. A question about the amount asks it, whatever it is the amount of ("what's the
 * amount due for this installment?"). A death in the family that cost the debtor everything is
 * hardship: the debtor is alive, and a call ended as "deceased" would close their account.
 */
const DECISIVE: Readonly<Record<string, { re: RegExp; score: number }>> = {
  promise_to_pay: { re: /不是不(还|想还|给|付)/, score: 0.97 },
  refuse: { re: /(别|不要|不用)(再)?打了?(也|都)(没用|白打|是白打)|(再)?打(多少次|几次|多少遍)?(也|都)(没用|白打)/, score: 0.975 },
  ask_amount: { re: /\bwhat'?s the (least|minimum|smallest amount)\b.{0,10}\b(i|we) (can|could|have to|need to|must) pay\b|^(so |and |ok(ay)?[, ]+|sorry[, ]+)?(what'?s|what is|how much is) (the|my)( current| total| remaining| outstanding)? (balance|amount|total)\b|\bwhat (would|will|does|did) (it|that|this|the total) come to\b/, score: 0.94 },
  // A third party who asks not to be called about the debtor is a third party.
  third_party: { re: /\b(don'?t|do not|stop) (call|calling|contact|contacting) me about (him|her|them)\b|(别|不要)(再)?(为了?|因为)?(他|她)的事(再)?(找|打给|联系)我/, score: 0.975 },
  // Paid early or on time and still marked late: the lateness is disputed, not a payment reported;
  // so is a loan called a trap (套路贷, 'predatory loan'), whatever was paid on it, and a fee the
  // contract never named, interest above the legal limit, and a contract never signed (a demand for proof of it asks no proof of the
  // caller). A refusal to pay what is disputed is the dispute: it wins over the refusal.
  dispute: { re: /\b(interest|rate)\b.{0,20}\b(above|over|exceeds?|beyond) the (legal|lawful|statutory) (limit|cap|maximum)\b|\b(fees?|charges?|interest)\b.{0,30}\b(never|didn'?t|did not) (agree|agreed|consent|consented)( to)?\b|(从来|根本|压根)(就)?没(有)?签过?(什么|任何)?(借款|贷款)?(合同|协议|字)|\bnever signed (any|a|the|this|that)( loan)? (agreement|contract|papers?)\b|(费|利息|罚息|违约金).{0,10}合同(里|上)?(根本|压根|从来)?(就)?(没|没有)(写|提|约定|说)|\b(fees?|charges?|interest|penalt(y|ies))\b.{0,30}\b(never|not|wasn'?t|weren'?t|isn'?t|aren'?t) (in|on|part of|mentioned in|written in) (my|the|our) (contract|agreement)\b|套路贷|砍头息|\bpredatory (loan|lending|lender)s?\b|(早就|已经)(结清|还清)了?.{0,12}(逾期|催).{0,6}(怎么回事|什么意思|为什么|凭什么)|\b(paid off|paid in full|settled)\b.{0,30}\b(what'?s|why|how)\b.{0,20}\b(overdue|late|past due)\b|(早就|已经|都)还过了?.{0,10}(又|再|怎么还|为什么还|还要|还让)(让|要|叫)?我?(还|付)|\b(already )?paid (this|it|that)( once| before)?\b.{0,30}\b(pay|paying|charge|charging|charged|bill|billing|billed)\b.{0,15}\b(again|twice|a second time)\b|还过了?.{0,10}(又|再)?(重复|多)(收|扣)|(提前|按时|准时|早就)还.{0,10}(怎么|为什么|凭什么).{0,6}(逾期|算我|罚)|\b(paid|pay) (early|on time|ahead of time)\b.{0,30}\b(why|how)\b.{0,25}\b(late|overdue|past due)\b/, score: 0.968 },
  // Whoever is not the debtor and asks for no more calls to this number says it is the wrong one, and
  // so does a wrong number whose owner is named (这是我爸的号，他也不叫这个).
  wrong_number: { re: /(打错|找错人)了?.{0,20}(不叫|不姓|我姓|我叫|号码?是我的|没有这个人|没这个人)|(不认识(?!你)|打错|没有这个人|没这个人|不是本人).{0,12}(别|不要)(再)?打|\b(don'?t know (any|anyone|anybody|him|her)|wrong number|nobody by that name|no one by that name)\b.{0,40}\b(stop|quit|don'?t) (calling|dialing|call|dial)\b/, score: 0.98 },
  // Part of it each month until a term ends is a plan, not a part payment ("pay part of it each month
  // and finish in six months").
  installment_request: { re: /\b(pay|paying|payments?)\b.{0,40}\b(finish|pay (it|this|that) off|clear (it|this)) (in|within|over) (\w+ ){1,2}(months|weeks)\b|(分|用)(半年|一年|\S{1,2}个月)(还完|还清)/, score: 0.955 },
  // Never having agreed to a plan denies an agreement; it asks for no plan.
  deny: { re: /(没有?|从没|从来没有?)(同意|答应)过?.{0,8}(计划|方案|分期)|\bnever agreed to (any|a|the|this|that) (repayment |payment )?(plan|arrangement|schedule)\b/, score: 0.95 },
  // Money gone on a funeral, a family left to the speaker alone, livestock or a crop lost: hardship, no
  // death to report.
  hardship: { re: /(去世|过世|走了|没了|死了).{0,12}(全靠我|靠我一个人|就剩我|我一个人(养|带|撑|扛))|\b(died|passed away|passed)\b.{0,60}\b(alone|by myself|on my own)\b|(猪|牛|羊|鸡|鸭|鱼|牲口|牲畜|庄稼).{0,6}(病死|死光|全死|都死|瘟)|\b(pigs|hogs|cattle|cows|chickens|livestock|sheep|goats|herd|flock|crops?)\b.{0,30}\b(died|dead|wiped out)\b|(去世|过世|走了|丧事|葬礼|后事).{0,12}(花光|花完|用光|没钱|钱都|全花|欠了|借了)|\b(funeral|burial|burying)\b.{0,30}\b(took|cost|ate|wiped|used)\b/, score: 0.99 },
};

/** Intents whose words ("对", "no", "什么", "是我") appear inside other answers: they win only short utterances. */
const GENERIC = new Set(['affirm', 'deny', 'repeat', 'rpc_confirmed']);

interface Keyword {
  /** Chinese keywords match the separator-free text; Latin ones match whole words. */
  han: boolean;
  text: string;
  word: RegExp | null;
  /** One short word ("对", "what", "right"), which stands inside many answers. */
  short: boolean;
  /** Longer words holding this one that mean something else (KEYWORD_INSIDE). */
  inside: readonly string[];
}

function keyword(k: string): Keyword | null {
  const text = norm(k);
  if (!text) return null;
  const han = /\p{Script=Han}/u.test(text);
  const spaced = normalize(k, false).text.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A Latin keyword is a whole word, plural, possessive or third person included ("idiots", "lawyer's", "refuses").
  const word = han ? null : new RegExp(`(^|[^a-z0-9'])${spaced}(s|es|'s)?($|[^a-z0-9'])`);
  return { han, text, word, short: han ? text.length <= 2 : !spaced.includes(' ') && text.length <= 6, inside: (KEYWORD_INSIDE[k] ?? []).map(han ? norm : (w) => normalize(w, false).text.trim()) };
}

export interface BuiltinNluOptions {
  /** Examples of the standard intents learned besides the dialog's phrases (default: the built-in ones; [] for none). */
  examples?: readonly LabelledUtterance[];
}

export function builtinNlu(dialog: Pick<DialogDocument, 'intents' | 'settings'>, options: BuiltinNluOptions = {}): Nlu {
  const threshold = dialog.settings?.confidenceThreshold ?? 0.55;
  // Examples by intent; those of no intent (small talk, noise) under null.
  const learned = new Map<string | null, string[]>();
  for (const u of options.examples ?? BUILTIN_EXAMPLES) (learned.get(u.intent) ?? learned.set(u.intent, []).get(u.intent)!).push(u.text);
  const phrasesOf = (intent: DialogDocument['intents'][number]) => [...Object.values(intent.phrases).flat(), ...(learned.get(intent.id) ?? [])];
  // The regression weighs the dialog's intents against every standard one, declared or not, and
  // against no intent: over only the few a QA rule names, any utterance would be sure of one.
  const others = [...learned.keys()].filter((id) => !dialog.intents.some((i) => i.id === id));
  const model = trainLogistic(dialog.intents.length + others.length, [
    ...dialog.intents.flatMap((intent, cls) => phrasesOf(intent).map((text) => ({ cls, text }))),
    ...others.flatMap((id, k) => learned.get(id)!.map((text) => ({ cls: dialog.intents.length + k, text }))),
  ]);
  const index = dialog.intents.map((intent) => ({
    id: intent.id,
    examples: [...new Map(phrasesOf(intent).map((p) => [norm(p), p] as const)).entries()].filter(([text]) => text).map(([text, raw]) => ({ text, grams: bigrams(text), negated: negatedText(raw) })),
    keywords: [...Object.values(intent.keywords ?? {}).flat(), ...(BUILTIN_KEYWORDS[intent.id] ?? [])].map(keyword).filter((k): k is Keyword => k !== null),
  }));
  // Every example's bigrams in one inverted index: an utterance's overlap with all examples in one pass.
  const examples = index.flatMap((intent, i) => intent.examples.map((ex) => ({ intent: i, ex })));
  const postings = new Map<string, number[]>();
  examples.forEach(({ ex }, k) => { for (const g of ex.grams) (postings.get(g) ?? postings.set(g, []).get(g)!).push(k); });
  const common = new Int32Array(examples.length);
  return {
    classify(said, req) {
      const text = said.replace(FILLERS, ' ').replace(/^[\s,.，。、…]+/, '').trim();
      const t = norm(text);
      const hasLatin = /[a-z]/.test(t);
      const hasHan = /\p{Script=Han}/u.test(t);
      const wide = normalize(text, false).text; // separators kept: words, and negation cues between them
      const spaced = hasLatin ? wide : '';
      const spacedAll = hasLatin ? spaced : t;
      const grams = bigrams(t);
      const negated = hasNegationCue(wide);
      common.fill(0);
      for (const g of grams) for (const k of postings.get(g) ?? []) common[k]!++;
      const bestOf = new Float64Array(index.length);
      examples.forEach(({ intent, ex }, k) => {
        if (common[k] === 0 && t !== ex.text) return;
        bestOf[intent] = Math.max(bestOf[intent]!, similarity(t, grams, negated, ex, common[k]!, GENERIC.has(index[intent]!.id)));
      });
      const allowed = req.candidates ? new Set(req.candidates) : null;
      const posterior = model.posterior(text);
      const scored = index
        .map((i, n) => ({ i, n }))
        .filter(({ i }) => !allowed || allowed.has(i.id))
        .map(({ i, n }) => {
          // Where the intent's words mean something else, nothing but a decisive reading speaks for it.
          const vetoed = INTENT_VETOES[i.id]?.test(spacedAll);
          // The regression speaks when nothing closer does: a sure answer scores below any keyword.
          let score = vetoed ? 0 : Math.max(bestOf[n]!, LEARNED_WEIGHT * Math.min(1, (posterior?.[n] ?? 0) / LEARNED_SURE));
          // A keyword counts more the more of the utterance it covers: "不是" inside "这钱不是我借的" is weak.
          for (const k of vetoed ? [] : i.keywords) {
            if (k.han ? !hasHan || !k.inside.reduce((rest, w) => rest.replaceAll(w, '|'), t).includes(k.text) : !hasLatin || !k.word!.test(k.inside.reduce((rest, w) => rest.replaceAll(w, '|'), spaced))) continue;
            // "不是的" is no "是的", "不是我借的" no "是我": a generic word right after 不 or 没 says the opposite.
            if (k.han && GENERIC.has(i.id) && '不没'.includes(t[t.indexOf(k.text) - 1] ?? '.')) continue;
            const cover = Math.min(1, k.text.length / t.length);
            // A generic intent's short word ("对", "what") says little inside a longer answer; its phrases ("cut out") say as much as any keyword.
            const weak = GENERIC.has(i.id) && k.short;
            score = Math.max(score, BINDING_KEYWORD_INTENTS.has(i.id) ? 0.98 : weak ? 0.3 + 0.7 * cover : 0.75 + 0.17 * Math.min(1, 2 * cover)); // below any pattern
          }
          const decisive = DECISIVE[i.id];
          if (decisive?.re.test(spacedAll)) score = Math.max(score, decisive.score);
          // A pattern says more than a keyword.
          if (!vetoed && (BUILTIN_PATTERNS[i.id] ?? []).some((re) => re.test(spacedAll))) score = Math.max(score, PATTERN_SCORES[i.id] ?? 0.93);
          return { intent: i.id, confidence: Math.round(score * 1000) / 1000 };
        })
        .sort((a, b) => b.confidence - a.confidence);
      const best = scored[0];
      const slots: Record<string, number | string> = {};
      // The slot parsers run only where a number or a day could be.
      if (MAY_HOLD_SLOT.test(t)) {
        const amount = parseAmount(text);
        if (amount !== null) slots.amount = amount;
        const date = parseDate(text, req.now, req.zone);
        if (date !== null) slots.date = date;
      }
      return {
        intent: best && best.confidence >= threshold ? best.intent : null,
        confidence: best?.confidence ?? 0,
        slots,
        alternatives: scored.slice(1, 4).filter((a) => a.confidence > 0),
      };
    },
  };
}
