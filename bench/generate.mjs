#!/usr/bin/env node
// Benchmark workspaces for kzp: N projects × Y years of monthly records, realistic in shape
// (units, people, lists, joint reviews, dispatches, inspections, ledgers with problems carried month
// to month) and clean under `kzp validate`. Deterministic: the same flags give the same bytes.
//
//   npm run bench:data -- --projects 2000 --years 1 [--git] [--out DIR] [--force]
//
// Sizes of the benchmark: S = 200×1 (≈ 2.7k files), M = 2,000×1 (≈ 26k), L = 2,000×5 (≈ 122k).
// --git builds a git history in the workspace with `git fast-import` (one commit per ledger, as
// `kzp ledger add --commit` makes them, plus the lists, reviews and projects on their dates),
// so that `kzp overdue` reads real submission times (HI-1). Output: bench/data/<N>x<Y>[-git]/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GENERATOR_VERSION = 4;
const HERE = dirname(fileURLToPath(import.meta.url));
const FIRST_YEAR = 2022;

// ------------------------------------------------------------------ flags
function parseArgs(argv) {
  const o = { projects: 200, years: 1, git: false, out: undefined, force: false, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => { const x = argv[++i]; if (x === undefined) throw new Error(`${a} needs a value`); return x; };
    if (a === '--projects') o.projects = Number(v());
    else if (a === '--years') o.years = Number(v());
    else if (a === '--out') o.out = v();
    else if (a === '--git') o.git = true;
    else if (a === '--force') o.force = true;
    else if (a === '--quiet') o.quiet = true;
    else if (a === '-h' || a === '--help') { console.log('usage: npm run bench:data -- --projects N --years Y [--git] [--out DIR] [--force]'); process.exit(0); }
    else throw new Error(`unknown flag ${a}`);
  }
  if (!Number.isInteger(o.projects) || o.projects < 1 || o.projects > 99999) throw new Error('--projects: 1..99999');
  if (!Number.isInteger(o.years) || o.years < 1 || o.years > 20) throw new Error('--years: 1..20');
  return o;
}

export function defaultOut(projects, years, git) {
  return join(HERE, 'data', `${projects}x${years}${git ? '-git' : ''}`);
}

// ------------------------------------------------------------------ randomness and dates
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function fnv(str) { let h = 0x811c9dc5; for (let i = 0; i < str.length; i++) { h ^= str.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; } return h; }
const rngFor = (key) => mulberry32(fnv('kzp-bench:' + key));
const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const pad2 = (n) => String(n).padStart(2, '0');
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthEnd = (ym) => `${ym}-${pad2(daysIn(+ym.slice(0, 4), +ym.slice(5)))}`;
const dayOf = (ym, d) => `${ym}-${pad2(Math.min(d, daysIn(+ym.slice(0, 4), +ym.slice(5))))}`;
function addDays(date, n) {
  const t = new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8) + n));
  return `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
}
function addMonths(ym, n) {
  let y = +ym.slice(0, 4), m = +ym.slice(5) + n;
  while (m > 12) { m -= 12; y++; } while (m < 1) { m += 12; y--; }
  return `${y}-${pad2(m)}`;
}
const money = (x) => String(Math.round(x * 100) / 100);
function q(s) { // a YAML scalar: quote only when plain would not stay the same string
  s = s.replace(/,/g, (c, off, all) => (/[^\x00-\x7f]/.test(all[off - 1] ?? '') || /[^\x00-\x7f]/.test(all[off + 1] ?? '') ? '，' : c));
  if (/^\d{4}-\d{2}(-\d{2})?$/.test(s)) return s;
  if (s === '' || /^[\s\-?:,[\]{}#&*!|>'"%@`]|: | #|[[\]{},"\\]|\s$/.test(s) || /^(true|false|null|~)$/i.test(s) || /^[-+.\d]/.test(s)) return JSON.stringify(s);
  return s;
}

// ------------------------------------------------------------------ units
const STREETS = [['hanfeng', '汉丰'], ['wenfeng', '文峰'], ['yunfeng', '云枫'], ['zhendong', '镇东'], ['fengle', '丰乐'], ['baihe', '白鹤'], ['zhaojia', '赵家']];
const TOWNS = [['dade', '大德'], ['zhenan', '镇安'], ['houba', '厚坝'], ['jinfeng', '金峰'], ['baiqiao', '白桥'], ['wenquan', '温泉'], ['guojia', '郭家'], ['dunhao', '敦好'], ['gaoqiao', '高桥'],
  ['yuexi', '岳溪'], ['changsha', '长沙'], ['nanmen', '南门'], ['qukou', '渠口'], ['tieqiao', '铁桥'], ['heqian', '和谦'], ['tanjia', '谭家'], ['jiulongshan', '九龙山'], ['yihe', '义和'],
  ['linjiang', '临江'], ['zhuxi', '竹溪'], ['zhonghe', '中和'], ['dajin', '大进'], ['tianhe', '天和'], ['zhonggu', '中古'], ['xiashan', '夏山'], ['manyue', '满月'], ['guandu', '关面'],
  ['baiquan', '白泉'], ['maanshan', '马安'], ['sanhui', '三汇口'], ['madi', '麻柳'], ['ziqi', '紫水'], ['dongshan', '大进东']];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞鑫波宁建国志勇海燕雪梅晓东文斌春林亮辉俊峰琳凯健浩宇欣怡晨阳';
const SYL = ['wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he', 'gao', 'lin', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'deng', 'cao', 'peng'];
const GSYL = ['wei', 'fang', 'na', 'min', 'jing', 'li', 'qiang', 'lei', 'jun', 'yang', 'yong', 'yan', 'jie', 'juan', 'tao', 'ming', 'chao', 'xia', 'ping', 'gang', 'hua', 'yu', 'lan', 'peng', 'fei', 'xin', 'bo', 'ning', 'hai', 'dong'];

function makePeople() {
  const used = new Set();
  let n = 0;
  return (r, count, extra = () => ({})) => {
    const out = [];
    for (let i = 0; i < count; i++) {
      let id;
      do { id = `${pick(r, SYL)}-${pick(r, GSYL)}${used.size > 400 ? `-${++n}` : ''}`; } while (used.has(id));
      used.add(id);
      out.push({ id, name: pick(r, SURNAMES) + pick(r, GIVEN) + (r() < 0.5 ? pick(r, GIVEN) : ''), ...extra(i) });
    }
    return out;
  };
}

const SECTORS = { transport: '交通', water: '水利', park: '园区', urban: '城市', agriculture: '农业农村', social: '社会事业' };
const DEPARTMENTS = [
  ['transport-bureau', '开州区交通运输委员会', ['industry-authority'], 'transport'],
  ['water-bureau', '开州区水利局', ['industry-authority'], 'water'],
  ['economy-bureau', '开州区经济和信息化委员会', ['industry-authority'], 'park'],
  ['housing-bureau', '开州区住房和城乡建设委员会', ['industry-authority', 'approval'], 'urban'],
  ['agriculture-bureau', '开州区农业农村委员会', ['industry-authority'], 'agriculture'],
  ['education-bureau', '开州区教育委员会', ['industry-authority'], 'social'],
  ['health-bureau', '开州区卫生健康委员会', ['industry-authority'], 'social'],
  ['culture-tourism-bureau', '开州区文化和旅游发展委员会', ['industry-authority'], 'social'],
  ['ecology-bureau', '开州区生态环境局', ['approval', 'factor-guarantee'], null],
  ['emergency-bureau', '开州区应急管理局', ['administrative-authority'], null],
];
const SOES = [
  ['kz-urban-invest', '重庆市开州区城市发展投资集团有限公司', ['urban', 'transport']],
  ['kz-transport-invest', '重庆市开州区交通建设投资有限公司', ['transport']],
  ['kz-water-invest', '重庆市开州区水务投资有限公司', ['water']],
  ['kz-park-invest', '重庆开州浦里工业园区建设开发有限公司', ['park']],
  ['kz-agri-invest', '重庆市开州区农业投资集团有限公司', ['agriculture']],
  ['kz-tourism-invest', '重庆市开州区文化旅游投资有限公司', ['social', 'urban']],
];
const LEADERS = [['main', '区委书记'], ['main', '区长'], ['lead', '常务副区长', 'investment-finance'], ['lead', '副区长', 'land-supply'], ['lead', '副区长', 'petition-stability'],
  ['lead', '副区长'], ['lead', '副区长'], ['lead', '副区长'], ['lead', '区委常委'], ['lead', '区委常委']];

const NAMES = {
  transport: [['公路改建工程', 12], ['互通立交工程', 40], ['农村公路提档升级工程', 3], ['大桥新建工程', 20], ['隧道工程', 35], ['客运枢纽站', 8], ['滨湖路延伸段', 15]],
  water: [['水库工程', 30], ['堤防综合治理工程', 18], ['城乡供水一体化工程', 9], ['中型灌区续建配套与节水改造', 11], ['小流域水土保持治理', 2]],
  park: [['标准化厂房', 10], ['产业园配套道路', 8], ['智能制造产业园', 45], ['冷链物流园', 14], ['污水处理厂提标改造', 5]],
  urban: [['老旧小区改造', 4], ['城市更新项目', 25], ['停车场建设工程', 3], ['海绵城市建设项目', 9], ['安置房建设工程', 22], ['滨江公园', 6]],
  agriculture: [['高标准农田建设', 3], ['农文旅融合发展项目', 6], ['柑橘产业园', 4], ['农村人居环境整治', 1.5], ['冷链仓储保鲜设施', 2]],
  social: [['中学迁建工程', 12], ['人民医院新院区', 60], ['养老服务中心', 5], ['全民健身中心', 7], ['职业教育中心', 15], ['文化馆新馆', 9]],
};
const STAGE_TEXT = {
  transport: (p) => `路基工程完成${p}%,桥梁桩基完成${Math.round(p * 0.6)}根`,
  water: (p) => `大坝填筑完成${p}%,导流洞贯通`,
  park: (p) => `主体结构完成${p}%,配套管网同步施工`,
  urban: (p) => `主体工程完成${p}%,外立面改造同步推进`,
  agriculture: (p) => `完成建设任务的${p}%,田间道路已硬化`,
  social: (p) => `主体封顶,装饰装修完成${p}%`,
};
const PROBLEMS = [
  ['land', '征地拆迁未完成,影响施工作业面移交'], ['land', '用地报批手续滞后'], ['funding', '专项债券资金到位滞后'], ['funding', '配套资金缺口较大'],
  ['construction-environment', '周边群众阻工,施工环境有待协调'], ['construction-environment', '管线迁改协调困难'], ['approval', '施工许可办理滞后'],
  ['approval', '环评批复尚未取得'], ['design', '设计变更需重新审查'], ['other', '主要建材价格上涨,施工单位进场人员不足'],
];
const TASKS = ['完成施工图设计及审查', '完成施工招标并进场', '主体工程开工', '完成年度投资计划的50%', '主体结构完工', '完成年度投资计划', '完成竣工验收准备'];

// ------------------------------------------------------------------ the workspace, as files
export function generate({ projects: N, years: Y }) {
  const files = new Map(); // rel → text
  const events = []; // for the git history: { at: 'YYYY-MM-DDTHH:MM', paths: [...], author: {name,email}, message }
  const r0 = rngFor(`units:${N}`);
  const people = makePeople();
  const years = Array.from({ length: Y }, (_, i) => FIRST_YEAR + i);
  const lastYear = years[years.length - 1];
  const months = years.flatMap((y) => Array.from({ length: 12 }, (_, i) => `${y}-${pad2(i + 1)}`));

  // units
  const units = [];
  const unitOf = {};
  const addUnit = (u) => { units.push(u); unitOf[u.id] = u; return u; };
  const leaders = people(r0, LEADERS.length, (i) => ({ title: LEADERS[i][1], leader_roles: [LEADERS[i][0], ...(LEADERS[i][2] ? [LEADERS[i][2]] : [])] }));
  addUnit({ id: 'district-leadership', name: '中共重庆市开州区委 重庆市开州区人民政府', type: 'leadership', people: leaders });
  const leadLeaders = leaders.filter((p) => p.leader_roles.includes('lead'));
  const mainLeaders = leaders.filter((p) => p.leader_roles.includes('main'));
  addUnit({ id: 'drc-center', name: '开州区重大项目服务中心', type: 'center', section: '2022-01-05',
    people: people(r0, 12, (i) => ({ duty: `${Object.values(SECTORS)[i % 6]}领域项目服务`, sectors: [Object.keys(SECTORS)[i % 6]], expert: i < 2 })) });
  addUnit({ id: 'drc', name: '开州区发展和改革委员会', type: 'department', roles: ['administrative-authority', 'approval'], people: people(r0, 3, () => ({ duty: '投资科' })) });
  addUnit({ id: 'finance-bureau', name: '开州区财政局', type: 'department', roles: ['factor-guarantee'], people: people(r0, 2, () => ({ duty: '经济建设科' })) });
  addUnit({ id: 'planning-bureau', name: '开州区规划和自然资源局', type: 'department', roles: ['approval', 'factor-guarantee'], people: people(r0, 2, () => ({ duty: '用地审批科' })) });
  addUnit({ id: 'supervision-office', name: '开州区人民政府督查办公室', type: 'organ', people: people(r0, 2, () => ({ duty: '督查科' })) });
  for (const [id, name, roles, sector] of DEPARTMENTS)
    addUnit({ id, name, type: 'department', roles, sector, section: `2022-01-${pad2(int(r0, 6, 20))}`, people: people(r0, 4, (i) => ({ duty: i === 0 ? '项目科科长,统筹行业项目' : '项目科科员,项目调度和台账审核', expert: i === 0 })) });
  for (const [id, name, sectors] of SOES)
    addUnit({ id, name, type: 'soe', sectors, section: `2022-01-${pad2(int(r0, 6, 20))}`, people: people(r0, 10, (i) => ({ duty: i === 0 ? '项目中心主任' : '项目联络员,负责台账填报', expert: i < 2 })) });
  const territorial = [...STREETS.map(([p, n]) => ({ id: `${p}-street`, name: `开州区${n}街道办事处`, type: 'street' })), ...TOWNS.map(([p, n]) => ({ id: `${p}-town`, name: `开州区${n}镇人民政府`, type: 'township' }))];
  for (const t of territorial)
    addUnit({ ...t, section: `2022-01-${pad2(int(r0, 6, 25))}`, people: people(r0, 3, (i) => ({ duty: i === 0 ? '项目办主任' : '征地拆迁及项目服务', expert: i === 0 })) });
  for (const u of units) for (const p of u.people) if (u.type !== 'leadership' && r0() < 0.7) p.email = `${p.id}@example.gov.cn`;

  // projects
  const projects = [];
  const owners = { transport: ['kz-urban-invest', 'kz-transport-invest', 'transport-bureau'], water: ['kz-water-invest', 'water-bureau'], park: ['kz-park-invest', 'economy-bureau'],
    urban: ['kz-urban-invest', 'kz-tourism-invest', 'housing-bureau'], agriculture: ['kz-agri-invest', 'agriculture-bureau', 'TOWN'], social: ['kz-tourism-invest', 'education-bureau', 'health-bureau', 'culture-tourism-bureau'] };
  const leadUnitOf = { transport: ['transport-bureau'], water: ['water-bureau'], park: ['economy-bureau'], urban: ['housing-bureau'], agriculture: ['agriculture-bureau'], social: ['education-bureau', 'health-bureau', 'culture-tourism-bureau'] };
  const sectorKeys = Object.keys(SECTORS);
  const idWidth = N >= 1000 ? 4 : 3;
  for (let i = 0; i < N; i++) {
    const r = rngFor(`project:${i}`);
    const sector = sectorKeys[i % sectorKeys.length];
    const idYear = FIRST_YEAR - 1 - (i % 3);
    const id = `KZ-${idYear}-${String(i + 1).padStart(idWidth, '0')}`;
    const loc = pick(r, territorial);
    let owner = pick(r, owners[sector]);
    if (owner === 'TOWN') owner = loc.id;
    const leadUnit = pick(r, leadUnitOf[sector]);
    const [kind, scale] = pick(r, NAMES[sector]);
    const total = Math.round(scale * 1000 * (0.5 + r() * 1.5)) + 400;
    const ownerUnit = unitOf[owner];
    const liaison = ownerUnit.people[1 + (i % (ownerUnit.people.length - 1))];
    const members = [{ person: ownerUnit.people[0].id, duty: '专班负责人,统筹项目推进' }, { person: liaison.id, duty: '联络员,负责进度统计和问题收集' }];
    const leadMember = unitOf[leadUnit].people[1 + (i % 3)];
    members.push({ person: leadMember.id, duty: '行业主管部门专班成员,协调审批事项' });
    const nature = sector === 'park' || (sector === 'urban' && r() < 0.4) ? 'operating' : 'public-welfare';
    const gov = Math.round(total * (0.3 + r() * 0.4));
    const funding = nature === 'operating'
      ? [{ source: 'special-bond', amount: gov }, { source: pick(r, ['bank-loan', 'self-raised', 'social-capital']), amount: total - gov }]
      : [{ source: pick(r, ['central-budget', 'special-bond', 'municipal']), amount: gov }, { source: 'district-fiscal', amount: total - gov }];
    const start = addMonths(`${FIRST_YEAR}-01`, -int(r, 1, 14));
    const end = addMonths(`${lastYear}-12`, int(r, 6, 30));
    projects.push({
      i, id, sector, kind, name: `${loc.name.replace(/^开州区|(办事处|人民政府)$/g, '')}${kind}`, owner, leadUnit, leadLeader: leadLeaders[i % leadLeaders.length].id, liaison: liaison.id,
      location: loc.id, total, nature, funding, start, end, members, taskForceOn: `${FIRST_YEAR - 1}-${pad2(int(r, 3, 12))}-${pad2(int(r, 1, 28))}`,
      decision: i % 10 === 0, soe: ownerUnit.type === 'soe', r,
      planned: Object.fromEntries(years.map((y) => [y, Math.round(total / (years.length + 2) * (0.8 + r() * 0.4))])),
      countdown: Object.fromEntries(years.map((y) => {
        const n = int(r, 3, 5);
        const dues = [...new Set(Array.from({ length: n }, () => int(r, 1, 12)))].sort((a, b) => a - b);
        return [y, dues.map((m, k) => ({ id: `C${k + 1}`, task: TASKS[Math.min(k + (m > 6 ? 2 : 0), TASKS.length - 1)], due: monthEnd(`${y}-${pad2(m)}`) }))];
      })),
    });
  }
  const byId = Object.fromEntries(projects.map((p) => [p.id, p]));

  // joint reviews: one a month (RV-4); the projects with a decision are reviewed the month before it (RV-1)
  const reviewMonths = [`${FIRST_YEAR - 1}-11`, `${FIRST_YEAR - 1}-12`, ...months];
  const decided = projects.filter((p) => p.decision);
  const reviews = reviewMonths.map((m, k) => ({ id: `${dayOf(m, 12)}-review`, date: dayOf(m, 12), items: [] }));
  decided.forEach((p, k) => {
    const rv = reviews[k % reviews.length];
    p.decisionOn = addDays(rv.date, 10);
    p.decisionRef = `开州府〔${p.decisionOn.slice(0, 4)}〕${10 + (k % 180)}号`;
    rv.items.push(p);
  });

  // lists: the reserve list(s), a rolling list and an annual plan for every year, decided the December before
  const lists = [];
  for (let y0 = 2021; y0 <= lastYear; y0 += 5) lists.push({ id: `reserve-${y0}-${y0 + 4}`, kind: 'reserve', period: `${y0}-${y0 + 4}`, decided_on: `${y0 - 1}-12-20`, ref: `开州府发〔${y0 - 1}〕${60 + (y0 % 7)}号`, entries: projects.map((p) => ({ project: p.id })) });
  for (const y of years) {
    lists.push({ id: `rolling-${y}-${y + 2}`, kind: 'rolling', period: `${y}-${y + 2}`, decided_on: `${y - 1}-12-26`, ref: `开州委〔${y - 1}〕${80 + (y % 9)}号`, entries: projects.map((p) => ({ project: p.id })) });
    lists.push({ id: `annual-${y}`, kind: 'annual', period: `${y}`, decided_on: `${y - 1}-12-28`, ref: `开州委〔${y - 1}〕${90 + (y % 9)}号`,
      entries: projects.map((p) => ({ project: p.id, planned_investment: p.planned[y], target: `完成年度投资${money(p.planned[y])}万元,${p.kind}形象进度达到计划节点` })) });
  }

  // ledgers: problems raised, carried while open, resolved; countdown tasks reported done
  const ledgers = []; // { p, month, submitted, problems: [...] }
  const problemLog = new Map(); // project id → [{ pid, title, category, raised, due, resolved }]
  for (const p of projects) {
    const r = rngFor(`ledgers:${p.id}`);
    const probs = [];
    let percent = int(r, 5, 30);
    let next = 1, prevSubmitted = '0000-00-00';
    for (const m of months) {
      if (r() < 0.09) {
        const [category, title] = pick(r, PROBLEMS);
        const raised = dayOf(m, int(r, 1, 18));
        const long = r() < 0.15;
        const resolved = long ? undefined : addDays(raised, int(r, 20, 120));
        probs.push({ pid: `P${next++}`, title, category, raised, due: addDays(raised, int(r, 30, 90)), resolved });
      }
      const y = +m.slice(0, 4);
      const submitted = dayOf(m, int(r, 20, 28));
      // a ledger reports what had happened by the day it went in: problems raised by then, resolved
      // by then (a problem resolved later in the month is still open here, and resolved next month)
      const listed = probs.filter((x) => x.raised <= submitted && (!x.resolved || x.resolved > prevSubmitted));
      // a task is reported done in the ledger of its due month, done by then and before the ledger went in
      const done = p.countdown[y].filter((t) => t.due.slice(0, 7) === m).map((t) => {
        const d = addDays(t.due, -int(r, 0, 12));
        return { task: t.id, done_on: d < submitted ? d : addDays(submitted, -int(r, 1, 5)) };
      });
      percent = Math.min(99, percent + int(r, 0, 4));
      const invested = p.planned[y] / 12 * (0.6 + r() * 0.8);
      ledgers.push({ p, month: m, submitted, invested, percent, done, problems: listed.map((x) => ({ ...x, status: x.resolved && x.resolved <= submitted ? 'resolved' : 'open' })) });
      prevSubmitted = submitted;
    }
    problemLog.set(p.id, probs);
  }

  // dispatches: L1 by each lead unit and by the center monthly, L2 by each lead leader monthly, L3 quarterly
  const dispatches = [];
  const openOn = (x, date) => x.raised <= date && (!x.resolved || x.resolved > date);
  const handled = new Map(); // problem key → { l1: date, l2: date }
  const projectsOfLeadUnit = {}, projectsOfLeader = {};
  for (const p of projects) { (projectsOfLeadUnit[p.leadUnit] ??= []).push(p); (projectsOfLeader[p.leadLeader] ??= []).push(p); }
  for (const m of months) {
    const prevEnd = monthEnd(addMonths(m, -1));
    // L1: the lead units on the 8th, problems raised by the end of last month and still open
    for (const [unit, ps] of Object.entries(projectsOfLeadUnit)) {
      const date = dayOf(m, 8);
      const probs = [];
      for (const p of ps) for (const x of problemLog.get(p.id)) if (x.raised <= prevEnd && openOn(x, date)) {
        const key = `${p.id}/${x.pid}`;
        probs.push({ problem: key, outcome: 'unresolved', assigned_to: p.location, due: addDays(date, 20) });
        const h = handled.get(key) ?? {}; h.l1 ??= date; handled.set(key, h);
      }
      const projs = [...new Set(probs.map((x) => x.problem.split('/')[0]))];
      dispatches.push({ id: `${date}-${unit}`, date, level: 'lead-unit', convener: unit, projects: projs.length ? projs : ps.slice(0, 5).map((p) => p.id), problems: probs });
    }
    dispatches.push({ id: `${dayOf(m, 10)}-drc-center`, date: dayOf(m, 10), level: 'center', convener: 'drc-center', projects: projects.filter((p) => p.i % 97 === months.indexOf(m) % 97).slice(0, 8).map((p) => p.id), problems: [] });
    // L2: every lead leader on the 15th..19th, problems that an L1 dispatch left unresolved
    leadLeaders.forEach((ld, k) => {
      const date = dayOf(m, 15 + (k % 5));
      const probs = [];
      for (const p of projectsOfLeader[ld.id] ?? []) for (const x of problemLog.get(p.id)) {
        const key = `${p.id}/${x.pid}`;
        const h = handled.get(key);
        if (h?.l1 && h.l1 < date && openOn(x, date)) { probs.push({ problem: key, outcome: 'unresolved' }); h.l2 ??= date; }
      }
      const ps = projectsOfLeader[ld.id] ?? [];
      const projs = [...new Set(probs.map((x) => x.problem.split('/')[0]))];
      dispatches.push({ id: `${date}-${ld.id}`, date, level: 'leader', convener: ld.id, projects: projs.length ? projs : ps.slice(0, 5).map((p) => p.id), problems: probs });
    });
    // L3: the main leaders at the end of each quarter, the problems both lower levels have handled
    if (+m.slice(5) % 3 === 0) {
      const date = dayOf(m, 25);
      const probs = [];
      for (const [key, h] of handled) {
        if (!h.l2 || h.l2 >= date || probs.length >= 30) continue;
        const [pid, xid] = key.split('/');
        const x = problemLog.get(pid).find((z) => z.pid === xid);
        if (openOn(x, date)) probs.push({ problem: key, outcome: 'unresolved' });
      }
      const projs = [...new Set(probs.map((x) => x.problem.split('/')[0]))];
      dispatches.push({ id: `${date}-main`, date, level: 'main', convener: mainLeaders[0].id, projects: projs.length ? projs : projects.slice(0, 3).map((p) => p.id), problems: probs });
    }
  }

  // inspections: one a quarter (AS-2), by the supervision office and the DRC, with findings closed on evidence
  const inspections = [];
  for (const y of years) for (let qn = 1; qn <= 4; qn++) {
    const r = rngFor(`inspection:${y}:${qn}`);
    const date = `${y}-${pad2(qn * 3 - 1)}-20`;
    const size = Math.min(10, projects.length);
    const targets = [];
    while (targets.length < size) { const p = pick(r, projects); if (!targets.includes(p.id)) targets.push(p.id); }
    const findings = targets.slice(0, 3).map((t, k) => ({ id: `F${k + 1}`, target: t, issue: pick(r, ['进度台账投资数据与现场不符', '专班人员变动未报备', '问题台账更新不及时', '倒计时节点滞后未说明原因']),
      assigned_to: byId[t].owner, due: addDays(date, 30), closed_on: addDays(date, int(r, 5, 28)), evidence: `整改报告 开州发改〔${y}〕${100 + qn * 10 + k}号` }));
    inspections.push({ id: `${y}-q${qn}-inspection`, date, targets, findings });
  }

  // ------------------------------------------------ text
  const W = (rel, text, at, author, message) => { files.set(rel, text); if (at) events.push({ at, paths: [rel], author, message }); };
  const admin = { name: '区项目中心', email: `${unitOf['drc-center'].people[0].id}@example.gov.cn` };
  W('kzp.yaml', [
    '# 开州区重点项目工作区(基准测试数据,由 bench/generate.mjs 生成)',
    'kzp: 1', 'district: 重庆市开州区', 'timezone: Asia/Shanghai', `since: ${FIRST_YEAR}-01`, 'history: git',
    'lights: { yellow: 10, red: 30 }', 'key_project_min_investment: 400', 'center: drc-center',
    'units:', '  development-reform: drc', '  finance: finance-bureau', '  planning: planning-bureau', '  supervision: supervision-office',
    'review:', '  fixed_participants: [finance-bureau, planning-bureau]',
    'ledger:', '  required_for: [reserve, rolling, annual]', '  grace_days: 0',
    'escalation:', '  stale_days: 30',
    'sectors:', ...Object.entries(SECTORS).map(([k, v]) => `  ${k}: ${v}`), '',
  ].join('\n'), `${FIRST_YEAR - 1}-10-08T09:00`, admin, '工作区设置');
  for (const u of units) {
    const L = [`id: ${u.id}`, `name: ${u.name}`, `type: ${u.type}`];
    if (u.roles) L.push(`roles: [${u.roles.join(', ')}]`);
    if (u.section) L.push('project_section:', `  filed_on: ${u.section}`);
    L.push('people:');
    for (const p of u.people) {
      const f = [`id: ${p.id}`, `name: ${p.name}`];
      if (p.title) f.push(`title: ${p.title}`);
      if (p.duty) f.push(`duty: ${q(p.duty)}`);
      if (p.leader_roles) f.push(`leader_roles: [${p.leader_roles.join(', ')}]`);
      if (p.expert) f.push('expert: true');
      if (p.email) f.push(`email: ${p.email}`);
      if (p.sectors) f.push(`sectors: [${p.sectors.join(', ')}]`);
      L.push(`  - { ${f.join(', ')} }`);
    }
    W(`units/${u.id}.yaml`, L.join('\n') + '\n', `${FIRST_YEAR - 1}-10-${pad2(10 + (units.indexOf(u) % 18))}T10:00`, admin, `单位:${u.name}`);
  }
  for (const p of projects) {
    const L = [`# ${p.name} —— ${SECTORS[p.sector]}领域`, `id: ${p.id}`, `name: ${q(p.name)}`, `sector: ${p.sector}`, `nature: ${p.nature}`, 'stage: construction',
      `owner: ${p.owner}`, `lead_unit: ${p.leadUnit}`, `lead_leader: ${p.leadLeader}`, `liaison: ${p.liaison}`, `location: ${p.location}`,
      `total_investment: ${p.total}`, `start: ${p.start}`, `end: ${p.end}`, 'task_force:', `  filed_on: ${p.taskForceOn}`, '  members:',
      ...p.members.map((m) => `    - { person: ${m.person}, duty: ${q(m.duty)} }`), 'funding:', ...p.funding.map((f) => `  - { source: ${f.source}, amount: ${f.amount} }`)];
    if (p.decision) L.push(`decision: { date: ${p.decisionOn}, body: government, ref: ${p.decisionRef} }`);
    if (p.soe) {
      L.push('budget:');
      for (const y of years) L.push(`  "${y}": { approved_on: ${y}-01-${pad2(15 + (p.i % 12))}, midyear_on: ${y}-07-${pad2(10 + (p.i % 15))}${y < lastYear ? `, evaluated_on: ${y + 1}-01-${pad2(10 + (p.i % 15))}` : ''} }`);
    }
    L.push('countdown:');
    for (const y of years) { L.push(`  "${y}":`); for (const t of p.countdown[y]) L.push(`    - { id: ${t.id}, task: ${t.task}, due: ${t.due} }`); }
    W(`projects/${p.id}.yaml`, L.join('\n') + '\n', `${FIRST_YEAR - 1}-11-${pad2(1 + (p.i % 20))}T15:00`, admin, `项目:${p.name}`);
  }
  for (const l of lists) {
    const L = [`id: ${l.id}`, `kind: ${l.kind}`, `period: "${l.period}"`, `decided_on: ${l.decided_on}`, `decision_ref: ${l.ref}`, 'projects:'];
    for (const e of l.entries) L.push(e.planned_investment ? `  - { project: ${e.project}, planned_investment: ${e.planned_investment}, target: ${q(e.target)} }` : `  - { project: ${e.project} }`);
    W(`lists/${l.id}.yaml`, L.join('\n') + '\n', `${l.decided_on}T17:00`, admin, `清单:${l.id}`);
  }
  const participants = ['finance-bureau', 'planning-bureau', 'ecology-bureau'];
  for (const rv of reviews) {
    const L = [`id: ${rv.id}`, 'kind: review', `date: ${rv.date}`, 'convener: drc-center'];
    const extra = [...new Set(rv.items.map((p) => p.leadUnit))];
    L.push(`participants: [${[...participants, ...extra].join(', ')}]`);
    if (!rv.items.length) L.push('items: []');
    else {
      L.push('items:');
      for (const p of rv.items) L.push(`  - project: ${p.id}`, '    aspects: { necessity: pass, feasibility: pass, timing: pass, scale: pass, funding: pass, spatial: pass }', `    conclusion: ${p.i % 30 === 0 ? 'conditional' : 'approved'}`);
    }
    W(`reviews/${rv.date.slice(0, 4)}/${rv.id}.yaml`, L.join('\n') + '\n', `${rv.date}T18:00`, admin, `项目会审 ${rv.date}`);
  }
  for (const d of dispatches) {
    const L = [`id: ${d.id}`, 'kind: dispatch', `date: ${d.date}`, `level: ${d.level}`, `convener: ${d.convener}`, `projects: [${d.projects.join(', ')}]`];
    if (!d.problems.length) L.push('problems: []');
    else {
      L.push('problems:');
      for (const x of d.problems) L.push(`  - { problem: ${x.problem}, outcome: ${x.outcome}${x.assigned_to ? `, assigned_to: ${x.assigned_to}, due: ${x.due}` : ''} }`);
    }
    W(`reviews/${d.date.slice(0, 4)}/${d.id}.yaml`, L.join('\n') + '\n', `${d.date}T19:00`, admin, `调度 ${d.id}`);
  }
  for (const ins of inspections) {
    const L = [`id: ${ins.id}`, 'kind: inspection', `date: ${ins.date}`, 'organizers: [supervision-office, drc]', 'methods: [site-visit, document-check, briefing, self-report-check]',
      `targets: [${ins.targets.join(', ')}]`, 'findings:'];
    for (const f of ins.findings) L.push(`  - { id: ${f.id}, target: ${f.target}, issue: ${f.issue}, assigned_to: ${f.assigned_to}, due: ${f.due}, closed_on: ${f.closed_on}, evidence: ${q(f.evidence)} }`);
    W(`reviews/${ins.date.slice(0, 4)}/${ins.id}.yaml`, L.join('\n') + '\n', `${ins.date}T18:30`, admin, `联合督查 ${ins.id}`);
  }
  const personOf = {};
  for (const u of units) for (const p of u.people) personOf[p.id] = p;
  for (const l of ledgers) {
    const p = l.p;
    const L = [`# ${+l.month.slice(0, 4)}年${+l.month.slice(5)}月 · ${p.name} · 进度台账、问题台账、倒计时完成台账`, `project: ${p.id}`, `month: ${l.month}`, `reporter: ${p.liaison}`, `submitted_on: ${l.submitted}`, 'progress:', `  invested: ${money(l.invested)}`, '  stage: construction',
      `  physical: ${q(STAGE_TEXT[p.sector](l.percent))}`, `  percent: ${l.percent}`];
    if (!l.done.length) L.push('countdown: []');
    else { L.push('countdown:'); for (const d of l.done) L.push(`  - { task: ${d.task}, done_on: ${d.done_on} }`); }
    if (!l.problems.length) L.push('problems: []');
    else {
      L.push('problems:');
      for (const x of l.problems) {
        L.push(`  - id: ${x.pid}`, `    title: ${q(x.title)}`, `    category: ${x.category}`, `    raised_on: ${x.raised}`, `    due: ${x.due}`, `    status: ${x.status}`);
        if (x.status === 'resolved') L.push(`    resolved_on: ${x.resolved}`, `    note: 经${unitOf[p.leadUnit].name.replace(/^开州区/, '')}协调,问题已解决销号`);
      }
    }
    const who = personOf[p.liaison];
    const author = { name: who.name, email: who.email ?? `${who.id}@example.gov.cn` };
    W(`ledgers/${l.month}/${p.id}.yaml`, L.join('\n') + '\n', `${l.submitted}T${pad2(9 + (p.i % 9))}:${pad2(p.i % 60)}`, author, `${l.month} 台账:${p.name}`);
  }
  return { files, events };
}

// ------------------------------------------------------------------ writing
function writeTree(out, files) {
  const dirs = new Set();
  for (const rel of files.keys()) dirs.add(dirname(rel));
  for (const d of dirs) mkdirSync(join(out, d), { recursive: true });
  for (const [rel, text] of files) writeFileSync(join(out, rel), text);
}

/** One commit per event, oldest first, written with `git fast-import` (a single process). */
function writeGit(out, files, events) {
  const git = (args, input) => execFileSync('git', args, { cwd: out, input, stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 1 << 28, env: { ...process.env, LC_ALL: 'C' } });
  git(['init', '-q', '-b', 'main']);
  events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const streamPath = join(out, '.git', 'bench-import.stream');
  const fd = openSync(streamPath, 'w');
  let mark = 0;
  for (const e of events) {
    const [d, hm] = e.at.split('T');
    const unix = Math.floor(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8), +hm.slice(0, 2) - 8, +hm.slice(3)) / 1000);
    const msg = Buffer.from(e.message + '\n');
    let s = `commit refs/heads/main\nmark :${++mark}\nauthor ${e.author.name} <${e.author.email}> ${unix} +0800\ncommitter ${e.author.name} <${e.author.email}> ${unix} +0800\ndata ${msg.length}\n`;
    writeSync(fd, s); writeSync(fd, msg);
    for (const rel of e.paths) {
      const body = Buffer.from(files.get(rel));
      writeSync(fd, `M 100644 inline ${rel}\ndata ${body.length}\n`); writeSync(fd, body); writeSync(fd, '\n');
    }
    writeSync(fd, '\n');
  }
  closeSync(fd);
  execFileSync('sh', ['-c', 'git fast-import --quiet < .git/bench-import.stream'], { cwd: out, stdio: ['ignore', 'pipe', 'pipe'] });
  rmSync(streamPath);
  writeFileSync(join(out, '.git', 'info', 'exclude'), '.bench-stamp.json\n.kzp/\n');
  git(['reset', '-q', 'HEAD']); // the index from HEAD; the files on disk are the same bytes
  git(['update-index', '-q', '--refresh']);
  return events.length;
}

export function build(opts) {
  const out = resolve(opts.out ?? defaultOut(opts.projects, opts.years, opts.git));
  const stampPath = join(out, '.bench-stamp.json');
  const stamp = JSON.stringify({ generator: GENERATOR_VERSION, projects: opts.projects, years: opts.years, git: opts.git });
  if (!opts.force && existsSync(stampPath) && readFileSync(stampPath, 'utf8') === stamp) return { out, reused: true };
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const t0 = Date.now();
  const { files, events } = generate(opts);
  writeTree(out, files);
  let commits = 0;
  if (opts.git) commits = writeGit(out, files, events);
  writeFileSync(stampPath, stamp);
  let bytes = 0; for (const t of files.values()) bytes += Buffer.byteLength(t);
  return { out, reused: false, files: files.size, bytes, commits, ms: Date.now() - t0 };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const o = parseArgs(process.argv.slice(2));
    const r = build(o);
    if (!o.quiet) {
      if (r.reused) console.log(`${r.out}: up to date (delete it or pass --force to rebuild)`);
      else console.log(`${r.out}: ${r.files} files, ${(r.bytes / 1048576).toFixed(1)} MB${r.commits ? `, ${r.commits} commits` : ''} in ${(r.ms / 1000).toFixed(1)} s`);
    }
  } catch (e) {
    console.error(`bench:data: ${e instanceof Error ? e.message : e}`);
    process.exit(2);
  }
}
