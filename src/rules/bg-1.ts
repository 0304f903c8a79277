// BG-1 (二(三)1): the annual construction plan is also the annual investment plan (项目年度投资
// 计划): every project entry of an annual list has planned_investment > 0 (万元) for that year.
// An entry's invested_before_since (mid-year adoption) counts only in the year of `since`, and only
// when `since` is not January: elsewhere it is a warning, since the engine ignores it there.
import { listYears } from '../model/index.js';
import type { Rule } from './types.js';

export const bg1: Rule = {
  id: 'BG-1',
  severity: 'error',
  seed: '二(三)1',
  title: { zh: '年度计划项目须编制年度投资计划', en: 'annual-plan projects have a planned investment' },
  messages: {
    missing: {
      zh: '年度建设计划 {list} 中的项目 {project} 未填写 {year} 年度计划投资(planned_investment)',
      en: '{project} on the annual list {list} has no planned investment (planned_investment) for {year}',
    },
    'missing.hint': {
      zh: '在该条目中填写 planned_investment: 金额(万元,大于 0),即项目年度投资计划',
      en: 'add planned_investment: AMOUNT (万元, above 0) to the entry — the project\'s annual investment plan',
    },
    zero: {
      zh: '年度建设计划 {list} 中的项目 {project} 的 {year} 年度计划投资为 0 万元,应大于 0',
      en: '{project} on the annual list {list} plans 0 万元 of investment for {year}; it must be above 0',
    },
    'zero.hint': {
      zh: '填写该项目本年度计划完成的投资(万元);本年度不安排投资的项目不应列入年度建设计划',
      en: 'state the investment planned for the year (万元); a project with no investment this year does not belong on the annual list',
    },
    openingOutside: {
      zh: '年度建设计划 {list} 中的项目 {project} 填了跟踪前已完成投资(invested_before_since),但 {year} 年没有跟踪开始前的月份(kzp.yaml 的 since 为 {since}),这笔投资不计入完成率',
      en: '{project} on the annual list {list} states invested_before_since, but {year} has no months before tracking began (since: {since} in kzp.yaml): it is not counted',
    },
    'openingOutside.hint': {
      zh: '只有 since 所在年度(且 since 不是 1 月)的年度清单才填 invested_before_since;其余年度的投资由各月台账累计,请删除该字段',
      en: 'only the annual list of the year of since (when since is not January) takes invested_before_since; other years add up their ledgers: remove the field',
    },
  },
  check(ctx) {
    const since = ctx.model.config.since;
    for (const { data: l, file } of ctx.model.lists.values()) {
      if (l.kind !== 'annual') continue;
      const year = listYears(l)[0] || String(l.period);
      l.projects.forEach((e, i) => {
        const data = { list: l.id, project: e.project, year };
        if (e.planned_investment === undefined) ctx.report({ file, path: ['projects', i], messageId: 'missing', data });
        else if (!(e.planned_investment > 0)) ctx.report({ file, path: ['projects', i, 'planned_investment'], messageId: 'zero', data });
        // what was invested before tracking began counts only in the year tracking began, from February on
        if (e.invested_before_since !== undefined && (String(year) !== since.slice(0, 4) || since.endsWith('-01'))) {
          ctx.report({ file, path: ['projects', i, 'invested_before_since'], messageId: 'openingOutside', data: { ...data, since }, severity: 'warning' });
        }
      });
    }
  },
};
