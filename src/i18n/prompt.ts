// The words @inquirer/prompts prints itself (key hints, its own validation messages), in the
// user's language (src/entry/prompts.ts passes them through the prompts' theme).
import type { Catalog } from './base.js';

export const promptMessages: Catalog = {
  'prompt.key.space': { zh: '空格', en: 'space' },
  'prompt.action.navigate': { zh: '移动', en: 'navigate' },
  'prompt.action.select': { zh: '选择', en: 'select' },
  'prompt.action.all': { zh: '全选', en: 'all' },
  'prompt.action.invert': { zh: '反选', en: 'invert' },
  'prompt.confirm.yes': { zh: 'y 是 / n 否,回车为是', en: 'Y/n' },
  'prompt.confirm.no': { zh: 'y 是 / n 否,回车为否', en: 'y/N' },
  'prompt.answer.yes': { zh: '是', en: 'Yes' },
  'prompt.answer.no': { zh: '否', en: 'No' },
  'prompt.error.required': { zh: '请填写', en: 'You must provide a value' },
  'prompt.error.invalid': { zh: '请填写有效的值', en: 'You must provide a valid value' },
  'prompt.error.select': { zh: '请选择有效的项', en: 'You must select a valid value' },
  'prompt.error.noResults': { zh: '没有匹配的项', en: 'No results found' },
  'prompt.error.input': { zh: '输入无效', en: 'Invalid input' },

  // the choices `kzp new` offers: what each value means, with the value a flag takes
  'prompt.choice.nature.public-welfare': { zh: '公益性(public-welfare)', en: 'public-welfare' },
  'prompt.choice.nature.operating': { zh: '经营性(operating)', en: 'operating' },
  'prompt.choice.type.township': { zh: '乡镇(township)', en: 'township' },
  'prompt.choice.type.street': { zh: '街道(street)', en: 'street' },
  'prompt.choice.type.department': { zh: '区级部门(department)', en: 'department' },
  'prompt.choice.type.soe': { zh: '区属国有企业(soe)', en: 'soe (state-owned enterprise)' },
  'prompt.choice.type.organ': { zh: '机关(organ)', en: 'organ' },
  'prompt.choice.type.institution': { zh: '事业单位(institution)', en: 'institution' },
  'prompt.choice.type.leadership': { zh: '区领导(leadership)', en: 'leadership' },
  'prompt.choice.type.center': { zh: '服务中心(center)', en: 'center' },
  'prompt.choice.kind.annual': { zh: '年度计划(annual)', en: 'annual' },
  'prompt.choice.kind.rolling': { zh: '三年滚动(rolling)', en: 'rolling' },
  'prompt.choice.kind.reserve': { zh: '五年储备(reserve)', en: 'reserve' },
  'prompt.choice.level.lead-unit': { zh: '牵头单位协调(lead-unit)', en: 'lead-unit' },
  'prompt.choice.level.center': { zh: '服务中心调度(center)', en: 'center' },
  'prompt.choice.level.leader': { zh: '区领导调度(leader)', en: 'leader' },
  'prompt.choice.level.main': { zh: '主要领导调度(main)', en: 'main' },
  'prompt.choice.allProjects': { zh: '全部项目', en: 'all projects' },
  'prompt.flag.targets': { zh: '--targets(或 --seed 和 --size)', en: '--targets (or --seed and --size)' },
};
