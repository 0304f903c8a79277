#!/usr/bin/env node
// 生成 sample-data/ :一个完整、可校验的开州区重点项目工作区(演示日期 2023-01-10)。
// 用法: node scripts/gen-sample-data.mjs
// 仅依赖 Node 内置模块;输出确定(同一脚本两次运行结果逐字节相同)。
// 先删除 sample-data/ 再整体重写,所以不要手工修改 sample-data/ 下的文件:改这里再重新生成。
import { rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'sample-data');
const AS_OF = '2023-01-10';

// ---------------------------------------------------------------- utilities
function mulberry32(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function hash(str) { // FNV-1a, 32 bit
  let h = 0x811c9dc5;
  for (const ch of str) { h ^= ch.codePointAt(0); h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}
const rngFor = (key) => mulberry32(hash('kzp-sample:' + key));
const randInt = (rnd, lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));

const pad2 = (n) => String(n).padStart(2, '0');
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const ymOf = (d) => d.slice(0, 7);
function monthEnd(ym) { const [y, m] = ym.split('-').map(Number); return `${ym}-${pad2(daysIn(y, m))}`; }
function day(ym, d) { const [y, m] = ym.split('-').map(Number); return `${ym}-${pad2(Math.min(d, daysIn(y, m)))}`; }
function addDays(date, n) {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
}
function addMonths(ym, n) {
  let [y, m] = ym.split('-').map(Number);
  m += n; while (m > 12) { m -= 12; y++; } while (m < 1) { m += 12; y--; }
  return `${y}-${pad2(m)}`;
}
const maxStr = (...xs) => xs.filter(Boolean).sort().at(-1);
const minStr = (...xs) => xs.filter(Boolean).sort()[0];
const MONTHS = Array.from({ length: 12 }, (_, i) => `2022-${pad2(i + 1)}`);
const monthCN = (ym) => `${Number(ym.slice(0, 4))}年${Number(ym.slice(5))}月`;
function assert(cond, msg) { if (!cond) throw new Error('sample-data generator: ' + msg); }

// ---------------------------------------------------------------- YAML text
function fmtNum(n) {
  assert(Number.isFinite(n) && n >= 0, 'bad number ' + n);
  return String(Number(n.toFixed(2)));
}
// Chinese text takes full-width punctuation: ，；：（） (the data tables above are typed with ASCII ones)
function zhPunct(s) {
  if (!/[^\x00-\x7f]/.test(s)) return s;
  const wide = (c) => c !== undefined && /[^\x00-\x7f]/.test(c);
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(/\(([^()]*)\)/g, (m, inner, off, all) =>
      wide(all[off - 1]) || /[^\x00-\x7f]/.test(inner) || /^[A-Z]{2}-\d/.test(inner) || wide(all[off + m.length]) ? `（${inner}）` : m);
  }
  return s.replace(/[,;:]/g, (c, off, all) => {
    if (c === ':' && /https?$/.test(all.slice(0, off))) return c;
    return wide(all[off - 1]) || wide(all[off + 1]) ? { ',': '，', ';': '；', ':': '：' }[c] : c;
  });
}
function needsQuote(s) {
  if (s === '') return true;
  if (/^\s|\s$/.test(s)) return true;
  if (/^[-?:,\[\]{}#&*!|>'"%@`]/.test(s)) return true;
  if (/: |:$| #|[\[\]{},"\n\t\\]/.test(s)) return true;
  if (/^(true|false|null|~|yes|no|on|off|y|n)$/i.test(s)) return true;
  if (/^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s)) return true;
  if (/^0x[0-9a-f]+$|^0o[0-7]+$|^[-+]?\.(inf|nan)$/i.test(s)) return true;
  return false;
}
function sc(v) {
  if (typeof v === 'number') return fmtNum(v);
  if (typeof v === 'boolean') return String(v);
  assert(typeof v === 'string', 'scalar expected, got ' + JSON.stringify(v));
  if (/^\d{4}-\d{2}(-\d{2})?$/.test(v)) return v; // YAML 1.2 core: stays a string
  v = zhPunct(v);
  return needsQuote(v) ? JSON.stringify(v) : v;
}
const flowMap = (obj) => '{ ' + Object.entries(obj).filter(([, v]) => v !== undefined && v !== null)
  .map(([k, v]) => `${/^\d+$/.test(k) ? JSON.stringify(k) : k}: ${typeof v === 'object' && !Array.isArray(v) ? flowMap(v) : Array.isArray(v) ? flowList(v) : sc(v)}`).join(', ') + ' }';
const flowList = (arr) => '[' + arr.map((v) => (typeof v === 'object' ? flowMap(v) : sc(v))).join(', ') + ']';

function dispWidth(s) { let w = 0; for (const ch of s) w += ch.codePointAt(0) > 0x2e7f ? 2 : 1; return w; }
const COMMENT_COL = 44;
class Doc {
  constructor(annotate = false) { this.lines = []; this.annotate = annotate; }
  // a line with an optional trailing comment (shown only in annotated files unless force)
  l(text, comment, force = false) {
    if (comment && (this.annotate || force)) {
      comment = zhPunct(comment);
      const pad = Math.max(2, COMMENT_COL - dispWidth(text));
      this.lines.push(text + ' '.repeat(pad) + '# ' + comment);
    } else this.lines.push(text);
    return this;
  }
  // a comment line (annotated files only unless force)
  c(text, indent = 0, force = false) {
    if (this.annotate || force) for (const t of zhPunct(text).split('\n')) this.lines.push(' '.repeat(indent) + (t ? '# ' + t : '#'));
    return this;
  }
  h(text) { return this.c(text, 0, true); } // header comment, always
  blank(force = false) { if (this.annotate || force) this.lines.push(''); return this; }
  toString() { return this.lines.join('\n') + '\n'; }
}

// ---------------------------------------------------------------- units
// Townships and streets: [id, name, type, head (expert), liaison]
const TOWNS = [
  ['hanfeng-street', '开州区汉丰街道办事处', 'street', ['liang-bo', '梁波'], ['he-li', '何丽']],
  ['wenfeng-street', '开州区文峰街道办事处', 'street', ['song-jia', '宋佳'], ['yu-hang', '于航']],
  ['yunfeng-street', '开州区云枫街道办事处', 'street', ['han-xu', '韩旭'], ['zhong-qing', '钟青']],
  ['zhendong-street', '开州区镇东街道办事处', 'street', ['tian-rui', '田睿'], ['lu-yao', '陆瑶']],
  ['fengle-street', '开州区丰乐街道办事处', 'street', ['xia-lan', '夏兰'], ['cheng-long', '程龙']],
  ['baihe-street', '开州区白鹤街道办事处', 'street', ['ye-tao', '叶涛'], ['du-kang', '杜康']],
  ['zhaojia-street', '开州区赵家街道办事处', 'street', ['yao-jun', '姚俊'], ['luo-xi', '罗希']],
  ['dade-town', '开州区大德镇人民政府', 'township', ['bai-yun', '白云'], ['qi-ming', '齐明']],
  ['zhenan-town', '开州区镇安镇人民政府', 'township', ['kang-ning', '康宁'], ['ji-xiang', '吉祥']],
  ['houba-town', '开州区厚坝镇人民政府', 'township', ['jin-hai', '金海'], ['hou-yu', '侯宇']],
  ['jinfeng-town', '开州区金峰镇人民政府', 'township', ['wu-di', '吴迪'], ['shao-wen', '邵文']],
  ['wenquan-town', '开州区温泉镇人民政府', 'township', ['zou-ping', '邹平'], ['xue-mei', '薛梅']],
  ['guojia-town', '开州区郭家镇人民政府', 'township', ['xiao-feng', '肖峰'], ['lai-en', '赖恩']],
];
const UNITS = [];
TOWNS.forEach(([id, name, type, head, liaison], i) => {
  UNITS.push({
    id, name, type, filed_on: `2022-${pad2(10 + (i % 3))}-${pad2(8 + i)}`,
    people: [
      { id: head[0], name: head[1], duty: type === 'street' ? '党工委委员、项目办主任,统筹本街道重点项目及属地施工环境保障' : '党委委员、项目办主任,统筹本镇重点项目及征地拆迁协调', expert: true },
      { id: liaison[0], name: liaison[1], duty: '项目办工作人员,负责项目台账报送和问题收集' },
    ],
  });
});
// filed_on: 70号文 2022-09-20 印发后,各单位于 2022 年 10 月报区项目中心备案
const P = (id, name, duty, extra = {}) => ({ id, name, duty, ...extra });
UNITS.push(
  { id: 'drc', name: '开州区发展和改革委员会', type: 'department', roles: ['administrative-authority', 'approval'], filed_on: '2022-09-28',
    people: [P('deng-hui', '邓辉', '固定资产投资科科长,负责项目审批及投资计划管理', { expert: true }), P('yang-fan', '杨帆', '投资科科员,负责项目清单编制')] },
  { id: 'transport-bureau', name: '开州区交通运输委员会', type: 'department', roles: ['industry-authority', 'approval'], filed_on: '2022-10-08',
    people: [P('gu-jianguo', '顾建国', '党委书记、主任,巫云开高速开州段指定牵头责任人', { email: 'gujianguo@example.gov.cn' }),
      P('wang-li', '王丽', '项目科科长,统筹交通项目', { expert: true, email: 'wangli@example.gov.cn' }),
      P('lu-qiang', '卢强', '项目科科员,负责交通项目调度', { email: 'luqiang@example.gov.cn' })] },
  { id: 'water-bureau', name: '开州区水利局', type: 'department', roles: ['industry-authority', 'approval'], filed_on: '2022-10-09',
    people: [P('qian-wei', '钱伟', '党组书记、局长,跳蹬水库工程指定牵头责任人'), P('xie-feng', '谢峰', '规划计划科科长,统筹水利项目', { expert: true }), P('mo-xiaoyu', '莫晓宇', '规划计划科科员')] },
  { id: 'housing-bureau', name: '开州区住房和城乡建设委员会', type: 'department', roles: ['industry-authority', 'approval'], filed_on: '2022-10-09',
    people: [P('fan-lei', '范磊', '党委书记、主任,浦里新区项目指定牵头责任人'), P('cao-yong', '曹勇', '项目科科长,统筹城市建设项目', { expert: true }), P('pan-ting', '潘婷', '项目科科员')] },
  { id: 'agriculture-bureau', name: '开州区农业农村委员会', type: 'department', roles: ['industry-authority'], filed_on: '2022-10-10',
    people: [P('luo-ping', '罗平', '计划财务科科长,统筹农业农村项目', { expert: true }), P('qin-yue', '秦悦', '计划财务科科员,负责农业项目台账汇总')] },
  { id: 'education-bureau', name: '开州区教育委员会', type: 'department', roles: ['industry-authority'], filed_on: '2022-10-11',
    people: [P('jiang-hong', '蒋红', '发展规划科科长,统筹教育项目', { expert: true })] },
  { id: 'health-bureau', name: '开州区卫生健康委员会', type: 'department', roles: ['industry-authority'], filed_on: '2022-10-11',
    people: [P('yu-bo', '余波', '规划发展科科长,统筹卫生健康项目', { expert: true })] },
  { id: 'civil-affairs-bureau', name: '开州区民政局', type: 'department', roles: ['industry-authority'], filed_on: '2022-10-12',
    people: [P('peng-yu', '彭宇', '养老服务科科长,统筹养老服务设施项目', { expert: true })] },
  { id: 'economy-bureau', name: '开州区经济和信息化委员会', type: 'department', roles: ['industry-authority'], filed_on: '2022-10-10',
    people: [P('hu-kai', '胡凯', '园区发展科科长,统筹工业园区项目', { expert: true }), P('zeng-li', '曾莉', '园区发展科科员')] },
  { id: 'finance-bureau', name: '开州区财政局', type: 'department', roles: ['factor-guarantee'], filed_on: '2022-10-08',
    people: [P('du-juan', '杜娟', '经济建设科科长,负责项目资金保障', { expert: true }), P('shen-hao', '沈浩', '债务管理科科长,负责专项债券资金')] },
  { id: 'planning-bureau', name: '开州区规划和自然资源局', type: 'department', roles: ['approval', 'factor-guarantee'], filed_on: '2022-10-08',
    people: [P('guo-lin', '郭林', '国土空间规划科科长,负责用地预审与规划许可', { expert: true }), P('ren-jie', '任杰', '耕地保护科科长,负责用地报批')] },
  { id: 'ecology-bureau', name: '开州区生态环境局', type: 'department', roles: ['approval'], filed_on: '2022-10-12',
    people: [P('song-yu', '宋宇', '环评科科长,负责项目环评审批', { expert: true })] },
  { id: 'supervision-office', name: '开州区人民政府督查办公室', type: 'organ', filed_on: '2022-10-08',
    people: [P('wei-dong', '魏东', '督查一科科长,负责重点项目联合督查', { expert: true }), P('lin-xue', '林雪', '督查一科科员,负责督查台账')] },
  { id: 'npc-standing-committee', name: '开州区人大常委会', type: 'organ',
    people: [P('fang-zheng', '方正', '财政经济工作委员会主任,参与联合督查监督指导')] },
  { id: 'kz-urban-invest', name: '重庆市开州区城市建设投资(集团)有限公司', type: 'soe', filed_on: '2022-10-10',
    people: [P('ma-chao', '马超', '项目中心主任,统筹集团重点项目', { expert: true, email: 'machao@example.gov.cn' }),
      P('chen-jie', '陈杰', '项目中心副主任,项目联络员', { email: 'chenjie@example.gov.cn' }),
      P('gao-ya', '高雅', '项目中心工作人员,项目联络员', { email: 'gaoya@example.gov.cn' })] },
  { id: 'kz-transport-invest', name: '重庆市开州区交通投资(集团)有限公司', type: 'soe', filed_on: '2022-10-10',
    people: [P('zhu-hua', '朱华', '项目中心主任,统筹交通投资项目', { expert: true }), P('lei-ming', '雷鸣', '项目中心工作人员,项目联络员'), P('xiong-wen', '熊文', '项目中心工作人员,项目联络员')] },
  { id: 'kz-water-invest', name: '重庆市开州区水务投资(集团)有限公司', type: 'soe', filed_on: '2022-10-11',
    people: [P('kong-liang', '孔亮', '项目中心主任,统筹水务项目', { expert: true }), P('tan-xin', '谭鑫', '项目中心工作人员,项目联络员')],
    bonus: [{ year: 2022, points: 2, reason: '跳蹬水库项目全年投资任务超额完成' }] },
  { id: 'kz-industry-invest', name: '重庆市开州区工业投资(集团)有限公司', type: 'soe', filed_on: '2022-10-12',
    people: [P('lv-bin', '吕斌', '项目中心主任,统筹园区项目', { expert: true }), P('yan-qi', '严琪', '项目中心工作人员,项目联络员')] },
  { id: 'kz-agri-invest', name: '重庆市开州区农业投资(集团)有限公司', type: 'soe', filed_on: '2022-10-12',
    people: [P('shi-lei', '石磊', '项目中心主任,统筹农业农村项目', { expert: true }), P('cui-na', '崔娜', '项目中心工作人员,项目联络员')] },
  { id: 'kz-people-hospital', name: '重庆市开州区人民医院', type: 'institution', filed_on: '2022-10-13',
    people: [P('qiu-min', '邱敏', '基建科科长,负责新院区建设', { expert: true }), P('dong-jie', '董洁', '基建科工作人员,项目联络员')] },
  { id: 'kz-tcm-hospital', name: '重庆市开州区中医院', type: 'institution', filed_on: '2022-10-13',
    people: [P('fu-gang', '傅刚', '基建办主任,负责院区建设项目', { expert: true }), P('pu-xiao', '蒲晓', '基建办工作人员,项目联络员')] },
  { id: 'drc-center', name: '开州区重大项目服务中心', type: 'center', filed_on: '2022-09-26',
    people: [
      P('li-na', '李娜', '中心主任,统筹全区重点项目调度、会审和月度通报', { expert: true, email: 'lina@example.gov.cn', sectors: ['transport', 'urban'] }),
      P('he-jun', '何军', '交通水利组组长', { expert: true, email: 'hejun@example.gov.cn', sectors: ['transport', 'water'] }),
      P('xu-jing', '徐静', '园区城市组组长', { email: 'xujing@example.gov.cn', sectors: ['park', 'urban'] }),
      P('tang-lei', '唐磊', '农业农村组组长', { email: 'tanglei@example.gov.cn', sectors: ['agriculture'] }),
      P('feng-yan', '冯燕', '社会事业组组长', { email: 'fengyan@example.gov.cn', sectors: ['social'] }),
    ] },
  { id: 'district-leadership', name: '中共重庆市开州区委、重庆市开州区人民政府', type: 'leadership',
    people: [
      P('zhou-ming', '周明', '主持区委全面工作', { title: '区委书记', rank: 1, leader_roles: ['main'] }),
      P('sun-hao', '孙浩', '主持区政府全面工作', { title: '区委副书记、区长', rank: 2, leader_roles: ['main'] }),
      P('zhang-wei', '张伟', '分管发展改革、财政、金融、交通', { title: '区委常委、常务副区长', rank: 3, leader_roles: ['lead', 'investment-finance'] }),
      P('liu-yang', '刘洋', '分管规划自然资源、住房城乡建设', { title: '副区长', rank: 5, leader_roles: ['lead', 'land-supply'] }),
      P('wang-jun', '王军', '分管水利、农业农村', { title: '副区长', rank: 6, leader_roles: ['lead'] }),
      P('chen-gang', '陈刚', '分管经济信息、工业园区、乡村振兴产业', { title: '副区长', rank: 7, leader_roles: ['lead'] }),
      P('zhao-min', '赵敏', '分管教育、卫生健康、民政', { title: '副区长', rank: 8, leader_roles: ['lead'] }),
      P('huang-tao', '黄涛', '分管信访、维稳,负责重点项目施工环境保障', { title: '区委常委、政法委书记', rank: 4, leader_roles: ['petition-stability'] }),
    ] },
);
UNITS.find((u) => u.id === 'hanfeng-street').bonus = [{ year: 2022, points: 1, reason: '重点项目属地施工环境保障成效显著' }];
const UNIT = Object.fromEntries(UNITS.map((u) => [u.id, u]));
const PERSON = {};
for (const u of UNITS) for (const p of u.people) { assert(!PERSON[p.id], 'duplicate person ' + p.id); PERSON[p.id] = { ...p, unit: u.id }; }
const LEAD_LEADERS = ['zhang-wei', 'liu-yang', 'wang-jun', 'chen-gang', 'zhao-min'];
const LEADER_DAY = { 'zhang-wei': 15, 'liu-yang': 16, 'wang-jun': 17, 'chen-gang': 19, 'zhao-min': 18, 'huang-tao': 20 };
const DOMAIN_LEADER = { funding: 'zhang-wei', land: 'liu-yang', 'construction-environment': 'huang-tao' };
const MAIN_MEETINGS = [ // DS-2: one per quarter
  { q: 'Q1', date: '2022-03-25', convener: 'zhou-ming', note: '区委常委会会议专题研究全区重点项目推进情况' },
  { q: 'Q2', date: '2022-06-24', convener: 'sun-hao', note: '区政府常务会议专题调度全区重点项目' },
  { q: 'Q3', date: '2022-09-23', convener: 'zhou-ming', note: '全区重点项目专题推进会议' },
  { q: 'Q4', date: '2022-12-23', convener: 'sun-hao', note: '区政府常务会议专题调度全区重点项目年度目标冲刺' },
];
const MISSED_LEADER_MONTH = { leader: 'zhao-min', month: '2022-10' }; // DS-1 scenario

// ---------------------------------------------------------------- projects
// lists: R = reserve-2021-2025, R22 = rolling-2022-2024, A22 = annual-2022, R23 = rolling-2023-2025, A23 = annual-2023
// a22/a23: annual plan { planned (万元), target, ms: [[countdown milestone, due], ...] }
// ratio: 2022 actual investment / planned (green >= 0.9, yellow 0.7-0.9, red < 0.7 at year end)
const OLD = 'R R22 A22 R23 A23';
const DONE22 = 'R R22 A22';        // completes in 2022
const NEW = 'R R23 A23';           // entered 2022, decided in 2022, starts 2023
const PROJECTS = [
  // ---- water
  { key: 'W1', id: 'KZ-2019-001', name: '跳蹬水库工程', sector: 'water', nature: 'public-welfare', owner: 'kz-water-invest', lead: 'water-bureau', leader: 'wang-jun', liaison: 'tan-xin', loc: 'wenquan-town',
    total: 319800, start: '2020-12', end: '2025-12', prior: 82000, lists: OLD, ratio: 1.03, phys: 'reservoir',
    note: '总库容1.06亿立方米,建成后解决城区24万人供水',
    a22: { planned: 68000, target: '完成大坝填筑至高程520米,导流洞全部完工', ms: [['完成大坝基础开挖及帷幕灌浆', '2022-04-30'], ['大坝填筑至高程505米', '2022-07-31'], ['导流洞全部完工', '2022-10-31']] },
    a23: { planned: 72000, target: '大坝填筑到顶,开工建设输水工程' },
    major: { lead_unit: 'water-bureau', lead_person: 'qian-wei', extra: [['qian-wei', '指定牵头责任人,统筹专班工作'], ['guo-lin', '规划自然资源局,负责用地报批及规划许可'], ['du-juan', '财政局,负责区级配套资金保障']] },
    funding: [['central-budget', 98000], ['special-bond', 60000], ['policy-finance', 40000], ['municipal', 50000], ['bank-loan', 50000], ['district-fiscal', 21800]],
    inters: [{ id: 'jh-consulting', name: '重庆江河水利工程咨询有限公司', services: ['packaging', 'fund-application'], contract_on: '2021-10-12', fee: { on_success: 60, on_failure: 10 } }],
    apps: [{ channel: 'central-budget', year: 2022, requested: 30000, approved: 26000, status: 'approved', intermediary: 'jh-consulting' },
      { channel: 'special-bond', year: 2022, requested: 20000, approved: 20000, status: 'approved', intermediary: 'jh-consulting' }] },
  { key: 'W2', id: 'KZ-2020-009', name: '开州区城市污水处理厂提标改造工程', sector: 'water', nature: 'public-welfare', owner: 'kz-water-invest', lead: 'housing-bureau', leader: 'wang-jun', liaison: 'tan-xin', loc: 'fengle-street',
    total: 16500, start: '2021-10', end: '2022-10', prior: 6200, lists: DONE22, ratio: 1.0, phys: 'plant', completes: '2022-10',
    a22: { planned: 9800, target: '完成提标改造并通过环保验收,出水达到一级A标准', ms: [['完成生化池改造', '2022-04-30'], ['深度处理单元主体完工', '2022-07-31']] },
    funding: [['central-budget', 4000], ['special-bond', 6000], ['district-fiscal', 3500], ['self-raised', 3000]] },
  { key: 'W3', id: 'KZ-2021-005', name: '东河、南河堤防综合治理工程', sector: 'water', nature: 'public-welfare', owner: 'kz-water-invest', lead: 'water-bureau', leader: 'wang-jun', liaison: 'tan-xin', loc: 'wenfeng-street',
    total: 42000, start: '2021-11', end: '2024-06', prior: 3000, lists: OLD, ratio: 0.62, phys: 'levee',
    a22: { planned: 12000, target: '完成东河右岸3.2公里堤防,南河左岸段堤身填筑', ms: [['完成东河右岸段堤基处理', '2022-04-30'], ['完成南河左岸段堤身填筑', '2022-09-30'], ['东河右岸3.2公里堤防完工', '2022-11-30']] },
    a23: { planned: 15000, target: '完成南河段堤防主体工程' },
    funding: [['central-budget', 12000], ['municipal', 8000], ['special-bond', 14000], ['district-fiscal', 8000]] },
  { key: 'W4', id: 'KZ-2021-006', name: '开州区农村供水保障工程(2022年度)', sector: 'water', nature: 'public-welfare', owner: 'kz-water-invest', lead: 'water-bureau', leader: 'wang-jun', liaison: 'tan-xin', loc: 'zhenan-town',
    total: 9800, start: '2022-03', end: '2023-03', prior: 0, lists: OLD, ratio: 0.82, phys: 'water-supply',
    a22: { planned: 8200, target: '新改建水厂6座,巩固提升12万农村人口供水保障', ms: [['完成3座水厂主体工程', '2022-07-31'], ['完成配水管网200公里', '2022-10-31']] },
    a23: { planned: 1600, target: '完成剩余水厂设备安装及竣工验收' },
    funding: [['central-budget', 3000], ['municipal', 2800], ['district-fiscal', 4000]] },
  { key: 'W5', id: 'KZ-2021-007', name: '镇安镇中型灌区续建配套与节水改造工程', sector: 'water', nature: 'public-welfare', owner: 'zhenan-town', lead: 'water-bureau', leader: 'wang-jun', liaison: 'ji-xiang', loc: 'zhenan-town',
    total: 6800, start: '2022-02', end: '2023-06', prior: 0, lists: OLD, ratio: 0.95, phys: 'canal',
    a22: { planned: 3600, target: '完成干渠整治12公里', ms: [['完成干渠整治5公里', '2022-06-30']] },
    a23: { planned: 3200, target: '完成支渠配套及计量设施,通过竣工验收' },
    funding: [['central-budget', 3000], ['municipal', 1800], ['district-fiscal', 2000]] },
  { key: 'W6', id: 'KZ-2021-008', name: '大德镇场镇污水管网完善工程', sector: 'water', nature: 'public-welfare', owner: 'dade-town', lead: 'dade-town', leader: 'wang-jun', liaison: 'qi-ming', loc: 'dade-town',
    total: 420, start: '2022-04', end: '2022-09', prior: 0, lists: DONE22, ratio: 1.0, phys: 'sewer', completes: '2022-09',
    a22: { planned: 420, target: '新建污水管网3.6公里并投入使用', ms: [['完成主管网敷设', '2022-07-31']] },
    funding: [['district-fiscal', 300], ['municipal', 120]] },
  { key: 'N7', id: 'KZ-2022-007', name: '汉丰湖水环境综合治理工程(二期)', sector: 'water', nature: 'public-welfare', owner: 'kz-water-invest', lead: 'water-bureau', leader: 'wang-jun', liaison: 'tan-xin', loc: 'hanfeng-street',
    total: 38000, start: '2023-04', end: '2025-12', lists: NEW, added: '2022-06-02', phys: 'prelim',
    decision: { date: '2022-07-08', body: 'government', ref: '开州府〔2022〕66号' },
    a23: { planned: 9000, target: '完成消落带生态修复一期及截污干管' },
    funding: [['central-budget', 10000], ['special-bond', 16000], ['district-fiscal', 6000], ['bank-loan', 6000]] },
  { key: 'N8', id: 'KZ-2022-008', name: '开州城区供水管网更新改造工程', sector: 'water', nature: 'public-welfare', owner: 'kz-water-invest', lead: 'water-bureau', leader: 'wang-jun', liaison: 'kong-liang', loc: 'yunfeng-street',
    total: 15000, start: '2023-03', end: '2024-12', lists: NEW, added: '2022-07-04', phys: 'prelim',
    decision: { date: '2022-08-05', body: 'government', ref: '开州府〔2022〕74号' },
    a23: { planned: 6000, target: '更新改造老旧供水管网40公里' },
    funding: [['special-bond', 8000], ['district-fiscal', 2000], ['self-raised', 5000]] },

  // ---- transport
  { key: 'T1', id: 'KZ-2019-002', name: '巫云开高速公路开州段', sector: 'transport', nature: 'operating', owner: 'kz-transport-invest', lead: 'transport-bureau', leader: 'zhang-wei', liaison: 'lei-ming', loc: 'guojia-town',
    total: 358000, start: '2020-06', end: '2024-12', prior: 146000, lists: OLD, ratio: 1.06, phys: 'highway',
    a22: { planned: 62000, target: '完成路基工程90%,桥梁下部结构全部完成', ms: [['完成K8-K15段路基土石方', '2022-04-30'], ['完成全线桥梁桩基', '2022-07-31'], ['完成隧道二次衬砌', '2022-10-31']] },
    a23: { planned: 70000, target: '全线路面及交安工程完工,具备通车条件' },
    major: { lead_unit: 'transport-bureau', lead_person: 'gu-jianguo', extra: [['gu-jianguo', '指定牵头责任人,统筹专班工作'], ['ren-jie', '规划自然资源局,负责临时用地及征地报批'], ['shen-hao', '财政局,负责专项债券资金']] },
    funding: [['special-bond', 80000], ['policy-finance', 60000], ['bank-loan', 150000], ['municipal', 40000], ['social-capital', 28000]],
    inters: [{ id: 'yz-consulting', name: '重庆渝咨工程咨询有限公司', services: ['packaging', 'fund-application'], contract_on: '2021-11-15', fee: { on_success: 45, on_failure: 8 } }],
    apps: [{ channel: 'special-bond', year: 2022, requested: 30000, approved: 25000, status: 'approved', intermediary: 'yz-consulting' },
      { channel: 'policy-finance', year: 2022, requested: 20000, approved: 20000, status: 'approved', intermediary: 'yz-consulting' }] },
  { key: 'T2', id: 'KZ-2020-001', name: '渝西高铁开州段配套工程', sector: 'transport', nature: 'public-welfare', owner: 'kz-transport-invest', lead: 'transport-bureau', leader: 'zhang-wei', liaison: 'xiong-wen', loc: 'baihe-street',
    total: 186000, start: '2021-03', end: '2024-06', prior: 52000, lists: OLD, ratio: 0.79, phys: 'station-road',
    a22: { planned: 48000, target: '站前广场主体完工,连接道路路基完成80%', ms: [['完成站前广场地块征收', '2022-04-30'], ['连接道路路基开工', '2022-06-30'], ['完成站前广场主体结构', '2022-11-30']] },
    a23: { planned: 52000, target: '连接道路全线贯通,站前广场投入使用' },
    funding: [['special-bond', 60000], ['municipal', 30000], ['district-fiscal', 26000], ['bank-loan', 70000]] },
  { key: 'T4', id: 'KZ-2020-002', name: '凤凰梁大桥', sector: 'transport', nature: 'public-welfare', owner: 'kz-urban-invest', lead: 'transport-bureau', leader: 'zhang-wei', liaison: 'chen-jie', loc: 'yunfeng-street',
    total: 86000, start: '2021-05', end: '2023-12', prior: 24000, lists: OLD, ratio: 0.97, phys: 'bridge',
    a22: { planned: 30000, target: '主塔封顶,完成主梁悬浇50%', ms: [['完成主墩承台', '2022-03-31'], ['主塔施工至60米', '2022-07-31'], ['主塔封顶', '2022-10-31']] },
    a23: { planned: 32000, target: '全桥合龙,完成桥面系施工' },
    funding: [['special-bond', 40000], ['bank-loan', 30000], ['district-fiscal', 16000]] },
  { key: 'T5', id: 'KZ-2020-003', name: '观音山隧道', sector: 'transport', nature: 'public-welfare', owner: 'kz-transport-invest', lead: 'transport-bureau', leader: 'zhang-wei', liaison: 'lei-ming', loc: 'wenfeng-street',
    total: 124000, start: '2020-10', end: '2023-10', prior: 38000, lists: OLD, ratio: 0.55, phys: 'tunnel',
    a22: { planned: 42000, target: '左右洞累计掘进3200米,实现隧道贯通', ms: [['左右洞累计掘进1800米', '2022-05-31'], ['完成出口段断层带支护', '2022-08-31'], ['隧道贯通', '2022-11-30']] },
    a23: { planned: 40000, target: '完成二次衬砌及机电安装,建成通车' },
    funding: [['special-bond', 50000], ['bank-loan', 44000], ['municipal', 20000], ['district-fiscal', 10000]] },
  { key: 'T3', id: 'KZ-2021-001', name: '开万梁高速公路开州段', sector: 'transport', nature: 'operating', owner: 'kz-transport-invest', lead: 'transport-bureau', leader: 'zhang-wei', liaison: 'xiong-wen', loc: 'zhaojia-street',
    total: 1280000, start: '2023-06', end: '2026-12', prior: 0, lists: 'R R22 R23', stage: 'preliminary', phys: 'prelim-highway', prelimSpend: [100, 240],
    funding: [['special-bond', 200000], ['policy-finance', 150000], ['bank-loan', 700000], ['social-capital', 230000]] },
  { key: 'T6', id: 'KZ-2021-002', name: '浦里大道(二期)工程', sector: 'transport', nature: 'public-welfare', owner: 'kz-urban-invest', lead: 'transport-bureau', leader: 'zhang-wei', liaison: 'gao-ya', loc: 'zhaojia-street',
    total: 98000, start: '2021-09', end: '2023-12', prior: 21000, lists: OLD, ratio: 1.1, phys: 'road',
    a22: { planned: 36000, target: '完成道路主线路基,雨污管网完成70%', ms: [['完成K0-K2段路基', '2022-04-30'], ['完成跨河桥梁下部结构', '2022-08-31'], ['雨污管网完成50%', '2022-10-31']] },
    a23: { planned: 36000, target: '完成路面及附属工程,全线通车' },
    funding: [['special-bond', 45000], ['bank-loan', 35000], ['district-fiscal', 18000]] },
  { key: 'T8', id: 'KZ-2021-003', name: '开州区四好农村路提档升级工程(2022年度)', sector: 'transport', nature: 'public-welfare', owner: 'kz-transport-invest', lead: 'transport-bureau', leader: 'zhang-wei', liaison: 'xiong-wen', loc: 'dade-town',
    total: 8600, start: '2022-03', end: '2022-12', prior: 0, lists: DONE22, ratio: 0.99, phys: 'rural-road', completes: '2022-12',
    a22: { planned: 8600, target: '完成农村公路提档升级180公里', ms: [['完成60公里路面硬化', '2022-06-30'], ['完成120公里路面硬化', '2022-09-30']] },
    funding: [['central-budget', 2000], ['municipal', 3000], ['district-fiscal', 3600]],
    apps: [{ channel: 'central-budget', year: 2022, requested: 2500, approved: 2000, status: 'approved' }] },
  { key: 'T10', id: 'KZ-2021-004', name: '万达直线开州段', sector: 'transport', nature: 'operating', owner: 'kz-transport-invest', lead: 'transport-bureau', leader: 'zhang-wei', liaison: 'lei-ming', loc: 'houba-town',
    total: 960000, start: '2025-06', end: '2029-12', prior: 0, lists: 'R', stage: 'preliminary', phys: 'prelim-reserve',
    note: '仅列入五年储备清单,开展前期研究,未安排政府性资金',
    funding: [['bank-loan', 600000], ['social-capital', 300000], ['self-raised', 60000]] },
  { key: 'N1', id: 'KZ-2022-001', name: '汉丰湖环湖路改造工程', sector: 'transport', nature: 'public-welfare', owner: 'kz-urban-invest', lead: 'transport-bureau', leader: 'zhang-wei', liaison: 'chen-jie', loc: 'hanfeng-street',
    total: 12800, start: '2023-03', end: '2024-12', lists: NEW, added: '2022-01-05', phys: 'prelim',
    decision: { date: '2022-01-25', body: 'government', ref: '开州府〔2022〕5号' },
    a23: { planned: 5000, target: '完成路基及桥梁下部结构' },
    funding: [['special-bond', 6000], ['district-fiscal', 6800]] },
  { key: 'N6', id: 'KZ-2022-006', name: '西渝高铁开州站综合换乘中心', sector: 'transport', nature: 'public-welfare', owner: 'kz-transport-invest', lead: 'transport-bureau', leader: 'zhang-wei', liaison: 'lei-ming', loc: 'baihe-street',
    total: 45000, start: '2022-08', end: '2024-12', prior: 0, lists: 'R A22 R23 A23', added: '2022-05-06', a22added: '2022-06-30', ratio: 0.75, phys: 'hub',
    decision: { date: '2022-06-15', body: 'government', ref: '开州府〔2022〕58号' },
    a22: { planned: 6000, target: '完成场地平整及换乘中心基础工程', ms: [['完成换乘中心桩基', '2022-11-30']] },
    a23: { planned: 18000, target: '换乘中心主体结构完工' },
    funding: [['special-bond', 18000], ['municipal', 8000], ['bank-loan', 12000], ['district-fiscal', 7000]],
    apps: [{ channel: 'special-bond', year: 2022, requested: 10000, approved: 8000, status: 'approved' }] },

  // ---- park
  { key: 'P1', id: 'KZ-2020-004', name: '开州工业园区浦里组团标准厂房(三期)', sector: 'park', nature: 'operating', owner: 'kz-industry-invest', lead: 'economy-bureau', leader: 'chen-gang', liaison: 'yan-qi', loc: 'zhaojia-street',
    total: 38000, start: '2021-06', end: '2023-06', prior: 14000, lists: OLD, ratio: 0.78, phys: 'factory',
    a22: { planned: 15000, target: '完成12万平方米标准厂房主体结构', ms: [['完成A区厂房主体结构', '2022-05-31'], ['完成B区厂房主体结构', '2022-09-30']] },
    a23: { planned: 9000, target: '全部完工并交付入驻企业' },
    funding: [['bank-loan', 18000], ['self-raised', 8000], ['special-bond', 12000]],
    inters: [{ id: 'hx-consulting', name: '重庆华信工程咨询有限公司', services: ['packaging', 'fund-application'], contract_on: '2022-01-20', fee: { on_success: 30, on_failure: 5 } }],
    apps: [{ channel: 'special-bond', year: 2022, requested: 15000, approved: 0, status: 'rejected', intermediary: 'hx-consulting' }] },
  { key: 'P2', id: 'KZ-2021-009', name: '白鹤工业园区基础设施配套工程', sector: 'park', nature: 'public-welfare', owner: 'kz-industry-invest', lead: 'economy-bureau', leader: 'chen-gang', liaison: 'yan-qi', loc: 'baihe-street',
    total: 24000, start: '2022-01', end: '2023-12', prior: 0, lists: OLD, ratio: 1.08, phys: 'park-road',
    a22: { planned: 9000, target: '完成园区道路4.5公里及供水管网', ms: [['完成园区道路路基2公里', '2022-06-30'], ['完成供水主管网', '2022-10-31']] },
    a23: { planned: 10000, target: '完成园区供电、燃气管网配套' },
    funding: [['special-bond', 12000], ['bank-loan', 8000], ['district-fiscal', 4000]] },
  { key: 'P3', id: 'KZ-2021-010', name: '赵家工业园区道路及管网工程', sector: 'park', nature: 'public-welfare', owner: 'kz-industry-invest', lead: 'economy-bureau', leader: 'chen-gang', liaison: 'lv-bin', loc: 'zhaojia-street',
    total: 15600, start: '2021-08', end: '2023-03', prior: 5200, lists: OLD, ratio: 0.5, phys: 'park-road', noMidyear: true,
    a22: { planned: 7000, target: '完成园区纵三路、横二路及配套管网', ms: [['完成纵三路路基', '2022-05-31'], ['完成横二路路基', '2022-09-30']] },
    a23: { planned: 3400, target: '全部完工并通过验收' },
    funding: [['special-bond', 8000], ['bank-loan', 5600], ['self-raised', 2000]] },
  { key: 'P5', id: 'KZ-2021-011', name: '开州区冷链物流园', sector: 'park', nature: 'operating', owner: 'kz-industry-invest', lead: 'economy-bureau', leader: 'chen-gang', liaison: 'yan-qi', loc: 'fengle-street',
    total: 26000, start: '2022-05', end: '2023-12', prior: 0, lists: OLD, ratio: 0.92, phys: 'coldchain',
    a22: { planned: 8000, target: '完成冷库主体结构及分拣中心基础', ms: [['完成冷库基础工程', '2022-09-30']] },
    a23: { planned: 12000, target: '冷库及分拣中心建成投运' },
    funding: [['bank-loan', 12000], ['social-capital', 9000], ['self-raised', 5000]] },
  { key: 'P6', id: 'KZ-2021-012', name: '开州智能制造产业孵化中心', sector: 'park', nature: 'operating', owner: 'kz-industry-invest', lead: 'economy-bureau', leader: 'chen-gang', liaison: 'lv-bin', loc: 'baihe-street',
    total: 18000, start: '2024-03', end: '2025-12', prior: 0, lists: 'R', stage: 'reserve', phys: 'reserve',
    note: '仅列入五年储备清单,尚未开展前期工作',
    funding: [['bank-loan', 9000], ['social-capital', 6000], ['self-raised', 3000]] },
  { key: 'N3', id: 'KZ-2022-003', name: '新能源汽车零部件产业园', sector: 'park', nature: 'operating', owner: 'kz-industry-invest', lead: 'economy-bureau', leader: 'chen-gang', liaison: 'yan-qi', loc: 'baihe-street',
    total: 120000, start: '2023-03', end: '2025-12', lists: NEW, added: '2022-02-08', phys: 'prelim',
    decision: { date: '2022-05-06', body: 'committee', ref: '开州委〔2022〕42号' },
    a23: { planned: 20000, target: '完成一期厂房主体及园区道路' },
    funding: [['social-capital', 70000], ['bank-loan', 30000], ['special-bond', 12000], ['self-raised', 8000]] },
  { key: 'N13', id: 'KZ-2022-013', name: '开州工业园区污水处理厂(二期)', sector: 'park', nature: 'public-welfare', owner: 'kz-industry-invest', lead: 'economy-bureau', leader: 'chen-gang', liaison: 'lv-bin', loc: 'baihe-street',
    total: 9800, start: '2023-05', end: '2024-06', lists: NEW, added: '2022-10-28', phys: 'prelim',
    decision: { date: '2022-12-08', body: 'government', ref: '开州府〔2022〕104号' },
    a23: { planned: 5000, target: '完成厂区土建及主要构筑物' },
    funding: [['special-bond', 5000], ['district-fiscal', 1800], ['self-raised', 3000]] },

  // ---- urban
  { key: 'U1', id: 'KZ-2021-013', name: '浦里新区绿色转型发展及新型城镇化项目', sector: 'urban', nature: 'public-welfare', owner: 'kz-urban-invest', lead: 'housing-bureau', leader: 'liu-yang', liaison: 'chen-jie', loc: 'zhaojia-street',
    total: 426500, start: '2022-04', end: '2025-12', prior: 0, lists: OLD, ratio: 0.96, phys: 'newtown',
    a22: { planned: 45000, target: '完成片区路网一期及安置房场平,开工建设生态廊道', ms: [['完成片区路网一期路基50%', '2022-08-31'], ['生态廊道开工', '2022-10-31']] },
    a23: { planned: 80000, target: '路网一期建成,安置房主体完工50%' },
    major: { lead_unit: 'housing-bureau', lead_person: 'fan-lei', extra: [['fan-lei', '指定牵头责任人,统筹专班工作'], ['guo-lin', '规划自然资源局,负责片区规划及用地保障'], ['du-juan', '财政局,负责政策性开发性金融工具配套']] },
    funding: [['policy-finance', 35000], ['special-bond', 120000], ['bank-loan', 160000], ['social-capital', 60000], ['municipal', 20000], ['district-fiscal', 31500]],
    inters: [{ id: 'zz-consulting', name: '重庆中咨联合工程咨询有限公司', services: ['packaging', 'fund-application'], contract_on: '2022-02-15', fee: { on_success: 80, on_failure: 12 } }],
    apps: [{ channel: 'policy-finance', year: 2022, requested: 50000, approved: 35000, status: 'approved', intermediary: 'zz-consulting' },
      { channel: 'special-bond', year: 2022, requested: 40000, approved: 30000, status: 'approved', intermediary: 'zz-consulting' }] },
  { key: 'U2', id: 'KZ-2021-014', name: '开州区2022年城镇老旧小区改造工程', sector: 'urban', nature: 'public-welfare', owner: 'kz-urban-invest', lead: 'housing-bureau', leader: 'liu-yang', liaison: 'gao-ya', loc: 'wenfeng-street',
    total: 18600, start: '2022-03', end: '2023-06', prior: 0, lists: OLD, ratio: 0.8, phys: 'estate',
    a22: { planned: 12000, target: '完成46个老旧小区改造,惠及居民5800户', ms: [['完成20个小区改造', '2022-08-31']] },
    a23: { planned: 6600, target: '全部完工并通过验收' },
    funding: [['central-budget', 5600], ['special-bond', 6000], ['district-fiscal', 4000], ['self-raised', 3000]],
    inters: [{ id: 'hx-consulting', name: '重庆华信工程咨询有限公司', services: ['fund-application'], contract_on: '2022-01-10', fee: { on_success: 20, on_failure: 4 } }],
    apps: [{ channel: 'central-budget', year: 2022, requested: 8000, approved: 5600, status: 'approved', intermediary: 'hx-consulting' }] },
  { key: 'U3', id: 'KZ-2020-005', name: '开州城区地下综合管廊(一期)', sector: 'urban', nature: 'public-welfare', owner: 'kz-urban-invest', lead: 'housing-bureau', leader: 'liu-yang', liaison: 'chen-jie', loc: 'yunfeng-street',
    total: 56000, start: '2021-03', end: '2023-12', prior: 22000, lists: OLD, ratio: 1.0, phys: 'tube',
    a22: { planned: 16000, target: '完成管廊主体8.2公里', ms: [['完成管廊主体4公里', '2022-06-30'], ['完成管廊主体6公里', '2022-09-30']] },
    a23: { planned: 14000, target: '管廊全线贯通并投入运营' },
    funding: [['special-bond', 25000], ['bank-loan', 20000], ['district-fiscal', 6000], ['ppp', 5000]] },
  { key: 'U4', id: 'KZ-2021-015', name: '汉丰湖滨湖公园提升工程', sector: 'urban', nature: 'public-welfare', owner: 'kz-urban-invest', lead: 'housing-bureau', leader: 'liu-yang', liaison: 'gao-ya', loc: 'hanfeng-street',
    total: 7800, start: '2022-02', end: '2022-11', prior: 0, lists: DONE22, ratio: 0.98, phys: 'lakepark', completes: '2022-11',
    a22: { planned: 7800, target: '完成滨湖步道、景观提升并开放', ms: [['完成滨湖步道5公里', '2022-07-31']] },
    funding: [['district-fiscal', 4800], ['special-bond', 3000]] },
  { key: 'U5', id: 'KZ-2020-006', name: '文峰片区城市棚户区改造项目', sector: 'urban', nature: 'public-welfare', owner: 'kz-urban-invest', lead: 'wenfeng-street', leader: 'liu-yang', liaison: 'chen-jie', loc: 'wenfeng-street',
    total: 46000, start: '2020-09', end: '2023-12', prior: 15000, lists: OLD, ratio: 0.45, phys: 'resettle',
    a22: { planned: 14000, target: '完成剩余征收签约,安置房主体结构封顶', ms: [['完成剩余36户征收签约', '2022-05-31'], ['安置房主体施工至12层', '2022-08-31']] },
    a23: { planned: 12000, target: '安置房竣工交付' },
    funding: [['special-bond', 20000], ['bank-loan', 16000], ['district-fiscal', 10000]] },
  { key: 'U6', id: 'KZ-2021-016', name: '开州城区智慧停车场建设工程', sector: 'urban', nature: 'operating', owner: 'kz-urban-invest', lead: 'housing-bureau', leader: 'liu-yang', liaison: 'gao-ya', loc: 'yunfeng-street',
    total: 5200, start: '2022-04', end: '2022-12', prior: 0, lists: DONE22, ratio: 0.93, phys: 'parking', completes: '2022-12',
    a22: { planned: 5200, target: '建成智慧停车泊位2600个', ms: [['建成停车泊位1200个', '2022-08-31']] },
    funding: [['social-capital', 3200], ['bank-loan', 2000]] },
  { key: 'N2', id: 'KZ-2022-002', name: '开州城区排水防涝能力提升工程', sector: 'urban', nature: 'public-welfare', owner: 'kz-water-invest', lead: 'housing-bureau', leader: 'liu-yang', liaison: 'tan-xin', loc: 'yunfeng-street',
    total: 12000, start: '2023-03', end: '2024-06', lists: NEW, added: '2022-02-07', phys: 'prelim',
    decision: { date: '2022-03-01', body: 'government', ref: '开州府〔2022〕18号' },
    a23: { planned: 5000, target: '完成城区易涝点整治12处' },
    funding: [['central-budget', 4000], ['special-bond', 5000], ['district-fiscal', 3000]] },
  { key: 'N4', id: 'KZ-2022-004', name: '镇东片区城市道路网工程', sector: 'urban', nature: 'public-welfare', owner: 'kz-urban-invest', lead: 'housing-bureau', leader: 'liu-yang', liaison: 'gao-ya', loc: 'zhendong-street',
    total: 22000, start: '2023-03', end: '2024-12', lists: NEW, added: '2022-03-04', phys: 'prelim',
    decision: { date: '2022-04-02', body: 'government', ref: '开州府〔2022〕31号' },
    a23: { planned: 8000, target: '完成片区主干道路基工程' },
    funding: [['special-bond', 10000], ['bank-loan', 8000], ['district-fiscal', 4000]] },
  { key: 'N9', id: 'KZ-2022-009', name: '开州区会展中心', sector: 'urban', nature: 'operating', owner: 'kz-urban-invest', lead: 'housing-bureau', leader: 'liu-yang', liaison: 'chen-jie', loc: 'zhendong-street',
    total: 68000, start: '2024-01', end: '2026-06', lists: 'R', added: '2022-08-25', stage: 'reserve', phys: 'reserve',
    note: '2022年9月项目会审未通过(建设规模偏大、资金来源不明确),保留在储备清单,暂不提请决策',
    funding: [['social-capital', 40000], ['bank-loan', 20000], ['self-raised', 8000]] },
  { key: 'N14', id: 'KZ-2022-014', name: '浦里新区安置房(二期)', sector: 'urban', nature: 'public-welfare', owner: 'kz-urban-invest', lead: 'housing-bureau', leader: 'liu-yang', liaison: 'chen-jie', loc: 'zhaojia-street',
    total: 36000, start: '2023-04', end: '2025-06', lists: NEW, added: '2022-11-28', phys: 'prelim',
    decision: { date: '2022-12-20', body: 'government', ref: '开州府〔2022〕108号' },
    a23: { planned: 8000, target: '完成场平及基础工程' },
    funding: [['special-bond', 16000], ['bank-loan', 14000], ['district-fiscal', 6000]] },

  // ---- agriculture
  { key: 'A1', id: 'KZ-2021-017', name: '开州区2022年高标准农田建设项目', sector: 'agriculture', nature: 'public-welfare', owner: 'kz-agri-invest', lead: 'agriculture-bureau', leader: 'wang-jun', liaison: 'cui-na', loc: 'zhenan-town',
    total: 15600, start: '2022-03', end: '2023-03', prior: 0, lists: OLD, ratio: 0.85, phys: 'farmland',
    a22: { planned: 13800, target: '建成高标准农田5.2万亩', ms: [['完成土地平整2万亩', '2022-06-30'], ['完成田间道路及灌排沟渠80%', '2022-10-31']] },
    a23: { planned: 1800, target: '完成扫尾工程及竣工验收' },
    funding: [['central-budget', 9000], ['municipal', 3600], ['district-fiscal', 3000]],
    apps: [{ channel: 'central-budget', year: 2022, requested: 9000, approved: 9000, status: 'approved' }] },
  { key: 'A2', id: 'KZ-2020-007', name: '开州春橙现代农业产业园', sector: 'agriculture', nature: 'operating', owner: 'kz-agri-invest', lead: 'agriculture-bureau', leader: 'wang-jun', liaison: 'cui-na', loc: 'houba-town',
    total: 28000, start: '2020-05', end: '2023-12', prior: 15000, lists: OLD, ratio: 1.12, phys: 'orchard',
    a22: { planned: 6000, target: '新建柑橘标准化果园3000亩,建成分选中心', ms: [['完成春季定植1500亩', '2022-04-30'], ['分选中心主体完工', '2022-09-30']] },
    a23: { planned: 5000, target: '完成冷链仓储及品牌营销中心' },
    funding: [['social-capital', 10000], ['bank-loan', 8000], ['municipal', 4000], ['district-fiscal', 3000], ['self-raised', 3000]] },
  { key: 'A3', id: 'KZ-2021-018', name: '温泉镇乡村振兴示范片建设项目', sector: 'agriculture', nature: 'public-welfare', owner: 'wenquan-town', lead: 'wenquan-town', leader: 'chen-gang', liaison: 'xue-mei', loc: 'wenquan-town',
    total: 6500, start: '2022-03', end: '2023-06', prior: 0, lists: OLD, ratio: 0.6, phys: 'village',
    a22: { planned: 3800, target: '完成3个村人居环境整治及产业路12公里', ms: [['完成产业路6公里', '2022-06-30'], ['完成2个村人居环境整治', '2022-10-31']] },
    a23: { planned: 2700, target: '示范片全面建成' },
    funding: [['municipal', 2500], ['district-fiscal', 2500], ['social-capital', 1500]] },
  { key: 'A4', id: 'KZ-2021-019', name: '郭家镇生猪标准化养殖基地', sector: 'agriculture', nature: 'operating', owner: 'kz-agri-invest', lead: 'agriculture-bureau', leader: 'chen-gang', liaison: 'shi-lei', loc: 'guojia-town',
    total: 4800, start: '2022-02', end: '2022-12', prior: 0, lists: DONE22, ratio: 1.0, phys: 'pigfarm', completes: '2022-12',
    a22: { planned: 4800, target: '建成年出栏2万头生猪标准化养殖场', ms: [['完成圈舍主体结构', '2022-07-31']] },
    funding: [['bank-loan', 2000], ['social-capital', 2000], ['self-raised', 800]] },
  { key: 'A5', id: 'KZ-2021-020', name: '厚坝镇农文旅融合发展项目', sector: 'agriculture', nature: 'operating', owner: 'houba-town', lead: 'houba-town', leader: 'chen-gang', liaison: 'hou-yu', loc: 'houba-town',
    total: 3500, start: '2022-04', end: '2023-10', prior: 0, lists: OLD, ratio: 0.95, phys: 'agritour',
    a22: { planned: 1500, target: '完成游客中心及乡村旅游步道', ms: [['游客中心主体完工', '2022-09-30']] },
    a23: { planned: 2000, target: '建成民宿集群并开放运营' },
    funding: [['social-capital', 2000], ['self-raised', 500], ['district-fiscal', 1000]] },
  { key: 'A6', id: 'KZ-2021-021', name: '金峰镇特色粮油产业基地', sector: 'agriculture', nature: 'operating', owner: 'jinfeng-town', lead: 'agriculture-bureau', leader: 'chen-gang', liaison: 'shao-wen', loc: 'jinfeng-town',
    total: 620, start: '2022-03', end: '2022-10', prior: 0, lists: DONE22, ratio: 1.0, phys: 'grain', completes: '2022-10',
    a22: { planned: 620, target: '建成优质粮油基地1200亩及烘干中心', ms: [['完成基地宜机化改造1200亩', '2022-06-30']] },
    funding: [['district-fiscal', 400], ['self-raised', 220]] },
  { key: 'A7', id: 'KZ-2021-022', name: '开州区农村人居环境整治提升工程(2022年度)', sector: 'agriculture', nature: 'public-welfare', owner: 'kz-agri-invest', lead: 'agriculture-bureau', leader: 'wang-jun', liaison: 'cui-na', loc: 'dade-town',
    total: 9000, start: '2022-03', end: '2023-03', prior: 0, lists: OLD, ratio: 0.75, phys: 'toilet',
    a22: { planned: 7500, target: '完成农村改厕3200户,污水治理行政村15个', ms: [['完成改厕1500户', '2022-07-31'], ['完成8个行政村污水治理', '2022-10-31']] },
    a23: { planned: 1500, target: '全部完工并通过验收' },
    funding: [['central-budget', 3000], ['municipal', 2000], ['district-fiscal', 4000]] },
  { key: 'A8', id: 'KZ-2021-023', name: '开州区农产品加工园', sector: 'agriculture', nature: 'operating', owner: 'kz-agri-invest', lead: 'agriculture-bureau', leader: 'chen-gang', liaison: 'shi-lei', loc: 'fengle-street',
    total: 12000, start: '2022-06', end: '2024-06', prior: 0, lists: OLD, ratio: 0.4, phys: 'factory2',
    a22: { planned: 3000, target: '完成一期场平及2栋加工厂房基础', ms: [['完成一期场地平整', '2022-10-31']] },
    a23: { planned: 5000, target: '一期厂房主体完工' },
    funding: [['bank-loan', 6000], ['social-capital', 4000], ['self-raised', 2000]] },
  { key: 'N5', id: 'KZ-2022-005', name: '开州区现代种业示范基地', sector: 'agriculture', nature: 'operating', owner: 'kz-agri-invest', lead: 'agriculture-bureau', leader: 'chen-gang', liaison: 'cui-na', loc: 'jinfeng-town',
    total: 8800, start: '2023-03', end: '2024-10', lists: NEW, added: '2022-04-02', phys: 'prelim',
    decision: { date: '2022-05-06', body: 'government', ref: '开州府〔2022〕45号' },
    a23: { planned: 3500, target: '建成育繁推一体化示范基地一期' },
    funding: [['municipal', 2000], ['bank-loan', 4000], ['self-raised', 2800]] },
  { key: 'N10', id: 'KZ-2022-010', name: '郭家镇油茶产业园', sector: 'agriculture', nature: 'operating', owner: 'kz-agri-invest', lead: 'agriculture-bureau', leader: 'chen-gang', liaison: 'shi-lei', loc: 'guojia-town',
    total: 5600, start: '2023-03', end: '2024-12', lists: NEW, added: '2022-09-02', phys: 'prelim',
    decision: { date: '2022-10-11', body: 'government', ref: '开州府〔2022〕88号' },
    a23: { planned: 2000, target: '新建高产油茶基地2000亩' },
    funding: [['social-capital', 2600], ['bank-loan', 2000], ['district-fiscal', 1000]] },

  // ---- social
  { key: 'S1', id: 'KZ-2021-024', name: '开州区人民医院新院区建设项目', sector: 'social', nature: 'public-welfare', owner: 'kz-people-hospital', lead: 'health-bureau', leader: 'zhao-min', liaison: 'dong-jie', loc: 'yunfeng-street',
    total: 86000, start: '2021-10', end: '2024-12', prior: 9000, lists: OLD, ratio: 1.01, phys: 'hospital',
    a22: { planned: 22000, target: '门诊医技楼主体封顶,住院楼主体施工至15层', ms: [['门诊医技楼主体施工至5层', '2022-05-31'], ['门诊医技楼主体封顶', '2022-09-30']] },
    a23: { planned: 26000, target: '住院楼主体封顶,开展机电安装' },
    funding: [['central-budget', 12000], ['special-bond', 30000], ['municipal', 8000], ['district-fiscal', 16000], ['self-raised', 20000]],
    apps: [{ channel: 'central-budget', year: 2022, requested: 15000, approved: 12000, status: 'approved' }],
    agency: { agent: '重庆渝开建设管理有限公司', consent_on: '2021-03-10', decided_on: '2021-04-16', plan_in: 'feasibility-report', approved_on: '2021-06-08',
      contract: { signed_on: '2021-08-20', scope: '项目全过程建设管理(施工准备至竣工验收移交)', duties: '代理方负责招标组织、合同管理、质量安全和进度控制;业主负责资金筹措、重大事项决策及依法应由业主签章的事项', fee: 860, fee_in_total: true },
      asset_owner: 'kz-people-hospital' } },
  { key: 'S2', id: 'KZ-2021-025', name: '开州城区中小学扩容工程(一期)', sector: 'social', nature: 'public-welfare', owner: 'kz-urban-invest', lead: 'education-bureau', leader: 'zhao-min', liaison: 'gao-ya', loc: 'wenfeng-street',
    total: 32000, start: '2022-03', end: '2023-08', prior: 0, lists: OLD, ratio: 0.83, phys: 'school',
    a22: { planned: 12000, target: '新建2所小学主体完工,新增学位5400个', ms: [['第一所小学主体封顶', '2022-09-30']] },
    a23: { planned: 20000, target: '2所小学及1所初中建成投用' },
    funding: [['special-bond', 16000], ['district-fiscal', 8000], ['central-budget', 4000], ['bank-loan', 4000]] },
  { key: 'S4', id: 'KZ-2021-026', name: '开州区养老服务中心', sector: 'social', nature: 'public-welfare', owner: 'kz-urban-invest', lead: 'civil-affairs-bureau', leader: 'zhao-min', liaison: 'chen-jie', loc: 'fengle-street',
    total: 8600, start: '2022-05', end: '2023-12', prior: 0, lists: OLD, ratio: 1.05, phys: 'care',
    a22: { planned: 3000, target: '完成主体结构施工', ms: [['主体结构施工至3层', '2022-09-30']] },
    a23: { planned: 5600, target: '建成投用,新增养老床位500张' },
    funding: [['central-budget', 2000], ['district-fiscal', 3600], ['special-bond', 3000]] },
  { key: 'S5', id: 'KZ-2020-008', name: '开州区职业教育中心实训基地', sector: 'social', nature: 'public-welfare', owner: 'kz-urban-invest', lead: 'education-bureau', leader: 'zhao-min', liaison: 'gao-ya', loc: 'zhendong-street',
    total: 9600, start: '2021-09', end: '2022-08', prior: 5400, lists: DONE22, ratio: 0.98, phys: 'training', completes: '2022-08',
    a22: { planned: 4200, target: '实训楼竣工并投入使用', ms: [['实训楼主体封顶', '2022-04-30']] },
    funding: [['central-budget', 3000], ['district-fiscal', 3600], ['self-raised', 3000]] },
  { key: 'N11', id: 'KZ-2022-011', name: '开州区中医院传染病区建设项目', sector: 'social', nature: 'public-welfare', owner: 'kz-tcm-hospital', lead: 'health-bureau', leader: 'zhao-min', liaison: 'pu-xiao', loc: 'hanfeng-street',
    total: 12000, start: '2023-06', end: '2024-12', lists: NEW, added: '2022-10-08', phys: 'prelim',
    decision: { date: '2022-11-04', body: 'government', ref: '开州府〔2022〕95号' },
    a23: { planned: 4000, target: '完成传染病区主体结构' },
    funding: [['central-budget', 4000], ['special-bond', 5000], ['district-fiscal', 3000]],
    agency: { agent: '重庆开诚项目管理有限公司', consent_on: '2022-09-26', decided_on: '2022-11-04', plan_in: 'proposal', approved_on: '2022-11-25',
      contract: { signed_on: '2022-12-16', scope: '施工阶段建设管理(施工招标至竣工验收)', duties: '代理方负责施工招标、现场管理和竣工验收组织;业主负责资金保障和依法应由业主签章的事项', fee: 168, fee_in_total: true },
      asset_owner: 'kz-tcm-hospital' } },
  { key: 'N12', id: 'KZ-2022-012', name: '开州中学新校区(二期)工程', sector: 'social', nature: 'public-welfare', owner: 'kz-urban-invest', lead: 'education-bureau', leader: 'zhao-min', liaison: 'gao-ya', loc: 'zhendong-street',
    total: 24000, start: '2023-09', end: '2025-08', lists: NEW, added: '2022-10-31', phys: 'prelim',
    decision: { date: '2022-12-08', body: 'government', ref: '开州府〔2022〕103号' },
    a23: { planned: 3000, target: '完成施工图设计并开工建设' },
    funding: [['special-bond', 12000], ['district-fiscal', 8000], ['bank-loan', 4000]] },
];
const PROJ = Object.fromEntries(PROJECTS.map((p) => [p.key, p]));
const PROJ_BY_ID = Object.fromEntries(PROJECTS.map((p) => [p.id, p]));
for (const p of PROJECTS) {
  p.listSet = new Set(p.lists.split(' '));
  p.sum = p.funding.reduce((a, [, x]) => a + x, 0);
  assert(p.sum >= p.total, `funding of ${p.id} ${p.sum} < ${p.total}`);
  assert(PERSON[p.liaison]?.unit === p.owner, 'liaison not of owner ' + p.id);
  assert(PERSON[p.leader]?.leader_roles?.includes('lead'), 'lead leader ' + p.id);
  // the month the ledger duty starts: since (2022-01), or the month the project entered the reserve list
  p.firstMonth = p.added ? ymOf(p.added) : '2022-01';
}
assert(new Set(PROJECTS.map((p) => p.id)).size === PROJECTS.length, 'duplicate project id');

// ---------------------------------------------------------------- scenarios
// joint reviews 项目会审 (RV-1..4): one a month, none in 2022-08 (RV-4 overdue item on the center)
const ASPECTS = ['necessity', 'feasibility', 'timing', 'scale', 'funding', 'spatial'];
const REVIEWS = [
  { date: '2022-01-13', items: [['N1', 'approved']] },
  { date: '2022-02-16', items: [['N2', 'conditional', { funding: 'concern' }], ['N3', 'deferred', { feasibility: 'concern', scale: 'concern', funding: 'concern' }]] },
  { date: '2022-03-15', items: [['N4', 'approved']] },
  { date: '2022-04-14', items: [['N3', 'conditional', { scale: 'concern' }], ['N5', 'approved']] },
  { date: '2022-05-12', items: [['N6', 'approved']] },
  { date: '2022-06-14', items: [['N7', 'conditional', { timing: 'concern' }]] },
  { date: '2022-07-14', items: [['N8', 'approved']] },
  // 2022-08: no joint review was held
  { date: '2022-09-15', items: [['N9', 'rejected', { necessity: 'concern', scale: 'concern', funding: 'concern' }], ['N10', 'approved']] },
  { date: '2022-10-13', items: [['N11', 'approved']] },
  { date: '2022-11-15', items: [['N12', 'conditional', { spatial: 'concern' }], ['N13', 'approved']] },
  { date: '2022-12-09', items: [['N14', 'approved']] },
];
const REVIEW_NOTES = {
  'N2@2022-02-16': '排水防涝:专项债券额度需在2023年度申报中落实', 'N3@2022-02-16': '新能源汽车零部件产业园:产业招商协议未签订、建设规模论证不足,暂缓,补充材料后再次会审',
  'N3@2022-04-14': '新能源汽车零部件产业园:已补充招商协议,一期规模压减后有条件通过',
  'N7@2022-06-14': '建设时序应与汉丰湖消落带治理一期验收衔接', 'N9@2022-09-15': '会展中心:建设规模偏大、运营资金平衡方案不成立,不予提请决策,保留储备',
  'N12@2022-11-15': '开州中学新校区:需按规划部门意见调整校区用地红线',
};

// problems 问题台账 and their handling. steps: [level, month|quarter, outcome?]
//   L1 = lead-unit dispatch (day 8), L1c = center dispatch (day 10), L2 = leader dispatch (domain leader for
//   funding/land/construction-environment, else the lead leader), L3 = main leaders' quarterly dispatch.
const PROBLEMS = [
  // resolved during the year
  { p: 'W1', title: '库区移民安置点建设用地报批滞后', cat: 'land', raised: '2022-01-12', due: '2022-03-31', steps: [['L1', '2022-02'], ['L2', '2022-02'], ['L3', 'Q1', 'resolved']] },
  { p: 'A2', title: '低温冻害影响新植柑橘苗木成活', cat: 'other', raised: '2022-01-18', due: '2022-03-31', resolved: '2022-03-15' },
  { p: 'A4', title: '养殖场环评批复滞后', cat: 'approval', raised: '2022-02-09', due: '2022-03-15', steps: [['L1', '2022-03'], ['L2', '2022-03', 'resolved']] },
  { p: 'T2', title: '站前广场地块剩余12户未签约', cat: 'land', raised: '2022-02-10', due: '2022-04-30', steps: [['L1c', '2022-03'], ['L2', '2022-03'], ['L2', '2022-04', 'resolved']] },
  { p: 'U3', title: '管廊穿越既有道路交通组织方案未批复', cat: 'approval', raised: '2022-02-14', due: '2022-03-31', steps: [['L1', '2022-03'], ['L2', '2022-03', 'resolved']] },
  { p: 'U5', title: '棚改片区剩余36户征收诉求未化解', cat: 'construction-environment', raised: '2022-03-03', due: '2022-05-31', steps: [['L1', '2022-03'], ['L2', '2022-03'], ['L3', 'Q2', 'resolved']] },
  { p: 'T5', title: '隧道出口段遇断层破碎带,需变更支护设计', cat: 'design', raised: '2022-03-05', due: '2022-05-31', steps: [['L1', '2022-03'], ['L2', '2022-04'], ['L3', 'Q2', 'resolved']] },
  { p: 'P2', title: '园区110千伏供电线路迁改滞后', cat: 'construction-environment', raised: '2022-03-07', due: '2022-04-30', steps: [['L1', '2022-03'], ['L2', '2022-04', 'resolved']] },
  { p: 'W2', title: '进水水质超设计负荷,需优化工艺参数', cat: 'design', raised: '2022-04-05', due: '2022-05-31', resolved: '2022-05-20' },
  { p: 'A1', title: '部分地块群众阻工', cat: 'construction-environment', raised: '2022-04-11', due: '2022-05-31', steps: [['L1', '2022-05'], ['L2', '2022-05', 'resolved']] },
  { p: 'W4', title: '管材价格上涨,施工单位停工', cat: 'other', raised: '2022-05-04', due: '2022-05-31', steps: [['L1', '2022-05', 'resolved']] },
  { p: 'U6', title: '社会资本方融资未落实', cat: 'funding', raised: '2022-05-05', due: '2022-05-31', steps: [['L1', '2022-05'], ['L2', '2022-05', 'resolved']] },
  { p: 'T1', title: 'K12+300段高压线迁改未完成', cat: 'construction-environment', raised: '2022-05-06', due: '2022-06-30', steps: [['L1', '2022-05', 'resolved']] },
  { p: 'S1', title: '新院区专项债券资金支付进度慢', cat: 'funding', raised: '2022-06-02', due: '2022-06-30', steps: [['L1', '2022-06'], ['L2', '2022-06', 'resolved']] },
  { p: 'P3', title: '雨季施工便道损毁,影响材料运输', cat: 'construction-environment', raised: '2022-06-03', due: '2022-06-30', steps: [['L1c', '2022-06', 'resolved']] },
  { p: 'T2', title: '2022年专项债券资金到位滞后', cat: 'funding', raised: '2022-07-04', due: '2022-08-31', steps: [['L1', '2022-07'], ['L2', '2022-07', 'resolved']] },
  { p: 'W3', title: '汛期洪水冲毁施工围堰,需重建', cat: 'construction-environment', raised: '2022-07-05', due: '2022-08-31', resolved: '2022-08-20' },
  { p: 'U1', title: '政策性开发性金融工具申报材料需补充', cat: 'funding', raised: '2022-08-03', due: '2022-08-31', steps: [['L1c', '2022-08', 'resolved']] },
  { p: 'U5', title: '安置房建设资金缺口1.2亿元', cat: 'funding', raised: '2022-08-04', due: '2022-10-31', steps: [['L1', '2022-08'], ['L2', '2022-09'], ['L3', 'Q4', 'resolved']] },
  { p: 'T6', title: 'K3段与安置房场平交叉施工干扰', cat: 'construction-environment', raised: '2022-09-05', due: '2022-09-30', steps: [['L1', '2022-09', 'resolved']] },
  // still open on 2023-01-10 (escalation scenarios, see README)
  { p: 'W3', title: '南河左岸段征地拆迁受阻', cat: 'land', raised: '2022-04-06', due: '2022-06-30', steps: [['L1', '2022-04'], ['L2', '2022-05'], ['L3', 'Q3']] },
  { p: 'T5', title: '隧道弃渣场用地未落实', cat: 'land', raised: '2022-09-03', due: '2022-10-31', steps: [['L1', '2022-09'], ['L2', '2022-10'], ['L3', 'Q4']] },
  { p: 'A3', title: '示范片区级配套资金未到位', cat: 'funding', raised: '2022-09-06', due: '2022-11-30', steps: [['L1', '2022-09'], ['L2', '2022-10']] },
  { p: 'W4', title: '部分水厂电力增容审批滞后', cat: 'approval', raised: '2022-09-21', due: '2022-11-30', steps: [['L1c', '2022-10']] },
  { p: 'U1', title: '片区控制性详细规划调整尚未获批', cat: 'approval', raised: '2022-10-03', due: '2022-12-31', steps: [['L1', '2022-10'], ['L2', '2022-10'], ['L2', '2022-12']] },
  { p: 'W1', title: '中央预算内资金下达后区级配套资金缺口', cat: 'funding', raised: '2022-10-05', due: '2022-12-31', steps: [['L1', '2022-10'], ['L2', '2022-10'], ['L3', 'Q4']] },
  { p: 'U5', title: '安置房夜间施工扰民投诉', cat: 'construction-environment', raised: '2022-10-09', due: '2022-11-30', steps: [['L1', '2022-11'], ['L2', '2022-11']] },
  { p: 'A8', title: '加工园二期用地指标未落实', cat: 'land', raised: '2022-10-20', due: '2022-12-31', steps: [['L1', '2022-11']] },
  { p: 'T1', title: '郭家镇段临时用地复垦方案未批复', cat: 'approval', raised: '2022-11-02', due: '2022-12-31', steps: [['L1', '2022-11'], ['L2', '2022-11']] },
  { p: 'N6', title: '换乘中心与高铁站房接口设计未稳定', cat: 'design', raised: '2022-11-04', due: '2023-02-28', steps: [['L1', '2022-11']] },
  { p: 'P1', title: '三期地块征收补偿款未兑付完毕', cat: 'land', raised: '2022-11-07', due: '2023-01-15', steps: [['L1', '2022-12'], ['L2', '2022-12']] },
  { p: 'P3', title: '园区道路雨污管网设计与市政规划衔接不一致', cat: 'design', raised: '2022-11-18', due: '2022-12-20' },
  { p: 'U2', title: '加装电梯居民意见不统一', cat: 'construction-environment', raised: '2022-12-02', due: '2023-01-31', steps: [['L1', '2022-12-20']] },
  { p: 'S2', title: '施工图审查意见整改未完成', cat: 'design', raised: '2022-12-05', due: '2023-01-31', steps: [['L1', '2022-12-20']] },
  { p: 'A7', title: '部分村组改厕选址与村民协商未果', cat: 'other', raised: '2022-12-12', due: '2023-01-31' },
];

// ledgers: missing (LS-4 ledger-missing), late (ledger-late), one on the very last day (not late)
const MISSING_LEDGERS = [['S4', '2022-04'], ['P5', '2022-07'], ['W5', '2022-09'], ['A5', '2022-12']];
const SUBMITTED_OVERRIDE = {
  'A6/2022-03': '2022-04-03', 'T6/2022-07': '2022-08-02', 'U4/2022-10': '2022-11-04', 'U3/2022-12': '2023-01-04',
  'W4/2022-05': '2022-05-31',
};
// countdown: never done (overdue), done late
const NEVER_DONE = [['T5', '隧道贯通'], ['W3', '完成南河左岸段堤身填筑'], ['A5', '完成年度工程计量及投资统计']];
const DONE_LATE = [['A3', '完成产业路6公里', '2022-07-12'], ['U5', '安置房主体施工至12层', '2022-09-20'], ['P3', '完成纵三路路基', '2022-06-15']];
const isMissing = (key, m) => MISSING_LEDGERS.some(([k, mm]) => k === key && mm === m);

// ---------------------------------------------------------------- simulation
const SEASON = [0.55, 0.6, 0.9, 1, 1.05, 1.1, 0.95, 0.95, 1.05, 1.1, 1.15, 1.3];
function stageAt(p, m) {
  if (p.stage) return p.stage; // reserve-only or preliminary-only projects
  if (p.decision && p.decision.date > monthEnd(m)) return 'reserve';
  if (m < p.start) return 'preliminary';
  if (p.completes && m >= p.completes) return 'completed';
  return 'construction';
}
for (const p of PROJECTS) {
  const rnd = rngFor('invest:' + p.id);
  p.months = MONTHS.filter((m) => m >= p.firstMonth);
  p.ledgerMonths = p.months.filter((m) => !isMissing(p.key, m));
  const inv = Object.fromEntries(p.months.map((m) => [m, 0])); // tenths of 万元
  if (p.a22) {
    const active = p.months.filter((m) => m >= p.start && (!p.completes || m <= p.completes));
    const noise = p.completes ? 1 : 1 + (rnd() - 0.5) * 0.03;
    const total = Math.min(Math.round(p.a22.planned * p.ratio * noise * 10), (p.total - (p.prior ?? 0)) * 10);
    const w = active.map((m) => SEASON[Number(m.slice(5)) - 1] * (0.75 + 0.5 * rnd()));
    const W = w.reduce((a, b) => a + b, 0);
    let left = total;
    active.forEach((m, i) => {
      const x = i === active.length - 1 ? left : Math.floor((total * w[i]) / W);
      inv[m] = x; left -= x;
    });
  } else if (p.prelimSpend) {
    for (const m of p.months) inv[m] = 10 * randInt(rnd, p.prelimSpend[0], p.prelimSpend[1]);
  }
  // a month without a ledger reports nothing: its investment is reported with the next ledger
  let carry = 0;
  p.invested = {};
  for (const m of p.months) {
    if (isMissing(p.key, m)) { carry += inv[m]; continue; }
    p.invested[m] = inv[m] + carry; carry = 0;
  }
  p.reported22 = Object.values(p.invested).reduce((a, b) => a + b, 0) / 10;
  p.stageEnd = stageAt(p, p.ledgerMonths.at(-1));
  assert((p.prior ?? 0) + p.reported22 <= p.total, 'investment exceeds total ' + p.id);
}

// countdown plans (LS-5)
for (const p of PROJECTS) {
  if (p.a22) {
    const t = [];
    if (p.a22added) {
      t.push(['完成施工图设计及施工招标', monthEnd(addMonths(p.start, -1))], ['主体工程开工', monthEnd(p.start)]);
    } else {
      t.push(['编制2022年度投资计划及施工组织方案', '2022-01-31']);
      if (p.start > '2022-01' && p.start <= '2022-12') t.push(['完成施工图设计及施工招标', monthEnd(addMonths(p.start, -1))], ['主体工程开工', monthEnd(p.start)]);
    }
    t.push(...p.a22.ms);
    t.push(p.completes ? ['完成竣工验收', monthEnd(p.completes)] : ['完成年度工程计量及投资统计', '2022-12-20']);
    t.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    assert(t.length >= 3 && t.length <= 6, 'countdown size ' + p.id + ' ' + t.length);
    const rnd = rngFor('countdown:' + p.id);
    p.cd22 = t.map(([task, due], i) => {
      const id = `C${i + 1}`;
      let done;
      const late = DONE_LATE.find(([k, tx]) => k === p.key && tx === task);
      if (NEVER_DONE.some(([k, tx]) => k === p.key && tx === task)) done = null;
      else if (late) done = late[2];
      else if (task === '主体工程开工') done = day(p.start, randInt(rnd, 5, 15));
      else if (task === '完成竣工验收') done = day(p.completes, randInt(rnd, 15, 20));
      else {
        done = addDays(due, -randInt(rnd, 3, 20));
        if (Number(done.slice(8)) > 22) done = day(ymOf(done), 22);
        if (done < p.firstMonth + '-01') done = p.firstMonth + '-' + pad2(randInt(rnd, 10, 20));
      }
      while (done && isMissing(p.key, ymOf(done))) done = day(addMonths(ymOf(done), -1), 20);
      return { id, task, due, done };
    });
  }
  if (p.a23) {
    const t = p.start >= '2023-01'
      ? [['完成施工图设计及审查', '2023-02-28'], ['完成施工招标并主体工程开工', monthEnd(p.start)], ['年度目标:' + p.a23.target, '2023-12-20']]
      : [['编制2023年度投资计划及施工组织方案', '2023-02-28'], p.end <= '2023-06' ? ['完成竣工验收', monthEnd(p.end)] : ['完成年度投资计划的50%', '2023-06-30'], ['年度目标:' + p.a23.target, '2023-12-20']];
    t.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    p.cd23 = t.map(([task, due], i) => ({ id: `C${i + 1}`, task, due }));
  }
}

// problems: ids, step dates, resolution
const QDATE = Object.fromEntries(MAIN_MEETINGS.map((m) => [m.q, m]));
for (const p of PROJECTS) p.problems = [];
for (const pr of PROBLEMS) {
  const p = PROJ[pr.p];
  assert(p, 'problem project ' + pr.p);
  pr.project = p;
  pr.steps = (pr.steps ?? []).map(([lvl, when, outcome]) => {
    let date, level, convener;
    if (lvl === 'L1') { date = when.length === 10 ? when : day(when, 8); level = 'lead-unit'; convener = p.lead; }
    else if (lvl === 'L1c') { date = day(when, 10); level = 'center'; convener = 'drc-center'; }
    else if (lvl === 'L2') { convener = DOMAIN_LEADER[pr.cat] ?? p.leader; date = day(when, LEADER_DAY[convener]); level = 'leader'; }
    else { date = QDATE[when].date; level = 'main'; convener = QDATE[when].convener; }
    return { lvl: lvl === 'L1c' ? 'L1' : lvl, date, level, convener, outcome: outcome ?? 'unresolved' };
  });
  const res = pr.steps.find((s) => s.outcome === 'resolved');
  pr.resolvedOn = res ? res.date : pr.resolved ?? null;
  // checks of the gate (DS-3/DS-4) and of the ledgers
  let prev = pr.raised;
  for (const s of pr.steps) {
    assert(s.date >= prev && (s === pr.steps[0] ? s.date >= pr.raised : s.date > prev), 'step order ' + pr.title);
    const earlier = pr.steps.filter((x) => x.date < s.date);
    if (s.lvl === 'L2') assert(earlier.some((x) => x.lvl === 'L1'), 'L2 without L1 ' + pr.title);
    if (s.lvl === 'L3') assert(earlier.some((x) => x.lvl === 'L1') && earlier.some((x) => x.lvl === 'L2'), 'L3 gate ' + pr.title);
    if (s.level === 'leader') assert(!(s.convener === MISSED_LEADER_MONTH.leader && ymOf(s.date) === MISSED_LEADER_MONTH.month), 'missed month');
    prev = s.date;
  }
  assert(!res || res === pr.steps.at(-1), 'resolution must be the last step');
  assert(!isMissing(p.key, ymOf(pr.raised)) && !(pr.resolvedOn && isMissing(p.key, ymOf(pr.resolvedOn))), 'problem in missing month');
  assert(ymOf(pr.raised) >= p.firstMonth, 'raised before tracked');
  p.problems.push(pr);
}
for (const p of PROJECTS) {
  p.problems.sort((a, b) => (a.raised < b.raised ? -1 : 1));
  p.problems.forEach((pr, i) => { pr.id = `P${i + 1}`; pr.ref = `${p.id}/${pr.id}`; });
}
const openAt = (pr, date) => pr.raised <= date && (!pr.resolvedOn || pr.resolvedOn >= date);

// ledgers
const LEDGERS = [];
for (const p of PROJECTS) {
  const rnd = rngFor('ledger:' + p.id);
  let cum = 0;
  for (const m of p.ledgerMonths) {
    cum += p.invested[m];
    const stage = stageAt(p, m);
    const done = (p.cd22 ?? []).filter((t) => t.done && ymOf(t.done) === m);
    const probs = p.problems.filter((pr) => ymOf(pr.raised) <= m && (!pr.resolvedOn || ymOf(pr.resolvedOn) >= m));
    const events = [...done.map((t) => t.done), ...probs.map((pr) => (pr.resolvedOn && ymOf(pr.resolvedOn) === m ? pr.resolvedOn : pr.raised))];
    const end = monthEnd(m);
    let submitted = SUBMITTED_OVERRIDE[`${p.key}/${m}`] ?? addDays(end, -randInt(rnd, 2, 6));
    const latest = maxStr(...events);
    if (latest && latest > submitted) submitted = addDays(latest, 1) > end ? latest : addDays(latest, 1);
    assert(submitted <= end || SUBMITTED_OVERRIDE[`${p.key}/${m}`], 'ledger after month end ' + p.id + ' ' + m);
    const pct = stage === 'completed' ? 100
      : stage === 'construction' ? Math.max(1, Math.min(99, Math.round((100 * ((p.prior ?? 0) + cum / 10)) / p.total))) : null;
    LEDGERS.push({ p, m, stage, submitted, invested: p.invested[m] / 10, pct, done, probs, cum: cum / 10 });
  }
}

// 形象进度 text for a ledger
const cap = (x) => Math.max(0, Math.min(100, Math.round(x)));
const PHYS = {
  reservoir: (x) => `大坝填筑累计完成${cap(x + 8)}%,导流洞累计完成${cap(x * 2.2)}%,库区移民安置有序推进`,
  highway: (x) => `路基工程累计完成${cap(x + 20)}%,桥梁下部结构累计完成${cap(x + 14)}%,隧道二次衬砌累计完成${cap(x - 5)}%`,
  'station-road': (x) => `站前广场主体结构累计完成${cap(x * 1.6)}%,连接道路路基累计完成${cap(x * 1.2)}%`,
  bridge: (x) => `主墩承台完成,主塔累计完成${cap(x * 1.5)}%,主梁悬浇累计完成${cap(x - 30)}%`,
  tunnel: (x) => `左右洞累计掘进${Math.round(x * 62)}米(两洞合计6200米),二次衬砌累计完成${Math.round(x * 28)}米`,
  road: (x) => `主线路基累计完成${cap(x * 1.5)}%,桥梁下部结构累计完成${cap(x * 1.3)}%,雨污管网累计完成${cap(x * 1.1)}%`,
  'rural-road': (x) => `累计完成农村公路提档升级${Math.round(1.8 * x)}公里`,
  hub: (x) => `场地平整累计完成${cap(x * 8)}%,换乘中心桩基累计完成${Math.round(x * 3)}根`,
  plant: (x) => `生化池改造累计完成${cap(x + 5)}%,深度处理单元累计完成${cap(x - 10)}%`,
  levee: (x) => `东河右岸堤防累计完成${(x * 0.09).toFixed(1)}公里,南河左岸段堤基处理累计完成${cap(x * 2)}%`,
  'water-supply': (x) => `新改建水厂累计完成${Math.min(6, Math.floor(x / 15))}座,配水管网累计敷设${Math.round(x * 2.5)}公里`,
  canal: (x) => `干渠整治累计完成${(x * 0.2).toFixed(1)}公里`,
  sewer: (x) => `污水管网累计敷设${(x * 0.036).toFixed(2)}公里`,
  'park-road': (x) => `园区道路路基累计完成${cap(x * 1.8)}%,给排水管网累计完成${cap(x * 1.4)}%`,
  factory: (x) => `标准厂房累计完成主体结构${(x * 0.15).toFixed(1)}万平方米`,
  factory2: (x) => `一期场地平整累计完成${cap(x * 6)}%,加工厂房基础累计完成${cap(x * 2)}%`,
  coldchain: (x) => `冷库基础工程累计完成${cap(x * 4)}%,分拣中心基础累计完成${cap(x * 2)}%`,
  newtown: (x) => `片区路网一期路基累计完成${cap(x * 6)}%,安置房场平累计完成${cap(x * 7)}%`,
  estate: (x) => `累计完成老旧小区改造${Math.round(x * 0.6)}个`,
  tube: (x) => `管廊主体累计完成${(x * 0.11).toFixed(1)}公里`,
  lakepark: (x) => `滨湖步道累计完成${(x * 0.07).toFixed(1)}公里,景观绿化累计完成${cap(x)}%`,
  resettle: (x) => `征收累计签约率${cap(x + 40)}%,安置房主体结构施工至第${Math.max(1, Math.round(x / 6))}层`,
  parking: (x) => `累计建成智慧停车泊位${Math.round(x * 26)}个`,
  farmland: (x) => `累计完成土地平整${(x * 0.05).toFixed(1)}万亩,田间道路及灌排沟渠累计完成${cap(x)}%`,
  orchard: (x) => `累计新建标准化果园${Math.round(x * 45)}亩,分选中心主体累计完成${cap(x)}%`,
  village: (x) => `累计完成产业路${(x * 0.12).toFixed(1)}公里,人居环境整治累计完成${cap(x)}%`,
  pigfarm: (x) => `圈舍主体累计完成${cap(x * 1.1)}%,环保设施累计完成${cap(x * 0.9)}%`,
  agritour: (x) => `游客中心主体累计完成${cap(x * 2)}%,乡村旅游步道累计完成${(x * 0.05).toFixed(1)}公里`,
  grain: (x) => `累计完成基地宜机化改造${Math.round(x * 12)}亩,烘干中心累计完成${cap(x)}%`,
  toilet: (x) => `累计完成农村改厕${Math.round(x * 38)}户,污水治理累计完成${Math.max(0, Math.round(x / 6))}个行政村`,
  hospital: (x) => `门诊医技楼主体结构施工至第${Math.max(1, Math.round(x / 3))}层,住院楼主体结构施工至第${Math.max(0, Math.round(x / 3.5))}层`,
  school: (x) => `第一所小学主体累计完成${cap(x * 2.4)}%,第二所小学主体累计完成${cap(x * 1.8)}%`,
  care: (x) => `主体结构累计完成${cap(x * 3)}%`,
  training: (x) => `实训楼主体及装饰装修累计完成${cap(x)}%`,
};
const PRELIM_STEPS = ['开展可行性研究报告编制', '可行性研究报告已报审', '取得用地预审与选址意见书', '开展初步设计', '初步设计审查中', '取得初步设计及概算批复', '开展施工图设计', '施工图设计审查中', '编制施工招标文件'];
const PRELIM_HIGHWAY = ['开展工程可行性研究', '工程可行性研究报告初稿完成', '开展环境影响评价', '开展水土保持方案编制', '用地预审与选址意见书报审', '工程可行性研究报告报市级审查', '开展社会稳定风险评估', '取得用地预审与选址意见书', '工程可行性研究报告修改完善', '开展初步设计招标', '开展初步设计勘察', '初步设计外业勘察完成'];
function physical(L) {
  const { p, m, stage, pct } = L;
  if (stage === 'completed') return m === p.completes ? '工程已全部完工,组织竣工验收' : '已完成竣工验收并投入使用';
  if (stage === 'construction') return PHYS[p.phys](pct);
  if (stage === 'reserve') {
    if (p.key === 'N9') return m >= '2022-09' ? '项目会审未通过,按会审意见优化建设规模和资金平衡方案' : '纳入储备清单,开展项目谋划及会审准备';
    if (p.key === 'P6') return '储备项目,开展产业招商及建设方案谋划';
    return '纳入储备清单,开展项目谋划,准备提请项目会审';
  }
  // preliminary
  if (p.phys === 'prelim-highway') return PRELIM_HIGHWAY[Number(m.slice(5)) - 1];
  if (p.phys === 'prelim-reserve') return '开展线位方案研究及前期论证';
  if (!p.decision) { // an older project before its planned start
    const left = (Number(p.start.slice(0, 4)) - 2022) * 12 + Number(p.start.slice(5)) - Number(m.slice(5));
    return left <= 1 ? '完成施工图设计审查,开展施工招标' : '开展施工图设计';
  }
  const k = (Number(m.slice(5)) - Number(ymOf(p.decision.date).slice(5)));
  return PRELIM_STEPS[Math.min(PRELIM_STEPS.length - 1, Math.max(0, k))];
}

// ---------------------------------------------------------------- dispatches 调度
const DISPATCHES = new Map();
function getDispatch(date, level, convener, note) {
  const id = `${date}-${convener}`;
  let d = DISPATCHES.get(id);
  if (!d) { d = { id, date, level, convener, projects: new Set(), problems: [], note }; DISPATCHES.set(id, d); }
  assert(d.level === level, 'dispatch level clash ' + id);
  return d;
}
function onRollingOrAnnual(p, date) {
  if (p.listSet.has('R22')) return true;
  if (p.listSet.has('A22')) return !p.a22added || p.a22added <= date;
  if (p.listSet.has('R23') || p.listSet.has('A23')) return date >= '2022-12-23';
  return false;
}
const RED = PROJECTS.filter((p) => p.a22 && p.ratio < 0.7).map((p) => p.id);
for (const m of MONTHS) {
  getDispatch(day(m, 10), 'center', 'drc-center', '区项目中心月度调度会');
  for (const l of LEAD_LEADERS) {
    if (l === MISSED_LEADER_MONTH.leader && m === MISSED_LEADER_MONTH.month) continue;
    const d = getDispatch(day(m, LEADER_DAY[l]), 'leader', l, '牵头区领导月度专题调度');
    for (const p of PROJECTS) if (p.leader === l && onRollingOrAnnual(p, d.date) && !(p.completes && p.completes < m)) d.projects.add(p.id);
  }
}
for (const mm of MAIN_MEETINGS) {
  const d = getDispatch(mm.date, 'main', mm.convener, mm.note);
  for (const id of RED) d.projects.add(id);
  for (const p of PROJECTS) if (p.major) d.projects.add(p.id);
}
function assignee(pr) {
  const p = pr.project;
  if (pr.cat === 'land' || pr.cat === 'construction-environment') return p.loc;
  if (pr.cat === 'funding') return 'finance-bureau';
  if (pr.cat === 'approval') return /环评/.test(pr.title) ? 'ecology-bureau' : /规划|用地|复垦|交通组织/.test(pr.title) ? 'planning-bureau' : 'drc';
  return p.owner;
}
for (const pr of PROBLEMS) {
  for (const s of pr.steps) {
    const note = s.level === 'lead-unit' ? '牵头责任单位专题调度' : s.level === 'leader' && !LEAD_LEADERS.includes(s.convener) ? '分管区领导专题调度施工环境保障问题' : undefined;
    const d = getDispatch(s.date, s.level, s.convener, note);
    d.projects.add(pr.project.id);
    d.problems.push({ problem: pr.ref, outcome: s.outcome, ...(s.outcome === 'unresolved' ? { assigned_to: assignee(pr), due: addDays(s.date, 21) } : {}) });
  }
}
for (const d of DISPATCHES.values()) {
  if (d.level === 'center') {
    for (const pr of PROBLEMS) if (openAt(pr, d.date) && ymOf(pr.raised) < ymOf(d.date)) d.projects.add(pr.project.id);
    if (d.projects.size === 0) for (const id of RED) d.projects.add(id);
  }
  d.projects = [...d.projects].sort();
  d.problems.sort((a, b) => (a.problem < b.problem ? -1 : 1));
  for (const e of d.problems) {
    const pr = PROBLEMS.find((x) => x.ref === e.problem);
    assert(pr.raised <= d.date && openAt(pr, d.date), 'dispatch handles a problem not open ' + d.id + ' ' + e.problem);
  }
}

// ---------------------------------------------------------------- inspections 联合督查 (AS-2..5)
// AS-3 random draw, the algorithm of `kzp inspect sample`: the population sorted by id, mulberry32(seed),
// partial Fisher-Yates; the sample in the order drawn. Population: the projects of rolling-2022-2024.
const SAMPLE_LIST = 'rolling-2022-2024';
const SAMPLE_POP = PROJECTS.filter((p) => p.listSet.has('R22')).map((p) => p.id).sort();
function drawSample(seed, population, size) {
  const rnd = mulberry32(seed); const a = [...population].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  for (let i = 0; i < size; i++) { const j = i + Math.floor(rnd() * (a.length - i)); [a[i], a[j]] = [a[j], a[i]]; }
  return a.slice(0, size);
}
const Q2_SAMPLE = drawSample(20220628, SAMPLE_POP, 6);
const INSPECTIONS = [
  { id: '2022-q1-inspection', date: '2022-03-29', methods: ['site-visit', 'document-check', 'briefing'],
    targets: [PROJ.T5.id, PROJ.W1.id, PROJ.U5.id, 'kz-transport-invest', 'wenfeng-street'],
    findings: [
      { target: PROJ.T5.id, issue: '隧道洞口安全防护及警示标志设置不规范', assigned_to: 'kz-transport-invest', due: '2022-04-30', closed_on: '2022-04-18', evidence: '整改报告及现场照片(开州交投〔2022〕21号)' },
      { target: 'wenfeng-street', issue: '项目办人员名单及责任分工未及时报区项目中心', assigned_to: 'wenfeng-street', due: '2022-04-15', closed_on: '2022-04-12', evidence: '人员名单及分工报送函' },
    ] },
  { id: '2022-q2-inspection', date: '2022-06-28', methods: ['document-check', 'self-report-check', 'site-visit'],
    sampling: { seed: 20220628, population: SAMPLE_POP.length, size: 6, list: SAMPLE_LIST, of: 'projects' }, targets: Q2_SAMPLE,
    findings: [
      { target: Q2_SAMPLE[0], issue: '进度台账5月完成投资与现场计量数据不一致', assigned_to: PROJ_BY_ID[Q2_SAMPLE[0]].owner, due: '2022-07-31', closed_on: '2022-07-20', evidence: '更正后的5月进度台账及计量签认单' },
      { target: Q2_SAMPLE[1], issue: '倒计时工作台账未标注完成时间', assigned_to: PROJ_BY_ID[Q2_SAMPLE[1]].owner, due: '2022-07-15', closed_on: '2022-07-08', evidence: '补充完善的倒计时工作台账' },
      { target: Q2_SAMPLE[2], issue: '自评报告投资完成率计算口径错误', assigned_to: PROJ_BY_ID[Q2_SAMPLE[2]].lead, due: '2022-07-31', closed_on: '2022-08-03', evidence: '重新报送的自评报告' },
    ] },
  { id: '2022-q3-inspection', date: '2022-09-27', methods: ['site-visit', 'document-check', 'briefing', 'self-report-check'], observers: ['npc-standing-committee'],
    targets: [PROJ.W3.id, PROJ.U1.id, PROJ.P3.id, 'kz-water-invest', 'kz-industry-invest'],
    findings: [
      { target: PROJ.W3.id, issue: '南河左岸段征地拆迁推进缓慢,倒计时任务逾期', assigned_to: 'wenfeng-street', due: '2022-11-30', closed_on: '2022-12-20', evidence: '征地拆迁推进方案及周调度记录' },
      { target: 'kz-industry-invest', issue: '赵家工业园区道路及管网工程未开展年中预算执行评估', assigned_to: 'kz-industry-invest', due: '2022-10-31' },
      { target: PROJ.U1.id, issue: '专班人员分工未随项目进展调整', assigned_to: 'kz-urban-invest', due: '2022-10-31', closed_on: '2022-10-21', evidence: '调整后的专班人员名单及分工' },
    ] },
  { id: '2022-q4-inspection', date: '2022-12-13', methods: ['site-visit', 'briefing', 'document-check'],
    targets: [PROJ.A8.id, PROJ.A3.id, PROJ.A5.id, 'agriculture-bureau', 'houba-town'],
    findings: [
      { target: PROJ.A8.id, issue: '加工园项目进度严重滞后于年度投资计划', assigned_to: 'kz-agri-invest', due: '2023-01-31' },
      { target: PROJ.A3.id, issue: '示范片工程资料归档不完整', assigned_to: 'wenquan-town', due: '2022-12-31', closed_on: '2022-12-27', evidence: '工程资料归档清单' },
    ] },
];

// ---------------------------------------------------------------- rendering
const FILES = new Map();
const put = (rel, text) => { assert(!FILES.has(rel), 'file twice ' + rel); FILES.set(rel, text); };
const GEN = '由 scripts/gen-sample-data.mjs 生成,请勿手工修改';
const SECTORS = { transport: '交通', water: '水利', park: '园区', urban: '城市', agriculture: '农业农村', social: '社会事业' };
const TYPE_CN = { township: '镇', street: '街道', department: '区级部门', soe: '区属国有企业', organ: '机关', institution: '事业单位', leadership: '区委区政府领导', center: '区项目中心' };

function renderKzp() {
  const d = new Doc(true);
  d.h('开州区重点项目管理服务工作区 —— 示例数据(sample-data)');
  d.h('');
  d.h('按《重庆市开州区重点项目管理服务工作机制(试行)》(开州府办发〔2022〕70号)');
  d.h('记录 2022 年全年:单位与人员、项目、三类清单、每月台账、项目会审、运行调度和联合督查。');
  d.h('演示日期为 2023-01-10(2022 年 12 月台账已到期,2023 年 1 月台账尚未到期),例如:');
  d.h('  kzp -C sample-data validate');
  d.h('  kzp -C sample-data overdue --as-of 2023-01-10');
  d.h('  kzp -C sample-data escalations --as-of 2023-01-10');
  d.h('人名、文号、金额均为虚构;项目名称参照开州区公开报道。场景说明见 README.md。');
  d.h(GEN + '。');
  d.blank(true);
  d.l('kzp: 1', '格式版本 v1');
  d.l('district: 重庆市开州区', '行政区');
  d.l('timezone: Asia/Shanghai', '月末及截止时间按此时区计算(LS-4)');
  d.l('since: 2022-01', '起始跟踪月份:此前不计报送义务、调度频次和逾期');
  d.l('history: declared', '报送时间取台账的 submitted_on(HI-1);示例位于 kzp 自身仓库,提交时间无意义');
  d.l('lights: { yellow: 10, red: 30 }', '红黄绿灯:投资完成率落后时间进度10-30个百分点黄灯,超过30个百分点红灯');
  d.l('key_project_min_investment: 400', '重点项目总投资下限,万元(KP-1)');
  d.l('center: drc-center', '区重大项目服务中心,单位代码见 units/drc-center.yaml(TF-1)');
  d.l('units:', '规则引用的单位角色');
  d.l('  development-reform: drc', '区发展改革委:与区政府督查办共同组织联合督查(AS-2)');
  d.l('  finance: finance-bureau', '区财政局:固定参加项目会审(RV-3)');
  d.l('  planning: planning-bureau', '区规划自然资源局:固定参加项目会审(RV-3)');
  d.l('  supervision: supervision-office', '区政府督查办:组织联合督查考核(AS-2、AS-5)');
  d.l('review:');
  d.l('  fixed_participants: [finance-bureau, planning-bureau]', '每次项目会审必须参加的单位(RV-3)');
  d.l('ledger:');
  d.l('  required_for: [reserve, rolling, annual]', '列入这些清单的项目须每月报送台账(LS-4)');
  d.l('  grace_days: 0', '报送宽限天数:0 = 当月最后一天24时前(LS-4)');
  d.l('escalation:');
  d.l('  stale_days: 30', '可提级问题距上次调度超过30天即列入提请调度清单(DS-5)');
  d.l('  domains:', '问题类别 -> 分管区领导角色(DS-6)');
  d.l('    funding: investment-finance', '资金保障 -> 分管投资财税金融的区领导');
  d.l('    land: land-supply', '用地保障 -> 分管土地供应的区领导');
  d.l('    construction-environment: petition-stability', '施工环境保障 -> 分管信访稳定的区领导');
  d.l('budget: { approved_by: "01-31", midyear_by: "07-31", evaluated_by: "01-31" }', '国企项目:年初有预算、年中有进展、次年初绩效评价(BG-2)');
  d.l('sectors:', '区项目中心分领域专人负责的领域(TF-5)');
  for (const [k, v] of Object.entries(SECTORS)) d.l(`  ${k}: ${v}`);
  d.l('assessment:');
  d.l('  weights: { countdown: 40, ledger: 20, problems: 20, inspection: 20 }', '平时考核各项权重(AS-6)');
  return d.toString();
}

function renderUnit(u, annotate) {
  const d = new Doc(annotate);
  d.h(`${u.name}(${TYPE_CN[u.type]})`);
  if (annotate) d.c('单位记录:一个乡镇街道、区级部门、区属国企、机关、事业单位、区领导或区项目中心。文件名 = id。');
  d.l(`id: ${u.id}`, '单位代码:小写字母、数字、连字符,与文件名一致');
  d.l(`name: ${sc(u.name)}`, '单位全称');
  d.l(`type: ${u.type}`, '类型:township | street | department | soe | organ | institution | leadership | center');
  if (u.roles) d.l(`roles: ${flowList(u.roles)}`, '职能:industry-authority 行业主管 | administrative-authority 行政主管 | approval 行政审批 | factor-guarantee 要素保障');
  if (u.filed_on) {
    d.l('project_section:', u.type === 'center' ? '区项目中心本身的人员分工' : '项目科(项目中心),牵头或实施清单项目的单位必须设立(TF-2)');
    d.l(`  filed_on: ${u.filed_on}`, '人员名单及责任分工报区项目中心备案的日期');
  }
  d.l('people:', u.type === 'leadership' ? '区领导;人员代码全区唯一' : '工作人员;人员代码全区唯一,供项目、专班、调度引用');
  let first = true;
  for (const p of u.people) {
    const a = annotate && first;
    d.l(`  - id: ${p.id}`, a ? '人员代码(拼音),全区唯一' : undefined);
    d.l(`    name: ${sc(p.name)}`, a ? '姓名' : undefined);
    if (p.title) d.l(`    title: ${sc(p.title)}`, a ? '职务' : undefined);
    if (p.rank) d.l(`    rank: ${p.rank}`, a ? '排序:公文列出区领导时按此从小到大(区委书记、区长在前)' : undefined);
    if (p.leader_roles) d.l(`    leader_roles: ${flowList(p.leader_roles)}`, a ? 'main 主要领导 | lead 牵头区领导 | investment-finance | land-supply | petition-stability 分管领域' : undefined);
    d.l(`    duty: ${sc(p.duty)}`, a ? '责任分工(TF-2 要求每名工作人员都有分工)' : undefined);
    if (p.expert) d.l('    expert: true', a || (annotate && !u.people.slice(0, u.people.indexOf(p)).some((x) => x.expert)) ? '项目专家:每个业主/牵头单位至少1名(SG-1)' : undefined);
    if (p.email) d.l(`    email: ${p.email}`, annotate && u.people.find((x) => x.email) === p ? '提交邮箱(可选):用于核对 git 提交者是否为本单位人员(HI-3)' : undefined);
    if (p.sectors) d.l(`    sectors: ${flowList(p.sectors)}`, annotate && u.people[0] === p ? '区项目中心人员负责的领域,六个领域均需有人(TF-5)' : undefined);
    first = false;
  }
  if (u.bonus) {
    d.l('bonus:', '年度综合目标考核加分(三(四)、AS-6)');
    for (const b of u.bonus) d.l(`  - ${flowMap(b)}`);
  }
  return d.toString();
}

const listRefs = (p) => [['R', 'reserve-2021-2025'], ['R22', 'rolling-2022-2024'], ['A22', 'annual-2022'], ['R23', 'rolling-2023-2025'], ['A23', 'annual-2023']].filter(([k]) => p.listSet.has(k)).map(([, v]) => v);

function taskForce(p) {
  const owner = UNIT[p.owner];
  const head = owner.people.find((x) => x.expert) ?? owner.people[0];
  const members = [];
  if (head.id !== p.liaison) members.push([head.id, '专班负责人,统筹项目全生命周期推进']);
  members.push([p.liaison, head.id === p.liaison ? '专班负责人兼联络员,负责进度统计和问题收集' : '联络员,负责对外联系、进度统计和问题收集']);
  if (p.major) for (const [id, duty] of p.major.extra) members.push([id, duty]);
  const filed = p.decision ? maxStr(addDays(p.decision.date, 10), '2022-10-14') : p.added ? '2022-10-20' : `2022-10-${pad2(10 + (hash(p.id) % 12))}`;
  return { filed_on: filed, members };
}

function renderProject(p, annotate) {
  const d = new Doc(annotate);
  d.h(`${p.name} —— ${SECTORS[p.sector]}领域;所在清单:${listRefs(p).join('、')}`);
  if (annotate) d.c('项目记录:一个估算总投资400万元及以上的重点项目。文件名 = id(KZ-入库年份-序号)。');
  d.l(`id: ${p.id}`, '项目代码,与文件名一致');
  d.l(`name: ${sc(p.name)}`, '项目名称');
  d.l(`sector: ${p.sector}`, '领域:transport | water | park | urban | agriculture | social(见 kzp.yaml sectors)');
  d.l(`nature: ${p.nature}`, 'public-welfare 公益性 | operating 经营性');
  d.l(`stage: ${p.stageEnd}`, '当前阶段:reserve 储备 | preliminary 前期 | construction 在建 | completed 已完工 | suspended 停缓建');
  d.l(`owner: ${p.owner}`, '项目业主(单位代码),承担主体责任');
  d.l(`lead_unit: ${p.lead}`, '牵头责任单位:行业/行政主管部门或属地政府(FC-2)');
  d.l(`lead_leader: ${p.leader}`, '牵头区领导,须具有 lead 角色(FC-1)');
  d.l(`liaison: ${p.liaison}`, '联络员,须为业主单位人员(FC-3)');
  d.l(`location: ${p.loc}`, '属地乡镇街道(SG-2)');
  d.l(`total_investment: ${fmtNum(p.total)}`, '估算总投资,万元(KP-1:不低于400)');
  d.l(`start: ${p.start}`, '计划开工月份');
  d.l(`end: ${p.end}`, '计划完工月份');
  if (p.major) {
    d.l('major: true', '特别重大项目(TF-4)');
    d.l(`designated: ${flowMap({ lead_unit: p.major.lead_unit, lead_person: p.major.lead_person })}`, '区委区政府指定的牵头单位和牵头责任人(TF-4)');
  }
  const tf = taskForce(p);
  d.l('task_force:', p.major ? '项目专班:含业主及审批、要素保障单位人员(TF-3、TF-4)' : '项目专班:一个项目一个班子(TF-3)');
  d.l(`  filed_on: ${tf.filed_on}`, '专班名单报区项目中心备案日期');
  d.l('  members:', '成员及分工');
  for (const [person, duty] of tf.members) d.l(`    - ${flowMap({ person, duty })}`);
  d.l('funding:', `资金来源,合计应覆盖总投资(BG-3);本项目合计 ${fmtNum(p.sum)} 万元`);
  if (annotate) d.c('渠道:central-budget 中央预算内 | special-bond 专项债券 | policy-finance 政策性开发性金融工具 | ppp\n| bank-loan 银行贷款 | municipal 市级资金 | district-fiscal 区级财政 | self-raised 业主自筹 | social-capital 社会资本', 2);
  for (const [source, amount] of p.funding) d.l(`  - ${flowMap({ source, amount })}`);
  if (p.apps) {
    d.l('applications:', '上级资金申报(IM-3;政府性资金须已列入清单,LS-6)');
    for (const a of p.apps) d.l(`  - ${flowMap(a)}`);
  }
  if (p.inters) {
    d.l('intermediaries:', '中介服务机构:服务内容、合同日期、成功/不成功的不同收费(IM-1、IM-2)');
    for (const i of p.inters) d.l(`  - ${flowMap(i)}`);
  }
  if (p.decision) d.l(`decision: ${flowMap(p.decision)}`, '提请区委/区政府决策;须先经项目会审通过(RV-1)');
  if (p.agency) {
    const g = p.agency;
    d.l('agency:', '建设管理代理制(AG-1..4),仅限机关、事业单位实施的公益性项目', true);
    d.l(`  agent: ${sc(g.agent)}`, '代理机构');
    d.l(`  consent_on: ${g.consent_on}`, '① 行业/行政主管部门同意', true);
    d.l(`  decided_on: ${g.decided_on}`, '② 区政府决策实行代理制', true);
    d.l(`  plan_in: ${g.plan_in}`, '③ 代理实施方案载于 proposal 项目建议书 | feasibility-report 可研报告', true);
    d.l(`  approved_on: ${g.approved_on}`, '④ 区发展改革委批复时予以明确', true);
    d.l('  contract:', '代理合同:范围、权责、费用(AG-3)');
    d.l(`    signed_on: ${g.contract.signed_on}`);
    d.l(`    scope: ${sc(g.contract.scope)}`);
    d.l(`    duties: ${sc(g.contract.duties)}`);
    d.l(`    fee: ${fmtNum(g.contract.fee)}`, '代理费,万元');
    d.l(`    fee_in_total: ${g.contract.fee_in_total}`, '代理费纳入项目总投资');
    d.l(`  asset_owner: ${g.asset_owner}`, '形成的资产属于项目业主(AG-4)');
  }
  if (p.budget) {
    d.l('budget:', '区属国企项目预算:年初预算、年中进展评估、年末绩效评价(BG-2)');
    for (const [y, b] of Object.entries(p.budget)) d.l(`  "${y}": ${flowMap(b)}`, p.noMidyear ? '未开展年中评估:2022-07-31 起逾期' : annotate ? '2022年度绩效评价须于2023-01-31前完成,尚未到期' : undefined, !!p.noMidyear);
  }
  if (p.cd22 || p.cd23) {
    d.l('countdown:', '年度倒计时工作台账计划(LS-5);完成情况在月度台账中报送');
    for (const [y, cd] of [['2022', p.cd22], ['2023', p.cd23]]) {
      if (!cd) continue;
      d.l(`  "${y}":`);
      for (const t of cd) d.l(`    - ${flowMap({ id: t.id, task: t.task, due: t.due })}`);
    }
  }
  if (p.note) d.l(`note: ${sc(p.note)}`, '备注(任何记录都可有)');
  return d.toString();
}

// budgets of SOE-owned annual-plan projects (BG-2)
for (const p of PROJECTS) {
  if (UNIT[p.owner].type !== 'soe' || !p.a22) continue;
  const rnd = rngFor('budget:' + p.id);
  const b = p.a22added
    ? { approved_on: '2022-07-08', midyear_on: '2022-07-26' }
    : { approved_on: day('2022-01', randInt(rnd, 10, 28)), midyear_on: day('2022-07', randInt(rnd, 5, 28)) };
  if (p.noMidyear) delete b.midyear_on;
  p.budget = { 2022: b };
}

const LISTS = [
  { id: 'reserve-2021-2025', kind: 'reserve', period: '2021-2025', decided_on: '2021-06-30', decision_ref: '开州府〔2021〕47号', flag: 'R',
    title: '开州区五年政府投资储备项目清单(2021-2025年)', note: '2022年新谋划项目经会审前纳入储备(added_on)' },
  { id: 'rolling-2022-2024', kind: 'rolling', period: '2022-2024', decided_on: '2021-12-24', decision_ref: '开州委〔2021〕86号', flag: 'R22', title: '开州区三年滚动规划项目清单(2022-2024年)' },
  { id: 'annual-2022', kind: 'annual', period: '2022', decided_on: '2021-12-28', decision_ref: '开州委〔2021〕88号', flag: 'A22', title: '开州区2022年度建设计划项目清单' },
  { id: 'rolling-2023-2025', kind: 'rolling', period: '2023-2025', decided_on: '2022-12-23', decision_ref: '开州委〔2022〕96号', flag: 'R23', title: '开州区三年滚动规划项目清单(2023-2025年)' },
  { id: 'annual-2023', kind: 'annual', period: '2023', decided_on: '2022-12-28', decision_ref: '开州委〔2022〕98号', flag: 'A23', title: '开州区2023年度建设计划项目清单' },
];
function renderList(L, annotate) {
  const d = new Doc(annotate);
  const members = PROJECTS.filter((p) => p.listSet.has(L.flag)).sort((a, b) => (a.id < b.id ? -1 : 1));
  d.h(`${L.title}:${members.length} 个项目` + (L.kind === 'annual' ? `,年度计划投资 ${fmtNum(members.reduce((a, p) => a + (L.flag === 'A22' ? p.a22.planned : p.a23.planned), 0))} 万元` : ''));
  if (annotate) d.c('项目清单(二(四)):reserve 五年储备 | rolling 三年滚动 | annual 年度建设计划。滚动和年度清单经区委、区政府决策后才是实施依据(LS-2)。');
  d.l(`id: ${L.id}`, '清单代码,与文件名一致');
  d.l(`kind: ${L.kind}`, '类型:reserve | rolling | annual');
  d.l(`period: "${L.period}"`, '年度清单为 YYYY,滚动(3年)与储备(5年)清单为 YYYY-YYYY;须加引号');
  d.l(`decided_on: ${L.decided_on}`, '决策日期;缺省表示草案,不作为实施依据(LS-2、LS-3)');
  d.l(`decision_ref: ${sc(L.decision_ref)}`, '决策文号');
  d.l('projects:', L.kind === 'annual' ? '每个项目须有年度计划投资(>0,万元)和年度目标(BG-1)' : '清单内项目');
  for (const p of members) {
    const e = { project: p.id };
    if (L.flag === 'R' && p.added) e.added_on = p.added;
    if (L.flag === 'A22') { e.planned_investment = p.a22.planned; e.target = p.a22.target; if (p.a22added) e.added_on = p.a22added; }
    if (L.flag === 'A23') { e.planned_investment = p.a23.planned; e.target = p.a23.target; }
    d.l(`  - ${flowMap(e)}`, annotate && e.added_on ? '年中调整增补(二(四)2):自 added_on 起列入' : undefined);
  }
  if (L.note) d.l(`note: ${sc(L.note)}`);
  return d.toString();
}

function renderLedger(L, annotate) {
  const { p, m } = L;
  const d = new Doc(annotate);
  d.h(`${monthCN(m)} · ${p.name} · 进度台账、问题台账、倒计时完成台账`);
  if (annotate) d.c('月度台账(二(四)3):项目业主每月底前报送;文件位于 ledgers/<月份>/<项目代码>.yaml。');
  d.l(`project: ${p.id}`, '项目代码,与文件名一致');
  d.l(`month: ${m}`, '所属月份,与目录名一致');
  d.l(`reporter: ${p.liaison}`, '报送人(项目联络员)');
  const late = L.submitted > monthEnd(m);
  d.l(`submitted_on: ${L.submitted}`, late ? '迟报:晚于当月最后一天的截止时间(LS-4)' : '报送日期;截止为当月最后一天(LS-4)', late);
  d.l('progress:', '进度台账');
  d.l(`  invested: ${fmtNum(L.invested)}`, '本月完成投资,万元' + (L.p.a22 ? `(本年累计 ${fmtNum(L.cum)})` : ''));
  d.l(`  stage: ${L.stage}`, '本月末所处阶段');
  d.l(`  physical: ${sc(physical(L))}`, '形象进度');
  if (L.pct !== null) d.l(`  percent: ${L.pct}`, '累计形象进度百分比(可选)');
  // the year's last ledger of an annual-plan project reports its physical target (AS-6): met where
  // the year's investment reached nine tenths of the plan, so the demo shows both answers
  if (L.p.a22 && m === '2022-12') {
    const met = L.cum >= 0.9 * L.p.a22.planned;
    d.l(`  target_met: ${met}`, `年度形象进度目标(${L.p.a22.target})${met ? '已完成' : '未完成'};在该年最后一期台账中填报`);
  }
  if (L.done.length) {
    d.l('countdown:', '倒计时完成台账:本月完成的年度倒计时任务(任务代码见项目文件 countdown)');
    for (const t of L.done) d.l(`  - ${flowMap({ task: t.id, done_on: t.done })}`, annotate || t.done > t.due ? `${t.task}(计划 ${t.due}${t.done > t.due ? ',逾期完成' : ''})` : undefined, t.done > t.due);
  } else d.l('countdown: []', '本月无完成的倒计时任务');
  if (L.probs.length) {
    d.l('problems:', '问题台账:所有未解决问题,以及本月解决的问题;问题编号在项目内固定不变');
    for (const pr of L.probs) {
      const resolved = pr.resolvedOn && ymOf(pr.resolvedOn) === m;
      d.l(`  - id: ${pr.id}`, '问题编号,全称为 项目代码/编号,如 ' + pr.ref);
      d.l(`    title: ${sc(pr.title)}`, '问题描述');
      d.l(`    category: ${pr.cat}`, 'funding 资金 | land 用地 | construction-environment 施工环境 | approval 审批 | design 设计 | other');
      d.l(`    raised_on: ${pr.raised}`, '提出日期,此后各月不变');
      d.l(`    due: ${pr.due}`, '限时解决日期');
      d.l(`    status: ${resolved ? 'resolved' : 'open'}`, 'open 未解决 | resolved 已解决(解决后的下一个月不再列出)');
      if (resolved) d.l(`    resolved_on: ${pr.resolvedOn}`, '解决日期');
    }
  } else d.l('problems: []', '本月无未解决问题');
  return d.toString();
}

const CONCLUSION_CN = { approved: '通过', conditional: '有条件通过', rejected: '不通过', deferred: '暂缓' };
function renderReview(r, annotate) {
  const d = new Doc(annotate);
  const items = r.items.map(([k, conclusion, concerns]) => ({ p: PROJ[k], conclusion, concerns: concerns ?? {} }));
  d.h(`项目会审 ${r.date}:` + items.map((i) => `${i.p.name}(${CONCLUSION_CN[i.conclusion]})`).join('、'));
  if (annotate) d.c('项目会审(二(二)):提请区委、区政府决策前,由区项目中心召集,区财政局、区规划自然资源局固定参加;原则上每月1次(RV-4)。');
  const participants = ['finance-bureau', 'planning-bureau', ...new Set(items.flatMap((i) => [i.p.lead, i.p.owner]))];
  d.l(`id: ${r.id}`, '记录代码,与文件名一致');
  d.l('kind: review', 'review 会审 | dispatch 调度 | inspection 督查');
  d.l(`date: ${r.date}`, '会审日期');
  d.l('convener: drc-center', '召集单位:区项目中心(RV-3)');
  d.l(`participants: ${flowList(participants)}`, '参加单位,须含 kzp.yaml review.fixed_participants(RV-3)');
  d.l('items:', '会审事项');
  for (const i of items) {
    const aspects = Object.fromEntries(ASPECTS.map((a) => [a, i.concerns[a] ?? 'pass']));
    d.l(`  - project: ${i.p.id}`, annotate ? i.p.name : undefined);
    d.l(`    aspects: ${flowMap(aspects)}`, '六个方面:必要性、可行性、建设时序、建设内容及规模、资金来源、空间协同符合性(RV-2)');
    d.l(`    conclusion: ${i.conclusion}`, 'approved 通过 | conditional 有条件通过 | rejected 不通过 | deferred 暂缓');
  }
  const notes = items.map((i) => REVIEW_NOTES[`${i.p.key}@${r.date}`]).filter(Boolean);
  if (notes.length) d.l(`note: ${sc(notes.join(';'))}`);
  return d.toString();
}

const LEVEL_CN = { 'lead-unit': '牵头责任单位调度(L1)', center: '区项目中心调度(L1)', leader: '区领导调度(L2)', main: '区委区政府主要领导调度(L3)' };
function renderDispatch(x, annotate) {
  const d = new Doc(annotate);
  const who = PERSON[x.convener] ? `${PERSON[x.convener].title}${PERSON[x.convener].name}` : UNIT[x.convener].name;
  d.h(`${x.date} ${LEVEL_CN[x.level]}:${who}`);
  if (annotate) d.c('运行调度(二(七)):调度记录列出本次研究的项目和处理的问题。只有列在 problems 下、写明 outcome 的问题才算\n"经过调度";只写项目不算。层级:L1 牵头责任单位/区项目中心 -> L2 牵头或分管区领导 -> L3 区委区政府主要领导;\n未经 L1 协调、L2 调度的问题不得提请主要领导调度(DS-3、DS-4)。');
  d.l(`id: ${x.id}`, '记录代码(日期-召集人),与文件名一致');
  d.l('kind: dispatch');
  d.l(`date: ${x.date}`, '调度日期');
  d.l(`level: ${x.level}`, 'lead-unit 牵头单位 | center 区项目中心(L1)| leader 区领导(L2)| main 主要领导(L3)');
  d.l(`convener: ${x.convener}`, 'lead-unit/center 为单位代码,leader/main 为人员代码');
  d.l(`projects: ${flowList(x.projects)}`, '本次调度研究的项目');
  if (x.problems.length) {
    d.l('problems:', '处理的问题:outcome resolved 已解决 | unresolved 未解决(可交办 assigned_to 单位并限时 due)');
    for (const e of x.problems) d.l(`  - ${flowMap(e)}`);
  } else d.l('problems: []', '本次未处理具体问题');
  if (x.note) d.l(`note: ${sc(x.note)}`);
  return d.toString();
}

function renderInspection(x, annotate) {
  const d = new Doc(annotate);
  d.h(`${x.date} 重点项目联合督查考核(区政府督查办、区发展改革委)`);
  if (annotate) d.c('联合督查考核(二(九)):区政府督查办、区发展改革委共同组织,每季度至少1次(AS-2);发现的问题定向交办、\n限时办结、落实销号(AS-5)。');
  d.l(`id: ${x.id}`, '记录代码,与文件名一致');
  d.l('kind: inspection');
  d.l(`date: ${x.date}`, '督查日期');
  d.l('organizers: [supervision-office, drc]', '组织单位:督查办与发展改革委共同组织(AS-2)');
  if (x.observers) d.l(`observers: ${flowList(x.observers)}`, '邀请参与监督指导的单位(区人大常委会、区政协)', true);
  d.l(`methods: ${flowList(x.methods)}`, 'site-visit 看现场 | document-check 查资料 | briefing 听汇报 | self-report-check 抽查核查自评报告(AS-3)');
  d.l(`targets: ${flowList(x.targets)}`, '督查对象:项目代码或单位代码');
  if (x.sampling) d.l(`sampling: ${flowMap(x.sampling)}`, '随机抽选:种子、总体数、样本数、抽选范围(清单内项目),可用 kzp inspect sample --seed 20220628 --size 6 --list rolling-2022-2024 复现(AS-3)', true);
  d.l('findings:', '发现的问题:交办单位、限时、销号日期及佐证(AS-5);未写 closed_on 即未销号');
  x.findings.forEach((f, i) => d.l(`  - ${flowMap({ id: `F${i + 1}`, ...f })}`));
  return d.toString();
}

// ---------------------------------------------------------------- assemble
put('kzp.yaml', renderKzp());
const unitIds = UNITS.map((u) => u.id).sort();
const ANNOTATED_UNITS = new Set([unitIds[0], 'drc-center', 'district-leadership', 'kz-water-invest']);
for (const u of UNITS) put(`units/${u.id}.yaml`, renderUnit(u, ANNOTATED_UNITS.has(u.id)));
const projIds = PROJECTS.map((p) => p.id).sort();
const ANNOTATED_PROJECTS = new Set([projIds[0], PROJ.S1.id]);
for (const p of PROJECTS) put(`projects/${p.id}.yaml`, renderProject(p, ANNOTATED_PROJECTS.has(p.id)));
const listIds = LISTS.map((l) => l.id).sort();
for (const L of LISTS) put(`lists/${L.id}.yaml`, renderList(L, L.id === listIds[0]));
const ANNOTATED_LEDGERS = new Set([`2022-01/${projIds[0]}`, `2022-03/${projIds[0]}`]);
for (const L of LEDGERS) put(`ledgers/${L.m}/${L.p.id}.yaml`, renderLedger(L, ANNOTATED_LEDGERS.has(`${L.m}/${L.p.id}`)));
REVIEWS.forEach((r) => { r.id = `${r.date}-review`; });
for (const r of REVIEWS) put(`reviews/2022/${r.id}.yaml`, renderReview(r, r === REVIEWS[0]));
const dispatches = [...DISPATCHES.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
const firstWith = (lvl) => dispatches.find((x) => x.level === lvl && x.problems.length)?.id;
const ANNOTATED_DISPATCHES = new Set([dispatches[0].id, firstWith('lead-unit'), firstWith('leader'), firstWith('main')]);
for (const x of dispatches) put(`reviews/2022/${x.id}.yaml`, renderDispatch(x, ANNOTATED_DISPATCHES.has(x.id)));
for (const x of INSPECTIONS) put(`reviews/2022/${x.id}.yaml`, renderInspection(x, x === INSPECTIONS[0] || !!x.sampling));

// ---------------------------------------------------------------- README
function escalationState(pr) {
  const done = pr.steps.filter((s) => s.date <= AS_OF);
  const l1 = done.some((s) => s.lvl === 'L1'), l2 = done.some((s) => s.lvl === 'L2'), l3 = done.some((s) => s.lvl === 'L3');
  const level = l3 ? 'L3' : l2 ? 'L2' : 'L1';
  const eligible = l1 && l2 ? 'L3' : l1 ? 'L2' : null;
  const last = done.at(-1)?.date;
  const stale = !!(eligible && last && addDays(last, 30) < AS_OF);
  return { level, eligible, last, stale, overdue: pr.due < AS_OF };
}
function readme() {
  const ledgerPath = (k, m) => `ledgers/${m}/${PROJ[k].id}.yaml`;
  const nProblems = PROBLEMS.length, open = PROBLEMS.filter((pr) => !pr.resolvedOn);
  const people = Object.keys(PERSON).length;
  const lines = [];
  const w = (s = '') => lines.push(s);
  w('# kzp 示例工作区(sample-data)');
  w();
  w(`按《重庆市开州区重点项目管理服务工作机制(试行)》(开州府办发〔2022〕70号)编制的完整示例:开州区 2022 年全年的重点项目工作记录。`);
  w(`**演示日期为 2023-01-10**：2022 年 12 月台账已到期,2023 年 1 月尚未到期。人名、文号、金额均为虚构,项目名称参照开州区公开报道。`);
  w();
  w('本目录由 `scripts/gen-sample-data.mjs` 生成(确定性输出),请修改脚本后重新生成,不要手工编辑:');
  w();
  w('```sh');
  w('node scripts/gen-sample-data.mjs');
  w('kzp -C sample-data validate                     # 0 个错误、0 个警告');
  w('kzp -C sample-data overdue --as-of 2023-01-10');
  w('kzp -C sample-data escalations --as-of 2023-01-10');
  w('kzp -C sample-data status --as-of 2023-01-10');
  w('```');
  w();
  w('## 内容');
  w();
  w(`| 目录 | 数量 | 说明 |`);
  w(`|---|---|---|`);
  w(`| kzp.yaml | 1 | 工作区设置,每项注明对应规则编号 |`);
  w(`| units/ | ${UNITS.length} | ${TOWNS.length} 个镇街、${UNITS.filter((u) => u.type === 'department').length} 个区级部门、${UNITS.filter((u) => u.type === 'soe').length} 家区属国企、${UNITS.filter((u) => u.type === 'institution').length} 家事业单位、${UNITS.filter((u) => u.type === 'organ').length} 个机关、区项目中心、区领导;共 ${people} 人 |`);
  w(`| projects/ | ${PROJECTS.length} | 六个领域;其中特别重大项目 ${PROJECTS.filter((p) => p.major).length} 个,仅列入储备清单 ${PROJECTS.filter((p) => p.lists === 'R').length} 个 |`);
  w(`| lists/ | ${LISTS.length} | 五年储备 2021-2025、三年滚动 2022-2024 与 2023-2025、年度计划 2022 与 2023 |`);
  w(`| ledgers/ | ${LEDGERS.length} | 2022-01 至 2022-12 每个清单项目每月一份(缺 ${MISSING_LEDGERS.length} 份) |`);
  w(`| reviews/2022/ | ${REVIEWS.length + dispatches.length + INSPECTIONS.length} | 项目会审 ${REVIEWS.length} 次、调度 ${dispatches.length} 次、联合督查 ${INSPECTIONS.length} 次 |`);
  w();
  w(`问题台账共 ${nProblems} 个问题,年底仍未解决 ${open.length} 个。`);
  w();
  w('## 从哪个文件学格式');
  w();
  w('以下文件带有逐字段中文注释:');
  w();
  w(`- \`kzp.yaml\`:全部设置`);
  for (const id of [...ANNOTATED_UNITS].sort()) w(`- \`units/${id}.yaml\`:${{ 'drc-center': '区项目中心(人员负责领域 sectors)', 'district-leadership': '区领导(leader_roles)', 'kz-water-invest': '区属国企(考核加分 bonus)' }[id] ?? '单位、项目科、人员、项目专家'}`);
  w(`- \`projects/${projIds[0]}.yaml\`:项目全部字段(特别重大项目、专班、资金来源、资金申报、中介机构、国企预算、倒计时计划)`);
  w(`- \`projects/${PROJ.S1.id}.yaml\`:建设管理代理制 agency(事业单位实施的公益性项目)`);
  w(`- \`lists/${listIds[0]}.yaml\`:清单(年度计划投资、年度目标、年中增补 added_on)`);
  w(`- \`ledgers/2022-01/${projIds[0]}.yaml\`、\`ledgers/2022-03/${projIds[0]}.yaml\`:月度台账(进度、倒计时完成、问题的提出与解决)`);
  w(`- \`reviews/2022/${REVIEWS[0].id}.yaml\`:项目会审`);
  for (const id of [...ANNOTATED_DISPATCHES].sort()) w(`- \`reviews/2022/${id}.yaml\`:调度(${LEVEL_CN[DISPATCHES.get(id).level]})`);
  w(`- \`reviews/2022/${INSPECTIONS[0].id}.yaml\`、\`reviews/2022/2022-q2-inspection.yaml\`:联合督查(后者为随机抽选 sampling)`);
  w();
  w('## 演示场景(截至 2023-01-10)');
  w();
  w('**台账报送(LS-4)**');
  w();
  w(`- 缺报:${MISSING_LEDGERS.map(([k, m]) => `\`${ledgerPath(k, m)}\`(${PROJ[k].name})`).join('、')} 不存在;其中 ${MISSING_LEDGERS.at(-1)[1]} 的一份在 2023-01-10 缺报。`);
  w(`- 迟报:${Object.entries(SUBMITTED_OVERRIDE).filter(([k, v]) => v > monthEnd(k.split('/')[1])).map(([k, v]) => `\`${ledgerPath(...k.split('/'))}\`(${v} 报送)`).join('、')}。`);
  w(`- 恰在截止日报送(不算迟报):\`${ledgerPath('W4', '2022-05')}\`(2022-05-31)。`);
  w();
  w('**倒计时任务(LS-5)**');
  w();
  for (const [k, task] of NEVER_DONE) { const t = PROJ[k].cd22.find((x) => x.task === task); w(`- 逾期未完成:\`projects/${PROJ[k].id}.yaml\` ${t.id}「${t.task}」,计划 ${t.due}。`); }
  for (const [k, task] of DONE_LATE) { const t = PROJ[k].cd22.find((x) => x.task === task); w(`- 逾期完成:\`projects/${PROJ[k].id}.yaml\` ${t.id}「${t.task}」,计划 ${t.due}，${t.done} 完成(见 \`${ledgerPath(k, ymOf(t.done))}\`)。`); }
  w();
  w('**年度投资红黄绿灯(按 2022 年全年时间进度 100%)**');
  w();
  const light = (p) => { const r = p.reported22 / p.a22.planned; return r >= 0.9 ? '绿' : r >= 0.7 ? '黄' : '红'; };
  for (const c of ['红', '黄']) w(`- ${c}灯:${PROJECTS.filter((p) => p.a22 && light(p) === c).map((p) => `${p.id} ${p.name}(${Math.round((100 * p.reported22) / p.a22.planned)}%)`).join('、')}`);
  w(`- 其余 ${PROJECTS.filter((p) => p.a22 && light(p) === '绿').length} 个年度计划项目为绿灯。`);
  w();
  w('**问题提级调度(DS-3..6),年底未解决的问题**');
  w();
  w('| 问题 | 类别 | 经过的调度 | 状态 |');
  w('|---|---|---|---|');
  for (const pr of open.slice().sort((a, b) => (a.ref < b.ref ? -1 : 1))) {
    const st = escalationState(pr);
    const path = pr.steps.map((s) => `${s.lvl} ${s.date}(${s.convener})`).join(' → ') || '无(仅在台账中提出)';
    const state = [st.level === 'L3' ? '已经主要领导调度(最高层级)' : st.eligible ? `可提级至 ${st.eligible}` : '尚未经牵头单位调度,不能提级(缺 L1)',
      st.level !== 'L3' && st.eligible ? (st.stale ? '距上次调度超过30天,列入提请调度清单' : '上次调度在30天内,暂不列入提请调度清单') : '',
      st.overdue ? `已超过限时 ${pr.due}` : ''].filter(Boolean).join(';');
    w(`| ${pr.ref} ${pr.title} | ${pr.cat} | ${path} | ${state} |`);
  }
  w();
  w('资金、用地、施工环境类问题在 L2 由分管区领导调度:资金 → zhang-wei(投资财税金融),用地 → liu-yang(土地供应),施工环境 → huang-tao(信访稳定)。');
  w('每个 L3(主要领导)调度都在此前有未解决的 L1 和 L2 调度;没有跳过 L1 直接到 L2 的情况。');
  w();
  w('**会议频次**');
  w();
  w('- 项目会审(RV-4):2022-08 没有召开,其余每月一次;会审在先、决策在后(RV-1),见 `projects/KZ-2022-*.yaml` 的 decision。');
  w(`- 牵头区领导月度调度(DS-1):赵敏(zhao-min)${MISSED_LEADER_MONTH.month} 没有调度,其余每位牵头区领导每月一次。`);
  w('- 主要领导季度调度(DS-2):' + MAIN_MEETINGS.map((m) => `\`reviews/2022/${m.date}-${m.convener}.yaml\``).join('、') + '。');
  w('- 联合督查(AS-2):每季度一次;`2022-q3-inspection` 有区人大常委会参与监督。');
  w();
  w('**督查问题销号(AS-5)**');
  w();
  for (const x of INSPECTIONS) x.findings.forEach((f, i) => { if (!f.closed_on) w(`- \`reviews/2022/${x.id}.yaml\` F${i + 1}「${f.issue}」:未销号,限时 ${f.due}${f.due < AS_OF ? ',已逾期' : ',尚未到期'}。`); });
  w(`- 逾期销号:\`reviews/2022/2022-q2-inspection.yaml\` F3、\`reviews/2022/2022-q3-inspection.yaml\` F1。`);
  w();
  w('**国企项目预算(BG-2)**');
  w();
  w(`- \`projects/${PROJ.P3.id}.yaml\`(${PROJ.P3.name})没有 2022 年中进展评估(midyear_on),自 2022-08-01 起逾期;2022 年度绩效评价(evaluated_on)于 2023-01-31 到期,示例中均未填写。`);
  w();
  w('**其他**');
  w();
  w(`- 年中增补:\`lists/annual-2022.yaml\` 中 ${PROJ.N6.id} ${PROJ.N6.name} 于 ${PROJ.N6.a22added} 增补。`);
  w(`- 仅列入储备清单、未安排政府性资金:${PROJECTS.filter((p) => p.lists === 'R').map((p) => `${p.id} ${p.name}`).join('、')}(后者 2022-09 会审未通过)。`);
  w(`- 总投资刚过 400 万元:${PROJ.W6.id} ${PROJ.W6.name}(${PROJ.W6.total} 万元)。`);
  w('- 中介机构及成功/不成功不同收费:' + PROJECTS.filter((p) => p.inters).map((p) => p.id).join('、') + `;其中 ${PROJ.P1.id} 的专项债券申报未获批准。`);
  w('- 建设管理代理制:' + PROJECTS.filter((p) => p.agency).map((p) => `${p.id}(${UNIT[p.owner].name})`).join('、') + '。');
  w('- 单位考核加分:`units/kz-water-invest.yaml`、`units/hanfeng-street.yaml`。');
  let code = false;
  return lines.map((l) => { if (l.startsWith('```')) code = !code; return code || l.startsWith('```') ? l : zhPunct(l); }).join('\n') + '\n';
}
put('README.md', readme());

// ---------------------------------------------------------------- write
rmSync(OUT, { recursive: true, force: true });
for (const rel of [...FILES.keys()].sort()) {
  const file = join(OUT, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, FILES.get(rel));
}
console.log(`sample-data: ${FILES.size} files written to ${OUT}`);
