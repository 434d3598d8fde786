import { describe, expect, it } from 'vitest';
import type { QaRulesetDocument, Transcript } from '../../schemas/generated/types.ts';
import { compileRuleset } from './index.ts';
import { readers } from './spelling.ts';
import { say, tiny } from './test-kit.ts';

/** What an inspector finds in one turn, as the excerpts of the text it was given. */
const excerptsOf = (inspector: ReturnType<typeof compileRuleset>, as: (text: string) => Transcript = say) => (text: string) => inspector.scan(as(text)).findings.map((f) => text.slice(f.start, f.end));

describe('written shorthand', () => {
  const lexicons: QaRulesetDocument['lexicons'] = [{ id: 'threat', phrases: [{ text: 'sue you', lang: 'en' }, { text: 'tell your boss', lang: 'en' }, { text: '没有好下场', lang: 'zh' }] }];
  const texting = compileRuleset({ ...tiny, lexicons, normalization: { shorthand: { u: 'you', ur: 'your', r: 'are', 木有: '没有' } } });
  const texted = (text: string) => ({ ...say(text), channel: 'chat' as const });
  const excerpts = excerptsOf(texting, texted);

  it('is read as the words it stands for, and findings point at what was written', () => {
    expect(excerpts('pay 2day or we sue u')).toEqual(['sue u']);
    expect(excerpts('gonna tell ur boss')).toEqual(['tell ur boss']);
    expect(excerpts('不还钱木有好下场')).toEqual(['木有好下场']);
    expect(compileRuleset({ ...tiny, lexicons }).scan(texted('pay 2day or we sue u')).findings).toEqual([]);
  });

  it('is not looked for in what speech recognition wrote', () => {
    expect(texting.scan(say('pay 2day or we sue u')).findings).toEqual([]);
  });

  it('reads digits and symbols written for letters as those letters, keeping the shorthand that holds them', () => {
    const disguised = compileRuleset({ ...tiny, lexicons, normalization: { shorthand: { u: 'you', b4: 'before' }, lookalikes: { '0': 'o', '3': 'e', '4': 'a', '@': 'a', $: 's' } } });
    const found = excerptsOf(disguised, texted);
    expect(found('we will $u3 y0u')).toEqual(['$u3 y0u']);
    expect(found('pay b4 friday or we t3ll y0ur b0ss')).toEqual(['t3ll y0ur b0ss']);
    expect(found('pay $400 b4 friday')).toEqual([]);
    expect(disguised.scan(say('we will $u3 y0u')).findings).toEqual([]); // a recogniser writes words
  });

  it('only as whole words, and with negation read through it', () => {
    expect(excerpts('we will sue up front')).toEqual([]); // "up" holds no "u"
    expect(excerpts("we r not gonna tell ur boss")).toEqual([]);
  });
});

describe('a dialect', () => {
  const lexicons: QaRulesetDocument['lexicons'] = [{ id: 'threat', phrases: [{ text: '没有好下场', lang: 'zh' }, { text: '是他老婆', lang: 'zh' }, { text: '系统', lang: 'zh' }] }];
  const yue = compileRuleset({ ...tiny, lexicons, normalization: { dialects: [{ id: 'yue', markers: '冇佢嘅', words: { 冇: '没有', 佢: '他', 系: '是', 系统: '系统' } }] } });
  const excerpts = excerptsOf(yue);

  it('is read as the standard words, in calls too, in either script, and findings point at what was said', () => {
    expect(excerpts('唔还钱你冇好下场')).toEqual(['冇好下场']);
    expect(excerpts('唔還錢你冇好下場')).toEqual(['冇好下場']);
    expect(excerpts('我系佢老婆')).toEqual(['系佢老婆']);
    expect(compileRuleset({ ...tiny, lexicons }).scan(say('唔还钱你冇好下场')).findings).toEqual([]);
  });

  it('only in a text that holds one of its markers, the longest word first', () => {
    expect(excerpts('我们的系统显示已还清')).toEqual(['系统']); // no marker: 系 stays
    expect(excerpts('我哋嘅系统显示未收到')).toEqual(['系统']); // marked: 系统 is still 系统
  });
});

describe('the first look at a message', () => {
  const read = readers({ shorthand: { u: 'you', ur: 'your', '2day': 'today', 木有: '没有', sb: '傻逼' }, lookalikes: { '0': 'o', '@': 'a', $: 's' } });

  it('says yes wherever the message would be read otherwise', () => {
    const texts = ['U there?', 'pay 2DAY', 'tell ur boss.', '(u)', 'see u', '木有钱', '你个SB', 'y0u', 'p@y', '$ue', '—u—', 'sue u!'];
    for (const text of texts) {
      expect(read.written!(text)?.text ?? text, text).not.toBe(text);
      expect(read.mayBeShorthand(text), text).toBe(true);
    }
  });

  it('says no to a message with no key as a whole word and no lookalike by a letter', () => {
    for (const text of ['we will sue up front', 'pay $400 by 5 pm', 'your turn', '有木头', 'usb cable']) expect(read.mayBeShorthand(text), text).toBe(false);
  });
});
