// Corpus cases for text that would break a document or a terminal (src/schema/text.ts): control
// characters, ESC sequences, bidi controls, non-characters and lone surrogates in record text,
// written raw or as YAML double-quoted escapes. Each names the character's own line and column.
import type { CorpusCase } from './cases.js';

const P = 'projects/KZ-2022-001.yaml';
const U = 'units/kz-urban-invest.yaml';
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
];
