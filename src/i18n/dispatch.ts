// Messages of `kzp new dispatch`: the convener (DS-7) and the problems handled (DS-3).
import type { Catalog } from './index.js';

export const dispatchMessages: Catalog = {
  'entry.new.ask.convener.dispatch': { zh: '召集人(只列出可以召集该层级调度的单位或区领导)', en: 'convener (only those who may convene this level)' },
  'dispatch.notOpen': { zh: '--handled {value}:{key} 不是所选项目在调度日期仍未解决、且召集人可以调度的问题', en: '--handled {value}: {key} is not an open problem of the chosen projects that this convener may dispatch on that date' },
  'dispatch.openAre': { zh: '可调度的问题:{keys}', en: 'the problems that may be dispatched: {keys}' },
  'dispatch.badOutcome': { zh: '--handled {value}:调度结果不对', en: '--handled {value}: the outcome is not valid' },
  'dispatch.outcomes': { zh: '调度结果可写:未解决(unresolved)、已解决(resolved),或交办单位 id,可加 @限办日期,如 KZ-2022-001/P1:hanfeng-street@2022-11-15', en: 'the outcome is unresolved, resolved, or a unit id it is assigned to, optionally @due, e.g. KZ-2022-001/P1:hanfeng-street@2022-11-15' },
  'dispatch.convenerMisfit': { zh: '{convener} 不能召集{level}调度项目 {projects}', en: '{convener} may not convene a {level} dispatch of {projects}' },
  'dispatch.convenerMay': { zh: '可以召集的:{who}(牵头单位调度由项目牵头责任单位召集;区项目中心调度由区项目中心召集;区领导调度由牵头区领导或分管该领域的区领导召集;主要领导调度由区主要领导召集)', en: 'who may: {who} (a lead-unit dispatch is convened by the project\'s lead unit; a center dispatch by the center; a leader dispatch by the project\'s lead leader or the leader holding the problem\'s domain; a main dispatch by a main leader)' },
  'dispatch.ask.problem': { zh: '问题 {key}「{title}」({category}):本次调度的结果', en: 'problem {key} "{title}" ({category}): the outcome of this dispatch' },
  'dispatch.choice.skip': { zh: '本次未调度', en: 'not handled at this dispatch' },
  'dispatch.choice.unresolved': { zh: '已调度,未解决', en: 'handled, unresolved' },
  'dispatch.choice.resolved': { zh: '已调度,已解决', en: 'handled, resolved' },
  'dispatch.choice.assigned': { zh: '已调度,交办给单位限时办理', en: 'handled, assigned to a unit with a due date' },
  'dispatch.ask.unit': { zh: '问题 {key} 交办给哪个单位(可输入筛选)', en: 'the unit problem {key} is assigned to (type to filter)' },
  'dispatch.ask.due': { zh: '限办日期(YYYY-MM-DD,可留空)', en: 'due date (YYYY-MM-DD, may be left empty)' },
  'dispatch.notFitting': { zh: '以下问题不属于该召集人调度的范围,未列出:{keys}', en: 'these problems are not for this convener and are not offered: {keys}' },
  'dispatch.noOpen': { zh: '项目 {projects} 在 {date} 没有仍未解决的问题', en: 'projects {projects} have no open problem on {date}' },
  'entry.new.ask.projects': { zh: '调度的项目(空格选中,回车确认;只列出该召集人可以调度的项目)', en: 'the projects (space to pick, enter to confirm; only those this convener may dispatch)' },
  'entry.new.nothingToPick': { zh: '没有可选的值:{field}', en: 'nothing to pick for {field}' },
};
