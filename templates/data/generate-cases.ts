/**
 * Generates templates/data/cases.jsonl: a realistic sample portfolio, the same every run (seeded).
 * DPD skews to early buckets, balances are log-normal, timezones follow where customers live.
 * Run: npx tsx templates/data/generate-cases.ts [count] > templates/data/cases.jsonl
 */
const AS_OF = Date.UTC(2026, 10, 28); // the portfolio's as-of date: 2026-11-28

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CN_SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高'];
const CN_GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '勇', '艳', '杰', '军', '涛', '明', '超', '秀英', '建华', '晓东', '丽娟', '志强', '海燕'];
const US_FIRST = ['James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'Maria', 'Jose', 'Aisha', 'Wei', 'Priya', 'Carlos'];
const US_LAST = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Nguyen', 'Patel', 'Kim', 'Lee', 'Walker', 'Hall'];
const CN_ZONES: Array<[string, number]> = [['Asia/Shanghai', 0.95], ['Asia/Urumqi', 0.05]];
const US_ZONES: Array<[string, number, string]> = [
  ['America/New_York', 0.38, '212'], ['America/Chicago', 0.29, '312'], ['America/Denver', 0.07, '303'], ['America/Phoenix', 0.04, '602'],
  ['America/Los_Angeles', 0.18, '213'], ['America/Anchorage', 0.02, '907'], ['Pacific/Honolulu', 0.02, '808'],
];
// Share of cases per DPD bucket (M0..M7+), early buckets dominate as in a live portfolio.
const BUCKETS: Array<[number, number, number]> = [[0, 0, 0.04], [1, 30, 0.42], [31, 60, 0.18], [61, 90, 0.1], [91, 120, 0.07], [121, 150, 0.05], [151, 180, 0.04], [181, 720, 0.1]];

export function generateCases(count: number, seed = 20261128): Array<Record<string, unknown>> {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const weighted = <T extends readonly [unknown, number, ...unknown[]]>(xs: readonly T[]): T => {
    let r = rnd();
    for (const x of xs) if ((r -= x[1]) < 0) return x;
    return xs[xs.length - 1]!;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');
  const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

  const cases: Array<Record<string, unknown>> = [];
  for (let i = 1; i <= count; i++) {
    const us = rnd() < 0.35;
    const [lo, hi] = weighted(BUCKETS.map(([a, b, w]) => [[a, b], w] as const))[0];
    const dpd = lo + Math.floor(rnd() * (hi - lo + 1));
    const balance = Math.round(Math.exp((us ? 7.6 : 8.9) + 0.9 * normal()) * 100) / 100;
    const overdueAmount = Math.round(Math.min(balance, balance * (0.08 + 0.04 * Math.ceil(dpd / 30)) + 50) * 100) / 100;
    const score = Math.max(300, Math.min(850, Math.round(640 - dpd * 0.6 + 70 * normal())));
    const flags: string[] = [];
    if (rnd() < 0.03) flags.push('vulnerable');
    if (rnd() < 0.02) flags.push('dispute');
    if (rnd() < 0.015) flags.push('hardship');
    if (us && rnd() < 0.015) flags.push('attorney');
    if (rnd() < 0.01) flags.push('stop_contact');
    const c: Record<string, unknown> = { id: `${us ? 'US' : 'CN'}-${String(i).padStart(6, '0')}`, dpd, balance, overdueAmount, currency: us ? 'USD' : 'CNY' };
    if (us) {
      const [zone, , area] = weighted(US_ZONES);
      c.timezone = zone;
      c.jurisdiction = 'US';
      c.language = rnd() < 0.9 ? 'en' : 'zh';
      c.name = `${pick(US_FIRST)} ${pick(US_LAST)}`;
      c.lender = pick(['Northwind Bank', 'Contoso Card Services', 'Fabrikam Auto Finance']);
      // One in ten keeps a number from another state: two candidate zones for quiet hours.
      const [phoneZone, , phoneArea] = rnd() < 0.1 ? weighted(US_ZONES) : [zone, 0, area];
      c.phones = [{ number: `+1${phoneArea}555${digits(4)}`, owner: 'debtor', ...(phoneZone !== zone ? { timezone: phoneZone } : {}) }];
      const debts = 1 + (rnd() < 0.2 ? 1 : 0);
      c.debts = Array.from({ length: debts }, (_, k) => ({ id: `${c.id}-D${k + 1}`, balance: Math.round((balance / debts) * 100) / 100, ...(dpd > 540 && rnd() < 0.3 ? { timeBarred: true } : {}) }));
    } else {
      c.timezone = weighted(CN_ZONES)[0];
      c.jurisdiction = 'CN';
      c.language = 'zh';
      c.name = pick(CN_SURNAMES) + pick(CN_GIVEN);
      c.lender = pick(['华夏消费金融', '鼎盛银行信用卡中心', '安信小额贷款']);
      c.phones = [{ number: `+861${pick(['3', '5', '8'])}${digits(9)}`, owner: 'debtor' }];
      if (rnd() < 0.5) c.phones = [...(c.phones as object[]), { number: `+861${pick(['3', '5', '8'])}${digits(9)}`, owner: 'third_party', relation: pick(['spouse', 'parent', 'colleague', 'friend']), ...(rnd() < 0.1 ? { refused: true } : {}) }];
    }
    Object.assign(c, {
      product: pick(us ? ['card', 'card', 'auto', 'personal_loan'] : ['card', 'cash_loan', 'cash_loan', 'bnpl']),
      score,
      dueDate: isoDate(AS_OF - dpd * 86_400_000),
      promisesKept: Math.floor(rnd() * 3),
      promisesBroken: dpd > 30 ? Math.floor(rnd() * 4) : Math.floor(rnd() * 2),
      idLast4: digits(4),
      birthDate: isoDate(Date.UTC(1960 + Math.floor(rnd() * 45), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28))),
    });
    if (flags.length) c.flags = flags;
    if (rnd() < 0.04) c.optOuts = [pick(['sms', 'voice'])];
    cases.push(c);
  }
  return cases;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 300);
  process.stdout.write(generateCases(count).map((c) => JSON.stringify(c)).join('\n') + '\n');
}
