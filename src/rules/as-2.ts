// AS-2 (二(九)2): "区政府督查办、区发展改革委共同组织开展项目联合督查考核". The E part: every
// inspection is organised by both the supervision office (`units.supervision` of kzp.yaml) and
// the development & reform commission (`units.development-reform`). The quarterly cadence is an
// operational overdue item (`kzp overdue`), not checked here.
import type { Rule } from './types.js';

const ROLES = [
  { role: 'supervision', zh: '区政府督查办', en: 'the supervision office' },
  { role: 'development-reform', zh: '区发展改革委', en: 'the development & reform commission' },
] as const;

export const as2: Rule = {
  id: 'AS-2',
  severity: 'error',
  seed: '二(九)2',
  title: { zh: '联合督查由区政府督查办、区发展改革委共同组织', en: 'joint inspections are organised by the supervision office and the DRC together' },
  messages: {
    missing: {
      zh: '联合督查考核 {inspection} 的组织单位中缺少{roleName}({unit}{unitName}):联合督查考核应由区政府督查办、区发展改革委共同组织',
      en: 'the inspection {inspection} is not organised jointly: its organizers lack {roleName} ({unit}{unitName}); a joint inspection is organised by the supervision office and the development & reform commission together',
    },
    'missing.hint': {
      zh: '在 organizers 中加上 {unit},如 organizers: [{expected}]',
      en: 'add {unit} to organizers, e.g. organizers: [{expected}]',
    },
    noRole: {
      zh: 'kzp.yaml 的 units 中没有指定{roleName}(units.{role}),无法核对联合督查考核的组织单位',
      en: 'kzp.yaml names no {roleName} (units.{role}), so the organizers of joint inspections cannot be checked',
    },
    'noRole.hint': {
      zh: '在 kzp.yaml 的 units 下写明 {role}: <单位 id>',
      en: 'under units: in kzp.yaml, add {role}: <unit id>',
    },
  },
  check(ctx) {
    const m = ctx.model;
    if (!m.inspections.length) return;
    const roles = m.config.units as Record<string, string | undefined>;
    for (const r of ROLES) {
      if (!roles[r.role] && m.configFile)
        ctx.report({ file: m.configFile, path: ['units'], onKey: true, messageId: 'noRole', severity: 'warning', data: { role: r.role, roleName: r[ctx.lang] } });
    }
    const expected = ROLES.map((r) => roles[r.role]).filter((u): u is string => !!u);
    for (const { data: ins, file } of m.inspections) {
      const present = (file.data as Record<string, unknown> | undefined)?.organizers !== undefined;
      for (const r of ROLES) {
        const unit = roles[r.role];
        if (!unit || ins.organizers.includes(unit)) continue;
        const name = m.units.get(unit)?.data.name;
        ctx.report({
          file, path: present ? ['organizers'] : ['id'], onKey: true, messageId: 'missing',
          data: { inspection: ins.id, role: r.role, roleName: r[ctx.lang], unit, unitName: name ? ` ${name}` : '', expected: [...new Set([...ins.organizers, ...expected])].join(', ') },
        });
      }
    }
  },
};
