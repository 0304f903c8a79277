// Messages for text that would break a document or a terminal (src/schema/text.ts), for a time
// zone that does not exist, and for amounts that are not what they look like.
import type { Catalog } from './index.js';

export const textMessages: Catalog = {
  'schema.radix': { zh: '"{key}" 的值 {source} 是 {base} 进制整数,YAML 会读作 {value}', en: '"{key}" has the value {source}, a base-{base} integer that YAML reads as {value}' },
  'schema.radix.hint': {
    zh: '数字只用十进制书写:本意是 {value} 就写 {value},否则按原意重新填写;不要用 0x、0o 前缀',
    en: 'write numbers in decimal: {value} if that is what is meant, else the number meant; no 0x or 0o prefix',
  },
  'schema.money.decimalComma.hint': {
    zh: '小数点要用英文句点:写成 {fixed};逗号只作千分位分隔,而 YAML 文件中的金额连千分位也不写',
    en: 'the decimal point is a full stop: write {fixed}; a comma only groups thousands, and amounts in YAML files are written without them',
  },
  'schema.money.radix.hint': {
    zh: '金额只用十进制数字书写,如 820 或 12.5;不用 0x(十六进制)、0o(八进制)、0b(二进制)前缀',
    en: 'write amounts as decimal numbers, e.g. 820 or 12.5, without a 0x, 0o or 0b prefix',
  },
  'schema.money.huge.hint': {
    zh: '金额超出了能精确计算的范围(2^53);金额以万元为单位,请核对位数',
    en: 'the amount is beyond what can be computed exactly (2^53); amounts are in 万元: check the number of digits',
  },
  'entry.bad.moneyComma': {
    zh: '"{value}" 里的逗号不是小数点:小数点用英文句点,写成 {fixed};逗号只能作千分位分隔(如 1,200.5)',
    en: 'the comma in "{value}" is not a decimal point: write {fixed}; a comma only groups thousands (1,200.5)',
  },
  'schema.timezone': { zh: '时区 "{value}" 不存在', en: 'the time zone "{value}" does not exist' },
  'schema.timezone.hint': {
    zh: '是不是 "{suggest}"?时区写 IANA 名称,开州区为 Asia/Shanghai(北京时间);月底和报送截止时间按它计算',
    en: 'did you mean "{suggest}"? Write an IANA name; Kaizhou is Asia/Shanghai (Beijing time); month ends and deadlines are computed in it',
  },
  'schema.timezone.hintPlain': {
    zh: '时区写 IANA 名称,开州区为 Asia/Shanghai(北京时间);月底和报送截止时间按它计算',
    en: 'write an IANA name; Kaizhou is Asia/Shanghai (Beijing time); month ends and deadlines are computed in it',
  },
  'schema.text.control': {
    zh: '"{key}" 的第 {index} 个字符是控制字符 {code}:Word 和 WPS 打不开含有它的文档,终端也会把它当作指令',
    en: '"{key}" has the control character {code} at character {index}: Word cannot open a document that contains it, and a terminal acts on it',
  },
  'schema.text.control.hint': {
    zh: '删除这个看不见的字符(多半是从别处复制粘贴带来的);要换行请用 YAML 的多行写法 "|"',
    en: 'delete the invisible character (it usually comes with a copy and paste); for line breaks use a YAML block scalar "|"',
  },
  'schema.text.escape': {
    zh: '"{key}" 的第 {index} 个字符起是终端控制序列 {code}(颜色、标题或链接的代码)',
    en: '"{key}" has the terminal escape sequence {code} at character {index} (a colour, title or link code)',
  },
  'schema.text.escape.hint': {
    zh: '删除这段代码,只保留文字:它是从终端或日志中复制来的,在文档里没有意义,在终端上会改变显示',
    en: 'delete the code and keep the words: it was copied from a terminal or a log, means nothing in a document and changes what a terminal shows',
  },
  'schema.text.bidi': {
    zh: '"{key}" 的第 {index} 个字符是文字方向控制符 {code}:它会打乱文字的显示顺序,读者看到的与实际内容不一致',
    en: '"{key}" has the bidirectional control {code} at character {index}: it reorders the text, so what a reader sees is not what it says',
  },
  'schema.text.bidi.hint': {
    zh: '删除这个看不见的字符;中文和数字不需要方向控制符',
    en: 'delete the invisible character; Chinese text and numbers need no direction controls',
  },
  'schema.text.noncharacter': {
    zh: '"{key}" 的第 {index} 个字符 {code} 不是有效字符,文档中不能出现',
    en: '"{key}" has {code} at character {index}, which is not a character and cannot be in a document',
  },
  'schema.text.noncharacter.hint': {
    zh: '删除这个字符;它多半来自编码转换出错的文本,请对照原文重新输入',
    en: 'delete it; it usually comes from text spoiled by a wrong encoding conversion: retype it from the original',
  },
  'schema.text.surrogate': {
    zh: '"{key}" 的第 {index} 个字符 {code} 是不成对的代理码元,无法写成 UTF-8',
    en: '"{key}" has the lone surrogate {code} at character {index}, which cannot be written as UTF-8',
  },
  'schema.text.surrogate.hint': {
    zh: '删除 YAML 里这个 "\\u" 转义,直接输入这个字(生僻字请输入完整的字符)',
    en: 'delete the "\\u" escape from the YAML and type the character itself (the whole character, for a rare one)',
  },
};
