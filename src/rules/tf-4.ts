// TF-4: a particularly major project (特别重大, `major: true`) is run by the lead unit and lead
// responsible person that the district committee and government designate (`designated`), and its
// task force brings together the approval departments (行政审批部门), the factor-guarantee units
// (要素保障单位) and the owner (项目业主). 二(一)4.
import type { Rule } from './types.js';

export const tf4: Rule = {
  id: 'TF-4',
  severity: 'error',
  seed: '二(一)4',
  title: { zh: '特别重大项目由指定牵头单位和牵头责任人负责,专班含审批、要素保障单位和业主', en: 'a major project has a designated lead unit and person, and a joint task force' },
  messages: {
    noDesignated: {
      zh: '特别重大项目 {project} 未写明区委、区政府指定的牵头单位和牵头责任人',
      en: 'the major project {project} does not name the lead unit and lead responsible person designated by the district committee and government',
    },
    'noDesignated.hint': {
      zh: '加上 designated: { lead_unit: 单位id, lead_person: 人员id };不属于特别重大项目的,删除 major: true',
      en: 'add designated: { lead_unit: UNIT-ID, lead_person: PERSON-ID }; if the project is not a major one, remove major: true',
    },
    noLeadUnit: {
      zh: '特别重大项目 {project} 未写明指定的牵头单位(designated.lead_unit)',
      en: 'the major project {project} does not name its designated lead unit (designated.lead_unit)',
    },
    'noLeadUnit.hint': {
      zh: '在 designated 下加上 lead_unit: 单位id(区委、区政府指定的牵头单位)',
      en: 'add lead_unit: UNIT-ID under designated (the lead unit designated by the district committee and government)',
    },
    noLeadPerson: {
      zh: '特别重大项目 {project} 未写明指定的牵头责任人(designated.lead_person)',
      en: 'the major project {project} does not name its designated lead responsible person (designated.lead_person)',
    },
    'noLeadPerson.hint': {
      zh: '在 designated 下加上 lead_person: 人员id(区委、区政府指定的牵头责任人)',
      en: 'add lead_person: PERSON-ID under designated (the lead responsible person designated by the district committee and government)',
    },
    noTaskForce: {
      zh: '特别重大项目 {project} 未组建专班:须由项目业主、行政审批部门和要素保障单位落实人员组成',
      en: 'the major project {project} has no task force: it is formed of people from the owner, the approval departments and the factor-guarantee units',
    },
    'noTaskForce.hint': {
      zh: '加上 task_force: 及 members,至少包括业主 {owner} 的一名人员和一个审批或要素保障单位(roles 含 approval 或 factor-guarantee)的一名人员',
      en: 'add task_force: with members, including at least one person of the owner {owner} and one of an approval or factor-guarantee unit (roles approval or factor-guarantee)',
    },
    noOwnerMember: {
      zh: '特别重大项目 {project} 的专班中没有业主 {owner} 的人员',
      en: 'the task force of the major project {project} has no member from the owner {owner}',
    },
    'noOwnerMember.hint': {
      zh: '在 task_force.members 中加入 {owner} 的一名人员(如联络员或项目中心负责人)',
      en: 'add a person of {owner} to task_force.members (e.g. the liaison or the head of its project section)',
    },
    noSupportMember: {
      zh: '特别重大项目 {project} 的专班中没有行政审批部门或要素保障单位的人员',
      en: 'the task force of the major project {project} has no member from an approval or factor-guarantee unit',
    },
    'noSupportMember.hint': {
      zh: '在 task_force.members 中加入一名审批或要素保障单位的人员{candidates}',
      en: 'add to task_force.members a person of an approval or factor-guarantee unit{candidates}',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const supportUnits = [...m.units.values()]
      .filter((u) => u.data.roles?.some((r) => r === 'approval' || r === 'factor-guarantee'))
      .map((u) => u.data.id).sort();
    const candidates = supportUnits.length ? (ctx.lang === 'zh' ? `(如 ${supportUnits.join('、')})` : ` (e.g. ${supportUnits.join(', ')})`) : '';
    for (const { data: p, file } of m.projects.values()) {
      if (p.major !== true) continue;
      const d = { project: p.id, owner: p.owner, candidates };
      if (!p.designated) ctx.report({ file, path: ['major'], onKey: true, messageId: 'noDesignated', data: d });
      else {
        if (!p.designated.lead_unit) ctx.report({ file, path: ['designated'], onKey: true, messageId: 'noLeadUnit', data: d });
        if (!p.designated.lead_person) ctx.report({ file, path: ['designated'], onKey: true, messageId: 'noLeadPerson', data: d });
      }
      const members = p.task_force?.members ?? [];
      if (members.length === 0) { ctx.report({ file, path: p.task_force ? ['task_force'] : ['major'], onKey: true, messageId: 'noTaskForce', data: d }); continue; }
      // a member who is no valid person is REF's (or the unit file's schema) error: decide once it is fixed
      if (members.some((x) => !m.people.has(x.person))) continue;
      const unitOf = (person: string) => m.people.get(person)?.unit.data;
      if (!members.some((x) => unitOf(x.person)?.id === p.owner))
        ctx.report({ file, path: ['task_force', 'members'], onKey: true, messageId: 'noOwnerMember', data: d });
      if (!members.some((x) => unitOf(x.person)?.roles?.some((r) => r === 'approval' || r === 'factor-guarantee')))
        ctx.report({ file, path: ['task_force', 'members'], onKey: true, messageId: 'noSupportMember', data: d });
    }
  },
};
