// KP-2: money is in 万元 (10,000 yuan), a non-negative number with at most 2 decimals.
// The schema enforces it: every money field (src/schema/common.ts `money`, MONEY_FIELDS) that is
// a string ("12,800", "１２８００"), negative or has more than two decimals is reported by
// src/schema/check.ts with rule KP-2, at the offending value. This module gives the rule its
// place in the registry (id, seed, title, catalog). Its check warns of amounts that are valid
// numbers but implausible — the usual slips being a cumulative figure typed as the month's, or
// 元 typed as 万元: a project's investment added up over its ledgers beyond its total
// investment, and one month's investment beyond the year's planned investment (any annual list
// of that year, decided or not). Warnings: the figures may be right (a budget overrun, a plan
// not yet adjusted), and `--strict` fails them.
import { listYears } from '../model/index.js';
import type { Rule, RuleContext } from './types.js';

export const kp2: Rule = {
  id: 'KP-2',
  severity: 'error',
  seed: '—',
  title: { zh: '金额以万元计,为不小于 0、最多两位小数的数字', en: 'money is in 万元, a number ≥ 0 with at most 2 decimals' },
  messages: {
    money: {
      zh: '金额 "{key}" 不合规:{value}',
      en: 'the amount "{key}" is not valid: {value}',
    },
    'money.hint': {
      zh: '金额以万元为单位,写成不小于 0、最多两位小数的数字,不加单位、引号和千分位逗号,如 820 或 12.5',
      en: 'amounts are in 万元: a number ≥ 0 with at most two decimals, without unit, quotes or thousands separators, e.g. 820 or 12.5',
    },
    beyondTotal: {
      zh: '截至 {month},项目 {project} 各月台账累计完成投资 {sum} 万元,超过其总投资 {total} 万元',
      en: 'by {month}, the ledgers of {project} add up to {sum} 万元 invested, beyond its total investment of {total} 万元',
    },
    'beyondTotal.hint': {
      zh: '核对各月的 invested:它是当月完成的投资,不是累计数,单位是万元;总投资已调整的,请更新项目的 total_investment',
      en: 'check each month\'s invested: it is the month\'s investment, not the total so far, in 万元; if the total investment changed, update the project\'s total_investment',
    },
    beyondPlan: {
      zh: '{month} 台账的本月完成投资 {invested} 万元,超过 {year} 年度计划投资 {planned} 万元(年度清单 {list})',
      en: 'the {month} ledger reports {invested} 万元 invested in the month, beyond the planned investment of {planned} 万元 for {year} (annual list {list})',
    },
    'beyondPlan.hint': {
      zh: '核对 invested:它是当月完成的投资,不是累计数,单位是万元而不是元;年度计划已调整的,请更新年度清单的 planned_investment',
      en: 'check invested: it is the month\'s investment, not the total so far, in 万元 rather than 元; if the year\'s plan changed, update planned_investment on the annual list',
    },
  },
  check(ctx) {
    // money formats are the schema's (src/schema/check.ts reports them with rule KP-2)
    beyondTotal(ctx);
    beyondPlan(ctx);
  },
};

const round2 = (v: number): number => Math.round(v * 100) / 100;

function beyondTotal(ctx: RuleContext): void {
  const { model: m } = ctx;
  // what was invested in the year of `since` before tracking began counts too (BG-1, engine/overdue.ts)
  const opening = new Map<string, number>();
  for (const { data: l } of m.lists.values()) {
    if (l.kind !== 'annual' || String(listYears(l)[0]) !== m.config.since.slice(0, 4)) continue;
    for (const e of l.projects) if (e.invested_before_since) opening.set(e.project, Math.max(opening.get(e.project) ?? 0, e.invested_before_since));
  }
  for (const [project, byMonth] of m.ledgerIndex) {
    const p = m.projects.get(project)?.data;
    if (!p) continue;
    let sum = opening.get(project) ?? 0;
    for (const l of [...byMonth.values()].sort((a, b) => (a.data.month < b.data.month ? -1 : 1))) {
      sum += l.data.progress.invested;
      if (round2(sum) > p.total_investment) {
        ctx.report({ file: l.file, path: ['progress', 'invested'], severity: 'warning', messageId: 'beyondTotal', data: { month: l.data.month, project, sum: round2(sum), total: p.total_investment } });
        break; // the month it crossed says it; the later ones follow
      }
    }
  }
}

function beyondPlan(ctx: RuleContext): void {
  const planned = new Map<string, { planned: number; list: string }>(); // by YEAR/PROJECT
  for (const { data: l } of ctx.model.lists.values()) {
    if (l.kind !== 'annual') continue;
    const year = String(listYears(l)[0]);
    for (const e of l.projects) {
      const k = `${year}/${e.project}`;
      if (e.planned_investment && !((planned.get(k)?.planned ?? 0) >= e.planned_investment)) planned.set(k, { planned: e.planned_investment, list: l.id });
    }
  }
  for (const l of ctx.model.ledgers) {
    const year = l.data.month.slice(0, 4);
    const plan = planned.get(`${year}/${l.data.project}`);
    if (plan && l.data.progress.invested > plan.planned)
      ctx.report({ file: l.file, path: ['progress', 'invested'], severity: 'warning', messageId: 'beyondPlan', data: { month: l.data.month, invested: l.data.progress.invested, planned: plan.planned, year, list: plan.list } });
  }
}
