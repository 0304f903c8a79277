// BG-3 (二(三)2): the funding sources of a project must cover its total investment; a shortfall
// (资金缺口) is a warning with the gap in 万元. Checked for every project that states `funding`,
// and for every project on a decided rolling or annual list (those are to be implemented, so
// their funding must be planned). "New implicit debt" is no funding source: the schema rejects
// such a value under BG-3 (src/schema/check.ts).
import { isDecided, listsOf } from '../model/index.js';
import type { Rule } from './types.js';

/** 万元 with at most two decimals, computed in 元-hundreds to avoid float residue. */
export function wan(cents: number): string { return String(cents / 100); }
const cents = (v: number) => Math.round(v * 100);

export const bg3: Rule = {
  id: 'BG-3',
  severity: 'warning',
  seed: '二(三)2',
  title: { zh: '资金来源须覆盖总投资', en: 'funding covers the total investment' },
  messages: {
    gap: {
      zh: '项目 {project} 资金来源合计 {funded} 万元,总投资 {total} 万元,资金缺口 {gap} 万元',
      en: 'the funding sources of {project} add up to {funded} 万元 against a total investment of {total} 万元: a funding gap of {gap} 万元',
    },
    'gap.hint': {
      zh: '在 funding 中补足资金来源(中央预算内、专项债券、区级财政、业主自筹等),或核实总投资;不得以新增隐性债务弥补缺口',
      en: 'add funding sources under funding (central budget, special bonds, district fiscal, owner self-raised …) or correct total_investment; new implicit debt may not fill the gap',
    },
    none: {
      zh: '项目 {project} 已列入已决策的清单 {list},但未填写资金来源,总投资 {total} 万元全部为资金缺口',
      en: '{project} is on the decided list {list} but states no funding sources: the whole total investment of {total} 万元 is a funding gap',
    },
    'none.hint': {
      zh: '在项目文件中增加 funding: - { source: 来源, amount: 金额 },各来源合计应等于总投资',
      en: 'add funding: - { source: SOURCE, amount: AMOUNT } to the project; the sources should add up to the total investment',
    },
  },
  check(ctx) {
    const m = ctx.model;
    for (const { data: p, file } of m.projects.values()) {
      const total = cents(p.total_investment);
      if (p.funding) {
        const funded = p.funding.reduce((s, f) => s + cents(f.amount), 0);
        if (funded < total)
          ctx.report({ file, path: ['funding'], onKey: true, messageId: 'gap', data: { project: p.id, funded: wan(funded), total: wan(total), gap: wan(total - funded) } });
        continue;
      }
      const decided = listsOf(m, p.id).find((x) => (x.list.data.kind === 'rolling' || x.list.data.kind === 'annual') && isDecided(x.list.data));
      if (decided && total > 0)
        ctx.report({ file, path: ['total_investment'], messageId: 'none', data: { project: p.id, list: decided.list.data.id, total: wan(total) } });
    }
  },
};
