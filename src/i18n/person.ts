// Messages of `kzp new person`.
import type { Catalog } from './index.js';

export const personMessages: Catalog = {
  'person.ask.unit': { zh: '所在单位(可输入筛选)', en: 'the unit (type to filter)' },
  'person.ask.id': { zh: '人员编号(拼音小写,如 chen-jie;全区唯一)', en: 'person id (lowercase, e.g. chen-jie; unique in the district)' },
  'person.ask.name': { zh: '姓名', en: 'name' },
  'person.ask.title': { zh: '职务(可留空)', en: 'title (may be left empty)' },
  'person.ask.duty': { zh: '责任分工(可留空)', en: 'duty (may be left empty)' },
  'person.ask.email': { zh: '电子邮箱(用于识别 git 提交者,可留空)', en: 'e-mail (identifies their git commits; may be left empty)' },
  'person.ask.roles': { zh: '区领导角色(空格选中,回车确认)', en: 'leader roles (space to pick, enter to confirm)' },
  'person.badId': { zh: '人员编号只能用小写字母、数字和连字符,以字母或数字开头', en: 'a person id has lowercase letters, digits and hyphens, and starts with a letter or digit' },
  'person.taken': { zh: '人员编号 {id} 已被使用;人员编号全区唯一', en: 'person id {id} is taken; person ids are unique in the district' },
  'person.badEmail': { zh: '电子邮箱格式不对,如 chenjie@example.gov.cn', en: 'not an e-mail address, e.g. chenjie@example.gov.cn' },
  'person.rolesOutside': { zh: '只有区领导(leadership 单位)的人员才有区领导角色;{unit} 不是', en: 'only the leadership\'s people have leader roles; {unit} is not the leadership' },
  'person.role.main': { zh: '主要领导', en: 'main leader' },
  'person.role.lead': { zh: '牵头区领导', en: 'lead leader' },
  'person.role.investment-finance': { zh: '分管投资财税金融', en: 'investment and finance' },
  'person.role.land-supply': { zh: '分管土地供应', en: 'land supply' },
  'person.role.petition-stability': { zh: '分管信访稳定', en: 'petitions and stability' },
};
