// LS-6 (二(四)4): a project that is on no decided three-year rolling list covering year Y and on
// no decided annual list for Y "may not be implemented and may not be given government funds"
// (原则上不得申请实施,不得安排政府性资金) in Y:
// - no monthly ledger of a month in Y reports progress.stage construction;
// - no application of Y goes to a government channel (GOVERNMENT_FUNDS).
// A list counts for a ledger month only if it was decided (decided_on and decision_ref, LS-2) on
// or before that month's last day, and the project's entry was on it during that month
// (added_on ≤ month end, removed_on after the month's first day). For an application, which
// carries a year but no date, a list decided by 12-31 of Y with the entry on it at some time in
// Y counts. Months and years before kzp.yaml `since` are not checked.
// The project record itself counts too: `stage: construction`, or a government source under
// `funding`, on a project that is on no decided rolling or annual list at all (no entry that was
// not removed) is an error at that key — a new project file is caught before any ledger of it.
import { monthEnd, monthStart } from '../engine/index.js';
import { isDecided, listYears, type Membership, type Model } from '../model/index.js';
import { GOVERNMENT_FUNDS } from '../schema/index.js';
import type { Rule } from './types.js';

const CHANNEL_ZH: Record<string, string> = {
  'central-budget': '中央预算内资金', 'special-bond': '专项债券', 'policy-finance': '政策性开发性金融工具',
  municipal: '市级资金', 'district-fiscal': '区级财政资金',
};

/** Why no decided rolling or annual list carries the project at all (an entry not removed), or null when one does. */
export function standing(m: Model, project: string): { id: string; data: Record<string, unknown> }[] | null {
  const reasons: { id: string; data: Record<string, unknown> }[] = [];
  const candidates = (m.membership.get(project) ?? []).filter((x: Membership) => x.list.data.kind === 'rolling' || x.list.data.kind === 'annual');
  for (const { list, entry } of candidates) {
    if (!isDecided(list.data)) reasons.push({ id: 'reason.draft', data: { list: list.data.id } });
    else if (entry.removed_on) reasons.push({ id: 'reason.removed', data: { list: list.data.id, date: entry.removed_on } });
    else return null;
  }
  if (!candidates.length) reasons.push({ id: 'reason.noList', data: {} });
  return reasons;
}

/** Whether a decided rolling/annual list covers the project in [start, end] of `year`, and if not, why. */
export function coverage(m: Model, project: string, year: number, start: string, end: string): { covered: boolean; reasons: { id: string; data: Record<string, unknown> }[] } {
  const reasons: { id: string; data: Record<string, unknown> }[] = [];
  const candidates = (m.membership.get(project) ?? []).filter((x: Membership) => {
    const l = x.list.data;
    if (l.kind !== 'rolling' && l.kind !== 'annual') return false;
    const [a, b] = listYears(l);
    return a <= year && year <= b;
  });
  for (const { list, entry } of candidates) {
    const l = list.data;
    if (!isDecided(l)) reasons.push({ id: 'reason.draft', data: { list: l.id } });
    else if (l.decided_on! > end) reasons.push({ id: 'reason.decidedLater', data: { list: l.id, date: l.decided_on } });
    else if (entry.added_on && entry.added_on > end) reasons.push({ id: 'reason.addedLater', data: { list: l.id, date: entry.added_on } });
    else if (entry.removed_on && entry.removed_on <= start) reasons.push({ id: 'reason.removed', data: { list: l.id, date: entry.removed_on } });
    else return { covered: true, reasons: [] };
  }
  if (candidates.length === 0) reasons.push({ id: 'reason.unlisted', data: { year } });
  return { covered: false, reasons };
}

export const ls6: Rule = {
  id: 'LS-6',
  severity: 'error',
  seed: '二(四)4',
  title: { zh: '未纳入滚动或年度清单的项目不得实施、不得安排政府性资金', en: 'unlisted projects are not built and get no government funds' },
  messages: {
    construction: {
      zh: '项目 {project} 在 {month} 的进度台账中处于在建阶段,但该月未纳入已决策的三年滚动规划清单或 {year} 年度建设计划清单:{reasons}',
      en: '{project} is under construction in its {month} ledger but was then on no decided rolling list covering {year} nor on the decided annual list for {year}: {reasons}',
    },
    'construction.hint': {
      zh: '未纳入清单的项目原则上不得申请实施;请将项目列入已决策的滚动或年度清单,或核实本月台账的 stage',
      en: 'a project not on those lists may not be implemented; put it on a decided rolling or annual list, or correct this ledger\'s stage',
    },
    funds: {
      zh: '项目 {project} 于 {year} 年申报{channelZh}({channel}),但未纳入已决策的三年滚动规划清单或 {year} 年度建设计划清单:{reasons}',
      en: '{project} applied for government funds ({channel}) in {year} but is on no decided rolling list covering {year} nor on the decided annual list for {year}: {reasons}',
    },
    'funds.hint': {
      zh: '未纳入清单的项目不得安排政府性资金;请先将项目列入已决策的滚动或年度清单,或改用业主自筹、银行贷款、社会资本等非政府性资金渠道',
      en: 'a project not on those lists gets no government funds; list it on a decided rolling or annual list first, or use a non-government channel (self-raised, bank loan, social capital …)',
    },
    recordStage: {
      zh: '项目 {project} 的 stage 为 construction(在建),但未纳入任何已决策的三年滚动规划清单或年度建设计划清单:{reasons}',
      en: '{project} has stage: construction, but it is on no decided rolling or annual list: {reasons}',
    },
    'recordStage.hint': {
      zh: '未纳入清单的项目原则上不得申请实施;请先将项目列入已决策的滚动或年度清单(kzp list add),或按实际改正 stage(如 reserve、preliminary)',
      en: 'a project not on those lists may not be implemented; put it on a decided rolling or annual list first (kzp list add), or correct stage (reserve, preliminary …)',
    },
    recordFunds: {
      zh: '项目 {project} 的资金来源含{channelZh}({channel}),但未纳入任何已决策的三年滚动规划清单或年度建设计划清单:{reasons}',
      en: '{project} lists government funds ({channel}) under funding, but it is on no decided rolling or annual list: {reasons}',
    },
    'recordFunds.hint': {
      zh: '未纳入清单的项目不得安排政府性资金;请先将项目列入已决策的滚动或年度清单,或改用业主自筹、银行贷款、社会资本等非政府性资金来源',
      en: 'a project not on those lists gets no government funds; list it on a decided rolling or annual list first, or use a non-government source (self-raised, bank loan, social capital …)',
    },
    'reason.noList': { zh: '未列入任何滚动或年度清单', en: 'it is on no rolling or annual list' },
    'reason.unlisted': { zh: '未列入任何覆盖 {year} 年的滚动或年度清单', en: 'it is on no rolling or annual list covering {year}' },
    'reason.draft': { zh: '清单 {list} 尚未决策(草案)', en: 'the list {list} is an undecided draft' },
    'reason.decidedLater': { zh: '清单 {list} 于 {date} 才决策', en: 'the list {list} was decided only on {date}' },
    'reason.addedLater': { zh: '项目于 {date} 才纳入清单 {list}', en: 'it was added to {list} only on {date}' },
    'reason.removed': { zh: '项目已于 {date} 移出清单 {list}', en: 'it was removed from {list} on {date}' },
  },
  check(ctx) {
    const m = ctx.model;
    const since = m.config.since;
    const explain = (rs: { id: string; data: Record<string, unknown> }[]) =>
      rs.map((r) => ctx.text(r.id, r.data)).join(ctx.lang === 'zh' ? ';' : '; ');
    for (const { data: l, file } of m.ledgers) {
      if (!m.projects.has(l.project) || l.progress.stage !== 'construction' || l.month < since) continue;
      const year = Number(l.month.slice(0, 4));
      const c = coverage(m, l.project, year, monthStart(l.month), monthEnd(l.month));
      if (!c.covered) ctx.report({ file, path: ['progress', 'stage'], messageId: 'construction', data: { project: l.project, month: l.month, year, reasons: explain(c.reasons) } });
    }
    const sinceYear = Number(since.slice(0, 4));
    for (const { data: p, file } of m.projects.values()) {
      const gov = (p.funding ?? []).map((f, i) => ({ f, i })).filter(({ f }) => (GOVERNMENT_FUNDS as readonly string[]).includes(f.source));
      const off = p.stage === 'construction' || gov.length ? standing(m, p.id) : null;
      if (off) {
        const reasons = explain(off);
        if (p.stage === 'construction') ctx.report({ file, path: ['stage'], messageId: 'recordStage', data: { project: p.id, reasons } });
        for (const { f, i } of gov) ctx.report({ file, path: ['funding', i, 'source'], messageId: 'recordFunds', data: { project: p.id, channel: f.source, channelZh: CHANNEL_ZH[f.source] ?? f.source, reasons } });
      }
      p.applications?.forEach((a, i) => {
        if (!(GOVERNMENT_FUNDS as readonly string[]).includes(a.channel)) return;
        const year = Number(a.year);
        if (year < sinceYear) return;
        const c = coverage(m, p.id, year, `${year}-01-01`, `${year}-12-31`);
        if (!c.covered) ctx.report({ file, path: ['applications', i, 'channel'], messageId: 'funds', data: { project: p.id, year, channel: a.channel, channelZh: CHANNEL_ZH[a.channel] ?? a.channel, reasons: explain(c.reasons) } });
      });
    }
  },
};
