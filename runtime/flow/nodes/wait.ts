import { issue, type Issue } from '../../errors.ts';
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
};
