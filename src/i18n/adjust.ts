// Messages of the record adjustments: kzp list add|remove, kzp finding close.
import type { Catalog } from './index.js';

export const adjustMessages: Catalog = {
  'adjust.noList': { zh: '没有清单 {id}', en: 'no list {id}' },
  'adjust.noInspection': { zh: '没有督查记录 {id}', en: 'no inspection {id}' },
  'adjust.noFinding': { zh: '督查记录 {inspection} 中没有问题 {id}(已有:{ids})', en: 'inspection {inspection} has no finding {id} (it has: {ids})' },
  'adjust.afterToday': { zh: '{flag} {value} 晚于今天({today}):只能记录已经发生的事', en: '{flag} {value} is after today ({today}): only what has happened can be recorded' },
  'adjust.refRequired': { zh: '清单 {list} 已经决策下达,年中调整须写明决策文号:--ref', en: 'list {list} is decided: an adjustment during the year needs the decision reference, --ref' },
  'adjust.refRequired.hint': { zh: '例如:kzp list {op} {list} {project} --on 2022-06-30 --ref 开州委〔2022〕30号', en: 'e.g. kzp list {op} {list} {project} --on 2022-06-30 --ref 开州委〔2022〕30号' },
  'adjust.beforeDecision': { zh: '调整日期 {on} 早于清单的决策日期 {decided}', en: 'the adjustment date {on} is before the list was decided ({decided})' },
  'adjust.beforeAdded': { zh: '移出日期 {on} 早于该项目纳入清单的日期 {added}', en: 'the removal date {on} is before the project was added ({added})' },
  'adjust.alreadyOn': { zh: '项目 {project} 已在清单 {list} 中', en: 'project {project} is on list {list} already' },
  'adjust.notOn': { zh: '项目 {project} 不在清单 {list} 中(或已移出)', en: 'project {project} is not on list {list} (or was removed)' },
  'adjust.note.added': { zh: '年中调整纳入,依据 {ref}', en: 'added during the year under {ref}' },
  'adjust.note.removed': { zh: '年中调整移出,依据 {ref}', en: 'removed during the year under {ref}' },
  'adjust.body.added': { zh: '项目 {project} 于 {on} 纳入清单 {list},依据 {ref}', en: 'project {project} added to list {list} on {on} under {ref}' },
  'adjust.body.removed': { zh: '项目 {project} 于 {on} 移出清单 {list},依据 {ref}', en: 'project {project} removed from list {list} on {on} under {ref}' },
  'adjust.closedAlready': { zh: '问题 {id} 已于 {on} 销号', en: 'finding {id} was closed on {on}' },
  'adjust.evidenceRequired': { zh: '销号须写明整改佐证:--evidence(如 整改报告 开州发改〔2022〕112号)', en: 'closing a finding needs its evidence: --evidence (e.g. 整改报告 开州发改〔2022〕112号)' },
  'adjust.evidenceRequired.hint': { zh: '例如:kzp finding close {inspection} {finding} --on 2022-10-25 --evidence "整改报告 开州发改〔2022〕112号"', en: 'e.g. kzp finding close {inspection} {finding} --on 2022-10-25 --evidence "整改报告 开州发改〔2022〕112号"' },
  'adjust.beforeInspection': { zh: '销号日期 {on} 早于督查日期 {date}', en: 'the closing date {on} is before the inspection ({date})' },
  'adjust.body.closed': { zh: '问题 {finding}({target}:{issue})于 {on} 销号,佐证:{evidence}', en: 'finding {finding} ({target}: {issue}) closed on {on}; evidence: {evidence}' },
  'adjust.findingAdd.hint': { zh: '例如:kzp finding add {inspection} --target KZ-2022-001 --issue 进度台账投资数据与现场不符 --assigned-to kz-urban-invest --due 2022-10-31', en: 'e.g. kzp finding add {inspection} --target KZ-2022-001 --issue "ledger figures differ from the site" --assigned-to kz-urban-invest --due 2022-10-31' },
  'adjust.noTarget': { zh: '没有项目或单位 {id}', en: 'no project or unit {id}' },
  'adjust.dueBeforeInspection': { zh: '限时办结日期 {due} 早于督查日期 {date}', en: 'the due date {due} is before the inspection ({date})' },
};
