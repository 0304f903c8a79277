// LS-5 (二(四)3): "对纳入年度建设计划的项目建立全年倒计时工作台账". The E part: every project on a
// decided annual list for year Y has a countdown plan `countdown."Y"` with ≥1 task; task ids are
// unique within a year; every task of year Y falls due inside Y. Tasks not done by their due
// date are an operational overdue item (`kzp overdue`), not checked here.
import { isDecided, listYears } from '../model/index.js';
import type { Rule } from './types.js';

export const ls5: Rule = {
  id: 'LS-5',
  severity: 'error',
  seed: '二(四)3',
  title: { zh: '年度计划项目建立全年倒计时工作台账', en: 'annual-plan projects have a countdown plan' },
  messages: {
    noPlan: {
      zh: '项目 {project} 已纳入 {year} 年度建设计划({list}),但没有 {year} 年倒计时工作台账(countdown."{year}")',
      en: 'the project {project} is on the decided annual plan {list} for {year} but has no countdown plan for {year} (countdown."{year}")',
    },
    'noPlan.hint': {
      zh: '在 projects/{project}.yaml 的 countdown 下按年度键 "{year}" 列出全年节点任务及完成时限,如 - { id: C1, task: 完成施工图设计, due: {year}-03-31 }',
      en: 'in projects/{project}.yaml list the year\'s tasks with due dates under countdown: "{year}":, e.g. - { id: C1, task: 完成施工图设计, due: {year}-03-31 }',
    },
    emptyPlan: {
      zh: '项目 {project} 的 {year} 年倒计时工作台账没有任何任务',
      en: 'the countdown plan of {project} for {year} has no task',
    },
    'emptyPlan.hint': {
      zh: '项目已纳入 {year} 年度建设计划({list}),至少列出一项带完成时限的节点任务',
      en: 'the project is on the annual plan {list}: list at least one task with a due date',
    },
    duplicateTask: {
      zh: '项目 {project} 的 {year} 年倒计时任务编号 "{task}" 重复(第 {first} 项和第 {index} 项)',
      en: 'the countdown task id "{task}" is used twice in the {year} plan of {project} (items {first} and {index})',
    },
    'duplicateTask.hint': {
      zh: '同一年度内任务编号须唯一,月度台账按编号报送完成情况;给其中一项换一个编号',
      en: 'task ids are unique within a year, since ledgers report completion by id: give one of them another id',
    },
    dueOutside: {
      zh: '项目 {project} 的 {year} 年倒计时任务 {task} 的完成时限 {due} 不在 {year} 年内',
      en: 'the {year} countdown task {task} of {project} is due on {due}, outside {year}',
    },
    'dueOutside.hint': {
      zh: '全年倒计时任务的完成时限应在 {year}-01-01 至 {year}-12-31 之间;跨年的节点放入对应年度的倒计时工作台账',
      en: 'a task of the {year} plan falls due between {year}-01-01 and {year}-12-31; put a task of another year into that year\'s plan',
    },
  },
  check(ctx) {
    const m = ctx.model;
    // each (project, year) once: the first decided annual list that names the project
    const required = new Map<string, { project: string; year: string; list: string }>();
    for (const { data: list } of m.lists.values()) {
      if (list.kind !== 'annual' || !isDecided(list)) continue;
      const [from, to] = listYears(list);
      if (from !== to) continue;
      const year = String(from);
      for (const e of list.projects) {
        if (e.removed_on) continue; // taken off the plan in a mid-year adjustment
        const k = `${e.project}\u0000${year}`;
        if (!required.has(k)) required.set(k, { project: e.project, year, list: list.id });
      }
    }
    for (const { project, year, list } of required.values()) {
      const rec = m.projects.get(project);
      if (!rec) continue; // LS-1 / REF report a missing project
      const data = { project, year, list };
      const plan = rec.data.countdown;
      if (!plan) ctx.report({ file: rec.file, path: ['id'], onKey: true, messageId: 'noPlan', data });
      else if (!plan[year]) ctx.report({ file: rec.file, path: ['countdown'], onKey: true, messageId: 'noPlan', data });
      else if (!plan[year].length) ctx.report({ file: rec.file, path: ['countdown', year], onKey: true, messageId: 'emptyPlan', data });
    }
    for (const { data: p, file } of m.projects.values()) {
      for (const [year, tasks] of Object.entries(p.countdown ?? {})) {
        const seen = new Map<string, number>();
        tasks.forEach((task, i) => {
          const data = { project: p.id, year, task: task.id, due: task.due };
          const first = seen.get(task.id);
          if (first === undefined) seen.set(task.id, i);
          else ctx.report({ file, path: ['countdown', year, i, 'id'], messageId: 'duplicateTask', data: { ...data, first: first + 1, index: i + 1 } });
          if (task.due.slice(0, 4) !== year) ctx.report({ file, path: ['countdown', year, i, 'due'], messageId: 'dueOutside', data });
        });
      }
    }
  },
};
