import { describe, expect, it } from 'vitest';
import type { DialogDocument } from '../../../schemas/generated/types.ts';
import { loadTemplates } from '../../../templates/load-templates.ts';
import { normalize } from '../../qa/normalize.ts';
import { BUILTIN_EXAMPLES, LABELLED_UTTERANCES, type LabelledUtterance } from './builtin-intents.ts';
import { builtinNlu, type BuiltinNluOptions } from './classifier.ts';

const dialogs = Object.fromEntries(loadTemplates().filter((t) => t.doc.kind === 'dialog').map((t) => [t.doc.id, t.doc as unknown as DialogDocument]));
const nluWith = (options: BuiltinNluOptions = {}) => ({ zh: builtinNlu(dialogs['m1-reminder-zh']!, options), en: builtinNlu(dialogs['m1-reminder-en']!, options) });
const nlu = nluWith();
const now = '2026-11-28T02:00:00Z';
const intentOf = (lang: 'zh' | 'en', said: string) => nlu[lang].classify(said, { now }).intent;
// A traditional utterance and its simplified twin normalise alike: they share a fold.
const FOLDS = 5;
const foldOf = (u: LabelledUtterance) => [...normalize(u.text, true).text].reduce((h, ch) => (h * 31 + ch.codePointAt(0)!) >>> 0, 7) % FOLDS;

/** Accuracy of `nlus` on `set`, per language, with the misses. */
function measure(set: readonly LabelledUtterance[], nlusFor: (u: LabelledUtterance) => ReturnType<typeof nluWith>) {
  const byLang: Record<string, { ok: number; n: number; misses: string[] }> = {};
  for (const u of set) {
    const r = nlusFor(u)[u.lang === 'en' ? 'en' : 'zh'].classify(u.text, { now, zone: 'Asia/Shanghai' });
    const s = (byLang[u.lang] ??= { ok: 0, n: 0, misses: [] });
    s.n++;
    if (r.intent === u.intent) s.ok++;
    else s.misses.push(`${u.text} → ${r.intent} (want ${u.intent})`);
  }
  const ok = Object.values(byLang).reduce((a, s) => a + s.ok, 0);
  return { accuracy: ok / set.length, byLang };
}

const print = (title: string, m: ReturnType<typeof measure>, n: number) => {
  console.log(`\n${title}: ${(100 * m.accuracy).toFixed(1)}% of ${n}`);
  for (const [lang, s] of Object.entries(m.byLang)) console.log(`  ${lang}: ${s.ok}/${s.n}${s.misses.length ? `; misses: ${s.misses.join('; ')}` : ''}`);
};

describe('built-in NLU', () => {
  it('recognises labelled utterances it never learned from: the held-out batch, and the rest by cross-validation', () => {
    expect(LABELLED_UTTERANCES.length).toBeGreaterThanOrEqual(300);
    const heldOut = LABELLED_UTTERANCES.filter((u) => u.heldOut);
    expect(heldOut.length).toBeGreaterThan(0);
    expect(heldOut.some((u) => BUILTIN_EXAMPLES.includes(u))).toBe(false);
    const held = measure(heldOut, () => nlu);
    print('NLU on the held-out batch (written after the last change to the NLU)', held, heldOut.length);

    // Each fold recognised by an NLU that learned from the other folds.
    const folds = Array.from({ length: FOLDS }, (_, k) => nluWith({ examples: BUILTIN_EXAMPLES.filter((u) => foldOf(u) !== k) }));
    const crossed = measure(BUILTIN_EXAMPLES, (u) => folds[foldOf(u)]!);
    print(`NLU on the other ${BUILTIN_EXAMPLES.length} labelled utterances, ${FOLDS}-fold cross-validated`, crossed, BUILTIN_EXAMPLES.length);
    // Small talk and noise must get no intent (the bot reprompts) rather than the nearest one.
    const none = BUILTIN_EXAMPLES.filter((u) => u.intent === null);
    const unanswered = measure(none, (u) => folds[foldOf(u)]!);
    console.log(`  of them with no intent (small talk, noise), left unanswered: ${(100 * unanswered.accuracy).toFixed(1)}% of ${none.length}`);
    expect(none.length).toBeGreaterThanOrEqual(60);
    expect(unanswered.accuracy).toBeGreaterThanOrEqual(0.75);

    // Regression floors, not the target: the issue asks 95% on unseen utterances. The held-out
    // batches, each written before it was ever run, scored 82.1%, 89.7%, 91.9%, 87.9%, 86.4%,
    // 58.9% (batch 6, wordings far from any phrase; naive Bayes and the learned examples came
    // after it), 86.2% (batch 7: Chinese 93.5%, English 71.7%), 74.8% (batch 8: Chinese 78.3%,
    // English 66.7%), 88.8% (batch 9: Chinese 95.6%, English 75.0%), 91.6% (batch 10: Chinese
    // 97.7%, English 79.1%), 86.3% (batch 11, with 30 utterances of no intent: 91.2% of those
    // with one, Chinese 95.7%, English 81.8%; 66.7% of the others left unanswered), 93.7%
    // (batch 12: 93.8% of those with an intent, Chinese 93.3%, English 94.9%; 93.3% of the others)
    // 91.3% (batch 13: 90.8% of those with an intent, Chinese 88.6%, English 95.3%; 93.3%) and,
    // after 98 more English utterances, 89.6% (batch 14: 91.0%, Chinese 88.9%, English 95.3%; 83.3%;
    // 90.8% when the logistic regression replaced the naive Bayes, untuned on it), 90.2% (batch 15:
    // 90.3%, Chinese 92.3%, English 86.0%; 90.0%) and, after 172 more labelled utterances, 93.5%
    // (batch 16: 94.2%, Chinese 94.2%, English 94.2%; 90.0%) and, after 160 more, 92.5% (batch 17:
    // 91.7%, Chinese 94.2%, English 86.5%; 96.7%) and, after 147 more, 88.2% (batch 18: 88.5%,
    // Chinese 92.3%, English 80.8%; 86.7%) and, after 137 more, 88.7% (batch 19: 87.8%, Chinese
    // 92.3%, English 78.8%; 93.3%) and 91.4% (batch 20: 91.7%, Chinese 92.3%, English 90.4%; 90.0%)
    // and, with Porter stems, 94.1% (batch 21: 93.6%, Chinese 94.2%, English 92.3%; 96.7%) and,
    // after 188 more, 90.9% (batch 22: 89.7%, Chinese 92.3%, English 84.6%; 96.7%) and 97.3%
    // (batch 23: 96.8%, Chinese 100%, English 90.4%; 100%) and 92.9% (batch 24, 183 utterances:
    // 92.9%, Chinese 96.2%, English 86.5%; 92.6% of 27) and 95.2% (batch 25: 96.2%, Chinese 96.2%,
    // English 96.2%; 90.0%) and 95.2% (batch 26: 94.2%, Chinese 96.2%, English 90.4%; 100%) and
    // 96.2% (batch 27: 95.5%, Chinese 98.1%, English 90.4%; 100%) and 95.2% (batch 28: 94.2%,
    // Chinese 96.2%, English 90.4%; 100%) and 96.8% (batch 29: 96.8%, Chinese 96.2%, English 98.1%;
    // 96.7%) and, written as speech recognisers write (no punctuation, fillers), 89.8% (batch 30:
    // 90.4%, Chinese 90.4%, English 90.4%; 86.7%) and 93.5% (batch 31: 92.9%, Chinese 92.3%,
    // English 94.2%; 96.7%) and, again as recognisers write, 94.6% (batch 32: 93.6%, Chinese 100%,
    // English 80.8%; 100%) and 95.2% (batch 33: 96.8%, Chinese 100%, English 90.4%; 86.7%) and, as
    // recognisers write, 94.1% (batch 34: 92.9%, Chinese 96.2%, English 86.5%; 100%) and 91.9%
    // (batch 35: 92.3%, Chinese 94.2%, English 88.5%; 90.0%) and 95.2% (batch 36: 94.2%, Chinese
    // 98.1%, English 86.5%; 100%) and 94.6% (batch 37: 93.6%, Chinese 94.2%, English 92.3%; 100%)
    // and, as recognisers write, 97.8% (batch 38: 99.4%, Chinese 100%, English 98.1%; 90.0%)
    // and 91.9% (batch 39: 90.4%, Chinese 90.4%, English 90.4%; 100%) and, as recognisers write,
    // 95.2% (batch 40: 96.2%, Chinese 96.2%, English 96.2%; 90.0%) and 90.9% (batch 41: 89.1%,
    // Chinese 90.4%, English 86.5%; 100%) and, as recognisers write, 95.7% (batch 42: 96.2%, Chinese
    // 98.1%, English 92.3%; 93.3%) and 87.6% (batch 43: 88.5%, Chinese 92.3%, English 80.8%; 83.3%)
    // and, as recognisers write, 98.9% (batch 44: 98.7%, Chinese 100%, English 96.2%; 100%) and 95.7%
    // (batch 45: 96.8%, Chinese 98.1%, English 94.2%; 90.0%) and 91.4% (batch 46: 92.3%, Chinese 98.1%,
    // English 80.8%; 86.7%) and 95.7% (batch 47: 98.1%, Chinese 98.1%, English 98.1%; 83.3%) and, as
    // recognisers write, 93.5% (batch 48: 97.4%, Chinese 98.1%, English 96.2%; 73.3%) and 94.6%
    // (batch 49: 95.5%, Chinese 94.2%, English 98.1%; 90.0%) and, as recognisers write, 88.7% (batch
    // 50: 92.3%, Chinese 92.3%, English 92.3%; 70.0%) and 91.4% (batch 51: 92.9%, Chinese 96.2%,
    // English 86.5%; 83.3%) and, as recognisers write, 94.1% (batch 52: 94.2%, Chinese 96.2%, English
    // 90.4%; 93.3%; two of its misses, "我不会还的 别打了" and "i'm not paying stop calling", are
    // stop requests by design: a stop request binds over what it comes with) and 89.2% (batch 53:
    // 89.7%, Chinese 90.4%, English 88.5%; 86.7%) and, as recognisers write, 90.3% (batch 54: 92.9%,
    // Chinese 96.2%, English 86.5%; 76.7%) and 92.5% (batch 55: 92.3%, Chinese 92.3%, English 92.3%;
    // 93.3%) and, as recognisers write, 91.4% (batch 56: 93.6%, Chinese 98.1%, English 84.6%; 80.0%)
    // and 98.4% (batch 57: 98.7%, Chinese 100%, English 96.2%; 96.7%) and, as recognisers write, 96.2%
    // (batch 58: 98.1%, Chinese 98.1%, English 98.1%; 86.7%) and 90.9% (batch 59: 90.4%, Chinese 90.4%,
    // English 90.4%; 93.3%) and, as recognisers write, 95.7% (batch 60: 95.5%, Chinese 98.1%, English
    // 90.4%; 96.7%) and 97.8% (batch 61: 98.1%, Chinese 96.2%, English 98.1%; 96.7%)
    // and, as recognisers write, 96.2% (batch 62: 96.8%, Chinese 98.1%, English 94.2%; 93.3%)
    // and 95.2% (batch 63: 96.2%, Chinese 100%, English 88.5%; 90.0%) and, as
    // recognisers write, 95.2% (batch 64: 94.9%, Chinese 96.2%, English 92.3%; 96.7%) and 96.8%
    // (batch 65: 96.8%, Chinese 98.1%, English 94.2%; 96.7%) and, as
    // recognisers write, 90.9% (batch 66: 91.0%, Chinese 90.4%, English 92.3%; 90.0%; two of its misses,
    // a promise to pay with 'stop calling' after it, are stop requests by design) and 93.0% (batch 67:
    // 95.5%, Chinese 96.2%, English 94.2%; 80.0%) and, as recognisers write, 92.5% (batch 68: 93.6%,
    // Chinese 94.2%, English 92.3%; 86.7%) and 92.5% (batch 69: 92.3%, Chinese 94.2%, English 88.5%;
    // 93.3%) and, as recognisers write, 94.6% (batch 70: 94.9%, Chinese 96.2%, English 92.3%; 93.3%)
    // and 96.2% (batch 71: 96.2%, Chinese 96.2%, English 96.2%; 96.7%) and, as recognisers write, 95.2%
    // (batch 72: 95.5%, Chinese 98.1%, English 90.4%; 93.3%; three of its misses, paid already and
    // 'stop calling', are stop requests by design) and 94.1% (batch 73: 97.4%, Chinese 100%, English
    // 92.3%; 76.7%) and, as recognisers write, 97.8% (batch 74: 98.1%, Chinese 100%, English 94.2%;
    // 96.7%) and 96.2% (batch 75: 96.8%, Chinese 98.1%, English 94.2%; 93.3%; one of its misses, an
    // insult with 'leave me alone', is a stop request by design) and, as recognisers write, 96.8%
    // (batch 76: 98.7%, Chinese 98.1%, English 100%; 86.7%) and 96.8% (batch 77: 96.2%, Chinese 96.2%,
    // English 96.2%; 100%) and, as recognisers write, 94.1% (batch 78: 93.6%, Chinese 94.2%, English
    // 92.3%; 96.7%; one of its misses, 'screw you leave me alone', is a stop request by design) and
    // 95.7% (batch 79: 97.4%, Chinese 98.1%, English 96.2%; 86.7%) and, as recognisers write, 97.3%
    // (batch 80: 97.4%, Chinese 98.1%, English 96.2%; 96.7%) and 97.8% (batch 81: 97.4%, Chinese 98.1%,
    // English 96.2%; 100%) and, as recognisers write, 94.6% (batch 82: 97.4%, Chinese 96.2%, English
    // 100%; 80.0%) and 96.8% (batch 83: 96.8%, Chinese 98.1%, English 94.2%; 96.7%) and, as recognisers
    // write, 93.5% (batch 84: 97.4%, Chinese 98.1%, English 96.2%; 73.3%) and 96.2% (batch 85: 99.4%,
    // Chinese 100%, English 98.1%; 80.0%) and, as recognisers write, 94.1% (batch 86: 95.5%, Chinese
    // 94.2%, English 98.1%; 86.7%) and 96.2% (batch 87: 96.2%, Chinese 98.1%, English 92.3%; 96.7%)
    // and, as recognisers write, 95.7% (batch 88: 96.2%, Chinese 96.2%, English 96.2%; 93.3%).
    expect(crossed.accuracy).toBeGreaterThanOrEqual(0.97);
    expect(held.accuracy).toBeGreaterThanOrEqual(0.85);
  }, 60_000); // twelve NLUs, each trained on some 11,500 utterances: about 30 s here, growing with the data

  it('learns from examples: a wording no phrase, keyword or pattern covers is recognised by its likeness to one', () => {
    const said = '我钱包被偷了，身无分文';
    const taught = builtinNlu(dialogs['m1-reminder-zh']!, { examples: [{ text: '钱包被偷了，我身无分文', lang: 'zh', intent: 'hardship' }] });
    expect(nluWith({ examples: [] }).zh.classify(said, { now }).intent).not.toBe('hardship');
    expect(taught.classify(said, { now }).intent).toBe('hardship');
  });

  it('fills amount and date slots from the same utterance', () => {
    expect(nlu.zh.classify('我下周五还两千五', { now, zone: 'Asia/Shanghai' })).toMatchObject({ intent: 'promise_to_pay', slots: { amount: 2500, date: '2026-12-04' } });
    expect(nlu.en.classify("I'll pay $200 on the 15th", { now, zone: 'America/New_York' })).toMatchObject({ intent: 'promise_to_pay', slots: { amount: 200, date: '2026-12-15' } });
  });

  it('hears negation: "I can\'t pay" refuses, "不是不还" promises', () => {
    expect(intentOf('en', "I can't pay")).toBe('refuse');
    expect(intentOf('zh', '不是不还，是这个月手头紧')).toBe('promise_to_pay');
  });

  it('reads a phone, a pot plant or pigs that died as no death in the family, and the owner of a phone who died as one', () => {
    expect(intentOf('en', 'My earbuds died.')).not.toBe('deceased');
    expect(intentOf('en', 'A couple of my succulents died on the balcony.')).not.toBe('deceased');
    expect(intentOf('en', 'The harvest was bad and all our pigs died of disease.')).toBe('hardship');
    expect(intentOf('en', 'The owner of this phone died last month.')).toBe('deceased');
    // 神经病 (madman) is no illness, 烦死了 (annoyed to death) no death.
    expect(intentOf('zh', '神经病啊你们 烦死了')).toBe('abusive');
    expect(intentOf('zh', '他生病死了')).toBe('deceased');
  });

  it('reads no "有问题" (a problem) in 所有问题 (all questions) or 没有问题 (no problem), no 还上 (pay back) in 还上班 (still at work), no payment in a hotline dialled', () => {
    expect(intentOf('zh', '这个合同有问题')).toBe('dispute');
    expect(intentOf('zh', '今天是周末啊，你们还上班？')).toBeNull();
    // 打 pays, unless what was dialled was a phone or a hotline.
    expect(intentOf('zh', '我已经打了市长热线，投诉你们骚扰')).toBe('complaint');
    expect(intentOf('zh', '钱我已经打了')).toBe('already_paid');
    // No keyword speaks for a dispute (a keyword scores at least 0.75).
    for (const said of ['所有问题请找我的律师', '没有问题，我明天还']) expect(nlu.zh.classify(said, { now }).alternatives.find((a) => a.intent === 'dispute')?.confidence ?? 0, said).toBeLessThan(0.5);
    // A kidney or a test result with a problem is an illness.
    expect(intentOf('zh', '我最近查出肾有问题，正在住院')).toBe('hardship');
    expect(nlu.zh.classify('体检报告出来，血压有问题', { now }).alternatives.find((a) => a.intent === 'dispute')?.confidence ?? 0).toBeLessThan(0.74);
  });

  it('hears no payment in a matter handed to a lawyer, a letter or a number sent, a request submitted or calls made', () => {
    const paid = (lang: 'zh' | 'en', said: string) => nlu[lang].classify(said, { now }).intent === 'already_paid' || nlu[lang].classify(said, { now }).alternatives.some((a) => a.intent === 'already_paid' && a.confidence >= 0.74);
    for (const said of ['这件事我已经交给律师了。', '我已经提交了债务重组申请，审批前请不要再催我。', '你们这个月已经打了好多次了', '我已经说过不要再打了，你们听不懂吗？', '那我今天就还了吧。']) expect(paid('zh', said), said).toBe(false);
    for (const said of ['My lawyer already sent you a letter, contact him from now on.', 'my attorney is zhang, i sent you his number', "I haven't been paid in six months."]) expect(paid('en', said), said).toBe(false);
    for (const said of ['我上周五转了三千', '钱我昨天就打了', '这件事我已经还清了']) expect(paid('zh', said), said).toBe(true);
    for (const said of ['I already sent the money', 'I sent you the money last week', 'I already made the payment', "It's been paid"]) expect(paid('en', said), said).toBe(true);
  });

  it('hears no hardship in a hospital bill that is the debt itself or a stay before a past payment, and hears it in a stay in hospital', () => {
    const hardship = (lang: 'zh' | 'en', said: string) => [nlu[lang].classify(said, { now })].some((r) => r.intent === 'hardship' || r.alternatives.some((a) => a.intent === 'hardship' && a.confidence >= 0.74));
    expect(hardship('zh', '这笔住院费我已经委托律师处理了，你们直接去找我的律师。')).toBe(false);
    expect(hardship('en', "I've got a lawyer handling this hospital bill. Go talk to her, not me.")).toBe(false);
    expect(hardship('zh', '这笔钱我住院之前就已经结清了，我有银行回单。')).toBe(false);
    expect(hardship('en', 'I paid this off before I went into the hospital. I have the bank receipt.')).toBe(false);
    expect(hardship('zh', '我在住院，没钱还')).toBe(true);
    expect(hardship('en', "I'm in the hospital and can't pay")).toBe(true);
  });

  it('hears no illness in "sick of it" or "are you sick", and hears it in "I\'m sick"', () => {
    expect(intentOf('en', "Calling and calling all day, don't you get sick of it?")).not.toBe('hardship');
    expect(intentOf('en', 'Eight calls a day, are you sick?')).not.toBe('hardship');
    expect(intentOf('en', "I've been sick for weeks, I can't work.")).toBe('hardship');
  });

  it('hears a job lost and no income in everyday words, and no job lost in being let go first', () => {
    for (const said of ["They let me go last month.", 'My boss laid me off in May.', 'Nothing is coming in at all.', 'No money coming in since March.']) expect(intentOf('en', said), said).toBe('hardship');
    for (const said of ['They let me go first in line.', 'They let me go in.']) expect(intentOf('en', said), said).not.toBe('hardship');
    expect(intentOf('zh', '装修公司那边刚把我裁了，这个月房租都凑不齐。')).toBe('hardship');
  });

  it('reads a refusal to pay a fee the contract never named as the dispute it is', () => {
    expect(intentOf('en', "These service fees were never in my contract, I'm not paying them.")).toBe('dispute');
    expect(intentOf('en', "That contractor only did half the job. I shouldn't have to pay the full amount at all.")).toBe('dispute');
    expect(intentOf('en', "I shouldn't have to pay until Friday, right?")).not.toBe('dispute'); // when, not whether
    expect(intentOf('en', "I'm not paying them.")).toBe('refuse');
  });

  it('tells "calling is no use" (a refusal) from "stop calling", and "if you don\'t believe me" from a doubt', () => {
    expect(intentOf('zh', '我一分都不会还的，别打了也没用')).toBe('refuse');
    expect(intentOf('zh', '别打了，烦死了')).toBe('stop_contact');
    expect(intentOf('en', "It was paid off last month, look it up if you don't believe me")).toBe('already_paid');
    expect(intentOf('en', "I don't believe you, this is fake")).toBe('scam_concern');
  });

  it('hears a time or place ruled out as no request to stop: the collector may call at another time', () => {
    expect(intentOf('zh', '明天中午吧，晚上别打了，孩子在写作业。')).not.toBe('stop_contact');
    expect(intentOf('en', "Call tomorrow at lunch, don't call me in the evening, the kids are doing homework.")).not.toBe('stop_contact');
    expect(intentOf('zh', '以后都别打了，晚上也别打')).toBe('stop_contact');
    expect(intentOf('en', "Don't call me at all, not in the evening, not ever.")).toBe('stop_contact');
  });

  it('hears someone else who asks for no more calls as a wrong number or a third party, the debtor asking as a stop request', () => {
    expect(intentOf('zh', '你说的那个刘强我根本不认识，别再打这个号了')).toBe('wrong_number');
    expect(intentOf('en', "I don't know anybody named Carlos, stop calling this number")).toBe('wrong_number');
    expect(intentOf('en', "I'm his ex, we don't talk anymore, don't call me about him")).toBe('third_party');
    expect(intentOf('zh', '我不认识你们，别再打了')).toBe('stop_contact');
    expect(intentOf('en', 'stop calling this number')).toBe('stop_contact');
  });

  it('hears a death in the family that cost the debtor everything as hardship, not the debtor\'s death', () => {
    expect(intentOf('zh', '我奶奶上个月过世，办后事把钱都花光了')).toBe('hardship');
    expect(intentOf('en', 'my uncle passed away and the funeral took all our savings')).toBe('hardship');
    expect(intentOf('zh', '借钱的是我爸，他去年去世了')).toBe('deceased');
  });

  it('reads what a speech recogniser writes: hesitations, no punctuation', () => {
    expect(intentOf('en', "um yeah priya here who's calling")).toBe('rpc_confirmed');
    for (const [lang, said, written] of [['en', 'uh, yes, this is Omar', 'yes, this is Omar'], ['zh', '呃 我是 你们是干嘛的', '我是，你们是干嘛的']] as const) {
      const { intent, confidence } = nlu[lang].classify(written, { now });
      expect(nlu[lang].classify(said, { now }), said).toMatchObject({ intent, confidence });
    }
    expect(intentOf('en', 'uh-huh')).toBe('affirm'); // agreement, not a hesitation
  });

  it('reads numbers alone as no intent: the last four digits answer a question', () => {
    const every = builtinNlu({ intents: [...new Set(BUILTIN_EXAMPLES.map((u) => u.intent).filter((i): i is string => i !== null))].map((id) => ({ id, phrases: {} })) });
    for (const said of ['One two three four.', '1234', 'five six', '一二三四。']) expect(every.classify(said, { now }).intent, said).toBeNull();
    expect(every.classify('I can pay two hundred on Friday', { now }).intent).toBe('promise_to_pay');
  });

  it('only answers among the candidate intents, and says no match below the threshold', () => {
    expect(nlu.zh.classify('我明天还', { now, candidates: ['affirm', 'deny'] }).intent).not.toBe('promise_to_pay');
    expect(nlu.zh.classify('喂？喂？', { now })).toMatchObject({ intent: null });
  });
});
