// Corpus cases for text that would break a document or a terminal (src/schema/text.ts): control
// characters, ESC sequences, bidi controls, non-characters and lone surrogates in record text,
// written raw or as YAML double-quoted escapes. Each names the character's own line and column.
import type { CorpusCase } from './cases.js';

const P = 'projects/KZ-2022-001.yaml';
const U = 'units/kz-urban-invest.yaml';
const L1 = 'ledgers/2022-01/KZ-2022-001.yaml';
const L2 = 'ledgers/2022-02/KZ-2022-001.yaml';

export const TEXT_CASES: CorpusCase[] = [
  {
    id: 'text-control-escape', category: 'text', title: 'a \\x01 escape in a project name (made a .docx Word refuses to open)',
    apply: (ws) => ws.edit(P, 'name: 汉丰湖环湖路改造工程', 'name: "汉丰湖\\x01环湖路改造工程"'),
    args: ['--strict'],
    exit: 1, expect: [{ rule: 'SCHEMA', file: P, line: 2, column: 11, message: /control character U\+0001 at character 4[\s\S]*delete/ }],
  },
  {
    id: 'text-control-raw', category: 'text', title: 'a raw \\x01 byte in a project name',
    apply: (ws) => ws.edit(P, 'name: 汉丰湖环湖路改造工程', 'name: 汉丰湖环湖路\u0001改造工程'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: P, line: 2, column: 13, message: /U\+0001/ }],
  },
  {
    id: 'text-ansi-title', category: 'text', title: 'an ANSI colour sequence in a problem title (\\e[31m)',
    apply: (ws) => ws.edit(L2, 'title: 专项债资金到位滞后', 'title: "专项债\\e[2J资金到位滞后"'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: L2, line: 8, column: 26, message: /terminal escape sequence \\x1b\[2J/ }],
  },
  {
    id: 'text-osc-link', category: 'text', title: 'an OSC 8 hyperlink sequence in a unit name',
    apply: (ws) => ws.edit(U, 'name: 重庆市开州区城市发展投资集团有限公司', 'name: "\\e]8;;https://evil.example\\a城投\\e]8;;\\a"'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: U, line: 2, column: 8, message: /escape sequence/ }],
  },
  {
    id: 'text-bidi-name', category: 'text', title: 'a right-to-left override (U+202E) in a person\'s name',
    apply: (ws) => ws.edit(U, 'name: 陈杰,', 'name: "陈\u202e杰",'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: U, line: 7, column: 29, severity: 'error', message: /bidirectional control U\+202E/ }],
  },
  {
    id: 'text-bidi-note', category: 'text', title: 'a bidi isolate in a note: a warning, fails --strict',
    apply: (ws) => ws.write(P, ws.read(P) + 'note: "见附件\\u2067(二)\\u2069"\n'),
    args: ['--strict'],
    exit: 1, expect: [{ rule: 'SCHEMA', file: P, severity: 'warning', line: 29, column: 11, message: /U\+2067/ }],
  },
  {
    id: 'text-noncharacter', category: 'text', title: 'U+FFFF (a non-character) in a countdown task',
    apply: (ws) => ws.edit(L2, 'physical: 路基工程完成20%', 'physical: "路基工程\\uFFFF完成20%"'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: L2, line: 5, column: 64, message: /U\+FFFF/ }],
  },
  {
    id: 'text-lone-surrogate', category: 'text', title: 'a lone surrogate escape (\\ud842 without its pair) in a name',
    apply: (ws) => ws.edit(P, 'name: 汉丰湖环湖路改造工程', 'name: "\\ud842家湾大桥"'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: P, line: 2, column: 8, message: /lone surrogate U\+D842/ }],
  },

  // ---------------------------------------------------------------- amounts that are not what they look like
  {
    id: 'money-decimal-comma', category: 'types', title: 'a decimal comma in an amount (8,20 for 8.20)',
    apply: (ws) => ws.edit(P, /^total_investment: .*$/m, 'total_investment: 12800,50'),
    exit: 1, expect: [{ rule: 'KP-2', file: P, line: 11, column: 19, message: /"12800,50"[\s\S]*write 12800\.50/ }],
  },
  {
    id: 'money-hex', category: 'types', title: 'a hexadecimal amount (YAML reads 0x2FB8 as 12216)',
    apply: (ws) => ws.edit(P, /^total_investment: .*$/m, 'total_investment: 0x2FB8'),
    exit: 1, expect: [{ rule: 'KP-2', file: P, line: 11, column: 19, message: /0x2FB8, a base-16 integer that YAML reads as 12216/ }],
  },
  {
    id: 'money-octal', category: 'types', title: 'an octal amount in a flow mapping (0o17)',
    apply: (ws) => ws.edit(L1, /invested: \d+/, 'invested: 0o17'),
    exit: 1, expect: [{ rule: 'KP-2', file: L1, line: 5, column: 23, message: /base-8/ }],
  },
  {
    id: 'money-binary', category: 'types', title: 'a binary amount (0b101, a string to YAML 1.2)',
    apply: (ws) => ws.edit(L1, /invested: \d+/, 'invested: 0b101'),
    exit: 1, expect: [{ rule: 'KP-2', file: L1, line: 5, column: 23, message: /0b prefix/ }],
  },
  {
    id: 'money-beyond-2-53', category: 'types', title: 'an amount beyond 2^53 (no number holds it exactly)',
    apply: (ws) => ws.edit(L1, /invested: \d+/, 'invested: 90071992547409930'),
    exit: 1, expect: [{ rule: 'KP-2', file: L1, line: 5, column: 23, message: /2\^53/ }],
  },
];
