// BG-1 (二(三)1): the annual construction plan is also the annual investment plan (项目年度投资
// 计划): every project entry of an annual list has planned_investment > 0 (万元) for that year.
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
  },
  check(ctx) {
    for (const { data: l, file } of ctx.model.lists.values()) {
      if (l.kind !== 'annual') continue;
      const year = listYears(l)[0] || String(l.period);
      l.projects.forEach((e, i) => {
        const data = { list: l.id, project: e.project, year };
        if (e.planned_investment === undefined) ctx.report({ file, path: ['projects', i], messageId: 'missing', data });
        else if (!(e.planned_investment > 0)) ctx.report({ file, path: ['projects', i, 'planned_investment'], messageId: 'zero', data });
      });
    }
  },
};
