// FC-1: every project on a three-year rolling list or an annual construction list has one lead
// district leader (牵头区领导定点联系), `lead_leader`: a person with the leader role `lead`. 二(八)1.
// Decided or draft lists alike: a draft list is how the center prepares the decision.
import { isListedIn } from '../model/index.js';
import type { Rule } from './types.js';

export const fc1: Rule = {
  id: 'FC-1',
  severity: 'error',
  seed: '二(八)1',
  title: { zh: '滚动和年度清单项目落实 1 名牵头区领导', en: 'every rolling or annual list project has a lead district leader' },
  messages: {
    missing: {
      zh: '项目 {project} 已纳入三年滚动或年度建设计划清单,但未落实牵头区领导(缺少 lead_leader)',
      en: 'the project {project} is on a rolling or annual list but has no lead district leader (no lead_leader)',
    },
    'missing.hint': {
      zh: '加上 lead_leader: 定点联系该项目的区领导的人员 id{leaders}',
      en: 'add lead_leader: the person id of the district leader in fixed contact with the project{leaders}',
    },
    notLead: {
      zh: '项目 {project} 的牵头区领导 {person}({name})没有 lead(牵头区领导)角色',
      en: 'the lead district leader {person} ({name}) of {project} does not hold the leader role lead',
    },
    'notLead.hint': {
      zh: '改为一名牵头区领导{leaders},或在 {unit} 的人员 {person} 的 leader_roles 中加上 lead',
      en: 'name a lead district leader instead{leaders}, or add lead to the leader_roles of {person} in {unit}',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const leads = [...m.people.values()].filter((x) => x.person.leader_roles?.includes('lead')).map((x) => x.person.id).sort();
    const leaders = leads.length ? (ctx.lang === 'zh' ? `(牵头区领导:${leads.join('、')})` : ` (lead leaders: ${leads.join(', ')})`) : '';
    for (const { data: p, file } of m.projects.values()) {
      if (!isListedIn(m, p.id, ['rolling', 'annual'])) continue;
      if (!p.lead_leader) { ctx.report({ file, path: ['id'], onKey: true, messageId: 'missing', data: { project: p.id, leaders } }); continue; }
      const who = m.people.get(p.lead_leader);
      if (!who) continue;   // no such person: REF
      if (!who.person.leader_roles?.includes('lead'))
        ctx.report({ file, path: ['lead_leader'], messageId: 'notLead', data: { project: p.id, person: who.person.id, name: who.person.name, unit: who.unit.data.id, leaders } });
    }
  },
};
