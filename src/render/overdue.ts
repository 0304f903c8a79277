// Words for overdue items (JSON `message`, text view grouped by kind).
import type { ChalkInstance } from 'chalk';
import type { OverdueItem } from '../engine/index.js';
import { OVERDUE_KINDS } from '../engine/index.js';
import { t, type Lang } from '../i18n/index.js';
import type { Model } from '../model/index.js';
import { personName, projectName, unitName } from './names.js';
import { shownText } from './safe-text.js';
import { displayWidth, padEnd } from './width.js';

export function overdueMessage(m: Model, i: OverdueItem, lang: Lang): string {
  const f = i.facts;
  const p = { ...f, project: i.project ?? '', ref: i.ref ?? '', due: i.due, days: i.daysOverdue, name: f.name ?? projectName(m, i.project) };
  switch (i.kind) {
    case 'ledger-late': return t('msg.ledger-late', { ...p, source: t(`msg.source.${f.source}`, {}, lang) }, lang);
    case 'dispatch-cadence': return t('msg.dispatch-cadence', { ...p, name: personName(m, i.person) }, lang);
    case 'list-decision': return t(`msg.list-decision.${f.list}`, { ...p, end: Number(f.year) + 2 }, lang);
    case 'budget-step': return t('msg.budget-step', { ...p, step: t(`step.${f.step}`, {}, lang) }, lang);
    case 'problem': return t('msg.problem', p, lang);
    default: return t(`msg.${i.kind}`, p, lang);
  }
}

export function overdueJson(m: Model, asOf: string, items: OverdueItem[], lang: Lang): object {
  return {
    asOf,
    items: items.map((i) => {
      const o: Record<string, unknown> = { kind: i.kind, rule: i.rule, due: i.due, daysOverdue: i.daysOverdue };
      if (i.project !== undefined) o.project = i.project;
      if (i.unit !== undefined) o.unit = i.unit;
      if (i.person !== undefined) o.person = i.person;
      if (i.ref !== undefined) o.ref = i.ref;
      o.message = overdueMessage(m, i, lang);
      return o;
    }),
  };
}

export function overdueText(m: Model, asOf: string, items: OverdueItem[], lang: Lang, c: ChalkInstance): string {
  if (!items.length) return c.green(t('overdue.none', { asOf }, lang)) + '\n';
  const out = [c.bold(t('overdue.title', { asOf, n: items.length }, lang))];
  for (const kind of OVERDUE_KINDS) {
    const group = items.filter((i) => i.kind === kind);
    if (!group.length) continue;
    out.push('', `${c.bold(t(`kind.${kind}`, {}, lang))} ${c.dim(`(${group[0].rule}) × ${group.length}`)}`);
    const who = group.map((i) => shownText(i.person ? personName(m, i.person) : unitName(m, i.unit)));
    const w = Math.min(28, who.reduce((w, x) => Math.max(w, displayWidth(x)), 0));
    group.forEach((i, k) => {
      const days = kind === 'ledger-late' ? t('overdue.lateDays', { n: i.daysOverdue }, lang) : t('overdue.days', { n: i.daysOverdue }, lang);
      const sev = i.daysOverdue > 30 ? c.red(days) : c.yellow(days);
      out.push(`  ${i.due}  ${padEnd(who[k], w)}  ${sev}  ${shownText(overdueMessage(m, i, lang))}`);
    });
  }
  return out.join('\n') + '\n';
}

