// The world every rule test starts from: the smallest complete workspace, as plain records that a
// test case changes in code (`world((w) => { w.project.liaison = 'wang-li'; })`) and that are
// written out as YAML. It is clean: no diagnostic at all. What is in it:
//
// - units: the center drc-center (李明 li-ming, sector transport); drc (发改委, administrative
//   authority, approval); finance-bureau and planning-bureau (the fixed review participants);
//   supervision-office (organ); transport-bureau (industry authority, 王丽 wang-li, expert);
//   hanfeng-street (a street, 何军 he-jun); kz-urban-invest (a district SOE: 陈杰 chen-jie,
//   expert, and 林芳 lin-fang); district-leadership: zhao-shuji (main), zhang-wei (lead,
//   investment-finance), liu-yang (land-supply, petition-stability).
// - one project KZ-2022-001 (汉丰湖环湖路改造工程, transport, operating, under construction):
//   owner kz-urban-invest, lead unit transport-bureau, lead leader zhang-wei, liaison chen-jie,
//   location hanfeng-street; total 12800 万元 = special bonds 6000 + district fiscal 6800; a task
//   force of chen-jie and lin-fang; decided by the government on 2021-12-20 after the joint
//   review of 2021-12-15; countdown 2022: C1 (due 01-31), C2 (due 03-31).
// - lists: rolling-2022-2024 and annual-2022 (planned 6000), both decided on 2021-12-28.
// - ledgers 2022-01 (C1 done 01-25; problem P1, land, raised 01-10, due 03-31, open) and 2022-02
//   (P1 still open; P2, funding, raised 02-10 and resolved 02-24).
// - P1 is handled unresolved at each level: by the lead unit transport-bureau on 2022-01-18
//   (L1), by liu-yang, the land leader, on 2022-02-16 (L2), by the main leader zhao-shuji on
//   2022-02-28 (L3).
// - a joint review each month (2021-12-15, 2022-01-20); the inspection 2022-q1-inspection
//   (2022-02-20, by supervision-office and drc) with F1 closed and F2 open.
//
// test/fixtures/base is the same world as files, for the tests that need it on disk.
import { stringify } from 'yaml';
import { withFiles, type Files } from '../helpers.js';

export type Rec = Record<string, any>;

export const P = 'KZ-2022-001';

export interface World {
  config: Rec;
  units: Record<string, Rec>;
  projects: Record<string, Rec>;
  lists: Record<string, Rec>;
  /** by `YYYY-MM/PROJECT` */
  ledgers: Record<string, Rec>;
  /** reviews, dispatches and inspections by id; written to reviews/<year of date>/<id>.yaml */
  reviews: Record<string, Rec>;
  /** files written as given (raw YAML, bytes), or deleted with null: for what records cannot say */
  files: Record<string, string | Uint8Array | null>;
  /** the project KZ-2022-001 */
  readonly project: Rec;
  /** the ledger of KZ-2022-001 (or of `project`) for a month */
  ledger(month: string, project?: string): Rec;
}

const person = (id: string, name: string, extra: Rec = {}) => ({ id, name, ...extra });
const p1 = () => ({ id: 'P1', title: '环湖路K2段征地拆迁未完成', category: 'land', raised_on: '2022-01-10', due: '2022-03-31', status: 'open' });
const six = () => ({ necessity: 'pass', feasibility: 'pass', timing: 'pass', scale: 'pass', funding: 'pass', spatial: 'pass' });

function records(): Omit<World, 'project' | 'ledger' | 'files'> {
  return {
    config: {
      kzp: 1, district: '重庆市开州区', timezone: 'Asia/Shanghai', since: '2022-01', history: 'declared', center: 'drc-center',
      units: { 'development-reform': 'drc', finance: 'finance-bureau', planning: 'planning-bureau', supervision: 'supervision-office' },
      review: { fixed_participants: ['finance-bureau', 'planning-bureau'] },
      sectors: { transport: '交通' },
    },
    units: {
      'district-leadership': { id: 'district-leadership', name: '开州区委区政府领导', type: 'leadership', people: [
        person('zhao-shuji', '赵书记', { title: '区委书记', leader_roles: ['main'] }),
        person('zhang-wei', '张伟', { title: '副区长', leader_roles: ['lead', 'investment-finance'] }),
        person('liu-yang', '刘洋', { title: '副区长', leader_roles: ['land-supply', 'petition-stability'] }),
      ] },
      'drc-center': { id: 'drc-center', name: '区重大项目服务中心', type: 'center', people: [person('li-ming', '李明', { duty: '交通领域项目服务', sectors: ['transport'], email: 'liming@example.gov.cn' })] },
      drc: { id: 'drc', name: '开州区发展和改革委员会', type: 'department', roles: ['administrative-authority', 'approval'], people: [person('zhou-hua', '周华', { duty: '投资科科长' })] },
      'finance-bureau': { id: 'finance-bureau', name: '开州区财政局', type: 'department', roles: ['factor-guarantee'], people: [person('wu-gang', '吴刚', { duty: '经济建设科科长' })] },
      'planning-bureau': { id: 'planning-bureau', name: '开州区规划和自然资源局', type: 'department', roles: ['approval', 'factor-guarantee'], people: [person('zheng-li', '郑丽', { duty: '用地审批' })] },
      'supervision-office': { id: 'supervision-office', name: '开州区人民政府督查办公室', type: 'organ', people: [person('sun-qiang', '孙强', { duty: '督查科科长' })] },
      'transport-bureau': { id: 'transport-bureau', name: '开州区交通运输委员会', type: 'department', roles: ['industry-authority'], project_section: { filed_on: '2022-01-08' },
        people: [person('wang-li', '王丽', { duty: '项目科科长', expert: true, email: 'wangli@example.gov.cn' })] },
      'hanfeng-street': { id: 'hanfeng-street', name: '汉丰街道办事处', type: 'street', people: [person('he-jun', '何军', { duty: '征地拆迁协调' })] },
      'kz-urban-invest': { id: 'kz-urban-invest', name: '重庆市开州区城市发展投资集团有限公司', type: 'soe', project_section: { filed_on: '2022-01-10' },
        people: [person('chen-jie', '陈杰', { duty: '项目中心主任', expert: true, email: 'chenjie@example.gov.cn' }), person('lin-fang', '林芳', { duty: '台账统计' })] },
    },
    projects: {
      [P]: {
        id: P, name: '汉丰湖环湖路改造工程', sector: 'transport', nature: 'operating', stage: 'construction',
        owner: 'kz-urban-invest', lead_unit: 'transport-bureau', lead_leader: 'zhang-wei', liaison: 'chen-jie', location: 'hanfeng-street',
        total_investment: 12800, start: '2022-03', end: '2024-12',
        task_force: { filed_on: '2022-01-20', members: [{ person: 'chen-jie', duty: '专班负责人' }, { person: 'lin-fang', duty: '台账填报' }] },
        funding: [{ source: 'special-bond', amount: 6000 }, { source: 'district-fiscal', amount: 6800 }],
        decision: { date: '2021-12-20', body: 'government', ref: '开州府〔2021〕90号' },
        budget: { 2022: { approved_on: '2022-01-20', midyear_on: '2022-07-15' } },
        countdown: { 2022: [{ id: 'C1', task: '完成施工图设计', due: '2022-01-31' }, { id: 'C2', task: '主体开工', due: '2022-03-31' }] },
      },
    },
    lists: {
      'rolling-2022-2024': { id: 'rolling-2022-2024', kind: 'rolling', period: '2022-2024', decided_on: '2021-12-28', decision_ref: '开州委〔2021〕87号', projects: [{ project: P }] },
      'annual-2022': { id: 'annual-2022', kind: 'annual', period: '2022', decided_on: '2021-12-28', decision_ref: '开州委〔2021〕88号',
        projects: [{ project: P, planned_investment: 6000, target: '完成路基及桥梁下部结构' }] },
    },
    ledgers: {
      [`2022-01/${P}`]: { project: P, month: '2022-01', reporter: 'chen-jie', submitted_on: '2022-01-27',
        progress: { invested: 300, stage: 'construction', physical: '完成施工图设计' }, countdown: [{ task: 'C1', done_on: '2022-01-25' }], problems: [p1()] },
      [`2022-02/${P}`]: { project: P, month: '2022-02', reporter: 'chen-jie', submitted_on: '2022-02-25',
        progress: { invested: 450, stage: 'construction', physical: '路基工程完成20%' },
        problems: [p1(), { id: 'P2', title: '专项债资金到位滞后', category: 'funding', raised_on: '2022-02-10', status: 'resolved', resolved_on: '2022-02-24' }] },
    },
    reviews: {
      '2021-12-15-review': { id: '2021-12-15-review', kind: 'review', date: '2021-12-15', convener: 'drc-center', participants: ['finance-bureau', 'planning-bureau', 'transport-bureau'],
        items: [{ project: P, aspects: six(), conclusion: 'approved' }] },
      '2022-01-20-review': { id: '2022-01-20-review', kind: 'review', date: '2022-01-20', convener: 'drc-center', participants: ['finance-bureau', 'planning-bureau'], items: [] },
      '2022-01-18-transport': { id: '2022-01-18-transport', kind: 'dispatch', date: '2022-01-18', level: 'lead-unit', convener: 'transport-bureau', projects: [P],
        problems: [{ problem: `${P}/P1`, outcome: 'unresolved', assigned_to: 'hanfeng-street', due: '2022-02-15' }] },
      '2022-02-16-liu-yang': { id: '2022-02-16-liu-yang', kind: 'dispatch', date: '2022-02-16', level: 'leader', convener: 'liu-yang', projects: [P],
        problems: [{ problem: `${P}/P1`, outcome: 'unresolved', assigned_to: 'planning-bureau', due: '2022-03-15' }] },
      '2022-02-28-main': { id: '2022-02-28-main', kind: 'dispatch', date: '2022-02-28', level: 'main', convener: 'zhao-shuji', projects: [P],
        problems: [{ problem: `${P}/P1`, outcome: 'unresolved' }] },
      '2022-q1-inspection': { id: '2022-q1-inspection', kind: 'inspection', date: '2022-02-20', organizers: ['supervision-office', 'drc'],
        methods: ['site-visit', 'document-check'], targets: [P, 'kz-urban-invest'], findings: [
          { id: 'F1', target: P, issue: '进度台账投资数据与现场不符', assigned_to: 'kz-urban-invest', due: '2022-03-31', closed_on: '2022-03-20', evidence: '整改报告' },
          { id: 'F2', target: 'kz-urban-invest', issue: '专班人员变动未报备', assigned_to: 'kz-urban-invest', due: '2022-03-31' },
        ] },
    },
  };
}

/** The world, changed by `change`, as the files of a workspace. */
export function world(change?: (w: World) => void): Files {
  const r = records();
  const w: World = {
    ...r, files: {},
    get project() { return this.projects[P]; },
    ledger(month, project = P) {
      const l = this.ledgers[`${month}/${project}`];
      if (!l) throw new Error(`no ledger ${month}/${project} in the world`);
      return l;
    },
  };
  change?.(w);
  const out: Files = { 'kzp.yaml': stringify(w.config) };
  for (const [id, u] of Object.entries(w.units)) out[`units/${id}.yaml`] = stringify(u);
  for (const [id, p] of Object.entries(w.projects)) out[`projects/${id}.yaml`] = stringify(p);
  for (const [id, l] of Object.entries(w.lists)) out[`lists/${id}.yaml`] = stringify(l);
  for (const [key, l] of Object.entries(w.ledgers)) out[`ledgers/${key}.yaml`] = stringify(l);
  for (const [id, x] of Object.entries(w.reviews)) out[reviewFile(id, x)] = stringify(x);
  return withFiles(w.files, out);
}

/** Where the world writes a record: `file.project('KZ-2022-001')` → projects/KZ-2022-001.yaml. */
export const file = {
  config: 'kzp.yaml',
  unit: (id: string) => `units/${id}.yaml`,
  project: (id: string = P) => `projects/${id}.yaml`,
  list: (id: string) => `lists/${id}.yaml`,
  ledger: (month: string, project: string = P) => `ledgers/${month}/${project}.yaml`,
  /** a review, dispatch or inspection of the world (its year is that of its date), or of 2022 */
  review: (id: string, year?: string) => `reviews/${year ?? /^\d{4}/.exec(id)?.[0] ?? '2022'}/${id}.yaml`,
};

function reviewFile(id: string, x: Rec): string {
  return `reviews/${typeof x.date === 'string' ? x.date.slice(0, 4) : '2022'}/${id}.yaml`;
}

/** A complete construction-management agency (AG-2..4), for `w.project.agency = agency({ … })`. */
export function agency(change: Rec = {}): Rec {
  return {
    agent: '重庆某建设管理有限公司', consent_on: '2021-11-02', decided_on: '2021-11-20', plan_in: 'feasibility-report', approved_on: '2021-12-05',
    contract: { signed_on: '2021-12-20', scope: '全过程建设管理', duties: '业主决策签章、代理单位负责建设实施管理', fee: 120, fee_in_total: true },
    asset_owner: 'kz-urban-invest', signatory: 'kz-urban-invest', ...change,
  };
}

/** Makes KZ-2022-001 eligible for agency (AG-1): public-welfare, its owner an institution (or `ownerType`). */
export function eligible(w: World, ownerType = 'institution'): void {
  w.project.nature = 'public-welfare';
  w.units['kz-urban-invest'].type = ownerType;
}
