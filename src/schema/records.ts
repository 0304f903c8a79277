// One Zod schema per record kind of FORMAT.md v1. Strict: unknown keys are errors.
// Presence of fields that a *rule* demands (lead leader, task force, six aspects …) is left to
// that rule, so the diagnostic names the rule of the mechanism rather than "SCHEMA".
import { z } from 'zod';
import { date, money, month, note, personId, recordId, text, unitId, year } from './common.js';

export const SECTOR_ID = /^[a-z][a-z0-9-]*$/;
export const UNIT_TYPES = ['township', 'street', 'department', 'soe', 'organ', 'institution', 'leadership', 'center'] as const;
export const UNIT_ROLES = ['industry-authority', 'administrative-authority', 'approval', 'factor-guarantee'] as const;
export const LEADER_ROLES = ['main', 'lead', 'investment-finance', 'land-supply', 'petition-stability'] as const;
export const STAGES = ['reserve', 'preliminary', 'construction', 'completed', 'suspended'] as const;
/** TF-6. There is deliberately no "new implicit debt" channel (BG-3). */
export const FUNDING_SOURCES = ['central-budget', 'special-bond', 'policy-finance', 'ppp', 'bank-loan', 'municipal', 'district-fiscal', 'self-raised', 'social-capital'] as const;
/** LS-6: the government funds. */
export const GOVERNMENT_FUNDS = ['central-budget', 'special-bond', 'policy-finance', 'municipal', 'district-fiscal'] as const;
export const PROBLEM_CATEGORIES = ['funding', 'land', 'construction-environment', 'approval', 'design', 'other'] as const;
export const DISPATCH_LEVELS = ['lead-unit', 'center', 'leader', 'main'] as const;
export const INSPECTION_METHODS = ['site-visit', 'document-check', 'briefing', 'self-report-check'] as const;
export const ASPECTS = ['necessity', 'feasibility', 'timing', 'scale', 'funding', 'spatial'] as const;

const sectorId = z.string().regex(SECTOR_ID);

/** An IANA time zone this Node knows (Asia/Shanghai); a misspelt one would fail every date computed in it. */
function isTimeZone(tz: string): boolean {
  try { new Intl.DateTimeFormat('en-US', { timeZone: tz }); return true; } catch { return false; }
}

export const configSchema = z.strictObject({
  kzp: z.literal(1).describe('格式版本,固定为 1'),
  district: text.describe('区县名称,如 重庆市开州区'),
  timezone: z.string().refine(isTimeZone, { params: { key: 'timezone' } }).default('Asia/Shanghai').describe('时区;月底和截止时间按此计算'),
  since: month.default('2022-01').describe('开始跟踪的第一个月;此前不产生任何义务或逾期'),
  kzp_version: z.string().min(1).optional().describe('本工作区所用的 kzp 版本(tools/kzp.mjs 的版本;kzp init 和 kzp vendor 写入)'),
  lang: z.enum(['zh', 'en']).optional().describe('kzp 输出的语言:zh 中文,en 英文;--lang 和 KZP_LANG 优先'),
  history: z.enum(['git', 'declared']).default('git').describe('报送时间来源:git 取首次提交时间 (HI-1);declared 取台账的 submitted_on'),
  history_since: date.optional().describe('此日期(工作区时区)之前的 git 提交时间不作为报送时间,这些台账取 submitted_on;用于事后建立或导入的仓库'),
  lights: z.strictObject({ yellow: z.number().min(0).max(100), red: z.number().min(0).max(100) }).default({ yellow: 10, red: 30 }).describe('红黄绿灯:投资完成率落后时间进度的百分点'),
  key_project_min_investment: money.default(400).describe('重点项目总投资下限,万元 (KP-1)'),
  center: unitId.describe('区重大项目服务中心的单位 id (TF-1)'),
  units: z.strictObject({
    'development-reform': unitId.optional().describe('区发展改革委'),
    finance: unitId.optional().describe('区财政局'),
    planning: unitId.optional().describe('区规划自然资源局'),
    supervision: unitId.optional().describe('区政府督查办'),
  }).default({}).describe('规则引用的单位角色'),
  review: z.strictObject({ fixed_participants: z.array(unitId).default([]) }).default({ fixed_participants: [] }).describe('项目会审 (RV-3)'),
  ledger: z.strictObject({
    required_for: z.array(z.enum(['reserve', 'rolling', 'annual'])).default(['reserve', 'rolling', 'annual']),
    grace_days: z.number().int().min(0).max(31).default(0),
  }).default({ required_for: ['reserve', 'rolling', 'annual'], grace_days: 0 }).describe('月度台账 (LS-4)'),
  escalation: z.strictObject({
    stale_days: z.number().int().min(1).max(366).default(30),
    domains: z.strictObject({
      funding: z.enum(['investment-finance', 'land-supply', 'petition-stability', 'lead']).default('investment-finance'),
      land: z.enum(['investment-finance', 'land-supply', 'petition-stability', 'lead']).default('land-supply'),
      'construction-environment': z.enum(['investment-finance', 'land-supply', 'petition-stability', 'lead']).default('petition-stability'),
    }).default({ funding: 'investment-finance', land: 'land-supply', 'construction-environment': 'petition-stability' }),
  }).default({ stale_days: 30, domains: { funding: 'investment-finance', land: 'land-supply', 'construction-environment': 'petition-stability' } }).describe('调度提级 (DS-5, DS-6)'),
  budget: z.strictObject({
    approved_by: z.string().regex(/^\d{2}-\d{2}$/).default('01-31'),
    midyear_by: z.string().regex(/^\d{2}-\d{2}$/).default('07-31'),
    evaluated_by: z.string().regex(/^\d{2}-\d{2}$/).default('01-31'),
  }).default({ approved_by: '01-31', midyear_by: '07-31', evaluated_by: '01-31' }).describe('国企项目预算节点 (BG-2)'),
  // a map without a prototype: a sector id such as `constructor` must not find Object's members
  // (`'constructor' in sectors` was true, and TF-5 printed "function Object()…")
  sectors: z.record(sectorId, text).default({ transport: '交通', water: '水利', park: '园区', urban: '城市', agriculture: '农业农村', social: '社会事业' })
    .describe('领域 (TF-5)').transform((r): Record<string, string> => Object.assign(Object.create(null) as Record<string, string>, r)),
  assessment: z.strictObject({
    weights: z.strictObject({ countdown: z.number().min(0), ledger: z.number().min(0), problems: z.number().min(0), inspection: z.number().min(0) })
      .default({ countdown: 40, ledger: 20, problems: 20, inspection: 20 }),
    annual: z.strictObject({ investment: z.number().min(0), target: z.number().min(0) })
      .default({ investment: 50, target: 50 }).describe('年度考核权重:年度计划投资目标、形象进度目标 (AS-6)'),
  }).default({ weights: { countdown: 40, ledger: 20, problems: 20, inspection: 20 }, annual: { investment: 50, target: 50 } }).describe('单位考核权重 (AS-6)'),
  note,
});

const person = z.strictObject({
  id: personId,
  name: text.describe('姓名'),
  duty: z.string().optional().describe('责任分工 (TF-2)'),
  title: z.string().optional().describe('职务'),
  rank: z.number().int().min(1).optional().describe('排序:公文中列出区领导时按此从小到大排列(如区委书记 1、区长 2);不填的排在后面'),
  leader_roles: z.array(z.enum(LEADER_ROLES)).optional().describe('区领导角色:main 主要领导、lead 牵头区领导、investment-finance 分管投资财税金融、land-supply 分管土地供应、petition-stability 分管信访稳定'),
  expert: z.boolean().optional().describe('项目专家 (SG-1)'),
  email: z.string().regex(/^[^@\s]+@[^@\s]+$/).optional().describe('电子邮箱,用于识别 git 提交者 (HI-3)'),
  sectors: z.array(sectorId).optional().describe('区项目中心工作人员负责的领域 (TF-5)'),
  note,
});

export const unitSchema = z.strictObject({
  id: unitId,
  name: text.describe('单位全称'),
  type: z.enum(UNIT_TYPES).describe('单位类型'),
  roles: z.array(z.enum(UNIT_ROLES)).optional().describe('单位职能:行业主管、行政主管、行政审批、要素保障'),
  project_section: z.strictObject({ filed_on: date.optional().describe('报区项目中心备案日期 (TF-2)'), name: z.string().optional(), note }).optional().describe('项目科(项目中心) (TF-2)'),
  people: z.array(person).default([]).describe('人员'),
  bonus: z.array(z.strictObject({ year: year, points: z.number(), reason: text })).optional().describe('考核加分 (AS-6, 三(四))'),
  note,
});

const fee = z.strictObject({ on_success: money.optional(), on_failure: money.optional() });

export const projectSchema = z.strictObject({
  id: recordId,
  name: text.describe('项目名称'),
  key: z.boolean().optional().describe('设为 false 表示总投资低于下限的非重点项目 (KP-1)'),
  sector: sectorId.describe('领域,取自 kzp.yaml 的 sectors'),
  nature: z.enum(['public-welfare', 'operating']).describe('公益性 / 经营性'),
  stage: z.enum(STAGES).describe('阶段:储备、前期、在建、完工、暂停'),
  owner: unitId.describe('项目业主单位'),
  lead_unit: unitId.optional().describe('牵头责任单位 (FC-2)'),
  lead_leader: personId.optional().describe('牵头区领导 (FC-1)'),
  liaison: personId.optional().describe('联络员,须为业主单位人员 (FC-3)'),
  location: unitId.optional().describe('属地乡镇街道 (SG-2)'),
  total_investment: money.describe('估算总投资,万元'),
  start: month.optional().describe('计划开工月份'),
  end: month.optional().describe('计划完工月份'),
  major: z.boolean().optional().describe('特别重大项目 (TF-4)'),
  designated: z.strictObject({ lead_unit: unitId.optional(), lead_person: personId.optional() }).optional().describe('区委区政府指定的牵头单位和牵头责任人 (TF-4)'),
  task_force: z.strictObject({
    filed_on: date.optional().describe('专班报备日期'),
    members: z.array(z.strictObject({ person: personId, duty: z.string().optional() })).default([]),
  }).optional().describe('项目专班 (TF-3)'),
  funding: z.array(z.strictObject({ source: z.enum(FUNDING_SOURCES), amount: money, note })).optional().describe('资金来源 (TF-6, BG-3)'),
  applications: z.array(z.strictObject({
    channel: z.enum(FUNDING_SOURCES), year: year, requested: money, approved: money.optional(),
    status: z.enum(['pending', 'approved', 'rejected', 'withdrawn']), intermediary: recordId.optional(), note,
  })).optional().describe('资金申报 (IM-3, LS-6)'),
  intermediaries: z.array(z.strictObject({
    id: recordId, name: z.string().optional(), services: z.array(z.enum(['packaging', 'fund-application', 'preliminary'])).optional(),
    contract_on: date.optional(), fee: fee.optional(), note,
  })).optional().describe('中介服务机构 (IM-1, IM-2)'),
  decision: z.strictObject({ date, body: z.enum(['government', 'committee']).describe('区政府 / 区委'), ref: z.string().optional() }).optional().describe('提请决策 (RV-1)'),
  agency: z.strictObject({
    agent: z.string().optional(), consent_on: date.optional(), decided_on: date.optional(),
    plan_in: z.enum(['proposal', 'feasibility-report']).optional(), approved_on: date.optional(),
    contract: z.strictObject({ signed_on: date.optional(), scope: z.string().optional(), duties: z.string().optional(), fee: money.optional(), fee_in_total: z.boolean().optional() }).optional(),
    asset_owner: unitId.optional(), signatory: unitId.optional(), note,
  }).optional().describe('建设管理代理 (AG-1..4)'),
  budget: z.record(z.string().regex(/^\d{4}$/), z.strictObject({ approved_on: date.optional(), midyear_on: date.optional(), evaluated_on: date.optional() })).optional().describe('国企项目年度预算节点 (BG-2)'),
  countdown: z.record(z.string().regex(/^\d{4}$/), z.array(z.strictObject({ id: recordId, task: text, due: date, note }))).optional().describe('全年倒计时工作台账 (LS-5)'),
  note,
});

export const listSchema = z.strictObject({
  id: recordId,
  kind: z.enum(['reserve', 'rolling', 'annual']).describe('五年储备 / 三年滚动 / 年度建设计划 (LS-1)'),
  period: z.union([z.string().regex(/^\d{4}(-\d{4})?$/), z.number().int()]).describe('年度清单为 YYYY,滚动和储备清单为 YYYY-YYYY'),
  decided_on: date.optional().describe('决策下达日期 (LS-2, LS-3);缺省为草案'),
  decision_ref: z.string().optional().describe('决策文号'),
  projects: z.array(z.strictObject({
    project: recordId, planned_investment: money.optional().describe('年度计划投资,万元 (BG-1)'), target: z.string().optional().describe('年度目标'),
    invested_before_since: money.optional().describe('年中开始使用 kzp 时:本年度在开始跟踪的月份(kzp.yaml 的 since)之前已完成的投资,万元;计入完成率。只用于 since 所在年度的年度清单'),
    added_on: date.optional().describe('年中调整纳入日期'), removed_on: date.optional().describe('年中调整移出日期'), note,
  })).default([]),
  note,
});

export const ledgerSchema = z.strictObject({
  project: recordId,
  month,
  reporter: personId.optional().describe('填报人'),
  submitted_on: date.optional().describe('报送日期(声明);有 git 历史时以首次提交时间为准 (HI-1)'),
  progress: z.strictObject({
    invested: money.describe('本月完成投资,万元'),
    stage: z.enum(STAGES).optional(),
    physical: z.string().optional().describe('形象进度'),
    percent: z.number().min(0).max(100).optional().describe('总体进度百分比'),
    started_on: date.optional().describe('实际开工日期'),
    completed_on: date.optional().describe('实际完工日期'),
    target_met: z.boolean().optional().describe('年度形象进度目标是否完成:在该年最后一期台账中填报 (AS-6)'),
  }).describe('进度台账'),
  countdown: z.array(z.strictObject({ task: recordId, done_on: date, note })).default([]).describe('倒计时完成台账'),
  problems: z.array(z.strictObject({
    id: recordId, title: text, category: z.enum(PROBLEM_CATEGORIES), raised_on: date, due: date.optional().describe('限时'),
    status: z.enum(['open', 'resolved']), resolved_on: date.optional(), note,
  })).default([]).describe('问题台账'),
  note,
});

const verdict = z.enum(['pass', 'concern', 'fail']);
export const reviewSchema = z.strictObject({
  id: recordId,
  kind: z.literal('review'),
  date,
  convener: unitId.describe('召集单位,应为区项目中心 (RV-3)'),
  participants: z.array(unitId).default([]).describe('参会单位 (RV-3)'),
  items: z.array(z.strictObject({
    project: recordId,
    aspects: z.strictObject(Object.fromEntries(ASPECTS.map((a) => [a, verdict.optional()])) as Record<(typeof ASPECTS)[number], z.ZodOptional<typeof verdict>>).default({}).describe('六个方面的审查结论 (RV-2)'),
    conclusion: z.enum(['approved', 'conditional', 'rejected', 'deferred']),
    note,
  })).default([]),
  note,
});

export const dispatchSchema = z.strictObject({
  id: recordId,
  kind: z.literal('dispatch'),
  date,
  level: z.enum(DISPATCH_LEVELS).describe('lead-unit 牵头单位、center 区项目中心 (L1);leader 区领导 (L2);main 主要领导 (L3)'),
  convener: unitId.describe('召集人:leader/main 为人员 id,lead-unit/center 为单位 id'),
  projects: z.array(recordId).default([]),
  problems: z.array(z.strictObject({
    problem: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,62}\/[A-Za-z0-9][A-Za-z0-9-]{0,62}$/).describe('问题编号 项目id/问题id,如 KZ-2022-001/P1'),
    outcome: z.enum(['resolved', 'unresolved']),
    assigned_to: unitId.optional(), due: date.optional(), note,
  })).default([]),
  note,
});

export const inspectionSchema = z.strictObject({
  id: recordId,
  kind: z.literal('inspection'),
  date,
  organizers: z.array(unitId).default([]).describe('组织单位:区政府督查办和区发展改革委 (AS-2)'),
  observers: z.array(unitId).optional(),
  methods: z.array(z.enum(INSPECTION_METHODS)).default([]).describe('看现场、查资料、听汇报、抽查核查自评报告 (AS-3)'),
  targets: z.array(recordId).default([]).describe('督查对象:项目或单位'),
  sampling: z.strictObject({ seed: z.number().int(), population: z.number().int().min(1), size: z.number().int().min(1), list: recordId.optional(), of: z.enum(['projects', 'units']).optional() }).optional(),
  findings: z.array(z.strictObject({
    id: recordId, target: recordId, issue: text, assigned_to: unitId.optional(), due: date.optional(),
    closed_on: date.optional(), evidence: z.string().optional(), note,
  })).default([]),
  note,
});

export type Config = z.output<typeof configSchema>;
export type Unit = z.output<typeof unitSchema>;
export type Person = Unit['people'][number];
export type Project = z.output<typeof projectSchema>;
export type List = z.output<typeof listSchema>;
export type Ledger = z.output<typeof ledgerSchema>;
export type Problem = Ledger['problems'][number];
export type Review = z.output<typeof reviewSchema>;
export type Dispatch = z.output<typeof dispatchSchema>;
export type Inspection = z.output<typeof inspectionSchema>;

export const REVIEW_KINDS = { review: reviewSchema, dispatch: dispatchSchema, inspection: inspectionSchema } as const;
