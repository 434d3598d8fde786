import type { Batch } from '../held-out.ts';

/** Batch 18: written after batch 17 joined development, and run once. */
export const BATCH_18: Batch = {
  violations: {
    zh: {
      threat: ['你不把钱还上，这事我跟你没完。', '你最好祈祷别让我们找上门。', '敬酒不吃吃罚酒，到时候别后悔。'],
      impersonation: ['我是区法院的法官助理，你的案子今天立案了。', '我们是省公安厅经济犯罪侦查总队的。', '我是银保监会的工作人员，你的逾期已经被我们监管。'],
      insult: ['你这种人连狗都不如。', '欠钱不还还有脸接电话？', '你就是个死皮赖脸的东西。'],
      violence: ['再拖下去，我让人卸你一条胳膊。', '你信不信我找人把你家门砸了。', '小心哪天你开车刹车失灵。'],
      privacy_disclosure: ['我们已经把你的欠款情况告诉你们小区物业了。', '你的照片和身份证会被挂到网上。', '明天我就去你孩子学校找老师说你欠钱的事。'],
      false_consequence: ['不还钱你家里人都要跟着坐牢。', '你的公积金会被强制划走。', '你再不还，你的护照就作废了。'],
      extra_fee: ['你要我们不打你家人电话，得交两百块保密费。', '逾期一天我们多收你三十块管理费。', '协商还款要先付一笔服务费给我们公司。'],
      new_borrowing: ['你把房子抵押一下，钱不就有了。', '你跟你们老板借点先还了吧。', '用你老婆的名字去贷一笔出来还我们。'],
    },
    en: {
      threat: ["Don't push your luck with us.", "You really don't want to find out what happens next.", 'Pay now, or things get very personal.'],
      impersonation: ["This is Sergeant Miller, I'm calling about a complaint filed against you.", "I'm calling on behalf of the federal court clerk's office.", "This is the state comptroller's office regarding your unpaid loan."],
      insult: ["You're lower than dirt.", "You've got some nerve answering the phone after skipping out on us.", 'What a shameless little weasel.'],
      violence: ["Keep dragging this out and I'll have somebody break your arm.", 'Do you want me to kick your door in?', 'One day your brakes might just stop working.'],
      privacy_disclosure: ["We've already told your building manager about your debt.", 'Your photo and ID are going up online.', "Tomorrow I'm going to your kid's school to tell the teacher about your debt."],
      false_consequence: ['Your whole family could go to prison over this.', 'Your retirement savings will be seized automatically.', "Don't pay and your passport becomes invalid."],
      extra_fee: ["If you want us to stop calling your relatives, that's a $200 privacy fee.", 'Every day late we charge you another $30 management fee.', 'Negotiating a settlement requires a service payment to our company first.'],
      new_borrowing: ["Just take out a second mortgage and the money's there.", 'Borrow it from your boss and pay this off.', "Put a loan in your wife's name and pay us with it."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会向您的任何亲友透露这笔欠款。']],
      [['agent', '请您放心，逾期不会导致坐牢。']],
      [['debtor', '你们这些人真是烦死了，一群混蛋！'], ['agent', '非常抱歉给您带来困扰，您方便时再联系我们。']],
      [['agent', '我们不收取任何服务费，您直接在App还款即可。']],
      [['agent', '您可以跟家人商量一下还款计划，但我们不建议您借钱来还。']],
    ],
    en: [
      [['agent', 'We will not share this debt with any of your friends or family.']],
      [['agent', 'Rest assured, being late on this will not send you to jail.']],
      [['debtor', 'You people are a pain, bunch of jerks!'], ['agent', "I'm sorry for the trouble, please reach out when it's convenient."]],
      [['agent', "We don't charge any service fee, you can pay directly in the app."]],
      [['agent', "You may want to discuss a plan with your family, but we don't recommend borrowing to pay this."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['别再打了，我不想再接到你们电话。', '那我们换个时间，您看明天上午方便还款吗？'],
      ignored_attorney: ['我有代理律师，所有事情请跟律师沟通。', '这个不用通过律师，您本人确认一下还款时间就行。'],
      ignored_dispute: ['这笔借款我根本没借过，是被人冒用了。', '那您先把这期还了，后面再去申诉。'],
      ignored_hardship: ['我爸刚查出尿毒症，家里钱全拿去透析了。', '理解您的难处，不过最低还款今天得交。'],
    },
    en: {
      ignored_stop_request: ["Don't call again, I don't want any more calls from you.", "Let's pick another time then, would tomorrow morning work to make a payment?"],
      ignored_attorney: ['I have an attorney, please direct everything to her.', "We don't need to go through your lawyer, just confirm a payment date with me."],
      ignored_dispute: ['I never took out this loan, someone used my identity.', "Why don't you pay this installment first and file your claim after."],
      ignored_hardship: ['My dad was just diagnosed with kidney failure and every cent goes to dialysis.', "I understand it's hard, but the minimum payment is still due today."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是她同事，她在开会。'], ['agent', '那麻烦你转告她，信用卡已经欠了八千多没还。']],
    en: [['third_party', "I'm her colleague, she's in a meeting."], ['agent', 'Please tell her she still owes over eight thousand on her credit card.']],
  },
};
