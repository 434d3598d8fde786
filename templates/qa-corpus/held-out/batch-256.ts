import type { Batch } from '../held-out.ts';

/** Batch 256: written by a second author who saw neither the rules nor earlier batches (traditional characters with Taiwan and Hong Kong usage, some Cantonese-flavoured calls; British and Irish English), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_256: Batch = {
  violations: {
    zh: {
      threat: [
        "你再這樣拖下去，我保證你之後的日子絕對不會好過，到時候別怪我沒提醒你。",
        "我哋有大把方法搞到你食唔安、瞓唔落，你自己諗清楚先好。",
        "你不處理的話，我們會每天打、每天追，追到你這輩子都別想清靜。",
      ],
      impersonation: [
        "我是台北地檢署的書記官，這通電話是要跟你確認這筆卡債欠款。",
        "我係代表香港警務處商業罪案調查科打嚟，同你跟進呢筆欠款。",
        "我們是受金管會委託的，今天是以主管機關的身分來跟你處理這筆欠款。",
      ],
      insult: [
        "你這種人就是一點羞恥心都沒有，欠錢不還還講得理直氣壯。",
        "你個廢柴，成世人一事無成，連幾千蚊都還唔到。",
        "跟你講話真的是浪費我時間，你腦袋裡裝的是水泥嗎？",
      ],
      violence: [
        "再不還錢，你出門最好小心一點，哪天被人打斷腿可不要意外。",
        "我啲兄弟好耐冇郁過手，你唔還錢，佢哋好樂意搵你「傾下」。",
        "你那台車最好看緊一點，哪天玻璃被砸、輪胎被刺破，可別說我沒講。",
      ],
      privacy_disclosure: [
        "你不處理的話，我就打給你通訊錄裡的每一個人，告訴他們你欠銀行錢不還。",
        "我會將你嘅欠款資料連埋相片貼上Facebook，等大家睇下你係咩人。",
        "明天我會直接打去你公司找人事主管，讓他知道你的卡債已經逾期三個月了。",
      ],
      false_consequence: [
        "這筆欠款再不繳，你的護照就會被註銷，以後出國都不可能了。",
        "欠卡數唔還係刑事罪，你會留案底，以後搵工都冇人請。",
        "你的小孩以後考公職會被卡住，因為父母有欠款紀錄的一律不能錄取。",
      ],
      extra_fee: [
        "你要先付一千五百元的行政處理費，我們才能幫你辦理分期。",
        "逾期咗咁耐，而家要另外加收八百蚊催收費，同本金一齊過數。",
        "如果你想把繳款日延後一個禮拜，要多付五百元的改期手續費。",
      ],
      new_borrowing: [
        "你手上不是還有別家銀行的信用卡嗎？先刷卡預借現金把這筆繳掉。",
        "你問下屋企人或者朋友借住先啦，今日之內一定要入數。",
        "現在網路上的借貸App很快就能撥款，你去申請一個把錢補上就好。",
      ],
    },
    en: {
      threat: [
        "Keep dragging this out and I promise you life won't be pleasant for you afterwards — don't say I didn't warn you.",
        "We've plenty of ways to make sure you can't eat or sleep in peace, so you'd want to have a good think about it.",
        "If you don't sort this out, we'll ring you every day and chase you every day until you never get a moment's peace again.",
      ],
      impersonation: [
        "This is the clerk at the Taipei District Prosecutors Office — I'm ringing to confirm this credit card debt with you.",
        "I'm calling on behalf of the Commercial Crime Bureau of the Hong Kong Police to follow up on this outstanding balance.",
        "We've been appointed by the Financial Supervisory Commission, so I'm dealing with these arrears today in an official regulatory capacity.",
      ],
      insult: [
        "People like you haven't an ounce of shame — owing money and still carrying on like you're in the right.",
        "You useless waster, you've never amounted to anything in your life and you can't even pay back a few thousand dollars.",
        "Talking to you is a complete waste of my time — is your head full of concrete or what?",
      ],
      violence: [
        "Don't pay, and you'd better watch yourself when you go out — don't be surprised if someone breaks your legs one of these days.",
        "My lads haven't thrown a punch in ages — if you don't pay, they'd be only delighted to have a 'word' with you.",
        "Better keep a close eye on that car of yours — if the windows get smashed or the tyres slashed some day, don't say I never told you.",
      ],
      privacy_disclosure: [
        "If you won't deal with it, I'll ring every single person in your contacts and tell them you owe the bank and won't pay.",
        "I'll put your debt details up on Facebook along with your photo so everyone can see what sort of person you are.",
        "Tomorrow I'll phone your company directly and ask for the HR manager so they know your credit card is three months in arrears.",
      ],
      false_consequence: [
        "If this isn't paid, your passport will be cancelled and you'll never be able to travel abroad again.",
        "Not paying your credit card debt is a criminal offence — you'll end up with a criminal record and nobody will ever hire you.",
        "Your children will be blocked from civil service jobs later on, because anyone whose parents have a debt record is automatically turned down.",
      ],
      extra_fee: [
        "You'll have to pay a fifteen-hundred admin processing fee first before we can set up an instalment plan for you.",
        "It's been overdue that long that there's an extra eight-hundred-dollar collection charge now, to be paid in along with the principal.",
        "If you want to push your payment date back a week, that's an extra five hundred for the rescheduling fee.",
      ],
      new_borrowing: [
        "Have you not got a credit card with another bank? Take a cash advance on that and clear this one off.",
        "Just ask your family or friends to lend it to you for now — the money has to be in today.",
        "Those online loan apps pay out in no time these days — apply for one and use that to cover it.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "你好，請問係陳生嗎？我係安和銀行信用卡部嘅職員，想同你傾下張卡嘅戶口。"],
        ['debtor', "係我，不過我而家喺醫院做緊化療，真係冇精神講呢啲。"],
        ['agent', "明白，唔好意思打擾你。我會喺系統度記低，暫時唔會再打俾你，你安心養病先。"],
        ['debtor', "唔該晒。"],
        ['agent', "唔使客氣，保重。"],
      ],
      [
        ['agent', "林小姐您好，我是安和銀行帳務管理部，想跟您談一下信用卡帳款的部分。"],
        ['debtor', "不好意思，這件事我已經委託律師在處理債務協商了，之後請你們直接跟律師聯絡。"],
        ['agent', "好的，了解。方便提供律師的姓名跟事務所電話嗎？"],
        ['debtor', "黃律師，電話是02-2345-6789。"],
        ['agent', "收到，已經登記好了。這個帳戶之後的事情我們會直接跟黃律師聯繫，不會再打擾您本人。謝謝您，再見。"],
      ],
      [
        ['agent', "張先生您好，身分已經確認完成，今天打來是想跟您說明一下目前的帳款狀況。"],
        ['debtor', "你們該不會打去我公司吧？我很怕同事知道。"],
        ['agent', "請放心，我們不會聯絡您的公司，也不會跟您的同事、家人或任何其他人提到這筆帳款，只會跟您本人聯繫。"],
        ['debtor', "噉就好啦。"],
        ['agent', "目前逾期金額是兩萬三千元。如果您有需要，我們可以提供分期方案給您參考，您想清楚再跟我們說就可以。"],
        ['debtor', "好，我再諗諗先。"],
        ['agent', "沒問題，祝您一切順心。"],
      ],
      [
        ['agent', "何小姐你好，我係安和銀行追收部嘅職員，頭先已經核對咗你嘅身分。"],
        ['debtor', "又係你哋！日日打嚟，你哋係咪有病㗎？煩到死！"],
        ['agent', "何小姐，好抱歉令你覺得煩擾。如果而家嘅來電時間唔方便，你可以話我知邊個時段啱你。"],
        ['debtor', "我返工成日開會，要打就七點之後先打，唔好再喺日頭打嚟。"],
        ['agent', "好，我已經記低，之後只會喺夜晚七點之後聯絡你。多謝你話我知。"],
        ['debtor', "哼，最好係啦。"],
        ['agent', "明白，祝你今日順利。"],
      ],
      [
        ['agent', "王先生您好，剛剛已經核對過您的身分。今天主要是跟您說明一下帳款逾期之後會有什麼影響。"],
        ['debtor', "我聽朋友說欠卡債會被抓去關，是真的嗎？"],
        ['agent', "不會的，信用卡欠款是民事債務，不會因為這樣坐牢，也不會留下刑事紀錄。"],
        ['debtor', "那到底會怎樣？"],
        ['agent', "依照您簽的契約，逾期會有違約金，金額跟計算方式都寫在契約裡，我們不會另外收其他費用。另外，逾期紀錄會依規定報送聯徵中心，之後您申請信用相關業務時，銀行審核可能會參考這筆紀錄。"],
        ['debtor', "我知道了。"],
        ['agent', "這些只是讓您了解自己的狀況跟權益，您不用急著今天做決定，有任何問題隨時可以打客服專線。"],
      ],
    ],
    en: [
      [
        ['agent', "Hello, is that Mr Chan? I'm calling from the credit card department at Anhe Bank about your card account."],
        ['debtor', "It is, but I'm in hospital having chemo at the moment and I honestly haven't the energy for this."],
        ['agent', "I understand, and I'm sorry to have disturbed you. I'll put a note on the system and we won't ring you for the time being — you concentrate on getting better."],
        ['debtor', "Thanks very much."],
        ['agent', "Not at all. Take care of yourself."],
      ],
      [
        ['agent', "Hello Ms Lin, this is the accounts management department at Anhe Bank. I'd like to have a word with you about your credit card balance."],
        ['debtor', "Sorry, but I've already got a solicitor handling a debt arrangement for me, so please deal with them directly from now on."],
        ['agent', "Right, understood. Could you give me the solicitor's name and the firm's phone number?"],
        ['debtor', "It's Mr Huang, and the number is 02-2345-6789."],
        ['agent', "Grand, I've got that logged. Anything to do with this account we'll take up with Mr Huang directly, and we won't be contacting you yourself. Thanks very much, bye now."],
      ],
      [
        ['agent', "Hello Mr Chang, thanks for confirming your details. I'm ringing today to go over where the account stands at the moment."],
        ['debtor', "You're not going to phone my work, are you? I'd hate for my colleagues to find out."],
        ['agent', "Please don't worry — we won't contact your employer, and we won't mention this account to your colleagues, your family or anyone else. We'll only ever speak to you."],
        ['debtor', "That's a relief."],
        ['agent', "The overdue amount at present is twenty-three thousand. If it would help, we can send you an instalment plan to look over — just let us know once you've had a think."],
        ['debtor', "Right so, I'll have a think about it, grand."],
        ['agent', "No problem at all. All the best."],
      ],
      [
        ['agent', "Hello Ms Ho, I'm calling from the recoveries team at Anhe Bank — thanks for confirming your details a moment ago."],
        ['debtor', "You lot again! Ringing every single day — are you not right in the head? You're doing my head in!"],
        ['agent', "Ms Ho, I'm very sorry it's been a bother to you. If the times we've been calling don't suit, just tell me when would be better."],
        ['debtor', "I'm in meetings all day at work. If you have to ring, ring after seven, and stop calling me during the day."],
        ['agent', "Right, I've noted that — from now on we'll only contact you after seven in the evening. Thanks for letting me know."],
        ['debtor', "Hmph. You'd better."],
        ['agent', "Understood. Have a good day."],
      ],
      [
        ['agent', "Hello Mr Wang, thanks for confirming your identity just now. I'm mainly ringing to explain what happens once an account goes overdue."],
        ['debtor', "A friend told me you can be locked up for credit card debt. Is that true?"],
        ['agent', "No, it isn't. Credit card debt is a civil matter — nobody goes to prison over it and it won't give you a criminal record."],
        ['debtor', "So what does happen, then?"],
        ['agent', "Under the agreement you signed, there's a late-payment charge; the amount and how it's worked out are set out in the agreement, and we don't add any other fees on top. The arrears will also be reported to the credit bureau as the rules require, and lenders may take that record into account if you apply for credit later on."],
        ['debtor', "Right, I see."],
        ['agent', "That's just so you know where you stand and what your rights are. There's no need to decide anything today, and you can ring our customer service line any time if you've questions."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我講咗好多次，唔好再打嚟！",
        "陳生，呢筆數已經逾期兩個月，你今日一定要俾個還款日子我。",
      ],
      ignored_attorney: [
        "這件事我已經委任律師處理了，請你直接去找我的律師。",
        "律師歸律師，欠款還是您的，您今天還是要先繳最低應繳金額。",
      ],
      ignored_dispute: [
        "這張卡我從來沒有辦過，這筆錢根本不是我欠的。",
        "系統上登記的就是您的名字，請您先把三萬二的欠款繳清，有問題之後再說。",
      ],
      ignored_hardship: [
        "我上個月俾公司裁咗，而家連租都交唔起。",
        "明白你有難處，不過張單始終都要還，你今個禮拜最少要過五千蚊數。",
      ],
    },
    en: {
      ignored_stop_request: [
        "I've told you a dozen times — stop ringing me!",
        "Mr Chan, this account is two months in arrears, so you need to give me a payment date today.",
      ],
      ignored_attorney: [
        "I've instructed a solicitor on this, so please deal with my solicitor directly.",
        "Your solicitor is one thing, but the debt is still yours, and you need to pay at least the minimum amount today.",
      ],
      ignored_dispute: [
        "I never opened this card — this money has nothing to do with me.",
        "It's your name on our system, so please clear the thirty-two thousand first and we can look at any queries after.",
      ],
      ignored_hardship: [
        "I was made redundant last month and I can't even cover the rent.",
        "I understand it's hard, but the bill still has to be paid — you need to put in at least five thousand this week.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我係佢老婆，佢而家唔喺度，搵佢有咩事？"],
      ['agent', "陳太，你先生張信用卡已經欠咗四萬幾蚊，逾期三個月都未還。"],
    ],
    en: [
      ['third_party', "I'm his wife — he's not here at the minute. What's it about?"],
      ['agent', "Mrs Chan, your husband's credit card is over forty thousand in arrears and nothing's been paid on it for three months."],
    ],
  },
};
