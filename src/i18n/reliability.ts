// Messages for hostile and mistyped input: what an input method or a paste put into
// a value, ids that cannot be file names, and the encoding of part of a file.
import type { Catalog } from './index.js';

export const reliabilityMessages: Catalog = {
  'ime.hint': { zh: '{what}:应写为 {fixed}', en: '{what}: write it as {fixed}' },
  'ime.quotes': { zh: '值两边是中文引号(“”‘’「」),引号会成为值的一部分', en: 'it is wrapped in Chinese quotation marks (“” ‘’ 「」), which become part of the value' },
  'ime.fullwidth': { zh: '含有全角数字、字母或标点(中文输入法下输入的 ０-９、－、．等)', en: 'it has full-width digits, letters or punctuation (０-９, －, ． typed with the Chinese input method)' },
  'ime.comma': { zh: '列表项之间用了全角逗号"，",YAML 只认半角逗号","', en: 'list items are separated by a full-width comma "，"; YAML separates them with the ASCII comma ","' },
  'ime.space': { zh: '含有全角空格或不换行空格', en: 'it has a full-width or no-break space' },
  'ime.invisible': { zh: '含有不可见字符 {char}(常见于从微信、网页复制的文字)', en: 'it has the invisible character {char} (common in text copied from chat apps and web pages)' },
  'schema.idPath': { zh: '"{key}" 的 id "{value}" 含有 "{bad}"', en: '"{key}" has the id "{value}", which contains "{bad}"' },
  'schema.idPath.hint': {
    zh: 'id 就是文件名,不能含有 "/"、"\\" 或 "..",也不能是路径;只用字母、数字和连字符',
    en: 'an id is a file name: it never contains "/", "\\" or "..", and is not a path; use letters, digits and hyphens',
  },
  'schema.reservedId': { zh: '"{key}" 的 id "{value}" 是 Windows 的设备名,不能用作文件名', en: '"{key}" has the id "{value}", a Windows device name that cannot be a file name' },
  'schema.reservedId.hint': {
    zh: 'CON、PRN、AUX、NUL、COM1–COM9、LPT1–LPT9(不分大小写)在 Windows 上不能作文件名,使用 Windows 的同事将无法检出该记录;请换一个 id,如 {value}-1',
    en: 'CON, PRN, AUX, NUL, COM1–COM9 and LPT1–LPT9 (any case) cannot be file names on Windows: colleagues on Windows could not check the record out. Choose another id, e.g. {value}-1',
  },
  'ws.encodingMixed': {
    zh: '第 {line} 行不是 UTF-8 编码,看起来是 {encoding}(按 {encoding} 解码为:"{preview}");文件其余部分是 UTF-8',
    en: 'line {line} is not UTF-8 but looks like {encoding} (decoded as {encoding}: "{preview}"); the rest of the file is UTF-8',
  },
  'ws.encodingMixed.hint': {
    zh: '这一行多半是从其他文件粘贴来的:删除后用中文输入法重新输入;不要对整个文件做编码转换',
    en: 'the line was probably pasted from another file: delete it and type it again; do not convert the whole file',
  },
};
