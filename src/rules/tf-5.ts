// TF-5: the center assigns named staff (落实专人) to each sector of key projects — 交通、水利、园区、
// 城市、农业农村、社会事业 by default, `sectors` in kzp.yaml. kzp checks the sectors that have a
// listed project (on any list): the center unit has ≥1 person whose `sectors` includes it. 二(一)5.
import { listsOf } from '../model/index.js';
import type { Rule } from './types.js';

export const tf5: Rule = {
  id: 'TF-5',
  severity: 'warning',
  seed: '二(一)5',
  title: { zh: '区项目中心按领域落实专人', en: 'the center has staff assigned to each sector with listed projects' },
  messages: {
    unassigned: {
      zh: '{sectorName}({sector})领域有清单项目 {projects},但区项目中心 {center} 没有落实负责该领域的专人',
      en: 'the sector {sector} ({sectorName}) has listed projects {projects}, but no staff member of the center {center} is assigned to it',
    },
    'unassigned.hint': {
      zh: '在 units/{center}.yaml 中为负责的工作人员加上 sectors: [{sector}]',
      en: 'add sectors: [{sector}] to the staff member of units/{center}.yaml who is responsible for it',
    },
    noCenter: {
      zh: '{sectorName}({sector})领域有清单项目 {projects},但找不到区项目中心单位 {center},无法落实该领域的专人',
      en: 'the sector {sector} ({sectorName}) has listed projects {projects}, but there is no center unit {center} to assign staff to it',
    },
    'noCenter.hint': {
      zh: '新建 units/{center}.yaml(type: center),并为负责的工作人员写上 sectors: [{sector}]',
      en: 'create units/{center}.yaml (type: center) and give the responsible staff member sectors: [{sector}]',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const centerId = m.config.center;
    const center = m.units.get(centerId);
    if (!center && m.known.units.has(centerId)) return;   // the center's file failed its schema: fix that first
    const bySector = new Map<string, string[]>();
    for (const { data: p } of m.projects.values()) {
      if (listsOf(m, p.id).length === 0) continue;
      if (!(p.sector in m.config.sectors)) continue;     // an unknown sector is REF's error
      bySector.set(p.sector, [...(bySector.get(p.sector) ?? []), p.id]);
    }
    const covered = new Set((center?.data.people ?? []).flatMap((x) => x.sectors ?? []));
    for (const [sector, projects] of [...bySector].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (covered.has(sector)) continue;
      const data = { sector, sectorName: m.config.sectors[sector], projects: projects.sort(), center: centerId };
      if (center) {
        const raw = center.file.data as Record<string, unknown> | undefined;
        ctx.report({ file: center.file, path: raw && 'people' in raw ? ['people'] : ['id'], onKey: true, messageId: 'unassigned', data });
      } else if (m.configFile) {
        ctx.report({ file: m.configFile, path: ['sectors', sector], onKey: true, messageId: 'noCenter', data });
      }
    }
  },
};
