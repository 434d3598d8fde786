/** Renders `{{case.field}}` and `{{vars.name}}` in message templates; values, never markup. */
import type { LocalizedText } from '../../schemas/generated/types.ts';
import type { RunState } from './engine-types.ts';

const VAR = /\{\{\s*(case|vars)\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Picks the case's language, then simplified Chinese, then English, then whatever there is. */
export function pickLanguage(text: LocalizedText, preferred: string | undefined): { lang: string; text: string } {
  for (const lang of [preferred, preferred === 'zh-Hant' ? 'zh' : undefined, 'zh', 'en']) {
    const t = lang ? text[lang as keyof LocalizedText] : undefined;
    if (t) return { lang: lang!, text: t };
  }
  const [lang, t] = Object.entries(text)[0]!;
  return { lang, text: t };
}

export function render(template: string, state: RunState): string {
  return template.replace(VAR, (_, root: 'case' | 'vars', name: string) => {
    const v = root === 'case' ? (state.case as Record<string, unknown>)[name] : state.vars[name];
    return v === undefined || v === null ? '' : String(v);
  });
}
