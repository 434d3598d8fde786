/**
 * Negation: "我们不会起诉您", "we will not sue you" must not fire a threat rule. A cue negates a
 * phrase only when it stands right before it: in Chinese with at most a few auxiliary characters
 * between ("不会对您起诉"), or, for cues that state what will not happen (不会, 不需要), anywhere
 * earlier in its clause; in English with only auxiliaries between ("will not ever sue"). A condition
 * such as "不还就坐牢" is not a negation of 坐牢: 还 and 就 are not auxiliaries, and 就 ends a scope.
 */
import { isAsciiWordUnit, normalize, traditional, unitsBefore } from './normalize.ts';

const ZH_CUES = ['不会', '不要', '不是', '不得', '不能', '绝不', '决不', '并不', '没有', '不', '没', '别', '未', '勿', '无'];
/** What may stand between a cue and what it negates: auxiliaries, pronouns, and the verbs a fee or a loan follows ("不收手续费", "别开借呗"). */
const ZH_AUX = new Set([...'会要能去再给对把让将可以用来向跟与被您你他她们我任何收取交付扣加开'].map((ch) => ch.charCodeAt(0)));
/** The cues as code units, last character first: one character, or two (their first after). */
const ZH_CUE_ONE = new Set(ZH_CUES.filter((c) => c.length === 1).map((c) => c.charCodeAt(0)));
const ZH_CUE_TWO = new Set(ZH_CUES.filter((c) => c.length === 2).map((c) => c.charCodeAt(1) * 65536 + c.charCodeAt(0)));
/** Reach back: four auxiliaries and a two-character cue. */
const before = new Uint16Array(6);
/**
 * Cues that negate the rest of their clause, however far: a statement of what will not happen
 * ("我们不会把您的事告诉您的家人", "不需要交任何手续费"). The bare imperative 不要 and 别 are not
 * among them: "别逼我们动手" warns; but "不要为了还款去借高利贷", "请不要用花呗或者借高利贷", "别去借高利贷" and
 * "别开借呗花呗来还" advise (别开 only before a credit line: "半夜可别开门" warns).
 */
const ZH_SCOPED = ['请不要', '千万不要', '千万别', '不会', '绝不', '决不', '并不', '没有', '不需要', '不需', '不用', '无需', '不必', '从不', '不可能', '永远不', '不涉及', '不构成', '不属于', '不影响', '不收', '免', '不要为了', '别为了', '别去', '不要去', '别用', '不要用', '别开借', '别开花', '别开网', '别开信用', '不要开借', '不要开花', '不要开网', '不要开信用', '不建议', '不推荐'];
/**
 * What ends such a scope besides clause punctuation: a condition's consequence ("不还就…"), an
 * obligation ("想减免利息得先交…"), a contrast ("但…"), a relative clause ("不会还的无赖" names the
 * debtor by what they will not do); and 减免, a waiver asked for, whose 免 negates nothing.
 */
const ZH_SCOPE_BREAKS = ['就', '才', '得', '否则', '但', '却', '的话', '要是', '如果', '然后', '还的', '减免'];
const ZH_CLAUSE_END = new Set([...',.;:!?。 '].map((ch) => ch.charCodeAt(0)));
/** How far back a scoped cue reaches, in characters. */
const scope = new Uint16Array(16);
const EN_CUES = new Set(['not', 'never', "won't", 'wont', "don't", 'dont', "doesn't", 'cannot', "can't", 'no', 'nor', 'nobody']);
/**
 * What an English negation cannot do without: one of these words, or an apostrophe in "…n't". A
 * text with neither negates no English phrase, and its hits need not be read back.
 */
export const EN_NEGATION_CUES: readonly string[] = [...EN_CUES, 'nothing to do with', 'no bearing on'];
export const APOSTROPHES = "'’";
/** Is the apostrophe at `i` that of "n't"? */
export function isNotContraction(text: string, i: number): boolean {
  return (text.charCodeAt(i - 1) | 32) === 110 && (text.charCodeAt(i + 1) | 32) === 116;
}
/** What a fee may be called between "no" and the fee ("no late management fee", "no travel charge"). */
const FEE_KINDS = ['account', 'late', 'extra', 'additional', 'hidden', 'risk', 'rush', 'travel', 'transportation', 'visit', 'service', 'processing', 'handling', 'admin', 'administrative'];
/**
 * Words that may stand between a cue and what it negates ("will not ever be going to ...", "no new
 * charges", "doesn't require any fee", "won't bring any extra fee", "never ask you to borrow",
 * "won't affect your license", "never suggest that you borrow", "I'm not with the police").
 */
const EN_SKIP = new Set(['new', 'further', 'more', 'other', 'give', 'gives', 'leave', 'leaves', 'effect', 'effects', 'create', 'creates', 'right', 'on', 'with', 'from', 'will', 'would', 'shall', 'can', 'could', 'may', 'might', 'be', 'is', 'are', 'am', 'ever', 'going', 'gonna', 'wanna', 'coming', 'come', 'go', 'goes', 'to', 'we', 'i', 'they', 'one', 'really', 'actually', 'definitely', 'the', 'a', 'an', 'any', 'you', 'your', 'ask', 'require', 'requires', 'need', 'needs', 'add', 'adds', 'charge', 'charges', 'cost', 'costs', 'involve', 'involves', 'affect', 'affects', 'impact', 'suggest', 'recommend', 'that', 'taking', 'using', 'use', 'turn', 'void', 'cancel', 'revoke', 'suspend', 'freeze', 'get', 'gets', 'cause', 'causes', 'advise', 'encourage', 'urge', 'become', 'becomes', 'lead', 'leads', 'try', 'tries', 'make', 'makes', 'bring', 'brings', 'carry', 'carries', 'incur', 'incurs', 'mean', 'means', ...FEE_KINDS]);
/** Coordinators: "not the police or a court" negates both; the conjunct before one may be skipped. */
const EN_AND = new Set(['and']);
/**
 * Alternatives, which may also join verb phrases: "never suggest that you borrow or take a cash
 * advance" negates the second as well; the phrase's own verb may then stand between.
 */
const EN_OR = new Set(['or', 'nor']);
/** Punctuation that ends a clause: no cue reaches across it. */
const CLAUSE_END = new Set([...',.;:!?'].map((ch) => ch.charCodeAt(0)));

const enum Word { Other, Cue, Skip, And, Or }
/** The words above by a hash of their lower-case units, so a word of the text is classed without a copy. */
const WORDS = new Map<number, Array<[string, Word]>>();
for (const [set, kind] of [[EN_CUES, Word.Cue], [EN_SKIP, Word.Skip], [EN_AND, Word.And], [EN_OR, Word.Or]] as const) {
  for (const w of set) {
    const h = hashLower(w, 0, w.length);
    (WORDS.get(h) ?? WORDS.set(h, []).get(h)!).push([w, kind]);
  }
}

function hashLower(text: string, start: number, end: number): number {
  let h = end - start;
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + (text.charCodeAt(k) | 32)) | 0;
  return h;
}

function wordAt(text: string, start: number, end: number): Word {
  for (const [w, kind] of WORDS.get(hashLower(text, start, end)) ?? []) {
    if (w.length !== end - start) continue;
    let k = 0;
    while (k < w.length && (text.charCodeAt(start + k) | 32) === w.charCodeAt(k)) k++;
    if (k === w.length) return kind;
  }
  // Any "…n't" is a cue: "wouldn't", "haven't".
  return isContraction(text, start, end) ? Word.Cue : Word.Other;
}

/**
 * Does a text hold a negation cue anywhere? Readers of whole sentences (the NLU's likeness) cannot
 * tell what a cue negates; they treat a sentence with one apart.
 */
export function hasNegationCue(text: string): boolean {
  return NEGATION_CUE.test(text);
}

/**
 * Does a text state that something will not happen ("我们不会起诉您", "we will not sue you"), or advise
 * against it ("don't touch your parents' savings")? Learned
 * QA rules leave those to the phrase rules. A bare 不, 没 or 别 is not enough: Chinese threats are
 * full of them ("别怪我们不客气", "不还就等着"); nor is an English cue the collector does not say of
 * themselves ("if you don't pay, your kids will never get a visa").
 */
export function statesNegation(text: string): boolean {
  return STATED_NEGATION.test(normalize(text, false).text); // traditional 不會 as 不会
}

/** English cues anywhere, with the bare refusals "nope" and "nah". */
const EN_CUE_PATTERN = `\\b(${[...EN_CUES, 'nope', 'nah'].join('|')})\\b|n['’]t\\b`;
const NEGATION_CUE = new RegExp(`[${[...ZH_CUE_ONE].map((c) => String.fromCharCode(c)).join('')}]|${EN_CUE_PATTERN}`, 'i');
/** We, I, nobody, then a cue in the same clause: "we will not sue you", "I never said that", "nobody will come", "nobody at your company will hear"; "there's no charge for that". */
const EN_STATED = `\\b(we|we'll|we've|we're|i|i'll|i've|i'm|nobody|no one|none of us)\\b[^.,;!?]{0,20}?(\\b(not|never|no)\\b|n['’]t\\b)|\\b(nobody|no one)\\b([^.,;!?]{0,30}?\\b(is|will)\\b|['’]s|['’]ll)|\\bthere(['’]s| is| will be) no (new |extra |additional )?(charge|fee|cost)s?\\b`;
/** Advice against what a collector may warn of: "please don't borrow from a loan shark", "don't touch your parents' savings". */
const EN_ADVISED = `^((uh|um|so|and|also|but)[, ]+)*(please )?(don'?t|do not|never) (touch|take|borrow|use|sell|pawn|mortgage|max|cash|dip|spend|open)\\b`;
/**
 * The Chinese cues that state what will not be done, for whole sentences: those that negate the
 * rest of their clause, but 免 only as "free of" (免费, 免收: 减免 is a waiver asked for, 免访费 a
 * fee) and 没有 only as a statement of the collector's or of any (没有任何, 我们没有: "你一点担当都
 * 没有" insults).
 */
const ZH_STATED = [...ZH_SCOPED.filter((w) => w !== '免' && w !== '没有'), '免费', '免收', '免除', '全免', '没有任何', '我们没有', '我没有', '并没有'];
/** A sanction denied: "your passport won't be cancelled" (the phrase rules read it forward from the sanction: EN_DENIED_AFTER). */
const EN_DENIED = String.raw`\b(?:won['’]t|will not|can['’]t|cannot|isn['’]t|aren['’]t|is not|are not|doesn['’]t|don['’]t)\s+(?:be\s+|get\s+|ever\s+be\s+)?(?:cancell?ed|revoked|affected|frozen|seized|suspended|taken|touched|blocked|garnished|reported)\b`;
const STATED_NEGATION = new RegExp(`${ZH_STATED.join('|')}|${EN_STATED}|${EN_ADVISED}|${EN_DENIED}`, 'i');

/**
 * English statements that something will not be done to or by the debtor negate the rest of their
 * clause, however far, as 不会 does: "we never post any of your information on social media",
 * "being late won't affect your kids applying for government jobs", "please don't borrow from a
 * loan shark or mortgage your house", "your payment history has nothing to do with your driver's
 * license", "neither you nor your parents can be arrested". Only cues on verbs of telling, advising, effect and the
 * borrowing a collector may warn against: "we won't hesitate to call your boss" threatens. A
 * condition voids it: "we won't tell your boss if you pay today" says what happens if they do not;
 * a new subject or an order after "and" or "so" ends it ("we don't take no for an answer and we'll
 * sue you", "you don't get to decide that so tell me how you'll pay"), and so does an order to pay
 * where a recogniser wrote no full stop ("verifying doesn't affect payment pay this installment
 * today", "depression doesn't stop you from earning pay at least five hundred").
 */
const EN_SCOPED = /(?:(?:\b(?:not|never)|n['’]t)\s+(?:ever\s+|be\s+)?(?:post|posts|posting|share|shares|tell|tells|contact|contacts|call|calls|affect|affects|impact|impacts|publish|reveal|disclose|send|sends|put|puts|involve|involves|notify|inform|report|mention|stop|stops|prevent|prevents|keep|keeps|advise|recommend|suggest|encourage|borrow|use|take|get|have|touch|dip|cash|spend|sell|pawn|mortgage|max|go|turn|ask|open)|\bnothing to do with|\bno bearing on|\bneither\b[^,.;:!?]*?\bnor\b[^,.;:!?]*?\b(?:can|could|will|would|shall|may|might|must|should|is|are|was|were))\b([^,.;:!?]*?)(?=\s+(?:and|so|then)\s+(?:we|i|you|they|he|she|it|we'll|i'll|you'll|they'll|we're|you're|tell|give|pay|send|let|make|just)\b|(?<!\bto)\s+pay (?:this|the|it|your|us|at least|now|today|something|up)\b|[,.;:!?]|$)/gi;
const EN_CONDITION = /\b(?:if|unless|until|as long as|so long as|provided|yet|for now|this time|anymore|only|but)\b/i;

/** The [verb end, clause end] spans of English stated negations (see EN_SCOPED); the inspector asks only of texts with a cue. */
export function scopedRangesEn(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  EN_SCOPED.lastIndex = 0;
  for (let m = EN_SCOPED.exec(text); m; m = EN_SCOPED.exec(text)) {
    const to = m.index + m[0].length; // the rest of the clause is the match's end
    const from = to - m[1]!.length;
    let clause = m.index;
    while (clause > 0 && !CLAUSE_END.has(text.charCodeAt(clause - 1))) clause--;
    if (!EN_CONDITION.test(text.slice(clause, to))) out.push([from - 1, to]);
  }
  return out;
}

/**
 * A sanction denied after what it befalls: "your passport, your ID and your benefits won't be
 * cancelled over this debt". Read forward from a hit's end, through a list's commas, to the end of
 * the sentence or a "but".
 */
const EN_DENIED_AFTER = new RegExp(String.raw`^(?:(?!\bbut\b)[^.;!?]){0,60}?` + EN_DENIED, 'i');

/** Is the English hit ending at `end` the subject of a denied sanction (EN_DENIED_AFTER)? */
export function deniedAfterEn(text: string, end: number): boolean {
  return EN_DENIED_AFTER.test(text.slice(end, end + 120));
}

/** The units read back from a hit, separators and punctuation included: where the clause ends shows. */
const nearby = new Uint16Array(16);
/** Punctuation that ends a clause: a cue in the clause before negates nothing after it ("报警也没用，你把钱还了"). */
const ZH_PUNCT = new Set([...',.;:!?。'].map((ch) => ch.charCodeAt(0)));
const SPACE = 32;
const isHan = (u: number) => (u >= 0x3400 && u <= 0x9fff) || (u >= 0xf900 && u <= 0xfaff);

/** How many word units `nearby` holds from `k` on, up to the next separator. */
function runFrom(k: number, all: number): number {
  let run = 0;
  while (k + run < all && (isHan(nearby[k + run]!) || isAsciiWordUnit(nearby[k + run]!))) run++;
  return run;
}

/**
 * The units just before `start`, nearest first, back to the clause's start; separators dropped where
 * the ruleset ignores them. A space between words is a pause a recogniser wrote, and ends the clause
 * ("报警也没用 你把钱还了"); a space between single characters spaces them out ("我们不 会 起诉您").
 */
function clauseBefore(text: string, start: number, ignoreSeparators: boolean): number {
  const all = unitsBefore(text, start, nearby, false);
  let n = 0;
  let run = 2; // word units since the last space: the phrase is a word of its own
  for (let k = 0; k < all && n < before.length; k++) {
    const u = nearby[k]!;
    if (ZH_PUNCT.has(u)) break;
    if (u === SPACE && run >= 2 && runFrom(k + 1, all) >= 2) break;
    if (!isHan(u) && !isAsciiWordUnit(u)) {
      run = 0;
      if (ignoreSeparators) continue;
    } else run++;
    before[n++] = u;
  }
  return n;
}

/**
 * Does the cue at `before[i]` ask who did not, meaning everyone did ("哪个不是乖乖把钱送过来的",
 * "谁不是被我们收拾服了")? `before` holds the units nearest first: 是, 不, then who.
 */
function rhetorical(i: number, n: number): boolean {
  if (before[i] !== SHI || before[i + 1] !== BU || i + 2 >= n) return false;
  const who = before[i + 2]!;
  const at = (k: number) => (i + k < n ? before[i + k] : 0);
  return who === SHUI || (who === GE && (at(3) === NA || (at(3) === YI && at(4) === NA)));
}
const [SHI, BU, MEI, SHUI, GE, NA, YI] = [...'是不没谁个哪一'].map((ch) => ch.charCodeAt(0));

/** Is the Chinese phrase starting at `start` of `text` negated (by a cue right before it in its clause, auxiliaries aside)? */
export function isNegatedZh(text: string, start: number, ignoreSeparators = true): boolean {
  const n = clauseBefore(text, start, ignoreSeparators);
  let i = 0;
  while (i < n && i < 4 && ZH_AUX.has(before[i]!)) i++;
  // "能不能先还", "有没有额度", "是不是欠款": a question (A-not-A), not a negation.
  const question = (i > 0 && i + 1 < n && before[i + 1] === before[i - 1]) || (i + 2 < n && before[i + 2] === before[i] && (before[i + 1] === BU || before[i + 1] === MEI));
  if (question) return false;
  if (i < n && (ZH_CUE_ONE.has(before[i]!) || (i + 1 < n && ZH_CUE_TWO.has(before[i]! * 65536 + before[i + 1]!))) && !rhetorical(i, n)) return true;
  return inNegatedClauseZh(text, start);
}

/** Does `units` (nearest first) hold `word` ending at `at`? */
function endsAt(units: Uint16Array, n: number, at: number, word: string): boolean {
  if (at + word.length > n) return false;
  for (let k = 0; k < word.length; k++) if (units[at + k] !== word.charCodeAt(word.length - 1 - k)) return false;
  return true;
}

/** The scope breaks, then the scoped cues, by their last character: one lookup per character read back. */
const SCOPE_WORDS = new Map<number, Array<{ word: string; cue: boolean }>>();
for (const [words, cue] of [[ZH_SCOPE_BREAKS, false], [ZH_SCOPED, true]] as const) {
  for (const word of words) {
    const last = word.charCodeAt(word.length - 1);
    (SCOPE_WORDS.get(last) ?? SCOPE_WORDS.set(last, []).get(last)!).push({ word, cue });
  }
}

/**
 * The first characters of the scoped cues, and their traditional forms (built on first use, as the
 * dictionaries are): most hits have none before them.
 */
let scopedFirst: Set<number> | null = null;

/** Is the 就 at `scope[at]` "about" (不会就这笔欠款联系…), not a consequence's "then"? The units after it are nearer. */
function about(at: number): boolean {
  const next = at > 0 ? scope[at - 1]! : 0;
  return next === ZHE ? at > 1 && ABOUT_WHAT.has(scope[at - 2]!) : next === CI || next === GAI;
}
const [ZHE, CI, GAI] = [...'这此该'].map((ch) => ch.charCodeAt(0));
/** 就这笔, 就这件, 就这个: "about this"; 就这样 is "just so". */
const ABOUT_WHAT = new Set([...'笔件个项事'].map((ch) => ch.charCodeAt(0)));

/** Is `start` inside the clause of a scoped cue, with no condition or contrast between? */
function inNegatedClauseZh(text: string, start: number): boolean {
  let seen = false;
  scopedFirst ??= new Set(ZH_SCOPED.flatMap((w) => [w[0]!, traditional(w[0]!)]).map((ch) => ch.charCodeAt(0)));
  for (let i = start - 1; i >= 0 && i >= start - 2 * scope.length && !seen; i--) seen = scopedFirst.has(text.charCodeAt(i));
  if (!seen) return false;
  const n = unitsBefore(text, start, scope, false);
  for (let at = 0; at < n; at++) {
    if (ZH_CLAUSE_END.has(scope[at]!)) return false;
    for (const { word, cue } of SCOPE_WORDS.get(scope[at]!) ?? []) if (endsAt(scope, n, at, word) && !(word === '就' && about(at))) return cue;
  }
  return false;
}

/** Is the English phrase starting at `start` of `text` negated (by a cue a few words before it, in its clause)? */
export function isNegatedEn(text: string, start: number): boolean {
  const from = Math.max(0, start - 64);
  let i = start;
  let conjunct = 0; // words of an earlier conjunct that may stand between ("touch your family's savings or")
  let own = true; // the phrase's own verb may stand between, right after an "or"
  for (let seen = 0; seen < 8; seen++) {
    while (i > from && !isWordUnit(text.charCodeAt(i - 1))) {
      if (CLAUSE_END.has(text.charCodeAt(i - 1))) return false;
      i--;
    }
    const end = i;
    while (i > from && isWordUnit(text.charCodeAt(i - 1))) i--;
    if (i === end) return false;
    const w = wordAt(text, i, end);
    // "Why don't you send something" suggests; "don't you have a card" asks; "laid off or not" concedes.
    if (w === Word.Cue) return !afterWhy(text, i) && !inCondition(text, i) && !(isContraction(text, i, end) && beforePronoun(text, end)) && !(end - i === 3 && afterOr(text, i));
    if (w === Word.And || w === Word.Or) {
      conjunct = 4;
      own = false;
    } else if (w === Word.Skip) continue;
    else if (conjunct-- <= 0) {
      if (!own || !afterOr(text, i)) return false; // "if you do not pay, we will sue": the cue governs "pay"
      own = false;
    }
  }
  return false;
}

/** Is the word [start, end) a "…n't"? */
function isContraction(text: string, start: number, end: number): boolean {
  return end - start > 3 && APOSTROPHES.includes(text[end - 2]!) && isNotContraction(text, end - 2);
}

const PRONOUNS = new Set(['you', 'he', 'she', 'they', 'we', 'i', 'it']);
/** Does a subject pronoun follow `end` (a question's order: "don't you have", "can't he borrow")? */
function beforePronoun(text: string, end: number): boolean {
  let k = end;
  while (text.charCodeAt(k) === 32) k++;
  let e = k;
  while (e < text.length && isWordUnit(text.charCodeAt(e))) e++;
  return PRONOUNS.has(text.slice(k, e).toLowerCase());
}

/**
 * Does the cue at `i` open a condition ("if he doesn't pay back the loan", "unless you don't want us
 * to call your boss")? What a condition supposes is said, not denied: the loan is told of all the same.
 */
function inCondition(text: string, i: number): boolean {
  return CONDITION_BEFORE.test(text.slice(Math.max(0, i - 32), i));
}
const CONDITION_BEFORE = /\b(?:if|unless)\s+(?:[a-z'’]+\s+){0,2}$/i;

/** Is the word before `i` (spaces between) "why"? */
function afterWhy(text: string, i: number): boolean {
  let k = i;
  while (k > 0 && text.charCodeAt(k - 1) === 32) k--;
  return k >= 3 && (text.charCodeAt(k - 3) | 32) === 119 && (text.charCodeAt(k - 2) | 32) === 104 && (text.charCodeAt(k - 1) | 32) === 121 && !isWordUnit(text.charCodeAt(k - 4));
}

/** Does " or " or " nor " stand right before `i`? By its letters: this runs for most English hits. */
function afterOr(text: string, i: number): boolean {
  if (i < 3 || text.charCodeAt(i - 1) !== 32 || (text.charCodeAt(i - 2) | 32) !== 114 || (text.charCodeAt(i - 3) | 32) !== 111) return false;
  const k = (text.charCodeAt(i - 4) | 32) === 110 ? i - 5 : i - 4; // "nor"
  return k < 0 || !isWordUnit(text.charCodeAt(k));
}

/** Latin letters and the apostrophe (straight or curly) make up English words here. */
function isWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 0x2019;
}

