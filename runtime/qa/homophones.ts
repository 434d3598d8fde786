/**
 * Pinyin homophones: "做牢" sounds like "坐牢". Each Chinese character is mapped to a code unit
 * standing for its toneless syllable (in the Private Use Area), so a phrase matches any text
 * that sounds the same, through the same automaton machinery and with the same offsets.
 */
import { pinyin } from 'pinyin-pro';

const PUA = 0xe000;
const syllables = new Map<string, number>();
/** Per BMP code unit: its sound code, 0 until first seen. */
const classOf = new Uint16Array(65536);
const HAN = /\p{Script=Han}/u;

/** The syllable code of a character, or the character itself when it is not Chinese. */
export function soundCode(unit: number): number {
  let c = classOf[unit]!;
  if (c === 0) {
    const ch = String.fromCharCode(unit);
    if (!HAN.test(ch)) c = unit;
    else {
      const syllable = pinyin(ch, { toneType: 'none', type: 'array' })[0] ?? ch;
      let id = syllables.get(syllable);
      if (id === undefined) syllables.set(syllable, (id = PUA + syllables.size));
      c = id;
    }
    classOf[unit] = c;
  }
  return c;
}

/** Toned syllables ("jie4"), per BMP code unit, for the few hits that need them. */
const toned = new Map<number, string>();

/** The toned syllables of the Chinese characters of a text, one word each. */
export function tonedSyllables(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (!HAN.test(text[i]!)) continue;
    let s = toned.get(unit);
    if (s === undefined) toned.set(unit, (s = pinyin(text[i]!, { toneType: 'num', type: 'array' })[0] ?? text[i]!));
    out += `${s} `;
  }
  return out;
}

export function soundString(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(soundCode(text.charCodeAt(i)));
  return out;
}
