// FC-3: for every project on a rolling or annual list the owner names one liaison (联络员,
// `liaison`), a person of the owner unit, for outside contact, progress statistics and collecting
// problems. 二(八)3.
import { isListedIn } from '../model/index.js';
import type { Rule } from './types.js';

export const fc3: Rule = {
  id: 'FC-3',
  severity: 'error',
  seed: '二(八)3',
  title: { zh: '滚动和年度清单项目由业主落实 1 名联络员', en: 'every rolling or annual list project has a liaison of its owner' },
  messages: {
    missing: {
      zh: '项目 {project} 已纳入三年滚动或年度建设计划清单,但业主未落实联络员(缺少 liaison)',
      en: 'the project {project} is on a rolling or annual list but its owner has named no liaison (no liaison)',
    },
    'missing.hint': {
      zh: '加上 liaison: 业主 {owner} 的一名人员 id{staff},负责项目对外联系、进度统计、问题收集',
      en: 'add liaison: the id of a person of the owner {owner}{staff}, who handles outside contact, progress statistics and collecting problems',
    },
    notOwner: {
      zh: '项目 {project} 的联络员 {person} 是 {unit} 的人员,不是业主 {owner} 的人员',
      en: 'the liaison {person} of {project} is a person of {unit}, not of the owner {owner}',
    },
    'notOwner.hint': {
      zh: '联络员由项目业主落实:改为 {owner} 的人员{staff}',
      en: 'the owner names the liaison: use a person of {owner}{staff}',
    },
  },
  check(ctx) {
    const m = ctx.model;
    for (const { data: p, file } of m.projects.values()) {
      if (!isListedIn(m, p.id, ['rolling', 'annual'])) continue;
      const ids = (m.units.get(p.owner)?.data.people ?? []).map((x) => x.id);
      const staff = ids.length ? (ctx.lang === 'zh' ? `(如 ${ids.slice(0, 5).join('、')})` : ` (e.g. ${ids.slice(0, 5).join(', ')})`) : '';
      if (!p.liaison) { ctx.report({ file, path: ['id'], onKey: true, messageId: 'missing', data: { project: p.id, owner: p.owner, staff } }); continue; }
      const who = m.people.get(p.liaison);
      if (!who) continue;   // no such person: REF
      if (!m.units.has(p.owner)) continue;   // no such owner: REF
      if (who.unit.data.id !== p.owner)
        ctx.report({ file, path: ['liaison'], messageId: 'notOwner', data: { project: p.id, person: p.liaison, unit: who.unit.data.id, owner: p.owner, staff } });
    }
  },
};
