/**
 * Each case breaks exactly one rule of a valid template and expects that rule's stable code at
 * the exact JSON pointer, with an English and a Chinese message.
 */
import { describe, expect, it } from 'vitest';
import { loadTemplates, templateResolver } from '../../templates/load-templates.ts';
import { validateDocument } from './index.ts';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- mutations reach into arbitrary places

const templates = loadTemplates();
const resolve = templateResolver(templates);
const byId = (id: string): Doc => structuredClone(templates.find((t) => t.doc.id === id)!.doc);
const ni = (doc: Doc, id: string): number => doc.nodes.findIndex((n: Doc) => n.id === id);
const node = (doc: Doc, id: string): Doc => doc.nodes[ni(doc, id)];
const ei = (doc: Doc, id: string): number => doc.edges.findIndex((e: Doc) => e.id === id);
const edge = (doc: Doc, id: string): Doc => doc.edges[ei(doc, id)];
const end = (id: string) => ({ id, type: 'end', position: { x: 0, y: 0 }, data: { outcome: 'closed' } });

interface Case {
  name: string;
  template: string;
  mutate: (doc: Doc) => string | void; // returns the expected pointer when it depends on the document
  code: string;
  pointer?: string;
}

const cases: Case[] = [
  // flow graph
  { name: 'edge to a missing node', template: 'm1-early', code: 'graph.dangling-target', mutate: (d) => { edge(d, 'aging--M0').target = 'ghost'; return `/edges/${ei(d, 'aging--M0')}/target`; } },
  { name: 'edge from a missing node', template: 'm1-early', code: 'graph.dangling-source', mutate: (d) => { d.edges.push({ id: 'x', source: 'ghost', sourceHandle: 'next', target: 'aging' }); return `/edges/${d.edges.length - 1}/source`; } },
  { name: 'branch the node does not have', template: 'm1-early', code: 'graph.unknown-handle', mutate: (d) => { edge(d, 'risk--default').sourceHandle = 'vip'; return `/edges/${ei(d, 'risk--default')}/sourceHandle`; } },
  { name: 'two edges on one branch', template: 'm1-early', code: 'graph.duplicate-branch', mutate: (d) => { d.edges.push({ id: 'x', source: 'aging', sourceHandle: 'M0', target: 'handoff' }); return `/edges/${d.edges.length - 1}/sourceHandle`; } },
  { name: 'branch left unconnected', template: 'm1-early', code: 'graph.missing-branch', mutate: (d) => { d.edges.splice(ei(d, 'aging--M2plus'), 1); return `/nodes/${ni(d, 'aging')}`; } },
  { name: 'two start nodes', template: 'm1-early', code: 'graph.multiple-entries', mutate: (d) => { d.nodes.push({ id: 's2', type: 'start', position: { x: 0, y: 0 }, data: {} }); d.edges.push({ id: 's2e', source: 's2', sourceHandle: 'next', target: 'aging' }); return `/nodes/${d.nodes.length - 1}`; } },
  { name: 'no start node', template: 'm3-plus', code: 'graph.no-entry', pointer: '/nodes', mutate: (d) => { d.nodes.splice(ni(d, 'start'), 1); d.edges.splice(ei(d, 'start--next'), 1); } },
  { name: 'unreachable node', template: 'm3-plus', code: 'graph.unreachable', mutate: (d) => { d.nodes.push(end('orphan')); return `/nodes/${d.nodes.length - 1}`; } },
  { name: 'loop that never waits', template: 'm1-early', code: 'graph.cycle', mutate: (d) => { edge(d, 'more_tries--true').target = 'count'; return `/nodes/${ni(d, 'bot')}`; } },
  { name: 'duplicate node id', template: 'm3-plus', code: 'graph.duplicate-node-id', mutate: (d) => { d.nodes.push(end('resolved')); return `/nodes/${d.nodes.length - 1}/id`; } },
  { name: 'unknown node kind', template: 'm3-plus', code: 'node.unknown-kind', mutate: (d) => { node(d, 'letter').type = 'fax'; return `/nodes/${ni(d, 'letter')}/type`; } },
  // flow kinds
  { name: 'aging gap', template: 'm1-early', code: 'flow.aging-gap', mutate: (d) => { node(d, 'aging').data.buckets[1].min = 2; return `/nodes/${ni(d, 'aging')}/data/buckets/1/min`; } },
  { name: 'aging overlap', template: 'm1-early', code: 'flow.aging-overlap', mutate: (d) => { node(d, 'aging').data.buckets[2].min = 30; return `/nodes/${ni(d, 'aging')}/data/buckets/2/min`; } },
  { name: 'aging not open-ended', template: 'm1-early', code: 'flow.aging-gap', mutate: (d) => { node(d, 'aging').data.buckets[2].max = 365; return `/nodes/${ni(d, 'aging')}/data/buckets/2/max`; } },
  { name: 'aging bucket ends before it starts', template: 'm1-early', code: 'flow.aging-inverted', mutate: (d) => { node(d, 'aging').data.buckets[1].max = 0; return `/nodes/${ni(d, 'aging')}/data/buckets/1/max`; } },
  { name: 'two buckets with one id', template: 'm1-early', code: 'flow.duplicate-branch-id', mutate: (d) => { node(d, 'aging').data.buckets[2].id = 'M1'; return `/nodes/${ni(d, 'aging')}/data/buckets/2/id`; } },
  { name: 'segment without default', template: 'm1-early', code: 'flow.segment-no-default', mutate: (d) => { delete node(d, 'risk').data.default; return `/nodes/${ni(d, 'risk')}/data`; } },
  { name: 'split not adding to 100', template: 'lifecycle-us', code: 'flow.split-sum', mutate: (d) => { node(d, 'test').data.variants[1].percent = 25; return `/nodes/${ni(d, 'test')}/data/variants`; } },
  { name: 'decision table writes an undeclared output', template: 'm2-escalation', code: 'flow.unknown-output', mutate: (d) => { node(d, 'tier').data.rules[0].then.queue = 'x'; return `/nodes/${ni(d, 'tier')}/data/rules/0/then/queue`; } },
  { name: 'assignment with value and expression', template: 'm1-early', code: 'flow.assignment-value', mutate: (d) => { node(d, 'count').data.assignments[0].value = 1; return `/nodes/${ni(d, 'count')}/data/assignments/0`; } },
  { name: 'event wait without timeout', template: 'm1-early', code: 'flow.wait-incomplete', mutate: (d) => { delete node(d, 'wait_ptp').data.timeout; return `/nodes/${ni(d, 'wait_ptp')}/data/timeout`; } },
  { name: 'overlapping scorecard bins', template: 'm2-escalation', code: 'flow.scorecard-overlap', mutate: (d) => { node(d, 'score').data.characteristics[0].bins[1].min = 500; return `/nodes/${ni(d, 'score')}/data/characteristics/0/bins/1`; } },
  { name: 'SMS naming an unknown field', template: 'm1-early', code: 'flow.unknown-template-variable', mutate: (d) => { node(d, 'sms_remind').data.template.zh += '{{case.salary}}'; return `/nodes/${ni(d, 'sms_remind')}/data/template/zh`; } },
  { name: 'CEL syntax error', template: 'm1-early', code: 'expr.syntax', mutate: (d) => { node(d, 'risk').data.segments[1].condition = 'case.score >= && 1'; return `/nodes/${ni(d, 'risk')}/data/segments/1/condition`; } },
  { name: 'CEL naming an unknown case field', template: 'm1-early', code: 'expr.unknown-name', mutate: (d) => { node(d, 'risk').data.segments[1].condition = 'case.salary > 3000'; return `/nodes/${ni(d, 'risk')}/data/segments/1/condition`; } },
  { name: 'CEL naming an undeclared variable', template: 'm1-early', code: 'expr.unknown-name', mutate: (d) => { node(d, 'more_tries').data.condition = 'vars.tries < 3'; return `/nodes/${ni(d, 'more_tries')}/data/condition`; } },
  { name: 'dialog reference that does not resolve', template: 'm1-early', code: 'ref.unresolved', mutate: (d) => { node(d, 'bot').data.dialogId = 'm9-missing'; return `/nodes/${ni(d, 'bot')}/data/dialogId`; } },
  { name: 'policy reference that does not resolve', template: 'm1-early', code: 'ref.unresolved', pointer: '/policyId', mutate: (d) => { d.policyId = 'policy-xx'; } },
  { name: 'ruleset reference that does not resolve', template: 'lifecycle-us', code: 'ref.unresolved', mutate: (d) => { node(d, 'qa').data.rulesetId = 'qa-eu'; return `/nodes/${ni(d, 'qa')}/data/rulesetId`; } },
  { name: 'node without data', template: 'm3-plus', code: 'schema.required', mutate: (d) => { delete node(d, 'letter').data; return `/nodes/${ni(d, 'letter')}/data`; } },
  { name: 'malformed duration', template: 'm1-early', code: 'schema.pattern', mutate: (d) => { node(d, 'wait_soft').data.duration = '3 days'; return `/nodes/${ni(d, 'wait_soft')}/data/duration`; } },
  { name: 'unknown top-level property', template: 'm3-plus', code: 'schema.unknown-property', pointer: '/colour', mutate: (d) => { d.colour = 'red'; } },
  { name: 'unknown schema version', template: 'm3-plus', code: 'schema.const', pointer: '/schemaVersion', mutate: (d) => { d.schemaVersion = 2; } },
  { name: 'unknown document kind', template: 'm3-plus', code: 'document.unknown-kind', pointer: '/kind', mutate: (d) => { d.kind = 'workflow'; } },
  // dialog
  { name: 'debt disclosed before verification', template: 'm1-reminder-zh', code: 'dialog.debt-before-verification', mutate: (d) => { edge(d, 'greet--rpc_confirmed').target = 'disclosure'; return `/nodes/${ni(d, 'disclosure')}/data/prompt/topic`; } },
  { name: 'debt told to a third party', template: 'm1-reminder-en', code: 'dialog.debt-to-third-party', mutate: (d) => { node(d, 'third_party').data.prompt.topic = 'debt'; return `/nodes/${ni(d, 'third_party')}/data/prompt/topic`; } },
  { name: 'interruptible disclosure', template: 'm1-reminder-en', code: 'dialog.disclosure-interruptible', mutate: (d) => { node(d, 'disclosure').data.prompt.bargeIn = true; return `/nodes/${ni(d, 'disclosure')}/data/prompt/bargeIn`; } },
  { name: 'undeclared intent', template: 'm1-reminder-zh', code: 'dialog.unknown-intent', mutate: (d) => { node(d, 'negotiate').data.intents.push('bargain'); d.edges.push({ id: 'b', source: 'negotiate', sourceHandle: 'bargain', target: 'to_agent' }); return `/nodes/${ni(d, 'negotiate')}/data/intents/5`; } },
  { name: 'missing translation', template: 'm1-reminder-zh', code: 'dialog.missing-translation', mutate: (d) => { d.languages.push('en'); return `/nodes/${ni(d, 'greet')}/data/prompt/text/en`; } },
  { name: 'prompt naming an unknown variable', template: 'm1-reminder-en', code: 'dialog.unknown-variable', mutate: (d) => { node(d, 'ptp_amount').data.prompt.text.en += ' {{slots.tip}}'; return `/nodes/${ni(d, 'ptp_amount')}/data/prompt/text/en`; } },
  { name: 'collect of an undeclared slot', template: 'm1-reminder-en', code: 'dialog.unknown-slot', mutate: (d) => { node(d, 'callback').data.slot = 'when'; return `/nodes/${ni(d, 'callback')}/data/slot`; } },
  { name: 'global goto to a missing node', template: 'm1-reminder-zh', code: 'dialog.bad-goto', pointer: '/globalIntents/0/target', mutate: (d) => { d.globalIntents[0].target = 'nowhere'; } },
  { name: 'ask without its no-match branch', template: 'm1-reminder-zh', code: 'graph.missing-branch', mutate: (d) => { d.edges.splice(ei(d, 'amount--no_match'), 1); return `/nodes/${ni(d, 'amount')}`; } },
  { name: 'prompt without barge-in flag', template: 'm1-reminder-zh', code: 'schema.required', mutate: (d) => { delete node(d, 'verify').data.prompt.bargeIn; return `/nodes/${ni(d, 'verify')}/data/prompt/bargeIn`; } },
  // policy
  { name: 'empty contact window', template: 'policy-cn', code: 'policy.window-empty', pointer: '/quietHours/0/end', mutate: (d) => { d.quietHours[0].end = '08:00'; } },
  { name: 'no window for SMS', template: 'policy-us', code: 'policy.channel-without-window', pointer: '/quietHours', mutate: (d) => { d.quietHours[0].channels = ['voice']; } },
  { name: 'agency listed twice', template: 'policy-cn', code: 'policy.duplicate-agency', pointer: '/agencies/registry/1/id', mutate: (d) => { d.agencies.registry[1].id = 'ag-huaxin'; } },
  { name: 'third parties allowed for no purpose', template: 'policy-us', code: 'policy.third-party-purpose', pointer: '/thirdParty/purposes', mutate: (d) => { d.thirdParty.purposes = []; } },
  { name: 'time of day out of range', template: 'policy-cn', code: 'schema.pattern', pointer: '/quietHours/0/start', mutate: (d) => { d.quietHours[0].start = '25:00'; } },
  // QA ruleset
  { name: 'rule naming a missing lexicon', template: 'qa-cn', code: 'qa.unknown-lexicon', pointer: '/rules/0/lexicons/0', mutate: (d) => { d.rules[0].lexicons[0] = 'threats'; } },
  { name: 'combination naming a missing lexicon', template: 'qa-cn', code: 'qa.unknown-lexicon', pointer: '/rules/0/near/0/lexicons/1', mutate: (d) => { d.rules[0].near = [{ lexicons: ['threat', 'nowhere'], within: 10 }]; } },
  { name: 'exception naming a missing lexicon', template: 'qa-cn', code: 'qa.unknown-lexicon', pointer: '/rules/0/except/lexicons/0', mutate: (d) => { d.rules[0].except = { lexicons: ['nowhere'], within: 10 }; } },
  { name: 'combination of one lexicon', template: 'qa-us', code: 'schema.minItems', pointer: '/rules/0/near/0/lexicons', mutate: (d) => { d.rules[0].near = [{ lexicons: ['threat'], within: 10 }]; } },
  { name: 'trigger on an intent the NLU does not know', template: 'qa-cn', code: 'qa.unknown-intent', mutate: (d) => { const i = d.rules.findIndex((r: Doc) => r.id === 'stop-means-stop'); d.rules[i].trigger.intents = ['stop_calling']; return `/rules/${i}/trigger/intents/0`; } },
  { name: 'intents outside a trigger', template: 'qa-us', code: 'qa.intents-trigger-only', mutate: (d) => { const i = d.rules.findIndex((r: Doc) => r.id === 'stop-means-stop'); d.rules[i].forbiddenAfter.intents = ['affirm']; return `/rules/${i}/forbiddenAfter/intents`; } },
  { name: 'required phrase without a window', template: 'qa-us', code: 'qa.rule-incomplete', mutate: (d) => { const i = d.rules.findIndex((r: Doc) => r.id === 'identify-self'); delete d.rules[i].withinTurns; return `/rules/${i}/withinTurns`; } },
  { name: 'category outside the fixed list', template: 'qa-us', code: 'schema.enum', pointer: '/rules/0/category', mutate: (d) => { d.rules[0].category = 'rudeness'; } },
  { name: 'unreachable pass mark', template: 'qa-cn', code: 'qa.pass-mark-unreachable', pointer: '/scorecard/passMark', mutate: (d) => { d.scorecard.passMark = 120; } },
  { name: 'rule id used twice', template: 'qa-cn', code: 'qa.duplicate-id', pointer: '/rules/1/id', mutate: (d) => { d.rules[1].id = d.rules[0].id; } },
  { name: 'phrase with no letters', template: 'qa-us', code: 'qa.empty-phrase', pointer: '/lexicons/0/phrases/0/text', mutate: (d) => { d.lexicons[0].phrases[0].text = '* * *'; } },
];

describe('invalid documents', () => {
  it('cover at least 40 distinct breakages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  for (const c of cases) {
    it(`${c.template}: ${c.name} → ${c.code}`, () => {
      const doc = byId(c.template);
      const pointer = c.mutate(doc) ?? c.pointer;
      const result = validateDocument(doc, { resolve });
      expect(result.valid).toBe(false);
      const hit = result.issues.find((i) => i.code === c.code && i.pointer === pointer);
      expect(hit, `expected ${c.code} at ${pointer}; got ${JSON.stringify(result.issues.map((i) => `${i.code} ${i.pointer}`))}`).toBeDefined();
      expect(hit!.message.length).toBeGreaterThan(0);
      expect(hit!.messageZh).toMatch(/[\u4e00-\u9fff]/);
    });
  }
});

describe('warnings', () => {
  it('flag a bot-call branch for an outcome its dialog never produces, without failing the flow', () => {
    const doc = byId('m1-early');
    const bot = doc.nodes.find((n: Doc) => n.id === 'bot');
    bot.data.outcomes.push('partial_ptp');
    doc.edges.push({ id: 'pp', source: 'bot', sourceHandle: 'partial_ptp', target: 'wait_ptp' });
    const result = validateDocument(doc, { resolve });
    expect(result.valid).toBe(true);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'flow.outcome-never-produced', severity: 'warning', pointer: `/nodes/${ni(doc, 'bot')}/data/outcomes/${bot.data.outcomes.length - 1}` })]);
  });
});
