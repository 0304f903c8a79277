// Running rules: a rule's check reports findings (a message id and a data path); the runner turns
// each into a diagnostic (file, line, column, the message in the user's language). A rule's
// messages are its own catalog, read where they are used: nothing is registered anywhere.
import { format, t, type Lang } from '../i18n/index.js';
import type { Model } from '../model/index.js';
import type { Diagnostic } from '../workspace/index.js';
import type { Report, Rule, RuleContext } from './types.js';

/** A report of a rule, with the rule that made it. */
export interface Finding extends Report { rule: Rule }

/** One of the rule's own messages, filled in; the id itself when the rule has no such message. */
export function ruleText(rule: Rule, id: string, data: Record<string, unknown>, lang: Lang): string {
  const entry = rule.messages[id];
  return entry ? format(entry[lang], data, lang) : id;
}

/** The reports of one rule's check, added to `out` as they are made (a check that throws keeps those before it). */
export function findings(model: Model, rule: Rule, lang: Lang, out: Finding[] = []): Finding[] {
  const ctx: RuleContext = {
    model, lang,
    report(r) { out.push({ ...r, rule }); },
    text(id, data = {}) { return ruleText(rule, id, data, lang); },
  };
  rule.check(ctx);
  return out;
}

/** The diagnostic a finding is shown as: at its data path, with its message and hint. */
export function toDiagnostic(f: Finding, lang: Lang): Diagnostic {
  const { rule } = f;
  const pos = f.file.locate(f.path, { key: f.onKey });
  const hintId = f.hintId === null ? null : f.hintId ?? `${f.messageId}.hint`;
  const data = f.data ?? {};
  return {
    file: f.file.path, line: pos.line, column: pos.column, endLine: pos.endLine, endColumn: pos.endColumn,
    severity: f.severity ?? rule.severity, rule: rule.id,
    message: ruleText(rule, f.messageId, data, lang),
    hint: hintId && rule.messages[hintId] ? ruleText(rule, hintId, data, lang) : undefined,
  };
}

/** Run rules over the model; a rule that throws becomes an internal-error diagnostic instead of a crash. */
export function runRules(model: Model, rules: readonly Rule[], lang: Lang): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    const found: Finding[] = [];
    let error: unknown;
    try { findings(model, rule, lang, found); } catch (e) { error = e ?? 'error'; }
    for (const f of found) out.push(toDiagnostic(f, lang));
    if (error !== undefined)
      out.push({ file: 'kzp.yaml', line: 1, column: 1, severity: 'error', rule: rule.id, message: t('cli.ruleCrashed', { rule: rule.id, error: error instanceof Error ? error.message : String(error) }, lang) });
  }
  return out;
}
