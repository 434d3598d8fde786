/**
 * A debtor's request and an answer that stands back, in words the rulesets' examples never had
 * (never exported to them): what the trigger-response rules must let pass, whatever they learned
 * of pressing on. Written apart from the answers of labelled-sentences.ts, after them. At its one
 * run the learned reading flagged none of them (at most 0.46 likely to press on, where the rules ask
 * 0.5); the phrase lists flagged three: 还款 and "balance" in the demand lexicons, bare words an
 * answer says as well ("还款的事我们以后再商量"), since removed, and "I'm … police" across two
 * sentences ("I'm sorry about the identity theft. Please file a police report"), since read within
 * one. With batch 91 in the examples, "Losing a job is tough. Just reach out once you've found work"
 * read 0.59: the examples of pressing on had grown by eight a batch, the answers not at all. Since,
 * the collector's answer to a request in each clean call is an answer too (102 Chinese, 110 English),
 * and it read 0.23; with batch 94, 0.53 again. One model's reading of a borderline sentence moves
 * with the order it was trained in (0.24–0.53 over seven orders); the pressing model is now the
 * average of five, and it reads 0.37.
 */
type Pair = [request: string, answer: string];

export const HELD_OUT_ANSWERS: Record<'zh' | 'en', readonly Pair[]> = {
  zh: [
    ['以后不要再给我打电话了。', '好的，那我们以后就不再打这个电话了。'],
    ['别打了，烦不烦。', '行，我们这边备注停止联系，祝您顺利。'],
    ['请停止电话联系我。', '理解，我们会改用信函方式通知您。'],
    ['呃 你们别再打了', '好的 打扰了 我们不会再打来'],
    ['我已经请了律师，你们找他。', '请把律师的名片或者电话给我一下，我们后续直接联系他。'],
    ['这事我交给律师处理了。', '收到，您已委托律师，我们会通过律师沟通。'],
    ['我的代理律师会联系你们。', '好的，我们的法务会和您的律师联系。'],
    ['呃 有事找我律师', '嗯 好的 那我们联系您的律师'],
    ['这笔钱不是我借的，我不认。', '好的，您的异议我们已经受理，核实期间暂停催收。'],
    ['我根本没收到这笔借款。', '我们会把借款凭证寄给您，您核对无误后我们再沟通。'],
    ['有人冒用我的身份证借的钱。', '明白，冒用身份的问题我们会立即调查，请您先报警留存记录。'],
    ['你们利息算多了，我不同意这个金额。', '您反映的多收利息问题，我们会核算后书面答复您。'],
    ['呃 这钱我早就还过了', '好的 您先把凭证发过来 我们核实一下'],
    ['我老公刚走，家里乱成一团。', '听说您家里出了事，真的很抱歉，这笔账我们先放一放。'],
    ['我在住院，下周还要做手术。', '您先把病治好，还款的事我们以后再商量。'],
    ['我被裁员了，现在一分钱收入都没有。', '了解您的困难，我们可以申请暂停计息三个月。'],
    ['呃 孩子生病了 我现在顾不上', '好的 您先忙家里的事 我们登记一下 不着急'],
    ['我失业半年了，真的还不上。', '失业确实不容易，等您找到工作再联系我们就行。'],
    ['我连房租都交不起了。', '我们不会让您去借钱，先保证生活要紧。'],
    ['家里遭了水灾，什么都没了。', '好的，我们会把您的情况转给帮扶小组。'],
    ['别再骚扰我了。', '谢谢您告诉我，这边会按规定处理您的请求。'],
    ['我要投诉你们，这笔账有问题。', '好的，您的投诉我们会转给投诉处理部门。'],
    ['不要再往我家里打电话。', '明白，我们不会再给您家里打电话。'],
    ['这个金额不对，我要核实。', '好的，我们会核实清楚之后再联系您，今天就不打扰了。'],
    ['我已经起诉你们了，等法院判。', '好的，那我们等法院判决，期间不做任何催收。'],
  ],
  en: [
    ['Please stop calling this number.', "Okay, we'll stop calling this number."],
    ["I don't want any more calls.", "Understood, I've flagged the account as no-contact."],
    ['Only contact me in writing from now on.', "We'll switch to written notices only, as you asked."],
    ['uh stop calling me', "okay sorry to bother you we won't call again"],
    ['I have an attorney now.', "Could you share your lawyer's contact details? We'll deal with them from now on."],
    ['My lawyer is handling this debt.', "Got it, you're represented. Our legal team will reach out to your attorney."],
    ['uh talk to my lawyer', "okay we'll talk to your lawyer then"],
    ["I've retained counsel for this.", "Understood. I won't discuss the balance with you since you have counsel."],
    ["That's not my debt, I dispute it.", 'Okay, your dispute is logged and collection is paused while we verify.'],
    ['I never got that loan.', "We'll mail you the loan documents so you can check them."],
    ['Someone opened this account in my name.', "I'm sorry about the identity theft. Please file a police report, and we'll investigate on our side."],
    ["You've overcharged me on interest, I don't agree with that amount.", "We'll recalculate the interest and send you the result in writing."],
    ['uh i already paid this off', "okay send us the receipt and we'll check it"],
    ['My husband just passed away.', "I'm very sorry about what happened. Let's set the account aside for now."],
    ["I'm in the hospital, I have surgery next week.", 'Focus on getting better; we can talk about the account later.'],
    ['I got laid off, I have no income at all.', 'I understand. We can freeze interest for three months while things settle.'],
    ['uh my kid is sick i cant deal with this now', "okay take care of your family first no rush on our side"],
    ["I've been out of work for six months, I really can't pay.", "Losing a job is tough. Just reach out once you've found work."],
    ["I can't even make rent.", "We won't ask you to borrow money. Your living expenses come first."],
    ['The flood took everything we had.', "I'll pass your situation on to our hardship team."],
    ['Stop harassing me.', "Thank you for letting me know. We'll handle your request properly."],
    ["I'm filing a complaint, this account is wrong.", "Okay, I'll forward your complaint to our complaints department."],
    ["Don't call my house again.", "Understood, we won't call your home again."],
    ["This amount is wrong, I need it checked.", "We'll verify everything before contacting you again. That's all for today."],
    ["I've sued you over this, wait for the court.", "Okay, we'll wait for the court's decision and hold all collection until then."],
  ],
};
