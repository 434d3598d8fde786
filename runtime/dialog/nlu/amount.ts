/**
 * Amounts as people say them: "两千", "两千五", "一千二百块", "1.5万", "3,000元", "2k", "$200",
 * "two hundred", "two thousand five hundred". Returns the first amount in the text, or null.
 */
const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10_000, 亿: 100_000_000 };
const WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, a: 1,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000, k: 1000 };

/** A Chinese numeral such as 两千五, 一千二百, 三万五千, 十五. */
export function parseChineseNumber(s: string): number | null {
  if (!s) return null;
  // Digits read one by one ("一二三四", a card's last four) are a digit string, not a sum.
  if (s.length > 1 && [...s].every((ch) => ch in DIGIT)) return Number([...s].map((ch) => DIGIT[ch]).join(''));
  let total = 0;   // completed 万/亿 sections
  let section = 0; // within the current 万 section
  let digit: number | null = null;
  let lastUnit = 0;
  for (const ch of s) {
    if (ch in DIGIT) {
      digit = DIGIT[ch]!;
    } else if (ch in UNIT) {
      const u = UNIT[ch]!;
      if (u >= 10_000) {
        section = (section + (digit ?? 0)) || 1;
        total += section * u;
        section = 0;
      } else section += (digit ?? 1) * u; // 十五: a bare 十 is ten
      digit = null;
      lastUnit = u;
    } else return null;
  }
  // 两千五 means 2,500: a trailing digit counts in the unit below the last one.
  if (digit !== null) section += lastUnit >= 10 ? digit * (lastUnit / 10) : digit;
  return total + section;
}

function parseEnglishNumber(words: string[]): number | null {
  // Digits read one by one ("one two three four") are a digit string, not a sum.
  if (words.length > 1 && words.every((w) => w !== 'a' && (WORDS[w] ?? 10) < 10)) return Number(words.map((w) => WORDS[w]).join(''));
  let total = 0, current = 0, seen = false;
  for (const [i, w] of words.entries()) {
    // "a" counts only as "a hundred", "a thousand": "two thousand a month" is 2,000.
    if (w === 'a' && (seen || !((words[i + 1] ?? '') in SCALE))) break;
    if (w in WORDS) { current += WORDS[w]!; seen = true; }
    else if (w in SCALE) {
      current = (current || 1) * SCALE[w]!;
      if (SCALE[w]! >= 1000) { total += current; current = 0; }
      seen = true;
    } else if (w !== 'and') break;
  }
  return seen ? total + current : null;
}

const NUMERIC = /(?:([$¥￥])\s*)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(k(?![a-z])|w(?![a-z])|万|千)?(?![\d.])/gi;
const CHINESE_ALL = /[零〇一二两三四五六七八九十百千万亿]{1,12}/g;
const ENGLISH = /\b((?:(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|and|a)\s*)+)\b/gi;
/** What makes a number a time, a day or a count, not an amount: "ten minutes", "the 15th", "3天", "周五", "二十四期". */
const TIME_OR_COUNT_AFTER = /^\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|o'?clock|[ap]\.?m\b|th\b|st\b|nd\b|rd\b|(?:payments|installments|instalments|times|parts|paychecks)\b|[号日天点月个年岁期次成倍]|分钟|小时)/i;
const TIME_BEFORE = /(周|期|拜|初)$/;

/**
 * A lone digit word is a count ("报一下", "一点", "one more week", "two kids"), an amount only with its
 * currency after it ("一块", "five bucks").
 */
const CURRENCY_AFTER = /^\s*(?:块|元|圆|毛|角|美元|美金|刀|dollars?\b|bucks?\b)/i;
const loneDigit = (t: string, end: number) => !CURRENCY_AFTER.test(t.slice(end, end + 8));

/** Does the number at [start, end) of `t` name a time, a day or a count? */
function namesTimeOrCount(t: string, start: number, end: number): boolean {
  return TIME_BEFORE.test(t.slice(Math.max(0, start - 2), start)) || TIME_OR_COUNT_AFTER.test(t.slice(end, end + 8));
}

export function parseAmount(text: string): number | null {
  const t = text.normalize('NFKC');
  for (const m of t.matchAll(NUMERIC)) {
    if (!m[1] && !m[4] && namesTimeOrCount(t, m.index!, m.index! + m[0].length)) continue;
    const n = Number(`${m[2]!.replace(/,/g, '')}${m[3] ? `.${m[3]}` : ''}`);
    const unit = m[4]?.toLowerCase();
    return unit === 'k' || unit === '千' ? n * 1000 : unit === 'w' || unit === '万' ? n * 10_000 : n;
  }
  for (const c of t.matchAll(CHINESE_ALL)) {
    const end = c.index! + c[0].length;
    if (namesTimeOrCount(t, c.index!, end) || (c[0].length === 1 && c[0] in DIGIT && loneDigit(t, end))) continue;
    const n = parseChineseNumber(c[0]);
    if (n !== null && n > 0) return n;
  }
  const lower = t.toLowerCase();
  for (const e of lower.matchAll(ENGLISH)) {
    // The number's own words end before a trailing "a" or "and" ("two thousand a month").
    const own = e[1]!.trim().replace(/(\s+(a|and))+$/, '');
    const end = e.index! + own.length;
    if (/^(a|and)$/.test(own) || namesTimeOrCount(lower, e.index!, end) || ((WORDS[own] ?? 10) < 10 && loneDigit(lower, end))) continue;
    const n = parseEnglishNumber(e[1]!.trim().split(/\s+/));
    if (n !== null && n > 0) return n;
  }
  return null;
}
