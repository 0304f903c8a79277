// TF-3: "一个项目一个班子": the owner sets up a task force (专班) for every listed project, with
// ≥1 member and a duty (责任分工) each, filed with the center (报区项目中心备案, `filed_on`). 二(一)3.
// A project is "listed" when it is on any list (reserve, rolling or annual, decided or not).
import { listsOf } from '../model/index.js';
import type { Rule } from './types.js';

export const tf3: Rule = {
  id: 'TF-3',
  severity: 'error',
  seed: '二(一)3',
  title: { zh: '一个项目一个班子:清单项目组建专班并报备', en: 'every listed project has a task force, filed with the center' },
  messages: {
    noTaskForce: {
      zh: '清单项目 {project}({lists})未组建项目专班(缺少 task_force)',
      en: 'the listed project {project} ({lists}) has no task force (no task_force)',
    },
    'noTaskForce.hint': {
      zh: '按"一个项目一个班子"要求,由业主 {owner} 组建专班:加上 task_force:,写明 filed_on(报区项目中心备案日期)和 members(每人写 person 和 duty)',
      en: 'the owner {owner} sets up a task force ("一个项目一个班子"): add task_force: with filed_on (the date it was filed with the center) and members (person and duty each)',
    },
    noMembers: {
      zh: '项目 {project} 的专班没有成员',
      en: 'the task force of {project} has no members',
    },
    'noMembers.hint': {
      zh: '在 task_force.members 下至少列出一名成员,如 - { person: 人员id, duty: 专班负责人 }',
      en: 'list at least one member under task_force.members, e.g. - { person: PERSON-ID, duty: 专班负责人 }',
    },
    noDuty: {
      zh: '项目 {project} 的专班成员 {person} 没有写明责任分工',
      en: 'the task force member {person} of {project} has no duty',
    },
    'noDuty.hint': {
      zh: '为该成员加上 duty:,写明其在专班的分工,如 "台账填报"',
      en: 'add duty: to this member, stating their part in the task force, e.g. "台账填报"',
    },
    notFiled: {
      zh: '项目 {project} 的专班人员名单及责任分工未报区项目中心备案(缺少 filed_on)',
      en: 'the task force of {project} (members and duties) has not been filed with the center (no filed_on)',
    },
    'notFiled.hint': {
      zh: '报备后在 task_force 下写上 filed_on: YYYY-MM-DD',
      en: 'once filed, add filed_on: YYYY-MM-DD under task_force',
    },
  },
  check(ctx) {
    const m = ctx.model;
    for (const { data: p, file } of m.projects.values()) {
      const lists = listsOf(m, p.id).map((x) => x.list.data.id);
      if (lists.length === 0) continue;
      const d = { project: p.id, owner: p.owner, lists };
      const tf = p.task_force;
      if (!tf) { ctx.report({ file, path: ['id'], onKey: true, messageId: 'noTaskForce', data: d }); continue; }
      if (!tf.filed_on) ctx.report({ file, path: ['task_force'], onKey: true, messageId: 'notFiled', data: d, severity: 'warning' });
      if (tf.members.length === 0) {
        const raw = (file.data as { task_force?: Record<string, unknown> }).task_force;
        ctx.report({ file, path: raw && 'members' in raw ? ['task_force', 'members'] : ['task_force'], onKey: true, messageId: 'noMembers', data: d });
      }
      tf.members.forEach((mem, i) => {
        if (mem.duty === undefined) ctx.report({ file, path: ['task_force', 'members', i, 'person'], onKey: true, messageId: 'noDuty', data: { ...d, person: mem.person } });
        else if (!mem.duty.trim()) ctx.report({ file, path: ['task_force', 'members', i, 'duty'], messageId: 'noDuty', data: { ...d, person: mem.person } });
      });
    }
  },
};
