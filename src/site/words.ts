// The site's words for the records' codes (stages, categories, levels …), in Chinese: the pages
// are read by the district's leaders and staff. Codes of the mechanism's rules never appear.
import { t } from '../i18n/index.js';
import type { OverdueItem } from '../engine/index.js';
import type { Model } from '../model/index.js';
import { overdueMessage } from '../render/index.js';
import { personName, unitName } from '../render/index.js';
import type { StepKind } from './model.js';

const known = (prefix: string, code: string | null | undefined) => {
  if (!code) return '—';
  const s = t(`${prefix}.${code}`, {}, 'zh');
  return s === `${prefix}.${code}` ? code : s;
};
export const stageName = (s: string | null | undefined): string => known('stage', s);
export const categoryName = (c: string): string => known('category', c);
export const groupName = (g: string): string => known('group', g);
export const overdueKindName = (k: string): string => known('kind', k);

export const NATURE: Record<string, string> = { 'public-welfare': '公益性', operating: '经营性' };
export const LIST_KIND: Record<string, string> = { reserve: '五年储备清单', rolling: '三年滚动规划清单', annual: '年度建设计划清单' };
export const UNIT_TYPE: Record<string, string> = {
  township: '乡镇', street: '街道', department: '区级部门', soe: '区属国有企业', organ: '机关', institution: '事业单位', leadership: '区领导', center: '区项目中心',
};
export const STEP: Record<StepKind, string> = { raised: '提出', L1: '牵头单位协调', L2: '区领导调度', L3: '主要领导调度', resolved: '解决' };
export const LEVEL: Record<string, string> = { L1: '牵头单位协调', L2: '区领导调度', L3: '主要领导调度' };
export const SUBMISSION: Record<string, string> = { 'on-time': '按时', late: '迟报', missing: '未报', pending: '未到期' };
export const TASK: Record<string, string> = { done: '已完成', 'done-late': '逾期完成', overdue: '逾期未完成', pending: '未到期' };
export const FINDING: Record<string, string> = { closed: '已销号', 'closed-late': '逾期销号', open: '整改中', overdue: '超期未销号' };
export const OUTCOME: Record<string, string> = { onTime: '按时', late: '逾期', missed: '未完成' };
export const COMPONENT: Record<string, string> = { countdown: '倒计时任务', ledger: '台账报送', problems: '问题解决', inspection: '督查整改' };

/** Who held a step: a person (区领导) or a unit (牵头单位, 区项目中心), by name. */
export function whoName(m: Model, id: string | null): string {
  if (!id) return '';
  return m.people.has(id) ? personName(m, id) : unitName(m, id);
}

/** An overdue item in the words of `kzp overdue`. */
export function overdueText(m: Model, i: OverdueItem): string { return overdueMessage(m, i, 'zh'); }
