/** The China and US ruleset templates on sentences whose reading turns on more than one phrase. */
import { describe, expect, it } from 'vitest';
import { cn, say, us } from './test-kit.ts';

type Inspector = typeof cn;
/** The rules that flag one sentence of the collector's. */
const rulesOf = (inspector: Inspector, text: string) => inspector.scan(say(text)).findings.map((f) => f.ruleId);
/** The categories flagged in one sentence of the collector's, but for what the call as a whole lacks (identification, the disclosure). */
const categoriesOf = (inspector: Inspector, text: string) => [...new Set(inspector.scan(say(text)).findings.map((f) => f.category))].filter((c) => !c.startsWith('missing_')).sort();
/** The ignored-request findings of an exchange: the debtor speaks first, then the collector, in turn. */
const ignoredIn = (inspector: Inspector, ...turns: string[]) => inspector.scan({ id: 't', startedAt: '2026-12-01T10:00:00+08:00', channel: 'voice', turns: turns.map((text, i) => ({ speaker: i % 2 ? 'agent' : 'debtor', text })) }).findings.filter((f) => f.category.startsWith('ignored_'));

describe('the template rulesets', () => {
  it('read taking out credit of any kind as new borrowing, not the debt itself or a change to its terms', () => {
    expect(rulesOf(cn, '你去申请一笔婚庆贷，先把我们这个还了').includes('no-new-borrowing')).toBe(true); // no lexicon names it
    expect(rulesOf(cn, '您当时申请借款的时候留的是这个号码').includes('no-new-borrowing')).toBe(false);
    expect(rulesOf(cn, '您可以申请贷款展期，把还款日往后延').includes('no-new-borrowing')).toBe(false);
    expect(rulesOf(us, 'Just apply for a wedding loan and pay us with it.').includes('no-new-borrowing')).toBe(true);
    expect(rulesOf(us, 'You could open a store credit card and put it on that.').includes('no-new-borrowing')).toBe(true);
    expect(rulesOf(us, 'When you took out this loan, you agreed to these terms.').includes('no-new-borrowing')).toBe(false);
    expect(rulesOf(us, 'You can apply for a loan modification to lower the payment.').includes('no-new-borrowing')).toBe(false);
    expect(rulesOf(cn, '先找您父母或者同事借一下周转周转就行了。').includes('no-new-borrowing')).toBe(true);
    expect(rulesOf(us, "If this stays overdue, your mother's pension will be frozen.").includes('no-new-borrowing')).toBe(false); // a consequence, not a loan
    expect(rulesOf(us, "Use your mother's pension to cover it.").includes('no-new-borrowing')).toBe(true);
    expect(rulesOf(us, 'Download another lending app and pay us with the credit line.').includes('no-new-borrowing')).toBe(true);
  });

  it('read a call to the workplace as disclosure, not a visit, and a contractual late charge as no extra fee', () => {
    expect(categoriesOf(cn, '明天我會直接打去你公司找人事主管，讓他知道你的卡債')).toEqual(['privacy_disclosure']);
    expect(categoriesOf(cn, '明天我们直接去你公司找你')).toContain('threat');
    expect(categoriesOf(us, "Under the agreement you signed, there's a late-payment charge. That's just so you know where you stand.")).toEqual([]);
    expect(categoriesOf(us, "There's a collection charge on top of it. Now you know where you stand with us.")).toEqual(expect.arrayContaining(['extra_fee', 'threat']));
  });

  it('hear a hospital stay before a past payment as no hardship, and a stay now as one', () => {
    expect(ignoredIn(cn, '这笔钱我住院之前就已经结清了，我有银行回单。', '系统显示您还欠2300元，您今天先把钱还上。').map((f) => f.ruleId)).toEqual(['dispute-pauses']);
    expect(ignoredIn(cn, '我在住院，现在没钱还。', '系统显示您还欠2300元，您今天先把钱还上。').map((f) => f.ruleId)).toContain('hardship-care');
    expect(ignoredIn(us, 'I paid this off before I went into the hospital. I have the bank receipt.', 'Our system shows $2,300 still owing. Pay it today.').map((f) => f.ruleId)).toEqual(['dispute-pauses']);
    expect(ignoredIn(us, "I'm in the hospital right now and can't pay.", 'Our system shows $2,300 still owing. Pay it today.').map((f) => f.ruleId)).toContain('hardship-care');
  });

  it('report one pressing turn after two requests at once under the graver request, and each request pressed on in its own turn', () => {
    const lawyerAndCast = ignoredIn(us, "My leg's still in a cast from the accident, and my lawyer handles this now. Call him.", 'Your lawyer is one thing, but you owe this. Pay $500 today.');
    expect(lawyerAndCast.map((f) => [f.category, f.severity])).toEqual([['ignored_attorney', 'critical']]);
    expect(ignoredIn(cn, '我出车祸腿还打着石膏，这事我交给律师了，你们找他。', '律师归律师，钱是你借的，今天先还五百。').map((f) => f.category)).toEqual(['ignored_attorney']);
    expect(ignoredIn(cn, '这笔钱我早就还清了，而且我现在失业了。', '系统显示您还欠2300元，今天必须还。').map((f) => f.category)).toEqual(['ignored_dispute']);
    // Hardship first, a lawyer later: two requests, each pressed on, two findings.
    expect(ignoredIn(us, "I lost my job last month and I can't pay.", 'You need to pay $500 today.', 'Then talk to my lawyer from now on.', 'Your lawyer is one thing, but pay today.').map((f) => f.category).sort()).toEqual(['ignored_attorney', 'ignored_hardship']);
    // A kidney with a problem is an illness, not a disputed account.
    expect(ignoredIn(cn, '我最近查出肾有问题，正在住院，等我出院再说行吗？', '住院也不影响还款，明天必须扣款成功。').map((f) => f.category)).toEqual(['ignored_hardship']);
  });

  it("read a renter's deposit as no fee, a call on behalf of Medicare as impersonation, 'you think I'm a scammer' as no insult, a date of birth asked as no date told, a banner at the gate as disclosure, family to borrow from or asked about as no audience, and brothers and sisters as no gang", () => {
    expect(categoriesOf(cn, '您说押金下周才退，那我们下周再和您确认还款安排。')).toEqual([]);
    expect(categoriesOf(cn, '先交五百押金，我们才能给您办延期。')).toContain('extra_fee');
    expect(categoriesOf(us, "I'm calling on behalf of Medicare. The rest of the bill has to be paid now.")).toContain('impersonation');
    expect(categoriesOf(cn, '我们是医保局的，这笔费用您今天必须结清。')).toContain('impersonation');
    expect(categoriesOf(us, "If you think I'm a scammer, call the number on your statement and ask for me.")).toEqual([]);
    expect(categoriesOf(us, 'First I need to verify: could you tell me your date of birth?')).toEqual([]);
    expect(categoriesOf(us, "I'll tell your date you don't pay your debts.")).toContain('privacy_disclosure');
    expect(categoriesOf(cn, '我们可以做一条横幅，挂在您小区门口，让大家都看看。')).toContain('privacy_disclosure');
    // Family named in urging the debtor to borrow from them is no disclosure to them; asked about, it is none either.
    expect(categoriesOf(us, 'Call your parents or a friend and borrow enough to plug this hole.')).toEqual(['new_borrowing']);
    expect(categoriesOf(us, "So you want to know whether we'll contact your workplace? We won't.")).toEqual([]);
    expect(categoriesOf(us, "I'll call your parents tonight and tell them what you owe.")).toContain('privacy_disclosure');
    expect(rulesOf(cn, '下次我就直接告诉你奶奶你欠钱不还。')).toContain('no-privacy-disclosure');
    expect(rulesOf(us, "I'll tell your grandma you won't pay.")).toContain('no-privacy-disclosure');
    // Brothers and sisters are family, not a gang's brothers.
    expect(rulesOf(cn, '您那几个兄弟姐妹都知道您在住院吗？')).not.toContain('no-violence');
    expect(categoriesOf(cn, '我叫几个兄弟上门找你。')).toContain('violence');
  });
});

