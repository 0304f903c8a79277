// SG-2: every listed project names its territorial government (属地政府, `location`): a township or
// a street, which bears the 属地责任 (施工环境维护、征地拆迁安置). 三(二).
// A project is "listed" when it is on any list (reserve, rolling or annual, decided or not).
import { listsOf } from '../model/index.js';
import { unitTypeName } from './tf-1.js';
import type { Rule } from './types.js';

export const sg2: Rule = {
  id: 'SG-2',
  severity: 'error',
  seed: '三(二)',
  title: { zh: '清单项目明确属地乡镇(街道)', en: 'every listed project names its township or street' },
  messages: {
    missing: {
      zh: '清单项目 {project} 未写明属地政府(缺少 location)',
      en: 'the listed project {project} does not name its territorial government (no location)',
    },
    'missing.hint': {
      zh: '加上 location: 项目所在乡镇或街道的单位 id,属地政府负责施工环境维护、征地拆迁安置等工作',
      en: 'add location: the unit id of the township or street where the project is; it is responsible for the construction environment, land acquisition and resettlement',
    },
    notTerritorial: {
      zh: '项目 {project} 的属地 {unit}({name})是{typeName},不是乡镇或街道',
      en: 'the location {unit} ({name}) of {project} is {typeName}, not a township or street',
    },
    'notTerritorial.hint': {
      zh: 'location 应是项目所在乡镇(type: township)或街道(type: street)的单位 id',
      en: 'location is the unit id of the township (type: township) or street (type: street) where the project is',
    },
  },
  check(ctx) {
    const m = ctx.model;
    for (const { data: p, file } of m.projects.values()) {
      if (listsOf(m, p.id).length === 0) continue;
      if (!p.location) { ctx.report({ file, path: ['id'], onKey: true, messageId: 'missing', data: { project: p.id } }); continue; }
      const u = m.units.get(p.location);
      if (!u) continue;   // no such unit: REF
      if (u.data.type !== 'township' && u.data.type !== 'street')
        ctx.report({ file, path: ['location'], messageId: 'notTerritorial', data: { project: p.id, unit: u.data.id, name: u.data.name, type: u.data.type, typeName: unitTypeName(u.data.type, ctx.lang) } });
    }
  },
};
