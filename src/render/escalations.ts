// Words and tables for `kzp escalations` (the 提请调度清单 with --due).
import type { ChalkInstance } from 'chalk';
import type { EscalationRow } from '../engine/index.js';
import { t, type Lang } from '../i18n/index.js';
import type { Model } from '../model/index.js';
import { personName, projectName, unitName } from './names.js';
import { shownText } from './safe-text.js';

export function escalationsJson(asOf: string, rows: EscalationRow[]): object {
  return {
    asOf,
    problems: rows.map((r) => ({
      problem: r.problem, project: r.project, category: r.category, level: r.level, eligibleFor: r.eligibleFor, missing: r.missing,
      due: r.due, routeTo: r.routeTo, missingBy: r.missingBy, nextConvener: r.nextConvener, territorial: r.territorial, overdue: r.overdue,
      title: r.title, raisedOn: r.raisedOn, problemDue: r.problemDue, lastHandled: r.lastHandled, handledBy: r.handledBy,
    })),
  };
}

export function escalationsText(m: Model, asOf: string, rows: EscalationRow[], dueOnly: boolean, lang: Lang, c: ChalkInstance): string {
  const due = rows.filter((r) => r.due).length;
  const out = [c.bold(dueOnly ? t('esc.titleDue', { asOf, n: rows.length }, lang) : t('esc.title', { asOf, n: rows.length, due }, lang))];
  if (!rows.length) { out.push(t('esc.none', {}, lang)); return out.join('\n') + '\n'; }
  for (const r of rows) {
    const state = r.eligibleFor
      ? c.cyan(t('esc.eligible', { level: t(`level.${r.eligibleFor}`, {}, lang) }, lang))
      : r.missing.length ? c.dim(t('esc.missing', { steps: missingSteps(m, r, lang) }, lang)) : c.dim(t('esc.top', {}, lang));
    const flags = [r.due ? c.red.bold(t('esc.due', {}, lang)) : '', r.overdue ? c.red(t('esc.overdue', { due: r.problemDue }, lang)) : ''].filter(Boolean).join(' ');
    out.push('', `${c.bold(shownText(r.problem))} ${shownText(r.title)} ${c.dim(`[${t(`category.${r.category}`, {}, lang)}]`)} ${flags}`);
    out.push(`    ${shownText(projectName(m, r.project))} · ${t(`level.${r.level}`, {}, lang)} · ${state}`);
    const route = [nextText(m, r, lang), r.territorial ? t('esc.territorial', { unit: shownText(unitName(m, r.territorial)) }, lang) : '', r.lastHandled ? t('esc.last', { date: r.lastHandled }, lang) : ''].filter(Boolean).join(' · ');
    if (route) out.push(`    ${route}`);
  }
  return out.join('\n') + '\n';
}

/** DS-3: each missing step with who must take it ("缺少牵头单位 开州区交通运输委员会 的协调"). */
function missingSteps(m: Model, r: EscalationRow, lang: Lang): string {
  return r.missing.map((l) => {
    const id = r.missingBy[l];
    const who = id ? shownText(l === 'L1' ? unitName(m, id) : personName(m, id)) : t('esc.missing.nobody', {}, lang);
    return t(`esc.missing.${l}`, { who }, lang);
  }).join(lang === 'zh' ? ';' : '; ');
}

/** Where the problem goes next: the main leaders' dispatch at L3 (never a vice head), else the L2 leader or the lead unit. */
function nextText(m: Model, r: EscalationRow, lang: Lang): string {
  if (r.level === 'L3') return t('esc.atMain', {}, lang);
  if (r.nextConvener === 'main') return t('esc.toMain', {}, lang);
  if (r.nextConvener && m.units.has(r.nextConvener)) return t('esc.nextUnit', { unit: shownText(unitName(m, r.nextConvener)) }, lang);
  return r.routeTo ? t('esc.route', { leader: shownText(personName(m, r.routeTo)) }, lang) : '';
}
