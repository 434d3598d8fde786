import { describe, expect, it } from 'vitest';
import type { FlowDocument } from '../../schemas/generated/types.ts';
import { loadTemplates, templateResolver } from '../../templates/load-templates.ts';
import { compile } from '../flow/index.ts';
import { checkExamples } from './examples.ts';

const templates = loadTemplates();
const resolve = templateResolver(templates);
const flows = templates.filter((t) => t.doc.kind === 'flow');

describe('golden examples of every flow template (fixed clock)', () => {
  for (const t of flows) {
    const flow = t.doc as unknown as FlowDocument;
    it(`${t.path} carries examples`, () => expect(flow.examples?.length ?? 0).toBeGreaterThan(0));
    const plan = compile(flow, { resolve, trace: true });
    for (const result of checkExamples(plan)) {
      it(`${t.path}: ${result.name}`, () => expect(result.failures).toEqual([]));
    }
  }
});
