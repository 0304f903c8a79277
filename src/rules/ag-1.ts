// AG-1 (二(六)1): construction-management agency (建设管理代理制) is for public-welfare projects
// carried out by a state organ or a public institution (由国家机关或者事业单位实施的公益性项目).
// Agency on any other project is an error; such a project without agency gets an info-level
// hint ("encouraged", 鼓励) — not a warning, so a clean workspace stays clean. Completed
// projects get no hint. A project whose owner is not a known unit is left to REF.
import type { Rule } from './types.js';

const TYPE_ZH: Record<string, string> = {
  township: '乡镇', street: '街道', department: '区级部门', soe: '区属国有企业', organ: '国家机关', institution: '事业单位', leadership: '区委区政府领导', center: '区项目中心',
};

export const ag1: Rule = {
  id: 'AG-1',
  severity: 'error',
  seed: '二(六)1',
  title: { zh: '建设管理代理制适用于国家机关、事业单位实施的公益性项目', en: 'agency is for public-welfare projects of organs and institutions' },
  messages: {
    notEligible: {
      zh: '项目 {project} 实行建设管理代理制,但{why};代理制仅适用于由国家机关或事业单位实施的公益性项目',
      en: '{project} uses construction-management agency, but {why}; agency is for public-welfare projects owned by a state organ or public institution',
    },
    'notEligible.hint': {
      zh: '删除 agency,或核实项目性质(nature)与业主单位类型(units/{owner}.yaml 的 type)',
      en: 'remove agency, or check the project\'s nature and the owner\'s type (type in units/{owner}.yaml)',
    },
    'why.operating': { zh: '该项目为经营性项目', en: 'it is an operating project' },
    'why.owner': { zh: '业主 {owner} 为{typeZh}', en: 'its owner {owner} is of type {type}' },
    encouraged: {
      zh: '项目 {project} 是由{typeZh} {owner} 实施的公益性项目,鼓励实行建设管理代理制',
      en: '{project} is a public-welfare project of the {type} {owner}: construction-management agency is encouraged',
    },
    'encouraged.hint': {
      zh: '如实行代理制,经行业主管部门同意后提请区政府决策,并在项目文件中填写 agency(AG-2..4)',
      en: 'to use agency: get the industry authority\'s consent, submit it to the district government, and record it under agency (AG-2..4)',
    },
  },
  check(ctx) {
    const m = ctx.model;
    for (const { data: p, file } of m.projects.values()) {
      const owner = m.units.get(p.owner)?.data;
      if (!owner) continue;
      const ownerOk = owner.type === 'organ' || owner.type === 'institution';
      const eligible = p.nature === 'public-welfare' && ownerOk;
      if (p.agency && !eligible) {
        const reasons: string[] = [];
        if (p.nature !== 'public-welfare') reasons.push(ctx.text('why.operating'));
        if (!ownerOk) reasons.push(ctx.text('why.owner', { owner: p.owner, type: owner.type, typeZh: TYPE_ZH[owner.type] ?? owner.type }));
        ctx.report({ file, path: ['agency'], onKey: true, messageId: 'notEligible', data: { project: p.id, owner: p.owner, why: reasons.join(ctx.lang === 'zh' ? ',且' : ', and ') } });
      } else if (!p.agency && eligible && p.stage !== 'completed') {
        ctx.report({ file, path: ['nature'], messageId: 'encouraged', severity: 'info', data: { project: p.id, owner: p.owner, type: owner.type, typeZh: TYPE_ZH[owner.type] } });
      }
    }
  },
};
