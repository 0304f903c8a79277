// TF-1: the center (区重大项目服务中心, set up by 区发展改革委, 二(一)1) is one unit, named in
// kzp.yaml `center`; that unit has type `center`, and no other unit has.
// A `center` that names no unit at all is REF's error, not repeated here.
import type { Lang, Text } from '../i18n/index.js';
import type { Unit } from '../schema/index.js';
import type { Rule } from './types.js';

/** How a unit type reads in a message: "区属国有企业(soe)", "a district SOE (soe)". Shared by TF-1, SG-2, FC-2. */
export const UNIT_TYPE_NAMES: Record<Unit['type'], Text> = {
  township: { zh: '乡镇', en: 'a township' },
  street: { zh: '街道', en: 'a street' },
  department: { zh: '区级部门', en: 'a district department' },
  soe: { zh: '区属国有企业', en: 'a district SOE' },
  organ: { zh: '机关', en: 'a state organ' },
  institution: { zh: '事业单位', en: 'a public institution' },
  leadership: { zh: '区委区政府领导', en: 'the district leadership' },
  center: { zh: '区项目中心', en: 'the center' },
};
export function unitTypeName(type: Unit['type'], lang: Lang): string {
  return lang === 'zh' ? `${UNIT_TYPE_NAMES[type].zh}(${type})` : `${UNIT_TYPE_NAMES[type].en} (${type})`;
}

export const tf1: Rule = {
  id: 'TF-1',
  severity: 'error',
  seed: '二(一)1',
  title: { zh: '区项目中心是唯一的 center 类型单位', en: 'the center is the one unit of type center' },
  messages: {
    notCenter: {
      zh: 'kzp.yaml 的 center 指向单位 {unit}({name}),但该单位是{typeName},不是区项目中心(type: center)',
      en: 'kzp.yaml names {unit} ({name}) as the center, but that unit is {typeName}, not the center (type: center)',
    },
    'notCenter.hint': {
      zh: '把 center 改为区重大项目服务中心的单位 id{others},或把 units/{unit}.yaml 的 type 改为 center',
      en: 'set center to the unit id of 区重大项目服务中心{others}, or set type: center in units/{unit}.yaml',
    },
    extra: {
      zh: '单位 {unit} 的类型是 center,但 kzp.yaml 指定的区项目中心是 {center};全区只有一个区项目中心',
      en: 'the unit {unit} has type center, but kzp.yaml names {center} as the center; there is only one center',
    },
    'extra.hint': {
      zh: '把 {unit} 的 type 改为其实际类型(如 department、institution);若它才是区项目中心,则改 kzp.yaml 的 center',
      en: 'give {unit} its actual type (e.g. department, institution); if it is the center, change center in kzp.yaml instead',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const cfg = m.configFile;
    if (!cfg) return;
    const centerId = m.config.center;
    const named = m.units.get(centerId);
    if (!named && m.known.units.has(centerId)) return;   // its file failed its schema: that error comes first
    const centers = [...m.units.values()].filter((u) => u.data.type === 'center');
    if (named && named.data.type !== 'center') {
      const ids = centers.map((u) => u.data.id);
      const others = ids.length ? (ctx.lang === 'zh' ? `(类型为 center 的单位:${ids.join('、')})` : ` (units of type center: ${ids.join(', ')})`) : '';
      ctx.report({ file: cfg, path: ['center'], messageId: 'notCenter', data: { unit: centerId, name: named.data.name, type: named.data.type, typeName: unitTypeName(named.data.type, ctx.lang), others } });
    }
    // When `center` names no center (wrong type here, or no unit: REF), a single center-typed unit
    // is the likely intended one and the message above (or REF's suggestion) already points at it.
    if ((!named || named.data.type !== 'center') && centers.length <= 1) return;
    for (const u of centers) {
      if (u.data.id === centerId) continue;
      ctx.report({ file: u.file, path: ['type'], messageId: 'extra', data: { unit: u.data.id, center: centerId } });
    }
  },
};
