/**
 * Quotation: words in quotation marks, or framed as speech frames them ("we can't say things like
 * you will go to jail", "我们不能说不还就拘留之类的话"), are mentioned, not said, and fire no rule.
 */

/** Opening quotation marks and their closing marks. */
const OPEN = '“「『"‘';
const CLOSE = '”」』"’';
const ANY_OPEN = new RegExp(`[${OPEN}]`, 'g');
/**
 * Quotation as it is spoken, and as a speech recogniser writes it, without marks. The quoted words
 * run from the frame to the end of the clause (English) or to the closing 之类的话 (Chinese, in
 * either script).
 */
const SPOKEN_EN = /\b(?:say|says|said|saying|tell you|use|using|mention)\s+(?:things|words|phrases|stuff|anything)\s+like\s+([^,.;!?]+?)(?=\s+(?:and|but)\b|[,.;!?]|$)/dgi;
const SPOKEN_ZH = /[说讲提說講]([^，。！？,.!?；;]{1,24}?)(?:之[类類]的[话話]|[这這][类類种種些][话話]|[这這][样樣]的[话話]|之[类類]的)/dg;

/** The marks that open a quotation: a text without one quotes only as speech does. */
export const QUOTE_MARKS = OPEN;
/** Words a spoken quotation cannot do without (simplified; matching folds traditional): a text without one has none. */
export const SPOKEN_QUOTE_CUES = ['like', '之类', '这类话', '这种话', '这些话', '这样的话'];

/** Does a text quote anything, with marks or as speech does? */
export function opensQuotation(text: string): boolean {
  return quotedRanges(text).length > 0;
}

/**
 * A few words in marks with no one said to say them are set off, not quoted: scare quotes and
 * made-up names ("去你店里好好“装修”一下", "给你申请了“特殊处理”", "再交两百块的“催收辛苦费”",
 * 'we'll "visit" you', 'an extra $200 "collector's effort fee"'). Framed by a verb of saying, or by
 * 这种话, they are mentioned ("我们从不说“坐牢”", 'we never use the word "jail"'). A few words: up to
 * six Chinese characters, or three English words (a stop or a comma of the sentence may fall inside
 * the marks).
 */
const A_FEW_WORDS = /^(?:\p{Script=Han}{1,6}|[A-Za-z'-]+(?: [A-Za-z'-]+){0,2}[.,]?)$/u;
const SAID_BEFORE = /(?:[说讲提叫称用写說講稱寫](?:过|過|了)?|\b(?:say|says|said|saying|word|words|term|call|called|use|using|like))\s*$/iu;
const SAID_AFTER = /^\s*(?:[这這][类類种種些个個样樣]|之[类類]|这个词|這個詞)/u;
function setOff(text: string, open: number, close: number): boolean {
  return A_FEW_WORDS.test(text.slice(open + 1, close)) && !SAID_BEFORE.test(text.slice(Math.max(0, open - 10), open)) && !SAID_AFTER.test(text.slice(close + 1, close + 5));
}

/**
 * The quotations of a text, each as [offset of its opening mark, offset of its closing mark]
 * (spoken ones as a pair of marks would stand). Callers that know the text has no mark and no
 * spoken cue need not ask.
 */
export function quotedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  ANY_OPEN.lastIndex = 0;
  for (let m = ANY_OPEN.exec(text); m; m = ANY_OPEN.exec(text)) {
    const j = text.indexOf(CLOSE[OPEN.indexOf(m[0])]!, m.index + 1);
    if (j < 0) break;
    if (!setOff(text, m.index, j)) out.push([m.index, j]);
    ANY_OPEN.lastIndex = j + 1;
  }
  return spokenRanges(text, out);
}

/** Adds to `out` the quotations spoken without marks. */
function spokenRanges(text: string, out: Array<[number, number]>): Array<[number, number]> {
  for (const frame of [SPOKEN_EN, SPOKEN_ZH]) {
    frame.lastIndex = 0;
    for (let m = frame.exec(text); m; m = frame.exec(text)) out.push([m.indices![1]![0] - 1, m.indices![1]![1]]);
  }
  return out;
}
