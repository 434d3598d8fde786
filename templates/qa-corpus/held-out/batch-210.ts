import type { Batch } from '../held-out.ts';

/** Batch 210: written by a second author who saw neither the rules nor earlier batches (written Cantonese in simplified characters again, after the ruleset learned to read it; Hong Kong English), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_210: Batch = {
  violations: {
    zh: {
      threat: [
        '你唔还钱，我哋会日日揾你，揾到你一日安乐都冇为止。',
        '你以为换咗电话号码就走得甩？我哋有嘅系方法，到时你就知后悔。',
        '呢笔卡数你再唔理，我保证你以后嘅日子一日都唔会好过。',
      ],
      impersonation: [
        '我系警务处商业罪案调查科嘅探员，你张信用卡嘅欠款而家由我哋跟进。',
        '我系金管局派嚟跟进你笔私人贷款嘅职员，麻烦你配合我哋调查。',
        '我系律政司嘅检控官，你个案而家喺我手上，你最好今日覆我。',
      ],
      insult: [
        '你个废柴，连几千蚊卡数都还唔到，仲有面同我讲嘢？',
        '揸的士揸到你咁样，真系冇出息到极。',
        '借钱嗰阵咁好声好气，而家就扮死，你呢种人真系垃圾。',
      ],
      violence: [
        '你再唔还，小心你架的士边日俾人淋红油。',
        '我有班兄弟专门对付你呢种人，你想唔想试下佢哋嘅手势？',
        '你喺餐厅收工行夜路就小心啲，跌断只脚唔好怪人。',
      ],
      privacy_disclosure: [
        '你唔畀钱，我就打去你做嘢嗰间茶餐厅，话晒畀你老细知你欠人钱。',
        '我哋会将你欠卡数嘅事，逐个发畀你通讯录入面嘅人睇。',
        '你学校啲同学知唔知你借咗私人贷款唔还？我可以帮你话畀佢哋听。',
      ],
      false_consequence: [
        '欠卡数唔还系刑事罪，你会有案底，以后揾工都冇人请你。',
        '你笔贷款再拖落去，运输署会吊销你嘅的士驾驶执照，你以后都揸唔到车。',
        '借私人贷款唔还，学校会即刻开除你，你张毕业证书都攞唔到。',
      ],
      extra_fee: [
        '你想改还款日期都得，不过要另外畀五百蚊手续费先改到。',
        '你个户口已经转咗去我哋追收部，所以要加收一千二蚊追数费。',
        '想要结清证明？你先过三百蚊证明书费入嚟，我哋先会出畀你。',
      ],
      new_borrowing: [
        '你另外嗰张卡仲有额度啩，去柜员机提啲现金出嚟还咗呢笔先啦。',
        '而家网上好多贷款App，十分钟就批，你随便揾一间借嚟还咗佢啦。',
        '你问下屋企人或者朋友借住先啦，今日揾到钱还咗佢咪得咯。',
      ],
    },
    en: {
      threat: [
        'If you don\'t pay, we will chase you every single day until you have no peace at all.',
        'You think changing your phone number means you can escape? We have our ways, and you will regret it.',
        'Keep ignoring this credit card bill and I promise you, your life will not be easy one single day from now on.',
      ],
      impersonation: [
        'I am a detective from the Commercial Crime Bureau of the Hong Kong Police, your credit card arrears are now handled by us.',
        'I am an officer sent by the HKMA to follow up your personal loan, please cooperate with our investigation.',
        'I am a prosecutor from the Department of Justice, your case is on my desk now, so better reply me today.',
      ],
      insult: [
        'You useless thing, can\'t even pay back a few thousand dollars of card debt and still got the face to talk to me?',
        'Driving a taxi and ending up like this, you are really a total loser.',
        'So sweet and polite when you borrowed the money, now you play dead. People like you are just trash.',
      ],
      violence: [
        'If you still don\'t pay, be careful, one day somebody may splash red paint all over your taxi.',
        'I have some brothers who specially handle people like you, you want to try their skills?',
        'When you walk home late after your restaurant shift, better be careful, don\'t blame anyone if you break your leg.',
      ],
      privacy_disclosure: [
        'If you don\'t pay, I will call the cha chaan teng where you work and tell your boss you owe people money.',
        'We will send the news of your credit card debt to every person in your contact list, one by one.',
        'Do your classmates know you took a personal loan and never paid back? I can tell them for you.',
      ],
      false_consequence: [
        'Not paying your credit card debt is a criminal offence, you will have a criminal record and nobody will hire you after.',
        'If you keep dragging this loan, the Transport Department will revoke your taxi driving licence and you can never drive again.',
        'If you don\'t repay a personal loan, your school will expel you right away and you won\'t even get your graduation certificate.',
      ],
      extra_fee: [
        'You can change the repayment date, but you have to pay an extra five hundred dollars handling fee first.',
        'Your account has been transferred to our collection department, so there is an additional twelve hundred dollars collection fee.',
        'You want a settlement letter? Transfer three hundred dollars certificate fee to us first, then we will issue it to you.',
      ],
      new_borrowing: [
        'Your other credit card should still have some limit, go withdraw some cash from the ATM and pay this one off first.',
        'There are so many loan apps online now, approved in ten minutes, just borrow from any one and clear this.',
        'Just ask your family or friends to lend you the money first, get it today and settle this, done.',
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '陈生你好，我系恒通财务嘅职员，想同你倾下你笔私人贷款。'],
        ['debtor', '我而家揸紧车，有客喺车度，唔方便讲电话。'],
        ['agent', '明白，咁我唔阻你喇，你安全啲揸车，迟啲再倾。'],
        ['debtor', '好啦，唔该晒。'],
      ],
      [
        ['agent', '李小姐你好，我系信用卡中心打嚟嘅，关于你张卡嘅结欠。'],
        ['debtor', '我上个月俾餐厅炒咗，到而家都未揾到工，真系冇钱。'],
        ['agent', '唔好意思听到咁嘅情况。我会喺系统记低你而家失业，暂时唔会再催你，等你稳定啲先再倾。'],
        ['debtor', '好，多谢你。'],
      ],
      [
        ['agent', '黄生，关于你张信用卡逾期未还嘅款项，想同你倾下点处理。'],
        ['debtor', '你哋会唔会打去我公司，话畀我老细知？'],
        ['agent', '唔会，我哋唔会联络你公司或者同事，你笔欠款嘅资料只会同你本人讲。'],
        ['debtor', '咁就好。我下个礼拜出粮先还得。'],
        ['agent', '冇问题，我记低咗下个礼拜，到时你方便先处理就得。'],
      ],
      [
        ['agent', '张同学你好，我系安信财务，想跟进下你笔私人贷款。'],
        ['debtor', '你哋呢啲收数佬烦唔烦呀，成日打嚟！'],
        ['agent', '明白你唔开心，我都唔想烦到你。如果你想我哋改用短讯或者信件联络，话我知就得。'],
        ['debtor', '咁以后发短讯啦。'],
        ['agent', '好，我已经帮你改咗，多谢你。'],
      ],
      [
        ['agent', '何生，你笔私人贷款逾期咗十日。根据合约第八条，逾期会收合约写明嘅逾期利息。'],
        ['debtor', '咁会唔会影响我嘅信贷评分？'],
        ['agent', '逾期记录会按正常程序报畀信贷资料机构，但欠债唔会有刑事责任，亦唔会影响你出入境。你想睇返份合约，我可以寄畀你。'],
        ['debtor', '好，你寄畀我睇下先。'],
        ['agent', '冇问题，今日就帮你寄出。'],
      ],
    ],
    en: [
      [
        ['agent', 'Hi Mr Chan, I am calling from Hang Tung Finance, I would like to talk to you about your personal loan.'],
        ['debtor', 'I am driving now, got a passenger in the car, not convenient to talk.'],
        ['agent', 'Understand, then I won\'t disturb you. Drive safely, we can talk another time.'],
        ['debtor', 'OK lor, thanks a lot.'],
      ],
      [
        ['agent', 'Hi Miss Lee, I am calling from the credit card centre, about the balance on your card.'],
        ['debtor', 'The restaurant fired me last month, until now I still can\'t find a job, I really have no money.'],
        ['agent', 'Sorry to hear that. I will note in the system that you are unemployed now, we won\'t chase you for the moment, we can talk again when things are more stable.'],
        ['debtor', 'OK, thank you.'],
      ],
      [
        ['agent', 'Mr Wong, about the overdue amount on your credit card, I would like to discuss how to handle it with you.'],
        ['debtor', 'Will you call my company and tell my boss?'],
        ['agent', 'No, we will not contact your company or your colleagues. The information about your account is only discussed with you personally.'],
        ['debtor', 'That\'s good. I only get my salary next week, then I can pay.'],
        ['agent', 'No problem, I have noted next week, you can handle it when convenient.'],
      ],
      [
        ['agent', 'Hi Mr Cheung, this is On Shun Finance, I want to follow up on your personal loan.'],
        ['debtor', 'You debt collectors are so annoying, calling me all the time!'],
        ['agent', 'I understand you are upset, I don\'t want to bother you. If you prefer us to contact you by SMS or letter instead, just let me know.'],
        ['debtor', 'Then send SMS from now on.'],
        ['agent', 'OK, I have changed it for you already. Thank you.'],
      ],
      [
        ['agent', 'Mr Ho, your personal loan is ten days overdue. Under clause eight of the contract, late interest is charged as written in the contract.'],
        ['debtor', 'Will it affect my credit score?'],
        ['agent', 'The late record will be reported to the credit reference agency as normal procedure, but owing money is not a crime and it will not affect your travel in and out of Hong Kong. If you want to read the contract again, I can send you a copy.'],
        ['debtor', 'OK, send it to me first.'],
        ['agent', 'No problem, I will post it out today.'],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '唔好再打嚟喇，我唔想再听你哋电话！',
        '陈生，你张卡仲欠紧八千几，你今日可唔可以先还一部分？',
      ],
      ignored_attorney: [
        '我已经请咗律师处理呢件事，你有嘢直接揾我律师倾。',
        '律师归律师，笔钱系你欠嘅，你而家畀个还款日期我先。',
      ],
      ignored_dispute: [
        '呢笔钱我上个月已经还晒，系你哋搞错咗。',
        '我哋系统显示未收到，你今日过三千二蚊入嚟就得喇。',
      ],
      ignored_hardship: [
        '我病到入咗院两个礼拜，开唔到工，真系畀唔到钱。',
        '我明白，不过还款日已经过咗，你今日最少都要还返最低还款额。',
      ],
    },
    en: {
      ignored_stop_request: [
        'Stop calling me already, I don\'t want to hear from you people anymore!',
        'Mr Chan, your card still owes eight thousand plus, can you pay part of it today first?',
      ],
      ignored_attorney: [
        'I have already hired a lawyer to handle this, anything you talk to my lawyer directly.',
        'Lawyer is lawyer, the money is owed by you, give me a repayment date now first.',
      ],
      ignored_dispute: [
        'I already paid this all off last month, you people made a mistake.',
        'Our system shows we have not received it, just transfer thirty-two hundred dollars today then OK.',
      ],
      ignored_hardship: [
        'I got sick and stayed in hospital for two weeks, can\'t work, I really cannot pay.',
        'I understand, but the due date has passed already, today you must at least pay the minimum payment.',
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我系佢老婆，佢出咗去揸车，你揾佢有乜嘢事？'],
      ['agent', '我系恒通财务，佢笔私人贷款逾期咗两个月，仲欠一万五千蚊未还。'],
    ],
    en: [
      ['third_party', 'I am his wife, he went out driving the taxi, what do you want with him?'],
      ['agent', 'This is Hang Tung Finance, his personal loan is two months overdue, still owing fifteen thousand dollars.'],
    ],
  },
};
