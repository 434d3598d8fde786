/**
 * Held-out calls: new wordings for every category, and clean calls that brush against the same
 * words (negated, quoted, or said by the debtor), in batches (one file each in held-out/). A batch
 * is written before it is ever run; once its results have been used to change the lexicons or the
 * rulesets' examples it counts as development data, and only the newest batch gives honest figures.
 * Batches 162–173 come from a second author who saw neither the rules nor earlier batches, only
 * second-author-brief.md: a check that the figures are not the rules' author writing toward his own
 * rules.
 */
import type { LabelledCall } from '../../runtime/qa/evaluate-corpus.ts';
import { labelledCall, OPENING, type Lang, type Line } from './build-corpus.ts';
import { BATCH_1 } from './held-out/batch-1.ts';
import { BATCH_2 } from './held-out/batch-2.ts';
import { BATCH_3 } from './held-out/batch-3.ts';
import { BATCH_4 } from './held-out/batch-4.ts';
import { BATCH_5 } from './held-out/batch-5.ts';
import { BATCH_6 } from './held-out/batch-6.ts';
import { BATCH_7 } from './held-out/batch-7.ts';
import { BATCH_8 } from './held-out/batch-8.ts';
import { BATCH_9 } from './held-out/batch-9.ts';
import { BATCH_10 } from './held-out/batch-10.ts';
import { BATCH_11 } from './held-out/batch-11.ts';
import { BATCH_12 } from './held-out/batch-12.ts';
import { BATCH_13 } from './held-out/batch-13.ts';
import { BATCH_14 } from './held-out/batch-14.ts';
import { BATCH_15 } from './held-out/batch-15.ts';
import { BATCH_16 } from './held-out/batch-16.ts';
import { BATCH_17 } from './held-out/batch-17.ts';
import { BATCH_18 } from './held-out/batch-18.ts';
import { BATCH_19 } from './held-out/batch-19.ts';
import { BATCH_20 } from './held-out/batch-20.ts';
import { BATCH_21 } from './held-out/batch-21.ts';
import { BATCH_22 } from './held-out/batch-22.ts';
import { BATCH_23 } from './held-out/batch-23.ts';
import { BATCH_24 } from './held-out/batch-24.ts';
import { BATCH_25 } from './held-out/batch-25.ts';
import { BATCH_26 } from './held-out/batch-26.ts';
import { BATCH_27 } from './held-out/batch-27.ts';
import { BATCH_28 } from './held-out/batch-28.ts';
import { BATCH_29 } from './held-out/batch-29.ts';
import { BATCH_30 } from './held-out/batch-30.ts';
import { BATCH_31 } from './held-out/batch-31.ts';
import { BATCH_32 } from './held-out/batch-32.ts';
import { BATCH_33 } from './held-out/batch-33.ts';
import { BATCH_34 } from './held-out/batch-34.ts';
import { BATCH_35 } from './held-out/batch-35.ts';
import { BATCH_36 } from './held-out/batch-36.ts';
import { BATCH_37 } from './held-out/batch-37.ts';
import { BATCH_38 } from './held-out/batch-38.ts';
import { BATCH_39 } from './held-out/batch-39.ts';
import { BATCH_40 } from './held-out/batch-40.ts';
import { BATCH_41 } from './held-out/batch-41.ts';
import { BATCH_42 } from './held-out/batch-42.ts';
import { BATCH_43 } from './held-out/batch-43.ts';
import { BATCH_44 } from './held-out/batch-44.ts';
import { BATCH_45 } from './held-out/batch-45.ts';
import { BATCH_46 } from './held-out/batch-46.ts';
import { BATCH_47 } from './held-out/batch-47.ts';
import { BATCH_48 } from './held-out/batch-48.ts';
import { BATCH_49 } from './held-out/batch-49.ts';
import { BATCH_50 } from './held-out/batch-50.ts';
import { BATCH_51 } from './held-out/batch-51.ts';
import { BATCH_52 } from './held-out/batch-52.ts';
import { BATCH_53 } from './held-out/batch-53.ts';
import { BATCH_54 } from './held-out/batch-54.ts';
import { BATCH_55 } from './held-out/batch-55.ts';
import { BATCH_56 } from './held-out/batch-56.ts';
import { BATCH_57 } from './held-out/batch-57.ts';
import { BATCH_58 } from './held-out/batch-58.ts';
import { BATCH_59 } from './held-out/batch-59.ts';
import { BATCH_60 } from './held-out/batch-60.ts';
import { BATCH_61 } from './held-out/batch-61.ts';
import { BATCH_62 } from './held-out/batch-62.ts';
import { BATCH_63 } from './held-out/batch-63.ts';
import { BATCH_64 } from './held-out/batch-64.ts';
import { BATCH_65 } from './held-out/batch-65.ts';
import { BATCH_66 } from './held-out/batch-66.ts';
import { BATCH_67 } from './held-out/batch-67.ts';
import { BATCH_68 } from './held-out/batch-68.ts';
import { BATCH_69 } from './held-out/batch-69.ts';
import { BATCH_70 } from './held-out/batch-70.ts';
import { BATCH_71 } from './held-out/batch-71.ts';
import { BATCH_72 } from './held-out/batch-72.ts';
import { BATCH_73 } from './held-out/batch-73.ts';
import { BATCH_74 } from './held-out/batch-74.ts';
import { BATCH_75 } from './held-out/batch-75.ts';
import { BATCH_76 } from './held-out/batch-76.ts';
import { BATCH_77 } from './held-out/batch-77.ts';
import { BATCH_78 } from './held-out/batch-78.ts';
import { BATCH_79 } from './held-out/batch-79.ts';
import { BATCH_80 } from './held-out/batch-80.ts';
import { BATCH_81 } from './held-out/batch-81.ts';
import { BATCH_82 } from './held-out/batch-82.ts';
import { BATCH_83 } from './held-out/batch-83.ts';
import { BATCH_84 } from './held-out/batch-84.ts';
import { BATCH_85 } from './held-out/batch-85.ts';
import { BATCH_86 } from './held-out/batch-86.ts';
import { BATCH_87 } from './held-out/batch-87.ts';
import { BATCH_88 } from './held-out/batch-88.ts';
import { BATCH_89 } from './held-out/batch-89.ts';
import { BATCH_90 } from './held-out/batch-90.ts';
import { BATCH_91 } from './held-out/batch-91.ts';
import { BATCH_92 } from './held-out/batch-92.ts';
import { BATCH_93 } from './held-out/batch-93.ts';
import { BATCH_94 } from './held-out/batch-94.ts';
import { BATCH_95 } from './held-out/batch-95.ts';
import { BATCH_96 } from './held-out/batch-96.ts';
import { BATCH_97 } from './held-out/batch-97.ts';
import { BATCH_98 } from './held-out/batch-98.ts';
import { BATCH_99 } from './held-out/batch-99.ts';
import { BATCH_100 } from './held-out/batch-100.ts';
import { BATCH_101 } from './held-out/batch-101.ts';
import { BATCH_102 } from './held-out/batch-102.ts';
import { BATCH_103 } from './held-out/batch-103.ts';
import { BATCH_104 } from './held-out/batch-104.ts';
import { BATCH_105 } from './held-out/batch-105.ts';
import { BATCH_106 } from './held-out/batch-106.ts';
import { BATCH_107 } from './held-out/batch-107.ts';
import { BATCH_108 } from './held-out/batch-108.ts';
import { BATCH_109 } from './held-out/batch-109.ts';
import { BATCH_110 } from './held-out/batch-110.ts';
import { BATCH_111 } from './held-out/batch-111.ts';
import { BATCH_112 } from './held-out/batch-112.ts';
import { BATCH_113 } from './held-out/batch-113.ts';
import { BATCH_114 } from './held-out/batch-114.ts';
import { BATCH_115 } from './held-out/batch-115.ts';
import { BATCH_116 } from './held-out/batch-116.ts';
import { BATCH_117 } from './held-out/batch-117.ts';
import { BATCH_118 } from './held-out/batch-118.ts';
import { BATCH_119 } from './held-out/batch-119.ts';
import { BATCH_120 } from './held-out/batch-120.ts';
import { BATCH_121 } from './held-out/batch-121.ts';
import { BATCH_122 } from './held-out/batch-122.ts';
import { BATCH_123 } from './held-out/batch-123.ts';
import { BATCH_124 } from './held-out/batch-124.ts';
import { BATCH_125 } from './held-out/batch-125.ts';
import { BATCH_126 } from './held-out/batch-126.ts';
import { BATCH_127 } from './held-out/batch-127.ts';
import { BATCH_128 } from './held-out/batch-128.ts';
import { BATCH_129 } from './held-out/batch-129.ts';
import { BATCH_130 } from './held-out/batch-130.ts';
import { BATCH_131 } from './held-out/batch-131.ts';
import { BATCH_132 } from './held-out/batch-132.ts';
import { BATCH_133 } from './held-out/batch-133.ts';
import { BATCH_134 } from './held-out/batch-134.ts';
import { BATCH_135 } from './held-out/batch-135.ts';
import { BATCH_136 } from './held-out/batch-136.ts';
import { BATCH_137 } from './held-out/batch-137.ts';
import { BATCH_138 } from './held-out/batch-138.ts';
import { BATCH_139 } from './held-out/batch-139.ts';
import { BATCH_140 } from './held-out/batch-140.ts';
import { BATCH_141 } from './held-out/batch-141.ts';
import { BATCH_142 } from './held-out/batch-142.ts';
import { BATCH_143 } from './held-out/batch-143.ts';
import { BATCH_144 } from './held-out/batch-144.ts';
import { BATCH_145 } from './held-out/batch-145.ts';
import { BATCH_146 } from './held-out/batch-146.ts';
import { BATCH_147 } from './held-out/batch-147.ts';
import { BATCH_148 } from './held-out/batch-148.ts';
import { BATCH_149 } from './held-out/batch-149.ts';
import { BATCH_150 } from './held-out/batch-150.ts';
import { BATCH_151 } from './held-out/batch-151.ts';
import { BATCH_152 } from './held-out/batch-152.ts';
import { BATCH_153 } from './held-out/batch-153.ts';
import { BATCH_154 } from './held-out/batch-154.ts';
import { BATCH_155 } from './held-out/batch-155.ts';
import { BATCH_156 } from './held-out/batch-156.ts';
import { BATCH_157 } from './held-out/batch-157.ts';
import { BATCH_158 } from './held-out/batch-158.ts';
import { BATCH_159 } from './held-out/batch-159.ts';
import { BATCH_160 } from './held-out/batch-160.ts';
import { BATCH_161 } from './held-out/batch-161.ts';
import { BATCH_162 } from './held-out/batch-162.ts';
import { BATCH_163 } from './held-out/batch-163.ts';
import { BATCH_164 } from './held-out/batch-164.ts';
import { BATCH_165 } from './held-out/batch-165.ts';
import { BATCH_166 } from './held-out/batch-166.ts';
import { BATCH_167 } from './held-out/batch-167.ts';
import { BATCH_168 } from './held-out/batch-168.ts';
import { BATCH_169 } from './held-out/batch-169.ts';
import { BATCH_170 } from './held-out/batch-170.ts';
import { BATCH_171 } from './held-out/batch-171.ts';
import { BATCH_172 } from './held-out/batch-172.ts';
import { BATCH_173 } from './held-out/batch-173.ts';
import { BATCH_174 } from './held-out/batch-174.ts';
import { BATCH_175 } from './held-out/batch-175.ts';
import { BATCH_176 } from './held-out/batch-176.ts';
import { BATCH_177 } from './held-out/batch-177.ts';
import { BATCH_178 } from './held-out/batch-178.ts';
import { BATCH_179 } from './held-out/batch-179.ts';

export interface Batch {
  violations: Record<'zh' | 'en', Record<string, string[]>>;
  clean: Record<'zh' | 'en', Line[][]>;
  ignored: Record<'zh' | 'en', Record<string, [string, string]>>;
  thirdParty: Record<'zh' | 'en', Line[]>;
  /** Written as chat messages rather than said on a call (absent: a call). */
  channel?: 'chat';
}

/** Batch N is BATCHES[N - 1]; the newest is the last. */
const BATCHES: readonly Batch[] = [BATCH_1, BATCH_2, BATCH_3, BATCH_4, BATCH_5, BATCH_6, BATCH_7, BATCH_8, BATCH_9, BATCH_10, BATCH_11, BATCH_12, BATCH_13, BATCH_14, BATCH_15, BATCH_16, BATCH_17, BATCH_18, BATCH_19, BATCH_20, BATCH_21, BATCH_22, BATCH_23, BATCH_24, BATCH_25, BATCH_26, BATCH_27, BATCH_28, BATCH_29, BATCH_30, BATCH_31, BATCH_32, BATCH_33, BATCH_34, BATCH_35, BATCH_36, BATCH_37, BATCH_38, BATCH_39, BATCH_40, BATCH_41, BATCH_42, BATCH_43, BATCH_44, BATCH_45, BATCH_46, BATCH_47, BATCH_48, BATCH_49, BATCH_50, BATCH_51, BATCH_52, BATCH_53, BATCH_54, BATCH_55, BATCH_56, BATCH_57, BATCH_58, BATCH_59, BATCH_60, BATCH_61, BATCH_62, BATCH_63, BATCH_64, BATCH_65, BATCH_66, BATCH_67, BATCH_68, BATCH_69, BATCH_70, BATCH_71, BATCH_72, BATCH_73, BATCH_74, BATCH_75, BATCH_76, BATCH_77, BATCH_78, BATCH_79, BATCH_80, BATCH_81, BATCH_82, BATCH_83, BATCH_84, BATCH_85, BATCH_86, BATCH_87, BATCH_88, BATCH_89, BATCH_90, BATCH_91, BATCH_92, BATCH_93, BATCH_94, BATCH_95, BATCH_96, BATCH_97, BATCH_98, BATCH_99, BATCH_100, BATCH_101, BATCH_102, BATCH_103, BATCH_104, BATCH_105, BATCH_106, BATCH_107, BATCH_108, BATCH_109, BATCH_110, BATCH_111, BATCH_112, BATCH_113, BATCH_114, BATCH_115, BATCH_116, BATCH_117, BATCH_118, BATCH_119, BATCH_120, BATCH_121, BATCH_122, BATCH_123, BATCH_124, BATCH_125, BATCH_126, BATCH_127, BATCH_128, BATCH_129, BATCH_130, BATCH_131, BATCH_132, BATCH_133, BATCH_134, BATCH_135, BATCH_136, BATCH_137, BATCH_138, BATCH_139, BATCH_140, BATCH_141, BATCH_142, BATCH_143, BATCH_144, BATCH_145, BATCH_146, BATCH_147, BATCH_148, BATCH_149, BATCH_150, BATCH_151, BATCH_152, BATCH_153, BATCH_154, BATCH_155, BATCH_156, BATCH_157, BATCH_158, BATCH_159, BATCH_160, BATCH_161, BATCH_162, BATCH_163, BATCH_164, BATCH_165, BATCH_166, BATCH_167, BATCH_168, BATCH_169, BATCH_170, BATCH_171, BATCH_172, BATCH_173, BATCH_174, BATCH_175, BATCH_176, BATCH_177, BATCH_178, BATCH_179];
export const NEWEST_BATCH = BATCHES.length;

export function heldOutCalls(batch: number): LabelledCall[] {
  const b = BATCHES[batch - 1]!;
  const out: LabelledCall[] = [];
  const make = (lang: Lang, lines: Line[], labels: string[]) => out.push(labelledCall(`q-${lang}-held${batch}-${String(out.length + 1).padStart(3, '0')}`, lang, lines, labels, undefined, b.channel));
  for (const lang of ['zh', 'zh-Hant', 'en'] as const) {
    const base = lang === 'en' ? 'en' : 'zh';
    for (const body of b.clean[base]) make(lang, [...OPENING[base], ...body], []);
    for (const [category, lines] of Object.entries(b.violations[base])) for (const line of lines) make(lang, [...OPENING[base], ['agent', line]], [category]);
    for (const [category, [trigger, response]] of Object.entries(b.ignored[base])) make(lang, [...OPENING[base], ['debtor', trigger], ['agent', response]], [category]);
    // Told to whoever answered, before anyone was verified: two violations in one sentence.
    make(lang, [OPENING[base][0]!, ...b.thirdParty[base]], ['third_party_disclosure', 'debt_before_verification', ...(base === 'en' ? ['missing_disclosure'] : [])]);
  }
  return out;
}
