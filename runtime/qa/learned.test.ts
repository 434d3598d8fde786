import { describe, expect, it } from 'vitest';
import type { DialogDocument, QaRulesetDocument, Transcript } from '../../schemas/generated/types.ts';
import { validateDocument } from '../validate/index.ts';
import { compileRuleset, lintPrompts } from './index.ts';
import { learnedModel } from './learned.ts';
import { cn, doc, say, tiny, us } from './test-kit.ts';

describe('learned rules', () => {
  const ex = (text: string, category: string | null) => ({ text, lang: 'zh' as const, category: category as never });
  const learning: QaRulesetDocument = {
    ...tiny, id: 'learning',
    examples: [
      ex('我们会把你欠钱的事告诉你的领导', 'privacy_disclosure'), ex('你欠款的事我们会通知你的同事', 'privacy_disclosure'), ex('我们要把你的欠款信息发给你的亲戚', 'privacy_disclosure'),
      ex('您好，请问您什么时候方便还款', null), ex('您的账单已经逾期，请尽快处理', null), ex('感谢您的配合，祝您生活愉快', null), ex('请您通过官方渠道还款', null),
    ],
    rules: [{ id: 'learned-privacy', type: 'learned', category: 'privacy_disclosure', severity: 'major', message: { zh: '像是透露债务', en: 'reads like a disclosure' } }],
  };
  const inspector = compileRuleset(learning);
  const flagged = (text: string, speaker: Transcript['turns'][number]['speaker'] = 'agent') => inspector.scan(say(text, speaker)).findings.map((f) => [f.ruleId, f.start, f.end]);

  it('flag a collector sentence like the examples of their category that no lexicon lists, spanning the sentence', () => {
    const text = '你欠钱的事我们会告诉你的亲戚和同事';
    expect(flagged(text)).toEqual([['learned-privacy', 0, text.length]]);
    expect(inspector.scan(say(text)).findings[0]!.message).toMatch(/^像是透露债务 \(与规则集中 privacy_disclosure 示例的相似度 \d+\.\d%\)$/);
    expect(flagged('您好，请问您今天方便还款吗')).toEqual([]);
  });

  it('read a long turn sentence by sentence, and span the one they flag', () => {
    const violation = '你欠钱的事我们会告诉你的亲戚和同事。';
    const ordinary = '您好，您这个月的账单一共三千二百元，到期日是本月二十号，可以在App里还款，也可以银行转账。';
    const text = ordinary + violation + '感谢您的配合，祝您生活愉快。';
    expect(learnedModel(learning)!.read(ordinary + violation + ordinary)?.category).toBe('privacy_disclosure');
    expect(flagged(text)).toEqual([['learned-privacy', ordinary.length, ordinary.length + violation.length]]);
    expect(flagged(ordinary + '感谢您的配合，祝您生活愉快。请您通过官方渠道还款。')).toEqual([]);
  });

  it('add nothing where a phrase rule already flagged the turn, for their category or another', () => {
    const withPhrases = (category: 'privacy_disclosure' | 'threat'): QaRulesetDocument => ({
      ...learning,
      lexicons: [{ id: 'disclose', phrases: [{ text: '告诉你的亲戚', lang: 'zh' }] }],
      rules: [...learning.rules, { id: 'no-disclosure', type: 'forbidden-phrase', category, severity: 'major', lexicons: ['disclose'], message: { zh: '透露债务', en: 'disclosure' } }],
    });
    const text = '你欠钱的事我们会告诉你的亲戚和同事';
    // The same sentence read a second way is not a second violation.
    for (const category of ['privacy_disclosure', 'threat'] as const) expect(compileRuleset(withPhrases(category)).scan(say(text)).findings.map((f) => f.ruleId)).toEqual(['no-disclosure']);
    expect(compileRuleset(withPhrases('threat')).scan(say('你欠钱的事我们会通知你的亲戚')).findings.map((f) => f.ruleId)).toEqual(['learned-privacy']);
  });

  it('flag as sure as their rule asks: below 0.5, a sentence likelier acceptable than not', () => {
    const text = '我们会告诉您还款的方式';
    const sure = learnedModel(learning)!.read(text)!;
    expect(sure.category).toBe('privacy_disclosure');
    expect(sure.confidence).toBeGreaterThan(0.2);
    expect(sure.confidence).toBeLessThan(0.5);
    const at = (minConfidence?: number) => compileRuleset({ ...learning, rules: [{ ...learning.rules[0]!, minConfidence } as never] }).scan(say(text)).findings.length;
    expect(at()).toBe(0);
    expect(at(sure.confidence - 0.01)).toBe(1);
  });

  it('leave a negated or quoted sentence to the phrase rules, and the debtor to themselves', () => {
    expect(flagged('我们不会把你欠钱的事告诉你的亲戚和同事')).toEqual([]);
    expect(flagged('按规定我们不能说“把你欠钱的事告诉你的亲戚”')).toEqual([]);
    expect(flagged('你欠钱的事我们会告诉你的亲戚和同事', 'debtor')).toEqual([]);
  });

  it('read a negated sentence once the examples show what a negation does, when sure of it', () => {
    // What the sentence says, not what a one-turn call leaves out (identification, the disclosure).
    const categories = (inspector: typeof cn, text: string) => inspector.scan(say(text)).findings.filter((f) => f.end > f.start).map((f) => [f.ruleId, f.category]);
    // The templates' examples state hundreds of acceptable negations; the ruleset above, none.
    expect(categories(cn, '下次去的兄弟可不会空手，出了事别怪我们。')).toEqual([['learned-violence', 'violence']]);
    expect(categories(us, "The guys we send next time won't be gentle, and they don't pull punches.")).toEqual([['learned-violence', 'violence']]);
    expect(categories(cn, '我们不会上门，也不会联系您的家人。')).toEqual([]);
    expect(categories(us, "We won't come to your home and we won't contact your family.")).toEqual([]);
  });

  it('need examples of their category and of acceptable speech, or validation says so at the rule', () => {
    const few = { ...learning, examples: learning.examples!.filter((e) => e.category !== null) };
    const issues = validateDocument(few).issues.filter((i) => i.code === 'qa.learned-few-examples');
    expect(issues).toEqual([expect.objectContaining({ pointer: '/rules/0/type', message: expect.stringContaining('examples of acceptable speech') })]);
  });

  describe('in trigger-response rules', () => {
    const answer = (text: string) => ({ ...ex(text, null), answersRequest: true });
    const pressingOn: QaRulesetDocument = {
      ...tiny, id: 'pressing',
      lexicons: [{ id: 'stop', phrases: [{ text: '别再打', lang: 'zh' }] }, { id: 'demand', phrases: [{ text: '马上还钱', lang: 'zh' }] }],
      examples: [
        ex('那你今天也得把钱还了', 'ignored_stop_request'), ex('不打可以，先把这个月的钱还上', 'ignored_stop_request'), ex('钱还了我们自然不打', 'ignored_stop_request'), ex('你先说什么时候还钱', 'ignored_stop_request'),
        answer('好的，我们不再给您打电话了'), answer('明白，已经记录您的要求，不会再联系您'), answer('抱歉打扰了，以后只书面通知您'), answer('好的，打扰您了，再见'),
      ],
      rules: [{
        id: 'stop-means-stop', type: 'trigger-response', category: 'ignored_stop_request', severity: 'critical', minConfidence: 0.5, windowTurns: 2,
        trigger: { lexicons: ['stop'], speakers: ['debtor'] }, forbiddenAfter: { lexicons: ['demand'], speakers: ['agent'] }, message: { zh: '要求停止后仍催收', en: 'pressed on' },
      }],
    };
    const call = (said: string, stop = '别再打了'): Transcript => ({ id: 'x', startedAt: '2026-12-01T10:00:00+08:00', channel: 'voice', turns: [{ speaker: 'debtor', text: stop }, { speaker: 'agent', text: said }] });
    const pressed = (rs: QaRulesetDocument, said: string, stop?: string) => compileRuleset(rs).scan(call(said, stop)).findings.map((f) => [f.ruleId, f.start, f.end]);

    it('flag a sentence after the request more like pressing on than like an answer that stands back, which no phrase lists', () => {
      const text = '不打也行，你先把钱还了';
      expect(pressed(pressingOn, text)).toEqual([['stop-means-stop', 0, text.length]]);
      expect(compileRuleset(pressingOn).scan(call(text)).findings[0]!.message).toMatch(/^要求停止后仍催收 \(与规则集中此类请求后继续施压的示例相似度 \d+\.\d%\)$/);
      expect(pressed(pressingOn, '好的，不会再给您打电话了')).toEqual([]);
    });

    it('read nothing without the request, without their minimum confidence, or where a phrase already flagged the turn', () => {
      expect(pressed(pressingOn, '不打也行，你先把钱还了', '你好')).toEqual([]);
      const { minConfidence: _, ...phrasesOnly } = pressingOn.rules[0]!;
      expect(pressed({ ...pressingOn, rules: [phrasesOnly] }, '不打也行，你先把钱还了')).toEqual([]);
      expect(pressed(pressingOn, '你先马上还钱')).toEqual([['stop-means-stop', 2, 6]]);
    });

    it('leave the sentence rules alone: pressing on is acceptable speech said with no request before it', () => {
      const withLearned = { ...pressingOn, examples: [...pressingOn.examples!, ex('我会告诉你的领导', 'privacy_disclosure'), ex('我们会通知你的同事', 'privacy_disclosure'), ex('我们要告诉你的亲戚', 'privacy_disclosure')] };
      // An example of pressing on, read by the sentence rules as the acceptable speech it is.
      expect(learnedModel(withLearned)!.read('那你今天也得把钱还了')?.category).toBe('privacy_disclosure');
      expect(learnedModel(withLearned)!.read('那你今天也得把钱还了')!.confidence).toBeLessThan(0.5);
    });

    it('need examples of pressing on and of answers that stand back, or validation says so at the rule', () => {
      const few = { ...pressingOn, examples: pressingOn.examples!.filter((e) => !e.answersRequest) };
      const issues = validateDocument(few).issues.filter((i) => i.code === 'qa.learned-few-examples');
      expect(issues).toEqual([expect.objectContaining({ pointer: '/rules/0/minConfidence', message: expect.stringContaining('acceptable answers to a request (answersRequest)') })]);
    });
  });

  it('read bot prompts too: a dialog cannot be approved saying what the model flags', () => {
    const dialog = doc('m1-reminder-zh') as unknown as DialogDocument;
    const node = (dialog.nodes as Array<{ data: { prompt?: { text: Record<string, string> } } }>).find((n) => n.data.prompt)!;
    node.data.prompt!.text.zh = '你欠钱的事我们会告诉你的亲戚和同事';
    expect(lintPrompts(dialog, inspector).map((i) => i.code)).toContain('dialog.forbidden-phrase');
  });
});
