import { has, register, t, type Lang } from '../i18n/index.js';
import type { Model } from '../model/index.js';
import type { Diagnostic } from '../workspace/index.js';
import type { Rule } from './types.js';

const registered = new Set<string>();

export function registerRule(rule: Rule): void {
  if (registered.has(rule.id)) return;
  registered.add(rule.id);
  register(`rule.${rule.id}`, rule.messages);
}

/** Run rules over the model; a rule that throws becomes an internal-error diagnostic instead of a crash. */
export function runRules(model: Model, rules: Rule[], lang: Lang): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    registerRule(rule);
    const ctx = {
      model, lang,
      report(r: import('./types.js').Report) {
        const pos = r.file.locate(r.path, { key: r.onKey });
        const key = `rule.${rule.id}.${r.messageId}`;
        const hintKey = r.hintId === null ? null : r.hintId ? `rule.${rule.id}.${r.hintId}` : `${key}.hint`;
        out.push({
          file: r.file.path, line: pos.line, column: pos.column, endLine: pos.endLine, endColumn: pos.endColumn,
          severity: r.severity ?? rule.severity, rule: rule.id,
          message: t(key, r.data ?? {}, lang),
          hint: hintKey && has(hintKey) ? t(hintKey, r.data ?? {}, lang) : undefined,
        });
      },
    };
    try { rule.check(ctx); }
    catch (e) {
      out.push({ file: 'kzp.yaml', line: 1, column: 1, severity: 'error', rule: rule.id, message: t('cli.ruleCrashed', { rule: rule.id, error: e instanceof Error ? e.message : String(e) }, lang) });
    }
  }
  return out;
}
