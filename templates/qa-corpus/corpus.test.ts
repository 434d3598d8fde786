import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { QaRulesetDocument } from '../../schemas/generated/types.ts';
import { evaluate, table, type LabelledCall } from '../../runtime/qa/evaluate-corpus.ts';
import { loadTemplates } from '../load-templates.ts';
import { buildCorpusFile, labelledCall, OPENING } from './build-corpus.ts';
import { templateExamples } from './export-examples.ts';
import { HELD_OUT_ANSWERS } from './held-out-answers.ts';
import { heldOutCalls, NEWEST_BATCH } from './held-out.ts';

const calls = readFileSync(new URL('corpus.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as LabelledCall);
/**
 * Overall recall and precision on the newest held-out batch (173, written by a second author who
 * saw neither the rules nor earlier batches; southern and Hong Kong flavoured Mandarin, British and
 * Singapore English; two clean calls a language answer a request and stand back), at its one run:
 * the rules alone 0.659 and 1.000; with the learned rules 0.989 and 1.000 (Chinese 1.000 and 1.000,
 * English 0.968 and 1.000; 'your wife and kids won't get a moment's peace either' missed). Earlier
 * batches at their one run: 172 (written by a second author who saw neither the rules nor earlier
 * batches; long turns, each violation set among the ordinary talk of amounts, dates and ways to
 * pay; two clean calls a language answer a request and stand back; two debtor's replies the
 * duplicate check found repeating batches 162 and 164 were replaced, with their twins): the rules
 * alone 0.714 and 0.915; with the learned rules 0.846 and 0.928 (Chinese 0.800 and 0.923, English
 * 0.935 and 0.935; staying on the debtor until he is ruined missed, and a face that will not stay
 * pretty once our people find him, read in Chinese as a threat, in both languages; friends from the
 * street to beat him, the police detaining him fifteen days (read as impersonation), borrowing from
 * coworkers and a policy loan missed in Chinese; a clean answer on what does not happen to a
 * passport read as a false consequence, and a one percent early repayment fee the contract sets
 * read as an extra fee); 171 (written by a second author who saw neither the rules nor earlier
 * batches; courteous, formal collectors whose violations are veiled in polite words; two clean
 * calls a language answer a request and stand back): the rules alone 0.670 and 0.968; with the
 * learned rules 0.846 and 0.975 (Chinese 0.800 and 0.960, English 0.935 and 1.000; calling the
 * coworkers one by one about the loan, and an account reactivation fee, missed in both languages,
 * the fee read as violence in Chinese; making the city hard to stay in, 'no one who fought us had a
 * good day', a shop that catches fire one night and a letter to the landlord and neighbours missed
 * in Chinese); 170 (written by a second author who saw neither the rules nor earlier batches, as a
 * speech recogniser transcribes: no punctuation, fillers and repeats, English lowercase without
 * apostrophes; two clean calls a language answer a request and stand back; a debtor's reply the
 * duplicate check found repeating batch 164 was replaced, with its twin): the rules alone 0.681 and
 * 0.954; with the learned rules 1.000 and 0.989 (Chinese 1.000 and 1.000, English 1.000 and 0.969;
 * a paycheck garnished that 'comes straight out on payday' read as new borrowing as well); 169
 * (written by a second author who saw neither the rules nor earlier batches; colloquial northern
 * Mandarin, blunt American English; two clean calls a language answer a request and stand back):
 * the rules alone 0.659 and 0.952; with the learned rules 0.989 and 0.938 (Chinese 1.000 and 0.938,
 * English 0.968 and 0.938; advising against borrowing elsewhere (这个我们真不建议，拆东墙补西墙只会越欠越多) read as new
 * borrowing in both languages; after 'call again and I'll complain', confirming the repayment plan
 * read as ignoring a stop request, a judgement call the label does not make; 'jerk us around'
 * inside a threat read as an insult as well; Social Security taken at retirement with no court
 * missed); 168 (written by a second author who saw neither the rules nor earlier batches; short,
 * clipped turns, the Chinese code-switching with English words; two clean calls a language answer a
 * request and stand back): the rules alone 0.451 and 1.000; with the learned rules 0.923 and 1.000
 * (Chinese 0.900 and 1.000, English 0.968 and 1.000; a system fee without which the payment will
 * not post missed in both languages; calling for the court (我受法院委托call你) and a mortgage loan on the
 * house (拿房子做个抵押贷) missed); 167 (written by a second author who saw neither the rules nor earlier
 * batches; southern and Hong Kong flavoured Mandarin, British and Singapore English; two clean
 * calls a language answer a request and stand back): the rules alone 0.681 and 0.954; with the
 * learned rules 1.000 and 0.978 (Chinese 1.000 and 0.968, English 1.000 and 1.000; the agent
 * standing back with 收到，谢谢你，那我们就不再打扰你了 read as violence); 166 (written by a second author who saw
 * neither the rules nor earlier batches; long turns, each violation set among the ordinary talk of
 * amounts, dates and ways to pay; two clean calls a language answer a request and stand back; a
 * lawyer's request the duplicate check found repeating batch 165 was replaced, with its twin): the
 * rules alone 0.780 and 0.986; with the learned rules 0.835 and 0.987 (Chinese 0.867 and 1.000,
 * English 0.774 and 0.960; the learned rules gain little on long turns, where the violation is a
 * few words among many; an ID and phone number cancelled and children kept from civil service exams
 * missed in both languages; 'never have a peaceful day again', staying on the debtor until he
 * cannot stand living in town, the state Department of Financial Regulation, a car smashed up,
 * messaging every contact and posting in the residents' group missed in English; an ill mind
 * (脑子是不是有毛病) and a certificate fee missed in Chinese; a clean call's payment reminder after a
 * debtor's question read as ignoring hardship); 165 (written by a second author who saw neither the
 * rules nor earlier batches; courteous, formal collectors whose violations are veiled in polite
 * words; two clean calls a language answer a request and stand back): the rules alone 0.681 and
 * 0.969; with the learned rules 0.846 and 1.000 (Chinese 0.833 and 1.000, English 0.871 and 1.000;
 * making trouble for the family (给您的家人找些麻烦) missed in both languages, and an insult to the debtor's
 * intelligence; a cash advance on a credit card and borrowing from parents or friends missed in
 * Chinese; a polite demand after a stop request missed; a formal letter to the employer's HR and a
 * paperwork fee for the payoff certificate missed in English); 164 (written by a second author who
 * saw neither the rules nor earlier batches, as a speech recogniser transcribes: no punctuation,
 * fillers and repeats, English lowercase without apostrophes; two clean calls a language answer a
 * request and stand back; two debtor's turns the duplicate check found repeating batches 16 and 162
 * were replaced, with their twins): the rules alone 0.747 and 0.986; with the learned rules 0.989
 * and 1.000 (Chinese 1.000 and 1.000, English 0.968 and 1.000; 'your kids are gonna have trouble
 * getting into college or getting hired' missed); 163 (written by a second author who saw neither
 * the rules nor earlier batches; colloquial northern Mandarin, blunt American English; two clean
 * calls a language answer a request and stand back; a debtor's reply the duplicate check found
 * repeating batch 162 was replaced, with its twin): the rules alone 0.626 and 0.950; with the
 * learned rules 0.967 and 0.946 (Chinese 0.967 and 0.935, English 0.968 and 0.968; a debtor asking
 * what happens if she still cannot pay (我要是这个月还是还不上，会咋样？) heard as hardship, so the contract's
 * terms told in answer read as pressing on; a car's windows smashed and tyres slashed read as an
 * insult as well as violence; a collection service fee (催收服务费) added on top missed; 'you won't get
 * one quiet day' missed; a child's way home from school read as a false consequence as well as
 * violence); 162 (written by a second author who saw neither the rules nor earlier batches; short,
 * clipped turns, the Chinese code-switching with English words; two clean calls a language answer a
 * request and stand back): the rules alone 0.681 and 0.984; with the learned rules 0.945 and 0.989
 * (Chinese 0.933 and 1.000, English 0.968 and 0.968; twenty calls a day (一天call你二十遍) missed as a
 * threat in both languages; calling the boss in code-switched Chinese (我直接call你老板) missed; a late
 * charge the contract provides for, stated plainly, read as an extra fee); 161 (two clean calls a
 * language answer a request and stand back): the rules alone 0.758 and 0.986; with the learned
 * rules 1.000 and 1.000 (Chinese 1.000 and 1.000, English 1.000 and 1.000); 160 (written as a
 * speech recogniser transcribes; two clean calls a language answer a request and stand back): the
 * rules alone 0.538 and 1.000; with the learned rules 1.000 and 1.000 (Chinese 1.000 and 1.000,
 * English 1.000 and 1.000); 159 (two clean calls a language answer a request and stand back; three
 * insults, a false consequence, a lawyer's request and a third party's answer the duplicate check,
 * run alone, found repeating batches 29, 32, 37, 51, 139 and the labelled sentences were replaced,
 * with their twins): the rules alone 0.462 and 0.955; with the learned rules 0.978 and 0.989
 * (Chinese 1.000 and 1.000, English 0.935 and 0.967; 'how low can you get?' missed; 'all you've
 * ever done in your life is make trouble for other people' read as a threat, not an insult); 158
 * (written as a speech recogniser transcribes; two clean calls a language answer a request and
 * stand back): the rules alone 0.527 and 1.000; with the learned rules 1.000 and 1.000 (Chinese
 * 1.000 and 1.000, English 1.000 and 1.000); 157 (two clean calls a language answer a request and
 * stand back): the rules alone 0.495 and 1.000; with the learned rules 1.000 and 1.000 (Chinese
 * 1.000 and 1.000, English 1.000 and 1.000); 156 (written as a speech recogniser transcribes; two
 * clean calls a language answer a request and stand back): the rules alone 0.396 and 0.947; with
 * the learned rules 0.956 and 0.978 (Chinese 0.933 and 0.966, English 1.000 and 1.000; calling the
 * sister's workplace (打你妹妹单位电话) read as hitting (打你), violence, not a disclosure, as in batch 150;
 * twenty more 'our service fee' on each payment missed); 155 (two clean calls a language answer a
 * request and stand back; an insult the duplicate check, run alone, found repeating batch 11 was
 * replaced, with its twin): the rules alone 0.473 and 1.000; with the learned rules 1.000 and 1.000
 * (Chinese 1.000 and 1.000, English 1.000 and 1.000); 154 (written as a speech recogniser
 * transcribes; two clean calls a language answer a request and stand back): the rules alone 0.571
 * and 1.000; with the learned rules 0.967 and 0.989 (Chinese 1.000 and 1.000, English 0.903 and
 * 0.966; cracking two ribs read as a threat, not violence; 'your son has owed us thirty thousand',
 * told to his mother, read as no debt detail, so neither the third party told nor the debt before
 * verification was found); 153 (two clean calls a language answer a request and stand back; a stop
 * request the duplicate check, run alone, found repeating batch 83 was replaced, with its twin):
 * the rules alone 0.560 and 1.000; with the learned rules 1.000 and 1.000 (Chinese 1.000 and 1.000,
 * English 1.000 and 1.000); 152 (written as a speech recogniser transcribes; two clean calls a
 * language answer a request and stand back): the rules alone 0.462 and 0.955; with the learned
 * rules 0.890 and 1.000 (Chinese 0.900 and 1.000, English 0.871 and 1.000; the debt transferred to
 * the parents' names missed in both languages, and an education loan taken out for the debt;
 * telling the wife's customers in her shop missed; 'turn on pay later' missed; 'slip away for a day
 * but not for a month' missed); 151 (two clean calls a language answer a request and stand back):
 * the rules alone 0.495 and 1.000; with the learned rules 1.000 and 1.000 (Chinese 1.000 and 1.000,
 * English 1.000 and 1.000); 150 (written as a speech recogniser transcribes; two clean calls a
 * language answer a request and stand back): the rules alone 0.451 and 0.953; with the learned
 * rules 0.934 and 0.966 (Chinese 0.933 and 0.966, English 0.935 and 0.967; 下个月开始 你的事就不归我管了 换人来跟你谈
 * missed; a notice in the lift through the property management read as violence, not a disclosure;
 * a 'brother' who has heart-to-hearts read as an insult, not violence; whoever uses the number now
 * ('i'm the one using this number now') heard as no third party, so the debt told to them went
 * unread); 149 (two clean calls a language answer a request and stand back; a false consequence the
 * duplicate check, run alone, found repeating batch 54 was replaced, with its twin): the rules
 * alone 0.527 and 1.000; with the learned rules 0.989 and 1.000 (Chinese 1.000 and 1.000, English
 * 0.968 and 1.000; 'the system's fine, you're still three thousand short, make it up today' after a
 * record showing it paid off missed); 148 (written as a speech recogniser transcribes; two clean
 * calls a language answer a request and stand back; an insult the duplicate check, run alone, found
 * repeating batch 130 was replaced, with its twin): the rules alone 0.538 and 0.980; with the
 * learned rules 0.989 and 0.989 (Chinese 1.000 and 1.000, English 0.968 and 0.968; 'our guys just
 * got out of prison' read as a false consequence, not violence); 147 (two clean calls a language
 * answer a request and stand back; an insult and a debtor's insult the duplicate check, run alone,
 * found repeating batches 10, 21 and 38 were replaced, with their twins): the rules alone 0.462 and
 * 0.955; with the learned rules 0.934 and 0.977 (Chinese 0.967 and 1.000, English 0.871 and 0.931;
 * being in big trouble by the end of the month missed in both languages, and in English 'if you
 * still want to work in this industry'; the court taking it out of the wife's paycheck read as new
 * borrowing, not a false consequence; borrowing from the company's finance office read as
 * impersonation); 146 (written as a speech recogniser transcribes; two clean calls a language
 * answer a request and stand back): the rules alone 0.604 and 0.932; with the learned rules 0.945
 * and 0.945 (Chinese 0.967 and 0.967, English 0.903 and 0.903; 'our people' waiting at the
 * workplace door, labelled a threat, read as violence in both languages, as earlier batches label
 * it; in English coming to the door every day read as violence as well; friends on social media
 * each lending five hundred read as a disclosure, not new borrowing); 145 (two clean calls a
 * language answer a request and stand back): the rules alone 0.473 and 1.000; with the learned
 * rules 0.956 and 1.000 (Chinese 0.933 and 1.000, English 1.000 and 1.000; a brother borrowing in
 * his own name for the debtor, and a partner's credit loan (信用贷), missed); 144 (written as a speech
 * recogniser transcribes; two clean calls a language answer a request and stand back): the rules
 * alone 0.571 and 1.000; with the learned rules 0.967 and 1.000 (Chinese 0.967 and 1.000, English
 * 0.968 and 1.000; the housing fund drawn or borrowed against (公积金 提出来或者贷出来) and poverty relief
 * loans missed); 143 (two clean calls a language answer a request and stand back; a dispute the
 * duplicate check, run alone, found repeating batch 72 was replaced, with its twin): the rules
 * alone 0.473 and 0.977; with the learned rules 0.934 and 0.988 (Chinese 0.933 and 1.000, English
 * 0.935 and 0.967; 日子从明天起就不会太平 missed; a loan on an ID card missed; the traffic police division
 * read as a false consequence, which the suspended licence is as well, and not as impersonation; a
 * tenant ('I'm renting from him') heard as no third party, so the debt told to them went unread);
 * 142 (written as a speech recogniser transcribes; two clean calls a language answer a request and
 * stand back): the rules alone 0.374 and 0.971; with the learned rules 0.945 and 0.989 (Chinese
 * 0.933 and 1.000, English 0.968 and 0.968; 'keep your statements, pay by the system first' after
 * two payments missing from the system missed in both languages; 没用的东西 missed; 'pausing collection
 * costs nothing' read as a fee); 141 (two clean calls a language answer a request and stand back):
 * the rules alone 0.495 and 0.957; with the learned rules 0.934 and 0.977 (Chinese 0.933 and 0.966,
 * English 0.935 and 1.000; exposure on television 'by the rules' missed in both languages; a plea
 * for a loan posted in the classmates' group read as a disclosure, not new borrowing, as in batch
 * 119; 'the specialists' missed); 140 (written as a speech recogniser transcribes; two clean calls
 * a language answer a request and stand back; an insult, its answer's twin and a false consequence
 * the duplicate check, run alone, found repeating batches 94, 106 and 96 were replaced, with their
 * twins): the rules alone 0.429 and 1.000; with the learned rules 0.956 and 0.989 (Chinese 1.000
 * and 1.000, English 0.871 and 0.964; 'your whole family pays for it' missed; the parents' old
 * house 'signed over to us' read as violence, not a false consequence; online microloans missed; a
 * debtor who paid off early last month heard as no dispute, so what pressed on after it went
 * unread); 139 (two clean calls a language answer a request and stand back): the rules alone 0.451
 * and 1.000; with the learned rules 0.967 and 0.989 (Chinese 0.967 and 1.000, English 0.968 and
 * 0.968; "特殊处理" in scare quotes missed, the quotation read as a mention and the learned rules
 * skipping the sentence; 'you'd better not make us come over in person' read as violence, not a
 * threat); 138 (written as a speech recogniser transcribes; two clean calls a language answer a
 * request and stand back): the rules alone 0.473 and 0.956; with the learned rules 0.901 and 0.953
 * (Chinese 0.900 and 0.964, English 0.903 and 0.933; a lawyer who says the interest is illegal
 * heard as a dispute as well, so what pressed on after it was read as an ignored dispute too, a
 * judgement call the batch's labels did not make, in both languages; someone who 'can't even talk
 * straight' now missed in both, and read as an insult in English; half the reduced amount kept as a
 * service fee and a home improvement loan missed in both); 137 (two clean calls a language answer a
 * request and stand back; an insult the duplicate check, run alone, found repeating batch 31 was
 * replaced, with its twin): the rules alone 0.440 and 1.000; with the learned rules 1.000 and 1.000
 * (Chinese 1.000 and 1.000, English 1.000 and 1.000); 136 (written as a speech recogniser
 * transcribes; two clean calls a language answer a request and stand back): the rules alone 0.604
 * and 0.948; with the learned rules 0.989 and 0.978 (Chinese 1.000 and 1.000, English 0.968 and
 * 0.938; "a day late won't bring any extra handling fee" read as a fee, the negation unread; 'you
 * won't have a peaceful holiday' read as violence, not a threat); 135 (two clean calls a language
 * answer a request and stand back; a fee the duplicate check, run alone, found repeating batch 73
 * was replaced, with its twins): the rules alone 0.484 and 0.978; with the learned rules 0.978 and
 * 0.957 (Chinese 1.000 and 0.968, English 0.935 and 0.935; a debtor represented by 王律师 who says to
 * contact him 有问题 heard as disputing the debt as well; a letter to stop collection heard as a
 * lawyer's request, not a stop request; 'pinned to the ground' read as a threat, not violence); 134
 * (written as a speech recogniser transcribes; two clean calls a language answer a request and
 * stand back): the rules alone 0.505 and 1.000; with the learned rules 0.956 and 0.978 (Chinese
 * 0.933 and 0.966, English 1.000 and 1.000; 我们能让你在这个城市待不下去 read as violence, not a threat; taking
 * it from the pay card without consent missed); 133 (two clean calls a language answer a request
 * and stand back; two insults and a hardship the duplicate check, run alone, found repeating
 * batches 11, 33 and 99 were replaced, with their twins): the rules alone 0.516 and 1.000; with the
 * learned rules 0.967 and 1.000 (Chinese 1.000 and 1.000, English 0.903 and 1.000; a special
 * handling team that doesn't do favors, clothes on the balcony gone with one match, and pledging
 * stocks for a loan missed); 132 (written as a speech recogniser transcribes; two clean calls a
 * language answer a request and stand back): the rules alone 0.549 and 0.962; with the learned
 * rules 0.956 and 1.000 (Chinese 0.967 and 1.000, English 0.935 and 1.000; a loan against the car
 * you can still drive (押车不押人) missed; a business license 'void' missed; 'skip a couple packs of
 * cigarettes and you'll have it' after hardship missed); 131 (two clean calls a language answer a
 * request and stand back): the rules alone 0.462 and 0.955; with the learned rules 0.967 and 0.978
 * (Chinese 1.000 and 1.000, English 0.903 and 0.933; 'you'd better hope we don't find out where
 * you're living now' read as violence, not a threat; someone sent to the hometown, 'your parents
 * are in good health, I hope?', read as a disclosure, not violence; a social security card
 * suspended missed); 130 (written as a speech recogniser transcribes; two clean calls a language
 * answer a request and stand back): the rules alone 0.505 and 1.000; with the learned rules 1.000
 * and 1.000 (Chinese 1.000 and 1.000, English 1.000 and 1.000); 129 (two clean calls a language
 * answer a request and stand back): the rules alone 0.637 and 1.000; with the learned rules 0.956
 * and 0.978 (Chinese 0.967 and 0.967, English 0.935 and 1.000; 我们在全国都有合作的人, said of moving city,
 * read as violence, not a threat; 'don't blame me for what comes next' and a pay-later app missed
 * in English); 128 (written as a speech recogniser transcribes; two clean calls a language answer a
 * request and stand back): the rules alone 0.429 and 0.929; with the learned rules 0.967 and 0.989
 * (Chinese 0.967 and 1.000, English 0.968 and 0.968; a debtor who will report daily calls as
 * harassment heard as no stop request, so what pressed on after it went unread, in both languages;
 * "we'll get you the breakdown later" read as violence); 127 (two clean calls a language answer a
 * request and stand back): the rules alone 0.505 and 0.902; with the learned rules 0.934 and 0.944
 * (Chinese 0.933 and 0.933, English 0.935 and 0.967; the social security audit office read as a
 * false consequence, not impersonation; a shop to be "装修" in scare quotes missed, the quotation
 * read as a mention; a boss without 'my good temper' and a moneylender in the complex missed; 'go
 * borrow some' to a debtor in hardship read as new borrowing as well, the judgement call of batch
 * 103); 126 (written as a speech recogniser transcribes; two clean calls a language answer a
 * request and stand back): the rules alone 0.473 and 0.977; with the learned rules 0.967 and 0.978
 * (Chinese 0.967 and 1.000, English 0.968 and 0.938; 玩火 missed; a letter 'twenty bucks charged to
 * your account' missed; an impersonator's 'dodging debts' read as an insult as well; 'you can't owe
 * forever' after hardship read as an insult as well); 125 (two clean calls a language answer a
 * request and stand back): the rules alone 0.407 and 0.860; with the learned rules 0.978 and 0.937
 * (Chinese 0.967 and 0.906, English 1.000 and 1.000; people who would visit the house for a few
 * hundred read as a threat, not violence; 不然我们天天打 after a stop request read as a threat as well; a
 * fee to stop contacting the family read as a disclosure as well, the judgement call of batch 102);
 * 124 (written as a speech recogniser transcribes; two clean calls a language answer a request and
 * stand back; an insult the duplicate check, run alone, found repeating batch 54 was replaced, with
 * its twins): the rules alone 0.440 and 0.952; with the learned rules 0.978 and 0.967 (Chinese
 * 0.967 and 0.967, English 1.000 and 0.969; 倒垃圾, taking out the trash, read as an insult, and the
 * violence around it missed; 'pay up and you'll get your peace and quiet' after a stop request read
 * as new borrowing as well); 123 (two clean calls a language answer a request and stand back): the
 * rules alone 0.484 and 0.978; with the learned rules 0.934 and 0.977 (Chinese 0.933 and 1.000,
 * English 0.935 and 0.935; 'which of them didn't bring the money over like good little boys' missed
 * in both languages, and read as violence in English; a boss who 'steps in himself' missed; a
 * hardship loan from a union missed; a late record 'revoked' for a fee read as a false consequence
 * as well); 122 (written as a speech recogniser transcribes; two clean calls a language answer a
 * request and stand back): the rules alone 0.440 and 1.000; with the learned rules 0.912 and 1.000
 * (Chinese 0.933 and 1.000, English 0.871 and 1.000; a payment the debtor says was made and not
 * posted read as no dispute, so what pressed on after it went unread, as in batch 95, in both
 * languages; welfare eligibility withdrawn, 'a way you can't ignore', a slippery riverbank and
 * 'save ten a day' after a business went bust missed); 121 (two clean calls a language answer a
 * request and stand back): the rules alone 0.473 and 0.956; with the learned rules 0.956 and 0.978
 * (Chinese 0.967 and 0.967, English 0.935 and 1.000; 别给脸不要脸, a threat with an insult in it, read as
 * an insult as well; a son's gift money, a file 'preparation fee' and 'chemo is one thing, payments
 * are another' missed); 120 (written as a speech recogniser transcribes; two clean calls a language
 * answer a request and stand back; a stop request the duplicate check, run alone, found repeating
 * batch 64 was replaced, with its twin): the rules alone 0.484 and 0.957; with the learned rules
 * 0.967 and 0.978 (Chinese 0.967 and 1.000, English 0.968 and 0.938; 'you won't be laughing' missed
 * in both languages; "there's no transportation charge" read as a fee; "we'll find you anyway"
 * after a stop request read as a threat as well); 119 (two clean calls a language answer a request
 * and stand back): the rules alone 0.451 and 0.854; with the learned rules 0.923 and 0.894 (Chinese
 * 0.933 and 0.875, English 0.903 and 0.933; a clean answer, 您先照顾好家人，有需要随时联系我们, read as a
 * disclosure; posting a plea for a loan on social media read as a disclosure, not new borrowing, in
 * both languages; 'what real pain feels like' read as a threat, not violence, in both; 催收就不会停，你看着办吧
 * after a stop request read as a threat as well; a student loan missed); 118 (written as a speech
 * recogniser transcribes; two clean calls a language answer a request and stand back): the rules
 * alone 0.516 and 0.922; with the learned rules 0.912 and 0.954 (Chinese 0.900 and 0.931, English
 * 0.935 and 1.000; a call 'from the detention centre' read as a false consequence, not
 * impersonation; the travel costs of a home visit charged to the debtor read as a threat, not a
 * fee; a private same-day lender, renting 'anywhere in the country' and half the penalty as a
 * deposit missed); 117 (two clean calls a language answer a request and stand back): the rules
 * alone 0.484 and 0.978; with the learned rules 0.923 and 0.977 (Chinese 0.933 and 0.966, English
 * 0.903 and 1.000; a fee to have the late record changed to on-time missed in both languages;
 * 派人去给你松松皮 read as a threat, not violence; two English threats, "we won't be nice about it" and
 * "you'll have a hard time then", missed); 116 (written as a speech recogniser transcribes; two
 * clean calls a language answer a request and stand back): the rules alone 0.516 and 0.904; with
 * the learned rules 0.956 and 0.967 (Chinese 0.967 and 0.967, English 0.935 and 1.000; an officer
 * of the business licensing bureau read as a false consequence, which the revoked licence is as
 * well, and not as impersonation, in both languages; 'refinance it' missed); 115 (two clean calls a
 * language answer a request and stand back): the rules alone 0.473 and 0.956; with the learned
 * rules 0.989 and 0.978 (Chinese 1.000 and 0.968, English 0.968 and 1.000; 我们照打, calling all the
 * same after a stop request, read as violence as well; "you'd better pray we don't have to come
 * find you" missed); 114 (written as a speech recogniser transcribes; two clean calls a language
 * answer a request and stand back; an insult and a disclosure the duplicate check, run alone, found
 * repeating batches 32 and 61 were replaced, with their twins): the rules alone 0.473 and 0.860;
 * with the learned rules 0.967 and 0.926 (Chinese 0.967 and 0.935, English 0.968 and 0.909; telling
 * a blind date the debtor is a deadbeat read as an insult, which it is as well, not a disclosure; a
 * fee to stop 爆通讯录 read as a disclosure as well, the judgement call of batch 102; pawning a car
 * read as a false consequence, and an 'installment loan' named to a third party as new borrowing);
 * 113 (two clean calls a language answer a request and stand back; a third-party line the duplicate
 * check, run alone, found repeating batch 38 was replaced, with its twin): the rules alone 0.484
 * and 0.957; with the learned rules 0.956 and 0.967 (Chinese 0.967 and 0.967, English 0.935 and
 * 0.967; a letter addressed to the HR department read as an insult, not a disclosure; 'we'll dig
 * you out anyway' and 'something's wrong with your head' missed; two hundred calls promised after a
 * stop request read as violence as well); 112 (written as a speech recogniser transcribes; two
 * clean calls a language answer a request and stand back): the rules alone 0.527 and 0.906; with
 * the learned rules 0.934 and 0.955 (Chinese 0.933 and 0.933, English 0.935 and 1.000; an arm in a
 * cast after talking back missed in both languages; 'you're finished in this industry' missed; two
 * Chinese sentences, an official of the street office and an insult, read as disclosures); 111 (two
 * clean calls a language answer a request and stand back): the rules alone 0.527 and 0.941; with
 * the learned rules 0.901 and 0.953 (Chinese 0.900 and 1.000, English 0.903 and 0.875; an insult
 * the duplicate check, run with the batch, found repeating batch 32 was replaced, with its twins,
 * and the batch run once more: 0.901 and 0.965 with it; the new insult read as new borrowing, 'when
 * you borrow'; a veiled threat, an insult and a mother living alone with nobody to look after her
 * missed in both languages; 'the calls won't let up' read as a threat as well; a debtor's complaint
 * of harassment read as a stop request); 110 (written as a speech recogniser transcribes; two clean
 * calls a language answer a request and stand back): the rules alone 0.538 and 0.942; with the
 * learned rules 0.967 and 0.967 (Chinese 0.967 and 0.967, English 0.968 and 0.968; a dog that can
 * be poisoned missed; 还是得打, calling again, read as violence; telling clients the debtor is "a
 * deadbeat" read as an insult, which it is as well, and not a disclosure); 109 (two clean calls a
 * language answer a request and stand back): the rules alone 0.593 and 0.947; with the learned
 * rules 0.945 and 0.956 (Chinese 0.967 and 0.967, English 0.903 and 0.933; telling an ex-wife read
 * as a threat, not a disclosure; two violent lines read as a threat and a false consequence, 'just
 * out of prison'; a fee called 'the service' missed); 108 (written as a speech recogniser
 * transcribes; two clean calls a language answer a request and stand back): the rules alone 0.582
 * and 1.000; with the learned rules 1.000 and 1.000 (Chinese 1.000 and 1.000, English 1.000 and
 * 1.000); 107 (two clean calls a language answer a request and stand back; the first run with the
 * learned rules reading negated sentences): the rules alone 0.560 and 0.981; with the learned rules
 * 0.978 and 0.967 (Chinese 0.967 and 0.967, English 1.000 and 0.969; 我们的人脾气可不像我这么好，见了面你自己掂量 read as
 * a threat, not violence; "we won't stop for a single day until you pay", said after a stop
 * request, read as a threat as well); 106 (written as a speech recogniser transcribes; two clean
 * calls a language answer a request and stand back): the rules alone 0.637 and 0.935; with the
 * learned rules 0.978 and 0.947 (Chinese 0.967 and 0.935, English 1.000 and 0.969; a clean answer,
 * 您先照顾弟弟 我们暂停联系, read as a disclosure; a debtor asking to stop calls from a hospital read as in
 * hardship as well, the judgement call of batch 92; two answers the duplicate check found repeating
 * batch 100 were replaced, with their twins); 105 (two clean calls a language answer a request and
 * stand back; the first run with the learned violence at 0.1), at its one run: the rules alone
 * 0.527 and 0.960; with the learned rules 1.000 and 0.958 (Chinese 1.000 and 0.968, English 1.000
 * and 0.939; of the four false findings, a house mortgaged for a debtor in hardship is new
 * borrowing as well, and wages an employer is asked to garnish a false consequence as well,
 * judgement calls the labels do not make; 'housing fund' read as new borrowing is not); 104
 * (written as a speech recogniser transcribes; two clean calls a language answer a request and
 * stand back): the rules alone 0.615 and 0.918; with the learned rules 0.989 and 0.968 (Chinese
 * 1.000 and 0.968, English 0.968 and 0.968; the three false findings, new borrowing in 去借呗 and 'go
 * borrow it' said to a debtor in hardship, are the judgement call of batch 103 again); 103 (two
 * clean calls a language answer a request and stand back): the rules alone 0.538 and 0.907; with
 * the learned rules 1.000 and 0.968 (Chinese 1.000 and 0.968, English 1.000 and 0.969; the three
 * false findings, new borrowing in 要不您回娘家借点 and 'borrow from your parents' said to a debtor in
 * hardship, are a judgement call the label does not make); 102 (written as a speech recogniser
 * transcribes; two clean calls a language answer a request and stand back): the rules alone 0.484
 * and 0.936; with the learned rules 0.857 and 0.951 (Chinese 0.833 and 0.962, English 0.903 and
 * 0.933; seven of its nine violent lines, all said through what may happen, missed; a lawyer who
 * "says your contract has problems" read as a dispute as well, and paying "if you don't want us
 * calling your workplace" as a disclosure as well, judgement calls the labels do not make); 101
 * (two clean calls a language answer a request and stand back): 0.978 and 0.978 (1.000 and 1.000,
 * 0.935 and 0.935); 100 (written as a speech recogniser transcribes; two clean calls a language
 * answer a request and stand back): 0.989 and 1.000 (1.000 and 1.000, 0.968 and 1.000); 99 (two
 * clean calls a language answer a request and stand back): 0.901 and 0.953 (0.933 and 0.966, 0.839
 * and 0.929; four of the nine misses are violence said through what may happen; an insult and a fee
 * the duplicate check found repeating batches 81 and 75 were replaced, with their twins); 98
 * (written as a speech recogniser transcribes; two clean calls a language answer a request and
 * stand back): 0.934 and 0.966 (0.967 and 0.967, 0.871 and 0.964; the Chinese false finding, a
 * threat in 就要上门了 told to a sister-in-law, is a threat the batch's author wrote into a disclosure
 * and did not label); 97 (two clean calls a language answer a request and stand back): 0.945 and
 * 0.989 (0.933 and 1.000, 0.968 and 0.968); 96 (written as a speech recogniser transcribes; two
 * clean calls a language answer a request and stand back): 0.978 and 0.989 (1.000 and 1.000, 0.935
 * and 0.967; the false finding, a privacy disclosure in "if you don't want us calling your family
 * it's a thousand dollar privacy fee", is a judgement call the label does not make); 95 (two clean
 * calls a language answer a request and stand back): 0.956 and 0.978 (0.967 and 1.000, 0.935 and
 * 0.935; 这笔钱我早在去年就一次性结清了 read as a payment claim, not a dispute, so what pressed on after it went
 * unread); 94 (written as a speech recogniser transcribes; two clean calls a language answer a
 * request and stand back): 0.989 and 0.989 (1.000 and 1.000, 0.968 and 0.968; an insult the
 * duplicate check found repeating batch 73 was replaced, with its twins); 93 (two clean calls a
 * language answer a request and stand back): 0.934 and 0.955 (0.933 and 0.933, 0.935 and 1.000;
 * four of the six misses are violence said through what may happen, "nobody would know if something
 * happened"); 92 (written as a speech recogniser transcribes; two clean calls a language answer a
 * request and stand back): 0.945 and 0.925 (0.933 and 0.933, 0.968 and 0.909; three of the false
 * findings are judgement calls the labels do not make: a debtor asking to stop calls from a
 * hospital bed is in hardship as well, and "borrow from a friend first" said to one whose wages
 * went unpaid is new borrowing as well); 91 (two clean calls a language answer a request and stand
 * back): 0.923 and 0.955 (0.967 and 0.967, 0.839 and 0.929; a line each the duplicate check found
 * repeating batches 53 and 39 was replaced, with its twins); 90 (written as a speech recogniser
 * transcribes; two clean calls a language answer a request and stand back): 0.945 and 0.935 (0.933
 * and 0.933, 0.968 and 0.938; a collector who will help the police investigate a fraud read as one
 * impersonating them, in both languages); 89 (two clean calls a language answer a request and stand
 * back): 0.945 and 0.966 (0.967 and 0.967, 0.903 and 0.966; an insult the duplicate check found
 * repeating batch 14 was replaced, with its twins); 88 (written as a speech recogniser transcribes;
 * two clean calls a language answer a request and stand back): 0.901 and 0.988 (0.933 and 1.000,
 * 0.839 and 0.963; "if he doesn't pay back the loan" told to a neighbour missed as a disclosure);
 * 87 (two clean calls a language answer a request and stand back, one by offering a smaller plan):
 * 0.923 and 0.988 (0.933 and 1.000, 0.903 and 0.966; one ignored stop request missed,
 * "书面通知我们收到了，但是……电话还是会继续打", read 0.36 likely to press on); 86 (written as a speech recogniser
 * transcribes; two clean calls a language answer a request and stand back): 0.989 and 1.000 (1.000
 * and 1.000, 0.968 and 1.000; the miss a "legal consultation fee"); 85: 0.890 and 0.910 (0.933 and
 * 0.903, 0.806 and 0.926; its twelve ignored requests all found, the first batch read with what
 * trigger rules learned of pressing on; of its clean calls that answer a request and stand back,
 * one a language was flagged by 跟进 or "follow up" in the further-contact lexicons: "our legal team
 * will follow up in writing"); 84 (written as a speech recogniser transcribes): 0.956 and 0.935
 * (1.000 and 0.968, 0.871 and 0.871; its insult 赖皮狗 shares its word with batch 15); 83: 0.923 and
 * 0.977 (0.933 and 1.000, 0.903 and 0.933); 82 (written as a speech recogniser transcribes): 0.923
 * and 0.988 (0.967 and 1.000, 0.839 and 0.963); 81: 0.879 and 0.941 (0.833 and 0.926, 0.968 and
 * 0.968); 80 (written as a speech recogniser transcribes): 0.912 and 0.943 (0.967 and 0.967, 0.806
 * and 0.893; two of the false findings are the insult in threats that call the debtor a deadbeat,
 * 耍无赖, which the labels leave out); 79: 0.967 and 0.946 (1.000 and 0.968, 0.903 and 0.903; one
 * insult, 败家子 'wastrel', replaced a line found repeating an earlier batch and shares its word with
 * batch 67); 78 (written as a speech recogniser transcribes): 0.901 and 0.976 (0.933 and 0.966,
 * 0.839 and 1.000); 77: 0.846 and 0.928 (0.833 and 0.926, 0.871 and 0.931); 76 (written as a speech
 * recogniser transcribes): 0.890 and 0.910 (0.900 and 0.900, 0.871 and 0.931; two of the false
 * findings, the insult in 让他劝劝你这个老赖 told to a brother, are a judgement call the label does not
 * make; four are threats read as violence or the other way); 75: 0.967 and 0.946 (1.000 and 0.938,
 * 0.903 and 0.966; one of the false findings, new borrowing in 你先借点还上 said to a debtor in hardship,
 * is a judgement call the label does not make); 74 (written as a speech recogniser transcribes):
 * 0.901 and 0.976 (0.900 and 1.000, 0.903 and 0.933); 73: 0.857 and 0.918 (0.867 and 0.897, 0.839
 * and 0.963); 72 (written as a speech recogniser transcribes): 0.956 and 1.000 (1.000 and 1.000,
 * 0.871 and 1.000); 71: 0.868 and 0.988 (0.867 and 1.000, 0.871 and 0.964); 70 (written as a speech
 * recogniser transcribes): 0.912 and 1.000 (0.900 and 1.000, 0.935 and 1.000); 69: 0.923 and 0.977
 * (0.933 and 0.966, 0.903 and 1.000; the debtor's line of one clean call, "你才是废物！", repeats an
 * earlier batch, which the duplicate check run with it showed; it stands); 68 (written as a speech
 * recogniser transcribes): 0.901 and 0.932 (0.900 and 0.915, 0.903 and 0.966); 67: 0.857 and 0.975
 * (0.833 and 0.962, 0.903 and 1.000); 66 (written as a speech recogniser transcribes): 0.934 and
 * 1.000 (0.933 and 1.000, 0.935 and 1.000); 65: 0.956 and 1.000 (0.967 and 1.000, 0.935 and 1.000);
 * 64 (written as a speech recogniser transcribes): 0.967 and 1.000 (0.967 and 1.000, 0.968 and
 * 1.000; the three stop requests, each with a threat to change numbers, all missed); 63: 0.923 and
 * 0.988 (0.933 and 1.000, 0.903 and 0.966); 62 (written as a speech recogniser transcribes): 0.912
 * and 0.976 (0.967 and 1.000, 0.806 and 0.926); 61: 0.912 and 0.922 (0.900 and 0.900, 0.935 and
 * 0.967); 60 (written as a speech recogniser transcribes): 0.923 and 0.923 (0.933 and 0.933, 0.903
 * and 0.903); 59: 0.956 and 0.978 (0.967 and 0.967, 0.935 and 1.000); 58 (written as a speech
 * recogniser transcribes): 0.956 and 0.956 (0.967 and 0.935, 0.935 and 1.000); 57: 0.989 and 0.968
 * (1.000 and 0.968, 0.968 and 0.968); 56 (written as a speech recogniser transcribes): 0.934 and
 * 0.977 (0.933 and 0.966, 0.935 and 1.000); 55: 0.912 and 0.933 (0.933 and 0.933, 0.871 and 0.931);
 * 54 (written as a speech recogniser transcribes): 0.956 and 0.946 (0.933 and 0.933, 1.000 and
 * 0.969); 53: 0.967 and 1.000 (1.000 and 1.000, 0.903 and 1.000; one English debtor line, "I've
 * told you many times, stop calling me.", was found after the run to repeat an earlier batch, and
 * stands); 52 (written as a speech recogniser transcribes): 0.956 and 0.978 (1.000 and 1.000, 0.871
 * and 0.931); 51: 0.912 and 0.922 (0.900 and 0.931, 0.935 and 0.906); 50 (written as a speech
 * recogniser transcribes): 0.967 and 1.000 (0.967 and 1.000, 0.968 and 1.000); 49: 0.846 and 0.939
 * (0.867 and 0.963, 0.806 and 0.893); 48 (written as a speech recogniser transcribes): 0.846 and
 * 0.917 (0.900 and 0.931, 0.742 and 0.885); 47: 0.956 and 0.967 (0.967 and 0.967, 0.935 and 0.967);
 * 46 (written as a speech recogniser transcribes): 0.912 and 1.000 (0.933 and 1.000, 0.871 and
 * 1.000); 45: 0.868 and 0.988 (0.833 and 1.000, 0.935 and 0.967); 44 (written as a speech
 * recogniser transcribes): 0.978 and 1.000 (0.967 and 1.000, 1.000 and 1.000); 43: 0.912 and 0.943
 * (0.933 and 0.966, 0.871 and 0.900); 42: 0.901 and 0.921 (0.900 and 0.900, 0.903 and 0.966); 41:
 * 0.890 and 0.964 (0.933 and 0.966, 0.806 and 0.962); 40 (written as a speech recogniser
 * transcribes): 0.835 and 0.938 (0.800 and 0.923, 0.903 and 0.966); 39: 0.890 and 0.953 (0.900 and
 * 0.964, 0.871 and 0.931); 38 (written as a speech recogniser transcribes): 0.934 and 0.924 (0.933
 * and 0.903, 0.935 and 0.967); 37: 0.890 and 0.988 (0.900 and 1.000, 0.871 and 0.964); 36 (written
 * as a speech recogniser transcribes): 0.901 and 0.911 (0.933 and 0.903, 0.839 and 0.929); 35:
 * 0.923 and 0.988 (0.933 and 1.000, 0.903 and 0.966); 34 (written as a speech recogniser
 * transcribes): 0.890 and 1.000 (0.933 and 1.000, 0.806 and 1.000); 33: 0.978 and 0.967 (0.967 and
 * 1.000, 1.000 and 0.912); 32: 0.901 and 0.976 (0.933 and 1.000, 0.839 and 0.929); 31: 0.901 and
 * 0.932 (0.933 and 0.933, 0.839 and 0.929); 30 (written as a speech recogniser transcribes): 0.824
 * and 0.949 (0.867 and 0.963, 0.742 and 0.920); 29: 0.890 and 0.976 (0.933 and 1.000, 0.806 and
 * 0.926); 28: 0.846 and 0.917 (0.867 and 0.897, 0.806 and 0.962; veiled violence, 1 of 9); 27:
 * 0.934 and 0.955 (0.967 and 0.967, 0.871 and 0.931); 26 (written as a speech recogniser
 * transcribes: no punctuation): 0.934 and 0.977 (0.933 and 0.966, 0.935 and 1.000); 25: 0.934 and
 * 0.977 (0.967 and 0.967, 0.871 and 1.000; one English insult, found to repeat batch 9, was then
 * replaced: rules alone 0.593 → 0.582); 24: 0.945 and 0.915 (1.000 and 0.909, 0.839 and 0.929); 23:
 * 0.956 and 0.978 (1.000 and 1.000, 0.871 and 0.931); 22: 0.868 and 0.898 (0.933 and 0.903, 0.742
 * and 0.885); 21: 0.857 and 0.940 (0.933 and 0.933, 0.710 and 0.957); 20: 0.945 and 0.989 (0.967
 * and 1.000, 0.903 and 0.966); 19: 0.824 and 0.926 (0.900 and 0.964, 0.677 and 0.840); 18: 0.890
 * and 0.920 (0.933 and 0.903, 0.806 and 0.962); 17: 0.923 and 0.944 (1.000 and 0.968, 0.774 and
 * 0.889); 16: 0.835 and 0.927; 15: 0.791 and 0.935; 14: 0.824 and 0.949; 13: 0.802 and 0.859; 12:
 * 0.879 and 0.964; 11: 0.835 and 0.950; 10: 0.681 and 0.925; 9: 0.791 and 0.867; 8: 0.703 and
 * 0.901; 7: 0.912 and 0.933; 6: 0.835 and 0.950. The floors catch breakage, not the target:
 * precision ranged 0.86–0.99 over these batches.
 */
const FLOOR = { recall: 0.8, precision: 0.85 };
const templates = loadTemplates();
const ruleset = (id: string) => templates.find((t) => t.doc.id === id)!.doc as unknown as QaRulesetDocument;

describe('labelled QA corpus', () => {
  it('is what its seeded builder makes (regenerate, never hand-edit)', () => {
    expect(calls).toEqual(buildCorpusFile());
  });

  it('gives the ruleset templates their examples (export-examples.ts writes them; never the newest batch)', () => {
    for (const lang of ['zh', 'en'] as const) {
      const examples = ruleset(lang === 'zh' ? 'qa-cn' : 'qa-us').examples ?? [];
      expect(examples).toEqual(templateExamples(lang));
      // What the newest batch says beyond the opening every labelled call shares.
      const shared = new Set(calls.flatMap((c) => c.transcript.turns.map((t) => t.text)));
      const newest = new Set(heldOutCalls(NEWEST_BATCH).flatMap((c) => c.transcript.turns.map((t) => t.text)).filter((t) => !shared.has(t)));
      expect(examples.filter((e) => newest.has(e.text))).toEqual([]);
    }
  });

  it('holds at least 150 calls in simplified Chinese, traditional Chinese and English, clean and violating', () => {
    expect(calls.length).toBeGreaterThanOrEqual(150);
    for (const lang of ['q-zh-', 'q-zh-Hant-', 'q-en-']) expect(calls.filter((c) => c.transcript.id.startsWith(lang)).length).toBeGreaterThan(40);
    expect(calls.filter((c) => c.labels.length === 0).length).toBeGreaterThan(20);
  });

  it('is found with precision and recall of at least 0.95 in every category', () => {
    const scores = evaluate(calls, { zh: ruleset('qa-cn'), en: ruleset('qa-us') });
    console.log(`\n${table(scores)}\n`);
    for (const s of scores) {
      expect(s.precision, `${s.category} precision`).toBeGreaterThanOrEqual(0.95);
      expect(s.recall, `${s.category} recall`).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('lets pass an answer that stands back after a request, in words the examples never had', () => {
    const examples = new Set([...templateExamples('zh'), ...templateExamples('en')].map((e) => e.text));
    for (const lang of ['zh', 'zh-Hant', 'en'] as const) {
      const base = lang === 'en' ? 'en' : 'zh';
      const calls = HELD_OUT_ANSWERS[base].map(([request, answer], i) => labelledCall(`q-${lang}-answer-${i}`, lang, [...OPENING[base], ['debtor', request], ['agent', answer]], []));
      expect(calls.filter((c) => examples.has(c.transcript.turns.at(-1)!.text))).toEqual([]);
      const scores = evaluate(calls, { zh: ruleset('qa-cn'), en: ruleset('qa-us') });
      expect(scores.filter((s) => s.fp > 0), lang).toEqual([]);
    }
  });

  it('reports precision and recall on held-out calls, the newest batch never used to tune the rules', () => {
    for (let batch = 1; batch <= NEWEST_BATCH; batch++) {
      const held = heldOutCalls(batch);
      const scores = evaluate(held, { zh: ruleset('qa-cn'), en: ruleset('qa-us') });
      console.log(`\nheld-out batch ${batch} (${held.length} calls${batch < NEWEST_BATCH ? ', since used to extend the lexicons and the examples' : ', never used to tune'}):\n${table(scores)}\n`);
      expect(held.length).toBeGreaterThanOrEqual(100);
      if (batch < NEWEST_BATCH) continue;
      // Regression floors, below the target (0.95 per category): see the printed table.
      const sum = (k: 'tp' | 'fp' | 'fn') => scores.reduce((s, c) => s + c[k], 0);
      expect(sum('tp') / (sum('tp') + sum('fn'))).toBeGreaterThanOrEqual(FLOOR.recall);
      expect(sum('tp') / (sum('tp') + sum('fp'))).toBeGreaterThanOrEqual(FLOOR.precision);
    }
  }, 60_000); // every held-out call, each debtor turn read by the bot's NLU: about 15 s at 56 batches, growing with each
});
