// `kzp status` as a table, and one project in detail.
import type { ChalkInstance } from 'chalk';
import { countdownTasks, escalationState, handlingsOf, type Light, type Snapshot, type StatusReport, type StatusRow } from '../engine/index.js';
import { t, type Lang } from '../i18n/index.js';
import { money, pct, points, wan } from './format.js';
import { personName, unitName } from './names.js';
import { shownText as d } from './safe-text.js';
import { table } from './table.js';

export function lightText(l: Light, lang: Lang, c: ChalkInstance): string {
  const s = t(`light.${l}`, {}, lang);
  return l === 'red' ? c.red(`● ${s}`) : l === 'yellow' ? c.yellow(`● ${s}`) : c.green(`● ${s}`);
}

export function lagText(lag: number | null, lang: Lang): string {
  if (lag === null || lag === 0) return t('status.even', {}, lang);
  return lag > 0 ? t('status.behind', { p: lag.toFixed(1) }, lang) : t('status.ahead', { p: (-lag).toFixed(1) }, lang);
}

export function statusText(s: Snapshot, r: StatusReport, lang: Lang, c: ChalkInstance, color: boolean): string {
  const m = s.model;
  const out = [c.bold(t('status.title', { year: r.year, month: r.month, asOf: s.asOf }, lang)), t('status.timeProgress', { p: pct(r.timeProgress) }, lang)];
  const head = ['project', 'sector', 'planned', 'invested', 'completion', 'lag', 'light', 'problems', 'overdue'].map((k) => t(`status.col.${k}`, {}, lang));
  const rows = r.rows.map((x) => [d(`${x.project} ${x.name}`), d(m.config.sectors[x.sector] ?? x.sector), wan(x.planned), wan(x.invested), pct(x.completion), points(x.lag), lightText(x.light, lang, c), x.openProblems, x.overdueItems]);
  out.push(table(head, rows, { align: ['left', 'left', 'right', 'right', 'right', 'right', 'left', 'right', 'right'], color }));
  const tt = r.totals;
  out.push(t('status.summary', { n: tt.projects, planned: money(tt.planned, lang), invested: money(tt.invested, lang), completion: pct(tt.completion), lagText: lagText(tt.lag, lang), m: Number(r.month.slice(5)), month: r.month, ...tt.lights }, lang));
  return out.join('\n') + '\n';
}

export function projectDetailText(s: Snapshot, r: StatusReport, row: StatusRow | undefined, project: string, lang: Lang, c: ChalkInstance): string {
  const m = s.model;
  const p = m.projects.get(project)!.data;
  const out = [c.bold(t('status.detail.head', { name: d(p.name), project: d(project) }, lang))];
  out.push(t('status.detail.meta', { sector: d(m.config.sectors[p.sector] ?? p.sector), owner: d(unitName(m, p.owner)), lead: d(unitName(m, p.lead_unit)) || '—', leader: d(personName(m, p.lead_leader)) || '—', location: d(unitName(m, p.location)) || '—', total: money(p.total_investment, lang) }, lang));
  if (row) out.push(t('status.detail.progress', { year: r.year, planned: money(row.planned, lang), month: r.month, invested: money(row.invested, lang), completion: pct(row.completion), tp: pct(r.timeProgress), light: lightText(row.light, lang, c) }, lang));
  else out.push(c.dim(t('status.notInPlan', { project, year: r.year }, lang)));
  const tasks = countdownTasks(s, project, String(r.year));
  if (tasks.length) {
    out.push('', c.bold(t('status.detail.countdown', {}, lang)));
    for (const x of tasks) {
      const st = x.doneOn ? (x.doneOn > x.due ? c.yellow(t('status.task.late', { date: x.doneOn }, lang)) : c.green(t('status.task.done', { date: x.doneOn }, lang)))
        : x.due < s.asOf ? c.red(t('status.task.overdue', {}, lang)) : c.dim(t('status.task.pending', {}, lang));
      out.push(`  ${d(x.id)}  ${x.due}  ${d(x.task)}  ${st}`);
    }
  }
  const probs = [...s.problems.values()].filter((x) => x.project === project);
  if (probs.length) {
    out.push('', c.bold(t('status.detail.problems', {}, lang)));
    for (const x of probs) {
      const st = escalationState(handlingsOf(m, x.key), s.asOf);
      const path = d(st.handlings.map((h) => `${h.date} ${h.level} ${h.dispatch.data.id} (${t(`log.outcome.${h.outcome}`, {}, lang)})`).join(' → '));
      out.push(`  ${d(x.key)}  ${d(x.problem.title)} [${t(`category.${x.problem.category}`, {}, lang)}] ${x.open ? c.red(t('status.problem.open', {}, lang)) : c.green(t('status.problem.resolved', { date: x.resolvedOn }, lang))} · ${t(`level.${st.level}`, {}, lang)}`);
      if (path) out.push(c.dim(`      ${path}`));
    }
  }
  const known = s.known.get(project);
  const byMonth = m.ledgerIndex.get(project);
  if (byMonth?.size) {
    out.push('', c.bold(t('status.detail.ledgers', {}, lang)));
    for (const [mo, l] of [...byMonth].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const sub = s.submissions.get(l)!;
      const k = known?.get(mo) === l;
      out.push(`  ${t('status.ledger.row', { month: mo, invested: wan(l.data.progress.invested), when: sub.when ?? '—', source: t(`status.ledger.src.${sub.source}`, {}, lang), late: sub.late ? t('status.ledger.late', { n: sub.lateDays }, lang) : '' }, lang)}${k ? '' : c.dim(' *')}`);
    }
  }
  return out.join('\n') + '\n';
}
