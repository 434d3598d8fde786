import { issue, type Issue } from '../../errors.ts';
import { localTime, startOfLocalDay } from '../../policy/time.ts';
import { effect } from '../contact.ts';
import { durationMs } from '../durations.ts';
import { caseField } from './checks.ts';
import type { FlowNodeSpec, NodeOf } from './types.ts';

type Data = NodeOf<'wait'>['data'];

export const wait: FlowNodeSpec<'wait'> = {
  handles: (data) => ({ required: data.mode === 'event' ? ['event', 'timeout'] : ['done'] }),
  validate: (data, ctx) => {
    const need = (field: keyof Data): Issue[] => (data[field] === undefined
      ? [issue(`${ctx.at}/${field}`, 'flow.wait-incomplete', `a wait in ${data.mode} mode needs '${field}'`, `${data.mode} 模式的等待节点需要 '${field}'`)]
      : []);
    if (data.mode === 'duration') return need('duration');
    if (data.mode === 'until-field') return data.field === undefined ? need('field') : caseField(data.field, ctx, 'field');
    return [...need('event'), ...need('timeout')];
  },
  prepare: (data, id) => {
    const span = durationMs(data.mode === 'event' ? data.timeout! : data.duration ?? 'PT0S');
    const offset = data.offset ? durationMs(data.offset) : 0;
    return (ctx) => {
      let until = ctx.now + span;
      if (data.mode === 'until-field') {
        // A date field means the start of that day where the debtor lives.
        const raw = String((ctx.state.case as Record<string, unknown>)[data.field!] ?? '');
        const parsed = Date.parse(raw);
        if (Number.isNaN(parsed)) return { next: 'done', value: `no date in ${data.field}` };
        const day = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? Math.floor(parsed / 86_400_000) : localTime(parsed, ctx.state.case.timezone).day;
        until = Math.max(ctx.now, startOfLocalDay(day, ctx.state.case.timezone) + offset);
      }
      const at = new Date(until).toISOString();
      const key = `${ctx.key}:timer`;
      const waiting = data.mode === 'event'
        ? { kind: 'event' as const, node: id, event: data.event!, key, until: at }
        : { kind: 'timer' as const, node: id, key, until: at, purpose: 'wait' as const };
      return { wait: waiting, effects: [effect(ctx, id, { type: 'set-timer', until: at }, key)] };
    };
  },
};
