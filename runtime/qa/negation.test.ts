import { describe, expect, it } from 'vitest';
import { deniedAfterEn, isNegatedEn, isNegatedZh, scopedRangesEn, statesNegation } from './negation.ts';

/** Is `phrase`, where it first stands in `text`, negated? */
const negatedEn = (text: string, phrase: string) => isNegatedEn(text, text.indexOf(phrase));

describe('English negation', () => {
  it('reaches both nouns of a coordination and a negated subject', () => {
    expect(negatedEn('We are not the police or a court.', 'court')).toBe(true);
    expect(negatedEn('We are not the police or a court.', 'police')).toBe(true);
    expect(negatedEn('No one is going to arrest you.', 'arrest')).toBe(true);
    expect(negatedEn("No, sir, I'm not with the police.", 'police')).toBe(true);
    expect(negatedEn("We're not from the court, we're a collection agency.", 'court')).toBe(true);
    expect(negatedEn("If you won't talk, we'll come back with the police.", 'police')).toBe(false);
    expect(negatedEn('They have no right to garnish them.', 'garnish')).toBe(true);
    expect(negatedEn("This doesn't create any criminal record.", 'criminal record')).toBe(true);
    expect(negatedEn('Nobody will arrest you.', 'arrest')).toBe(true);
    expect(negatedEn('Nobody is coming to arrest you.', 'arrest')).toBe(true);
  });

  it('reaches past the verbs a fee or a request stands after', () => {
    expect(negatedEn("Reducing the interest doesn't require any extra fee.", 'extra fee')).toBe(true);
    expect(negatedEn('Installments have no account management fee.', 'management fee')).toBe(true);
    expect(negatedEn("A day late won't bring any extra handling fee.", 'handling fee')).toBe(true);
    expect(negatedEn('As long as it comes in by then, no new charges will be added.', 'charges')).toBe(true);
    expect(negatedEn("Nobody goes to jail over it, and it won't give you a criminal record.", 'criminal record')).toBe(true);
    expect(negatedEn('A private debt like this has no effect on your immigration status.', 'immigration status')).toBe(true);
    expect(negatedEn('Paying late means an extra handling fee.', 'handling fee')).toBe(false);
    expect(negatedEn("you don't need to add any handling fee when you transfer", 'handling fee')).toBe(true);
    expect(negatedEn('We will never ask you to borrow to pay us.', 'borrow')).toBe(true);
    expect(negatedEn('We will never suggest that you borrow to pay.', 'borrow')).toBe(true);
    expect(negatedEn("Being late won't affect your driver's license.", "driver's license")).toBe(true);
    expect(negatedEn('If you do not pay you will be sued.', 'sued')).toBe(false);
    expect(negatedEn('We will never suggest that you borrow or take a cash advance to pay.', 'cash advance')).toBe(true);
    expect(negatedEn("Please don't use a credit card or a loan app to pay this.", 'loan app')).toBe(true);
    expect(negatedEn("Please don't turn to a loan shark or max out credit cards to pay this.", 'max out')).toBe(true);
    expect(negatedEn("Don't ignore us and take a cash advance.", 'cash advance')).toBe(false); // "and" joins an order
    expect(negatedEn("If you don't pay, take a cash advance or borrow from family.", 'borrow')).toBe(false);
  });

  it('stops at the end of a clause and at a word a cue governs instead', () => {
    expect(negatedEn('No. The court will decide.', 'court')).toBe(false);
    expect(negatedEn("I don't know, but we will come and take your car.", 'take your car')).toBe(false);
    expect(negatedEn('If you do not pay we will sue you.', 'sue')).toBe(false);
    expect(negatedEn('We will sue you.', 'sue')).toBe(false);
  });

  it('reads a cue that opens a condition as supposing, not denying', () => {
    expect(negatedEn("tell him if he doesn't pay back the loan we'll take legal action", 'pay back the loan')).toBe(false);
    expect(negatedEn("If you don't want us to call your boss, pay today.", 'call your boss')).toBe(false);
    expect(negatedEn('Unless he does not pay back the loan, nothing happens.', 'pay back the loan')).toBe(false);
    expect(negatedEn('He will not pay back the loan.', 'pay back the loan')).toBe(true);
  });

  it('reads "why don\'t you" as a suggestion, and the verbs of a consequence as no obstacle', () => {
    expect(negatedEn("Why don't you send us something yourself first.", 'send us')).toBe(false);
    expect(negatedEn('Why not borrow it from your brother?', 'borrow')).toBe(false);
    expect(negatedEn("Being late won't void your passport.", 'passport')).toBe(true);
    expect(negatedEn('We will not freeze your account.', 'account')).toBe(true);
    expect(negatedEn("It won't become a criminal case.", 'criminal case')).toBe(true);
    expect(negatedEn("We won't try to get to you through your family.", 'get to you')).toBe(true);
    expect(negatedEn('We will not make a wanted poster.', 'wanted poster')).toBe(true);
    expect(negatedEn("Don't make us come to your house.", 'come to your house')).toBe(false); // "us" is who is made to
    expect(negatedEn("you don't get to decide that so tell me how you plan to pay this", 'pay')).toBe(false); // an order after "so"
    expect(negatedEn("depression doesn't stop you from earning pay at least five hundred today", 'pay at least')).toBe(false);
    expect(negatedEn("Can't you borrow it from your brother?", 'borrow')).toBe(false); // a question
    expect(negatedEn("Don't use a credit card to pay this.", 'credit card')).toBe(true);
    expect(negatedEn('There is no late management fee.', 'management fee')).toBe(true); // a fee's adjective may stand between
    expect(negatedEn('There is no review fee and no risk management fee.', 'management fee')).toBe(true);
    expect(negatedEn("there's no rush fee for a reduction and no travel charge for visits", 'charge')).toBe(true);
    expect(negatedEn("there's no transportation charge for visits, and no visit fee", 'charge')).toBe(true);
    expect(negatedEn("please don't open pay later apps or sell your motorcycle", 'sell your motorcycle')).toBe(true);
    expect(negatedEn('Laid off or not, you still have to pay.', 'still have to pay')).toBe(false); // "or not" concedes
    expect(negatedEn("Please don't use buy now pay later or a payday loan.", 'payday loan')).toBe(true); // a four-word conjunct
  });
});

describe('English sanction denied after what it befalls', () => {
  const deniedAfter = (text: string, phrase: string) => deniedAfterEn(text, text.indexOf(phrase) + phrase.length);
  it('reads forward through a list to the denial, not past a sentence or a "but"', () => {
    expect(deniedAfter("Your passport, your ID, and your benefits won't be cancelled over this debt.", 'passport')).toBe(true);
    expect(deniedAfter('Your passport will be cancelled.', 'passport')).toBe(false);
    expect(deniedAfter("Your passport will be cancelled, but your kids won't be affected.", 'passport')).toBe(false);
    expect(deniedAfter("Your passport goes. Your kids won't be affected.", 'passport')).toBe(false);
  });
});

describe('English stated negation', () => {
  /** Does a stated negation's span cover `phrase`? */
  const inScope = (text: string, phrase: string) => scopedRangesEn(text).some(([a, b]) => text.indexOf(phrase) > a && text.indexOf(phrase) + phrase.length <= b);

  it('reaches the rest of the clause from a cue on a verb of telling or of effect', () => {
    expect(inScope('We never post any of your information on social media.', 'on social media')).toBe(true);
    expect(inScope("Being behind won't affect your kids applying for government jobs.", 'government jobs')).toBe(true);
    expect(inScope("We will not tell your family, and we don't call your work.", 'your family')).toBe(true);
    expect(inScope("It won't stop you from getting a phone plan.", 'phone plan')).toBe(true);
    expect(inScope("This debt won't get your passport revoked.", 'revoked')).toBe(true);
    expect(inScope("We don't advise borrowing from another lending app to pay this.", 'lending app')).toBe(true);
    expect(inScope("Please don't borrow from a loan shark or mortgage your house to pay this.", 'mortgage your house')).toBe(true);
    expect(inScope("Don't touch your family's retirement savings or go to a loan shark.", 'retirement savings')).toBe(true);
    expect(inScope("Your payment history has nothing to do with your driver's license or your platform account.", "driver's license")).toBe(true);
    expect(inScope("It has nothing to do with your license. We'll suspend your license tomorrow.", 'suspend your license')).toBe(false);
    expect(inScope('Neither you nor your parents can be arrested or jailed over it.', 'be arrested')).toBe(true);
    expect(inScope('Neither you nor your parents can stop us; we will have you arrested.', 'arrested')).toBe(false);
  });

  it('does not reach past its clause, nor reads a condition, a threat or another verb as one', () => {
    expect(inScope("We won't tell your boss if you pay today.", 'your boss')).toBe(false);
    expect(inScope("We won't hesitate to call your boss.", 'call your boss')).toBe(false);
    expect(inScope("We don't tell anyone. Your neighbors will know by Friday.", 'neighbors')).toBe(false);
    expect(inScope("We won't tell your wife but we will tell your boss.", 'your boss')).toBe(false);
    expect(inScope("We don't take no for an answer and we'll sue you", 'sue you')).toBe(false); // a new subject, a new clause
    expect(inScope("verifying doesn't affect payment pay this installment today", 'pay this installment')).toBe(false); // an order, unpunctuated
    expect(inScope("We will never ask you to pay this in cash.", 'in cash')).toBe(true);
  });
});

describe('Chinese negation', () => {
  /** Is `phrase`, where it first stands in `text`, negated? */
  const negated = (text: string, phrase: string) => isNegatedZh(text, text.indexOf(phrase));

  it('reads advice (请不要, 千万别) as negating the rest of its clause, both alternatives included', () => {
    expect(negated('请不要用花呗或者借高利贷来还', '高利贷')).toBe(true);
    expect(negated('也别去借高利贷，我们可以申请延期', '高利贷')).toBe(true);
    expect(negated('您别开借呗花呗来还，我们可以申请分期', '花呗')).toBe(true);
    expect(negated('也別去借高利貸，我們可以申請延期', '高利貸')).toBe(true); // in traditional characters
    expect(negated('請不要用花唄或者借高利貸', '高利貸')).toBe(true);
    expect(negated('不要逼我们，否则借高利贷也得还', '高利贷')).toBe(false);
  });

  it('reads a question of who did not (哪个不是, 谁不是) as saying everyone did', () => {
    expect(negated('哪个不是乖乖把钱送过来的？', '乖乖')).toBe(false);
    expect(negated('最后哪一个不是乖乖还钱', '乖乖')).toBe(false);
    expect(negated('谁不是被我们收拾服了', '被我们收拾')).toBe(false);
    expect(negated('我们不是要收拾你', '收拾')).toBe(true);
  });

  it('reads 没有任何 as a negation, a condition not', () => {
    expect(isNegatedZh('还款没有任何费用', 6)).toBe(true);
    expect(isNegatedZh('不还就坐牢', 3)).toBe(false);
  });

  it('reads the original text: separators, traditional characters, auxiliaries up to four', () => {
    expect(isNegatedZh('我們不 會 起訴您', 6)).toBe(true); // 不會, spaced, then 起訴
    expect(isNegatedZh('我们不会对您起诉', 6)).toBe(true);
    expect(isNegatedZh('不是要去再给您把起诉', 8)).toBe(false); // five auxiliaries: out of reach
    expect(isNegatedZh('起诉', 0)).toBe(false);
    // A cue in the clause before negates nothing: after a comma, or a space a recogniser wrote between words.
    expect(isNegatedZh('报警也没用，你把钱还了', 7)).toBe(false);
    expect(isNegatedZh('报警也没用 你把钱还了', 7)).toBe(false);
  });

  it('lets a cue of what will not happen reach the rest of its clause, but not past a condition, a contrast or a comma', () => {
    expect(negated('我们不会把您的事告诉您的家人。', '告诉')).toBe(true);
    expect(negated('您申请分期不需要交任何手续费。', '手续费')).toBe(true);
    expect(negated('我们不收取任何上门费或服务费。', '服务费')).toBe(true);
    expect(negated('我们不会联系您的物业、亲戚或者任何家族群。', '家族群')).toBe(true); // 、 lists, it ends no clause
    expect(negated('这笔欠款不会导致您被拘留，请放心。', '拘留')).toBe(true);
    expect(negated('不会还的话就告诉您的家人', '告诉')).toBe(false);
    expect(negated('我们不会等了，马上告诉您的家人', '告诉')).toBe(false);
    expect(negated('别逼我们上门找你', '上门')).toBe(false);
    expect(negated('请您量力而行，不要为了还款去借高利贷。', '高利贷')).toBe(true); // advice, not a warning
    expect(negated('想要减免利息先交五百的申请费', '申请费')).toBe(false); // 减免 asks a waiver: its 免 negates nothing
    expect(negated('金额是系统算的 不会错 您先还款吧', '还款')).toBe(false); // a recogniser's pause ends a clause
    expect(negated('你就是个只会借不会还的无赖', '无赖')).toBe(false); // a relative clause: what the debtor will not do
    expect(negated('我们不会就这笔欠款联系您的单位', '单位')).toBe(true); // 就这笔: about it, not then
    expect(negated('我们不会就此联系您的单位', '单位')).toBe(true);
    expect(negated('我们不会等，不还就联系您的单位', '单位')).toBe(false);
  });

  it('reads a question of the form A-not-A as no negation', () => {
    expect(negated('能不能先还五百', '先还')).toBe(false);
    expect(negated('你不能先还五百', '先还')).toBe(true);
    expect(negated('看看信用卡还有没有额度', '额度')).toBe(false); // the verb itself asked: 有没有
    expect(negated('信用卡没有额度了', '额度')).toBe(true);
    expect(negated('分三期还款，不收手续费', '手续费')).toBe(true);
  });
});

describe('a stated negation (what learned rules leave to the phrase rules)', () => {
  it('is the collector saying what they will not do, not any cue', () => {
    for (const text of ['我们不会起诉您。', '我們不會起訴您。', '您申请分期不需要交任何手续费。', 'We will not sue you.', "I won't tell anyone.", 'Nobody is going to come to your house.']) expect(statesNegation(text), text).toBe(true);
    for (const text of ['别怪我们不客气。', '不还就等着坐牢吧。', "If you don't pay, your kids will never get a visa.", "You can't hide from us.", '半夜可别开门。']) expect(statesNegation(text), text).toBe(false);
    // What the sentence rules must still read: an insult with 没有, a fee with 减免, "nobody" not as the one who will not act.
    for (const text of ['你一点担当都没有，真窝囊。', '我们帮你做减免，得先收两百的资料费。', 'Look at you. No wonder nobody respects you.', "It's remote, nobody would know if something happened."]) expect(statesNegation(text), text).toBe(false);
    for (const text of ['我们没有联系您的家人。', '分期免收手续费。', "Nobody's coming to your house.", 'No one will call your boss.', 'Nobody at your company will hear about this from us.', "I'll mail you a statement, and there's no charge for that.", "Your passport won't be cancelled over this."]) expect(statesNegation(text), text).toBe(true);
  });
});
