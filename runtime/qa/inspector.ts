/**
 * compileRuleset(doc) → Inspector: the lexicons in one automaton and every rule's evaluator, built
 * once. scan() runs a whole transcript; stream() takes turns as they happen and returns findings
 * as soon as they are certain. scan is stream fed every turn, so both give the same findings.
 */
import type { QaRulesetDocument, Transcript } from '../../schemas/generated/types.ts';
import { learnedModel, pressingModel, type LearnedModel, type PressingModel } from './learned.ts';
import { LexiconIndex } from './lexicons.ts';
import { SENTENCE_END } from './normalize.ts';
import { callMetrics, type CallMetrics } from './rules/metadata.ts';
import { ruleEvaluators } from './rules/index.ts';
import type { Finding, Rule, RuleContext, RuleRun, Turn, TurnView } from './types.ts';

export interface Report {
  transcriptId: string;
  passed: boolean;
  score: number;
  findings: Finding[];
  metrics: CallMetrics & { findingsByCategory: Record<string, number> };
}

export interface InspectionStream {
  /** A finished turn: the findings it makes certain. */
  push(turn: Turn): Finding[];
  /** The turn so far (live speech): forbidden phrases already complete in it, reported once. */
  partial(turn: Turn): Finding[];
  /** The call is over: the last findings and the report. */
  end(): { findings: Finding[]; report: Report };
}

export interface Inspector {
  ruleset: QaRulesetDocument;
  lexicons: LexiconIndex;
  scan(transcript: Transcript): Report;
  stream(meta: Pick<Transcript, 'id' | 'startedAt' | 'channel'> & Partial<Pick<Transcript, 'timezone'>>): InspectionStream;
  /** Lexicon hits in a piece of text (for linting prompts and for the rule editor's tester); `spoken`: a recogniser wrote it. */
  hits(text: string, spoken?: boolean): ReturnType<LexiconIndex['hits']>;
}

const HAN = /\p{Script=Han}/u;
const SEVERITY_RANK: Record<Finding['severity'], number> = { info: 0, minor: 1, major: 2, critical: 3 };

export function compileRuleset(doc: QaRulesetDocument): Inspector {
  const lexicons = new LexiconIndex(doc);
  const learned = doc.rules.some((r) => r.type === 'learned') ? learnedModel(doc, lexicons.read) : null;
  const pressing = doc.rules.some((r) => r.type === 'trigger-response' && r.minConfidence !== undefined) ? pressingModel(doc, lexicons.read) : null;
  const inspector: Inspector = {
    ruleset: doc,
    lexicons,
    hits: (text, spoken) => lexicons.hits(text, spoken),
    stream: (meta) => openStream(doc, lexicons, { learned, pressing }, meta),
    scan: (t) => {
      const s = inspector.stream(t);
      for (const turn of t.turns) s.push(turn);
      return s.end().report;
    },
  };
  return inspector;
}

function openStream(doc: QaRulesetDocument, lexicons: LexiconIndex, models: { learned: LearnedModel | null; pressing: PressingModel | null }, meta: Parameters<Inspector['stream']>[0]): InspectionStream {
  const turns: Turn[] = [];
  const findings: Finding[] = [];
  const earlyKeys = new Set<string>();
  // What a recogniser transcribed: its spaces may be pauses (lexicons.ts).
  const spoken = meta.channel === 'voice';
  const ctx: RuleContext = {
    transcript: meta,
    ...models,
    finding: (rule, view, start, end, note) => {
      const text = view?.turn.text ?? '';
      const zh = HAN.test(text) || (!text && HAN.test(turns[0]?.text ?? ''));
      const message = (zh ? rule.message.zh ?? rule.message.en : rule.message.en ?? rule.message.zh) ?? rule.id;
      const added = typeof note === 'object' ? (zh ? note.zh : note.en) : note;
      return {
        transcriptId: meta.id, ruleId: rule.id, category: rule.category, severity: rule.severity,
        turn: view?.index ?? 0, start, end, excerpt: excerpt(text, start, end), message: added ? `${message} (${added})` : message,
      };
    },
  };
  const runs: Array<{ rule: Rule; run: RuleRun }> = doc.rules
    .filter((rule) => !rule.channels || rule.channels.includes(meta.channel))
    .map((rule) => ({ rule, run: ruleEvaluators[rule.type](rule, ctx) }));
  const key = (f: Finding) => `${f.ruleId}|${f.turn}|${f.start}|${f.end}`;
  const learnedRules = new Set(doc.rules.filter((r) => r.type === 'learned').map((r) => r.id));
  const phraseRules = new Set(doc.rules.filter((r) => r.type === 'forbidden-phrase').map((r) => r.id));
  // The rules whose findings each rule's finding replaces in its turn (violence over threat).
  const supersededBy = new Map<string, string[]>();
  for (const r of doc.rules) for (const id of r.supersedes ?? []) (supersededBy.get(id) ?? supersededBy.set(id, []).get(id)!).push(r.id);
  /** Does g's rule supersede f's, and g stand for f in its turn? */
  const supersedes = (g: Finding, f: Finding) => g.turn === f.turn && !!supersededBy.get(f.ruleId)?.includes(g.ruleId);
  /**
   * A learned rule is there for the wordings the phrase rules did not foresee: where one of them
   * flagged the turn, the learned finding would count it twice, or read the same sentence a second
   * way ("再不还就让你坐牢" as a false consequence besides the threat the phrase names), unless it is
   * the more specific reading its rule supersedes the phrase rule with (a violent threat that a
   * threat's phrase found).
   */
  const readTwice = (f: Finding, others: readonly Finding[]) => learnedRules.has(f.ruleId) && others.some((g) => g.turn === f.turn
    && !learnedRules.has(g.ruleId) && (g.category === f.category || phraseRules.has(g.ruleId)) && !supersedes(f, g));
  /** Only a reading that stands replaces another: a threat stays when the violent reading is dropped. */
  const replaced = (f: Finding, standing: readonly Finding[]) => standing.some((g) => supersedes(g, f));
  // A finding that replaces a more severe one takes its severity: a sentence never costs the call
  // less for being read more precisely.
  const severest = (f: Finding, others: readonly Finding[]) => others.reduce((sev, g) => (supersedes(f, g) && SEVERITY_RANK[g.severity] > SEVERITY_RANK[sev] ? g.severity : sev), f.severity);
  const emit = (fs: Finding[]) => {
    const merged = mergeOverlapping(fs, (i) => turns[i]?.text ?? '').filter((f) => !earlyKeys.has(key(f)));
    const read = merged.filter((f) => !readTwice(f, merged) && !readTwice(f, findings));
    const fresh = read.filter((f) => !replaced(f, read) && !replaced(f, findings)).map((f) => ({ ...f, severity: severest(f, merged) }));
    findings.push(...fresh);
    return fresh;
  };
  return {
    push(turn) {
      const view: TurnView = { index: turns.length, turn, hits: lexicons.hits(turn.text, spoken) };
      turns.push(turn);
      return emit(runs.flatMap(({ run }) => run.turn(view)));
    },
    partial(turn) {
      const view: TurnView = { index: turns.length, turn, hits: lexicons.hits(turn.text, spoken) };
      const out: Finding[] = [];
      for (const { rule } of runs) {
        if (rule.type !== 'forbidden-phrase') continue;
        // A fresh evaluator: forbidden phrases depend on nothing before them.
        for (const f of mergeOverlapping(ruleEvaluators[rule.type](rule, ctx).turn(view), () => turn.text)) {
          if (earlyKeys.has(key(f))) continue;
          earlyKeys.add(key(f));
          findings.push(f);
          out.push(f);
        }
      }
      return out;
    },
    end() {
      const last = emit(runs.flatMap(({ run }) => run.end()));
      return { findings: last, report: report(doc, meta.id, findings, turns) };
    },
  };
}

function report(doc: QaRulesetDocument, id: string, findings: Finding[], turns: readonly Turn[]): Report {
  const sc = doc.scorecard;
  const deduction = findings.reduce((sum, f) => sum + (sc.deductions[f.severity] ?? 0), 0);
  const score = Math.max(0, sc.start - deduction);
  const critical = findings.some((f) => f.severity === 'critical');
  const byCategory: Record<string, number> = {};
  for (const f of findings) byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
  const sorted = [...findings].sort((a, b) => a.turn - b.turn || a.start - b.start || a.ruleId.localeCompare(b.ruleId));
  return { transcriptId: id, passed: score >= sc.passMark && !(sc.criticalFails && critical), score, findings: sorted, metrics: { ...callMetrics(turns), findingsByCategory: byCategory } };
}


/**
 * One finding per rule and sentence: a rule's findings in one sentence of a turn ("派人上门找你，
 * 到你单位去") become one, spanning them; a reviewer sees the sentence once and the score counts
 * it once.
 */
function mergeOverlapping(fs: Finding[], textOf: (turn: number) => string): Finding[] {
  if (fs.length < 2) return fs;
  const sorted = [...fs].sort((a, b) => a.turn - b.turn || a.ruleId.localeCompare(b.ruleId) || a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    const same = last && last.ruleId === f.ruleId && last.turn === f.turn && (f.start < last.end || (f.start === last.start && f.end === last.end) || !SENTENCE_END.test(textOf(f.turn).slice(last.end, f.start)));
    if (!same) {
      out.push(f);
      continue;
    }
    if (f.end > last.end) out[out.length - 1] = { ...last, end: f.end, excerpt: excerpt(textOf(f.turn), last.start, f.end) };
  }
  return out;
}

function excerpt(text: string, start: number, end: number): string {
  if (!text) return '';
  const from = Math.max(0, start - 12);
  const to = Math.min(text.length, end + 12);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}
