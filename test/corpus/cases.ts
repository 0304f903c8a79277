// The corpus of hostile and broken inputs. Each case mutates a temporary copy of
// test/fixtures/base (or sample-data) and names the diagnostics `kzp validate` must give:
// rule, file, line, and column where it is meaningful. corpus.test.ts runs every case through
// the built CLI. A case with `todo` documents a fix that belongs to a module this corpus
// may not touch (src/workspace/parse.ts, load.ts); it is reported, not run as a failure.
import { chmodSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { concat, toGb18030, toUtf16, utf8 } from './encode.js';
import { TEXT_CASES } from './cases-text.js';

export class Ws {
  constructor(readonly dir: string) {}
  path(rel: string): string { return join(this.dir, rel); }
  read(rel: string): string { return readFileSync(this.path(rel), 'utf8'); }
  write(rel: string, data: string | Uint8Array): void {
    mkdirSync(dirname(this.path(rel)), { recursive: true });
    writeFileSync(this.path(rel), data);
  }
  /** Replace text in a file; throws when nothing changed, so a stale case cannot pass silently. */
  edit(rel: string, from: string | RegExp, to: string): void {
    const t = this.read(rel);
    const n = t.replace(from, to);
    if (n === t) throw new Error(`corpus: edit of ${rel} changed nothing (${String(from)})`);
    this.write(rel, n);
  }
  remove(rel: string): void { rmSync(this.path(rel), { recursive: true, force: true }); }
  symlink(rel: string, target: string): void { mkdirSync(dirname(this.path(rel)), { recursive: true }); symlinkSync(target, this.path(rel)); }
  mkdir(rel: string): void { mkdirSync(this.path(rel), { recursive: true }); }
  fifo(rel: string): void { execFileSync('mkfifo', ['--', this.path(rel)]); }
  chmod(rel: string, mode: number): void { chmodSync(this.path(rel), mode); }
}

export interface Expect {
  rule: string;
  file: string;
  line: number;
  column?: number;
  severity?: 'error' | 'warning';
  /** matched against the message and the hint together */
  message?: RegExp;
}

export interface CorpusCase {
  id: string;
  category: Category;
  title: string;
  from?: 'base' | 'sample';
  apply(ws: Ws): void | Promise<void>;
  /** exit code of `kzp validate --format json` */
  exit: 1 | 2;
  expect: Expect[];
  /** for exit 2: what stderr says */
  stderr?: RegExp;
  /** extra arguments (e.g. --strict for a warning-only case) */
  args?: string[];
  /** the fix belongs to a module this work may not edit: why, and where */
  todo?: string;
}

export type Category = 'encoding' | 'input-method' | 'text' | 'yaml' | 'size' | 'filesystem' | 'types' | 'dates' | 'ids' | 'references' | 'ledger';

const ROOT_DIR = fileURLToPath(new URL('../../', import.meta.url));
const P = 'projects/KZ-2022-001.yaml';
const U = 'units/kz-urban-invest.yaml';
const L1 = 'ledgers/2022-01/KZ-2022-001.yaml';
const L2 = 'ledgers/2022-02/KZ-2022-001.yaml';
const D = 'reviews/2022/2022-02-28-main.yaml';
const I = 'reviews/2022/2022-q1-inspection.yaml';
const A = 'lists/annual-2022.yaml';
const C = 'kzp.yaml';

/** The unit file of the base, as text (for re-encoding). */
const unitText = (ws: Ws) => ws.read(U);

export const CASES: CorpusCase[] = [
  // ---------------------------------------------------------------- encodings
  {
    id: 'enc-gbk', category: 'encoding', title: 'a unit saved as GBK (Windows Notepad, WPS)',
    apply: (ws) => ws.write(U, toGb18030(unitText(ws))),
    exit: 1, expect: [{ rule: 'YAML', file: U, line: 2, column: 7, message: /GBK.*重庆市开州区城市发展投资集团有限公司[\s\S]*iconv -f GB18030/ }],
  },
  {
    id: 'enc-gb18030-4byte', category: 'encoding', title: 'GB18030 with a four-byte character (a rare name character 𠮷)',
    apply: (ws) => ws.write(P, toGb18030(ws.read(P).replace('name: 汉丰湖环湖路改造工程', 'name: 𠮷家湾大桥'))),
    exit: 1, expect: [{ rule: 'YAML', file: P, line: 2, column: 7, message: /GB18030.*𠮷家湾大桥/ }],
  },
  {
    id: 'enc-utf16le-bom', category: 'encoding', title: 'UTF-16 LE with a BOM (Windows "Unicode")',
    apply: (ws) => ws.write(U, toUtf16(unitText(ws), 'le', true)),
    exit: 1, expect: [{ rule: 'YAML', file: U, line: 1, column: 1, message: /UTF-16LE.*重庆市开州区城市发展投资集团有限公司/ }],
  },
  {
    id: 'enc-utf16be-bom', category: 'encoding', title: 'UTF-16 BE with a BOM',
    apply: (ws) => ws.write(U, toUtf16(unitText(ws), 'be', true)),
    exit: 1, expect: [{ rule: 'YAML', file: U, line: 1, column: 1, message: /UTF-16BE.*重庆市开州区城市发展投资集团有限公司/ }],
  },
  {
    id: 'enc-utf16le-nobom', category: 'encoding', title: 'UTF-16 LE without a BOM',
    apply: (ws) => ws.write(U, toUtf16(unitText(ws), 'le', false)),
    exit: 1, expect: [{ rule: 'YAML', file: U, line: 1, column: 1, message: /UTF-16LE/ }],
  },
  {
    id: 'enc-utf16be-nobom', category: 'encoding', title: 'UTF-16 BE without a BOM',
    apply: (ws) => ws.write(U, toUtf16(unitText(ws), 'be', false)),
    exit: 1, expect: [{ rule: 'YAML', file: U, line: 1, column: 1, message: /UTF-16BE/ }],
  },
  {
    id: 'enc-mixed', category: 'encoding', title: 'a UTF-8 file with one line pasted in GBK (mixed encodings)',
    apply: (ws) => {
      const lines = ws.read(L2).split('\n');
      const i = lines.findIndex((l) => l.includes('专项债资金到位滞后'));
      ws.write(L2, concat(utf8(lines.slice(0, i).join('\n') + '\n'), toGb18030(lines[i] + '\n'), utf8(lines.slice(i + 1).join('\n'))));
    },
    exit: 1, expect: [{ rule: 'YAML', file: L2, line: 8, column: 22, message: /GBK.*专项债资金到位滞后/ }],
  },
  {
    id: 'enc-mixed-hint', category: 'encoding', title: 'mixed encodings: the hint must not say to convert the whole file',
    apply: (ws) => {
      const lines = ws.read(L2).split('\n');
      const i = lines.findIndex((l) => l.includes('专项债资金到位滞后'));
      ws.write(L2, concat(utf8(lines.slice(0, i).join('\n') + '\n'), toGb18030(lines[i] + '\n'), utf8(lines.slice(i + 1).join('\n'))));
    },
    exit: 1, expect: [{ rule: 'YAML', file: L2, line: 8, column: 22, message: /rest of the file is UTF-8[\s\S]*do not convert the whole file/ }],
  },
  {
    id: 'enc-kzp-no-defaults', category: 'encoding', title: 'kzp.yaml that cannot be read: no rule runs on built-in defaults',
    apply: (ws) => ws.write(C, toGb18030(ws.read(C))),
    exit: 2, expect: [], stderr: /kzp\.yaml.*UTF-8|kzp\.yaml.*GBK/,
  },
  {
    id: 'enc-bom-positions', category: 'encoding', title: 'a UTF-8 BOM is accepted and does not shift line or column',
    apply: (ws) => ws.write(P, concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(ws.read(P).replace('owner: kz-urban-invest', 'owner: kz-urban-invst')))),
    exit: 1, expect: [{ rule: 'REF', file: P, line: 6, column: 8 }],
  },
  {
    id: 'enc-bom-first-key', category: 'encoding', title: 'a BOM before the first key: the key still counts (no "unknown key \\ufeffid")',
    apply: (ws) => ws.write(U, concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(unitText(ws).replace('id: kz-urban-invest', 'id: kz-urban-investment')))),
    exit: 1, expect: [{ rule: 'SCHEMA', file: U, line: 1, column: 5, message: /kz-urban-investment.*file name/ }],
  },
  {
    id: 'enc-latin1', category: 'encoding', title: 'a Latin-1 byte (0xE9) in a note',
    apply: (ws) => ws.write(U, concat(utf8(unitText(ws)), new Uint8Array([0x6e, 0x6f, 0x74, 0x65, 0x3a, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]))),
    exit: 1, expect: [{ rule: 'YAML', file: U, line: 9, column: 10, message: /not UTF-8.*WINDOWS-1252.*café/ }],
  },
  {
    id: 'enc-kzp-gbk', category: 'encoding', title: 'kzp.yaml itself saved as GBK',
    apply: (ws) => ws.write(C, toGb18030(ws.read(C))),
    // the settings are unreadable: an environment error (exit 2), its diagnostic still printed
    exit: 2, expect: [{ rule: 'YAML', file: C, line: 3, column: 11, message: /GBK.*重庆市开州区/ }],
  },
  {
    id: 'enc-zero-width', category: 'encoding', title: 'a zero-width space pasted from a chat app after an id',
    apply: (ws) => ws.edit(P, 'owner: kz-urban-invest', 'owner: kz-urban-invest\u200b'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: P, line: 6, column: 8, message: /U\+200B/ }],
  },

  // ---------------------------------------------------------------- input-method traps
  {
    id: 'ime-colon-key', category: 'input-method', title: 'a full-width colon after a key',
    apply: (ws) => ws.edit(P, 'owner: kz-urban-invest', 'owner：kz-urban-invest'),
    exit: 1, expect: [{ rule: 'YAML', file: P, line: 6, column: 6, message: /full-width colon/ }],
  },
  {
    id: 'ime-colon-chinese-key', category: 'input-method', title: 'a full-width colon after a key in a list item',
    apply: (ws) => ws.edit(L1, '  - { task: C1, done_on: 2022-01-25 }', '  - task：C1\n    done_on: 2022-01-25'),
    exit: 1, expect: [{ rule: 'YAML', file: L1, line: 7, column: 9, message: /full-width colon/ }],
  },
  {
    id: 'ime-colon-flow', category: 'input-method', title: 'a full-width colon inside a flow mapping { id：P1 }',
    apply: (ws) => ws.edit(L1, '{ id: P1,', '{ id：P1,'),
    exit: 1, expect: [{ rule: 'YAML', file: L1, line: 9, column: 9, message: /full-width colon/ }],
  },
  {
    id: 'ime-space-indent', category: 'input-method', title: 'a full-width space (U+3000) in the indentation',
    apply: (ws) => ws.edit(P, '  filed_on: 2022-01-20', '\u3000filed_on: 2022-01-20'),
    exit: 1, expect: [{ rule: 'YAML', file: P, line: 15, column: 1, message: /full-width space/ }],
  },
  {
    id: 'ime-space-value', category: 'input-method', title: 'a full-width space between colon and value',
    apply: (ws) => ws.edit(P, 'owner: kz-urban-invest', 'owner:\u3000kz-urban-invest'),
    exit: 1, expect: [{ rule: 'YAML', file: P, line: 6, column: 7, message: /full-width space/ }],
  },
  {
    id: 'ime-digits-date', category: 'input-method', title: 'full-width digits in a date',
    apply: (ws) => ws.edit(L1, 'submitted_on: 2022-01-27', 'submitted_on: ２０２２-０１-２７'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: L1, line: 4, column: 15, message: /full-width[\s\S]*2022-01-27/ }],
  },
  {
    id: 'ime-digits-date-hyphen', category: 'input-method', title: 'full-width digits and hyphens in a date',
    apply: (ws) => ws.edit(P, 'filed_on: 2022-01-20', 'filed_on: ２０２２－０１－２０'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: P, line: 15, column: 13, message: /full-width[\s\S]*2022-01-20/ }],
  },
  {
    id: 'ime-digits-money', category: 'input-method', title: 'full-width digits in an amount',
    apply: (ws) => ws.edit(P, 'total_investment: 12800', 'total_investment: １２８００'),
    exit: 1, expect: [{ rule: 'KP-2', file: P, line: 11, column: 19, message: /full-width[\s\S]*12800/ }],
  },
  {
    id: 'ime-digits-money-decimal', category: 'input-method', title: 'a full-width decimal point in an amount',
    apply: (ws) => ws.edit(L1, 'invested: 300', 'invested: ３００．５'),
    exit: 1, expect: [{ rule: 'KP-2', file: L1, line: 5, column: 23, message: /full-width[\s\S]*300\.5/ }],
  },
  {
    id: 'ime-digits-month', category: 'input-method', title: 'full-width digits in a month',
    apply: (ws) => ws.edit(L1, 'month: 2022-01', 'month: ２０２２-０１'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: L1, line: 2, column: 8, message: /full-width[\s\S]*2022-01/ }],
  },
  {
    id: 'ime-quotes-id', category: 'input-method', title: 'Chinese double quotes “” around an id',
    apply: (ws) => ws.edit(P, 'owner: kz-urban-invest', 'owner: “kz-urban-invest”'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: P, line: 6, column: 8, message: /Chinese quotation marks[\s\S]*kz-urban-invest/ }],
  },
  {
    id: 'ime-quotes-corner-enum', category: 'input-method', title: 'corner brackets 「」 around an enum value',
    apply: (ws) => ws.edit(P, 'stage: construction', 'stage: 「construction」'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: P, line: 5, column: 8, message: /Chinese quotation marks[\s\S]*construction/ }],
  },
  {
    id: 'ime-quotes-date', category: 'input-method', title: 'Chinese single quotes ‘’ around a date',
    apply: (ws) => ws.edit(L1, 'submitted_on: 2022-01-27', 'submitted_on: ‘2022-01-27’'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: L1, line: 4, column: 15, message: /Chinese quotation marks[\s\S]*2022-01-27/ }],
  },
  {
    id: 'ime-quotes-money', category: 'input-method', title: 'Chinese quotes around an amount',
    apply: (ws) => ws.edit(P, 'total_investment: 12800', 'total_investment: “12800”'),
    exit: 1, expect: [{ rule: 'KP-2', file: P, line: 11, column: 19, message: /Chinese quotation marks[\s\S]*12800/ }],
  },
  {
    id: 'ime-quotes-name', category: 'input-method', title: 'Chinese quotes around a whole name (they would become part of it): a warning, fails --strict',
    apply: (ws) => ws.edit(P, 'name: 汉丰湖环湖路改造工程', 'name: “汉丰湖环湖路改造工程”'),
    args: ['--strict'],
    exit: 1, expect: [{ rule: 'SCHEMA', file: P, line: 2, column: 7, severity: 'warning', message: /Chinese quotation marks/ }],
  },
  {
    id: 'ime-comma-flow', category: 'input-method', title: 'a full-width comma between list items',
    apply: (ws) => ws.edit('reviews/2022/2022-01-20-review.yaml', 'participants: [finance-bureau, planning-bureau]', 'participants: [finance-bureau，planning-bureau]'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: 'reviews/2022/2022-01-20-review.yaml', line: 5, column: 16, message: /full-width comma/ }],
  },
  {
    id: 'ime-fullwidth-letters-id', category: 'input-method', title: 'full-width letters in a project id',
    apply: (ws) => ws.edit(A, '{ project: KZ-2022-001,', '{ project: ＫＺ-2022-001,'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: A, line: 7, column: 16, message: /full-width[\s\S]*KZ-2022-001/ }],
  },
  {
    id: 'ime-yes-boolean', category: 'input-method', title: '"是" and yes are not booleans (YAML 1.2)',
    apply: (ws) => ws.edit(U, '{ id: chen-jie, name: 陈杰, duty: 项目中心主任, expert: true,', '{ id: chen-jie, name: 陈杰, duty: 项目中心主任, expert: 是,'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: U, line: 7, column: 53, message: /true or false/ }],
  },

  // ---------------------------------------------------------------- text: tabs, CRLF, conflict markers
  {
    id: 'text-tab-indent', category: 'text', title: 'a tab in the indentation',
    apply: (ws) => ws.edit(P, '  filed_on: 2022-01-20', '\tfiled_on: 2022-01-20'),
    exit: 1, expect: [{ rule: 'YAML', file: P, line: 15, column: 1, message: /tab/ }],
  },
  {
    id: 'text-tab-list', category: 'text', title: 'a tab before a list item',
    apply: (ws) => ws.edit(U, '  - { id: lin-fang', '\t- { id: lin-fang'),
    exit: 1, expect: [{ rule: 'YAML', file: U, line: 8, column: 1, message: /tab/ }],
  },
  {
    id: 'text-crlf', category: 'text', title: 'CRLF line endings are accepted; lines and columns stay right',
    apply: (ws) => ws.write(P, ws.read(P).replace('owner: kz-urban-invest', 'owner: kz-urban-invst').replace(/\n/g, '\r\n')),
    exit: 1, expect: [{ rule: 'REF', file: P, line: 6, column: 8 }],
  },
  {
    id: 'text-crlf-mixed', category: 'text', title: 'CRLF and LF mixed in one file',
    apply: (ws) => ws.write(P, ws.read(P).replace('lead_leader: zhang-wei', 'lead_leader: nobody').split('\n').map((l, i) => (i % 2 ? l + '\r' : l)).join('\n')),
    exit: 1, expect: [{ rule: 'REF', file: P, line: 8, column: 14 }],
  },
  {
    id: 'text-crlf-last-line', category: 'text', title: 'CRLF: an error on the last line, a date that does not exist',
    apply: (ws) => ws.write(L1, ws.read(L1).replace('raised_on: 2022-01-10', 'raised_on: 2022-01-32').replace(/\n/g, '\r\n')),
    exit: 1, expect: [{ rule: 'SCHEMA', file: L1, line: 9, column: 64 }],
  },
  {
    id: 'text-cr-only', category: 'text', title: 'old Mac line endings (CR only)',
    apply: (ws) => ws.write(P, ws.read(P).replace('owner: kz-urban-invest', 'owner: kz-urban-invst').replace(/\n/g, '\r')),
    exit: 1, expect: [{ rule: 'REF', file: P, line: 6, column: 8 }],
  },
  {
    id: 'text-conflict', category: 'text', title: 'git merge-conflict markers in a ledger',
    apply: (ws) => ws.edit(L2, 'progress: { invested: 450, stage: construction, physical: 路基工程完成20% }',
      '<<<<<<< HEAD\nprogress: { invested: 450, stage: construction, physical: 路基工程完成20% }\n=======\nprogress: { invested: 480, stage: construction, physical: 路基工程完成25% }\n>>>>>>> origin/main'),
    exit: 1, expect: [
      { rule: 'YAML', file: L2, line: 5, column: 1, message: /merge-conflict/ },
      { rule: 'YAML', file: L2, line: 7, column: 1 },
      { rule: 'YAML', file: L2, line: 9, column: 1 },
    ],
  },
  {
    id: 'text-conflict-diff3', category: 'text', title: 'diff3-style conflict markers in kzp.yaml',
    apply: (ws) => ws.edit(C, 'since: 2022-01', '<<<<<<< ours\nsince: 2022-01\n||||||| base\nsince: 2021-12\n=======\nsince: 2022-03\n>>>>>>> theirs'),
    exit: 2, expect: [{ rule: 'YAML', file: C, line: 5, column: 1 }, { rule: 'YAML', file: C, line: 7, column: 1 }],
  },

  // ---------------------------------------------------------------- YAML structure
  {
    id: 'yaml-alias-bomb', category: 'yaml', title: 'a billion-laughs alias bomb',
    apply: (ws) => ws.write(P, 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n'),
    exit: 1, expect: [{ rule: 'YAML', file: P, line: 2, column: 8, message: /alias/ }],
  },
  {
    id: 'yaml-anchor-merge', category: 'yaml', title: 'an anchor and a merge key (<<: *x) to share fields',
    apply: (ws) => ws.edit(P, 'task_force:', 'x: &tf\n  filed_on: 2022-01-20\ntask_force:\n  <<: *tf'),
    exit: 1, expect: [{ rule: 'YAML', file: P, line: 17, column: 7, message: /alias/ }],
  },
  {
    id: 'yaml-deep-flow', category: 'yaml', title: '100,000 nested flow sequences',
    apply: (ws) => ws.write(P, 'id: KZ-2022-001\nnote: ' + '['.repeat(100000) + ']'.repeat(100000) + '\n'),
    exit: 1, expect: [{ rule: 'YAML', file: P, line: 2, message: /nesting deeper/ }],
  },
  {
    id: 'yaml-deep-block', category: 'yaml', title: '300 nested block mappings',
    apply: (ws) => ws.write(P, 'id: KZ-2022-001\n' + Array.from({ length: 300 }, (_, i) => `${' '.repeat(2 * i)}k${i}:`).join('\n') + ' x\n'),
    exit: 1, expect: [{ rule: 'YAML', file: P, message: /nesting deeper/, line: 301 }],
  },
  {
    id: 'yaml-deep-dashes', category: 'yaml', title: 'a line of 5,000 nested "- " sequence items',
    apply: (ws) => ws.write(P, 'id: KZ-2022-001\nnote:\n' + '- '.repeat(5000) + 'x\n'),
    exit: 1, expect: [{ rule: 'YAML', file: P, line: 3, message: /nesting deeper/ }],
  },
  {
    id: 'yaml-duplicate-key', category: 'yaml', title: 'a duplicate key at the top level',
    apply: (ws) => ws.edit(P, 'location: hanfeng-street\n', 'location: hanfeng-street\nowner: drc\n'),
    exit: 1, expect: [{ rule: 'YAML', file: P, line: 11, column: 1, message: /duplicate key/ }],
  },
  {
    id: 'yaml-duplicate-key-flow', category: 'yaml', title: 'a duplicate key inside a flow mapping',
    apply: (ws) => ws.edit(L2, 'status: resolved, resolved_on: 2022-02-24 }', 'status: resolved, resolved_on: 2022-02-24, status: open }'),
    exit: 1, expect: [{ rule: 'YAML', file: L2, line: 8, message: /duplicate key/ }],
  },
  {
    id: 'yaml-multi-doc', category: 'yaml', title: 'two documents in one file',
    apply: (ws) => ws.write(U, unitText(ws) + '---\n' + unitText(ws)),
    exit: 1, expect: [{ rule: 'YAML', file: U, line: 9, column: 1, message: /one YAML document/ }],
  },
  {
    id: 'yaml-unclosed-quote', category: 'yaml', title: 'an unclosed quote',
    apply: (ws) => ws.edit(P, 'name: 汉丰湖环湖路改造工程', 'name: "汉丰湖环湖路改造工程'),
    exit: 1, expect: [{ rule: 'YAML', file: P, line: 2, message: /YAML syntax error/ }],
  },
  {
    id: 'yaml-unclosed-flow', category: 'yaml', title: 'an unclosed flow mapping',
    apply: (ws) => ws.edit(L1, '{ task: C1, done_on: 2022-01-25 }', '{ task: C1, done_on: 2022-01-25'),
    exit: 1, expect: [{ rule: 'YAML', file: L1, line: 8, column: 1, message: /YAML syntax error/ }],
  },
  {
    id: 'yaml-proto-key', category: 'yaml', title: 'a __proto__ key (prototype pollution): an unknown field, and nothing is inherited from it',
    apply: (ws) => ws.edit('units/hanfeng-street.yaml', 'type: street', '__proto__: { type: street, polluted: yes }'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: 'units/hanfeng-street.yaml', line: 3, column: 1, message: /unknown field "__proto__"/ }, { rule: 'SCHEMA', file: 'units/hanfeng-street.yaml', line: 1, column: 1, message: /missing required field "type"/ }],
  },
  {
    id: 'yaml-constructor-key', category: 'yaml', title: 'constructor/prototype keys in a person',
    apply: (ws) => ws.edit('units/hanfeng-street.yaml', 'duty: 征地拆迁协调 }', 'duty: 征地拆迁协调, constructor: { prototype: { polluted: 1 } } }'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: 'units/hanfeng-street.yaml', line: 5, column: 43, message: /unknown field "constructor"/ }],
  },
  {
    id: 'yaml-root-list', category: 'yaml', title: 'a record that is a list, not a mapping',
    apply: (ws) => ws.write(U, '- id: kz-urban-invest\n- name: 城投\n'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: U, line: 1, column: 1, message: /mapping/ }],
  },
  {
    id: 'yaml-root-scalar', category: 'yaml', title: 'a record that is one line of text',
    apply: (ws) => ws.write(U, '重庆市开州区城市发展投资集团有限公司\n'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: U, line: 1, column: 1, message: /mapping/ }],
  },
  {
    id: 'yaml-custom-tag', category: 'yaml', title: 'a language-specific tag (!!js/function, !!python/object)',
    apply: (ws) => ws.edit(P, 'name: 汉丰湖环湖路改造工程', 'name: !!js/function "function(){ return process.exit(3) }"'),
    exit: 1, expect: [{ rule: 'YAML', file: P, line: 2, column: 7 }],
  },

  // ---------------------------------------------------------------- size
  {
    id: 'size-20mb', category: 'size', title: 'a 20 MB ledger',
    apply: (ws) => ws.write(L2, ws.read(L2) + 'note: ' + 'x'.repeat(20 * 1024 * 1024) + '\n'),
    exit: 1, expect: [{ rule: 'YAML', file: L2, line: 1, column: 1, message: /20\.0 MB/ }],
  },
  {
    id: 'size-long-line', category: 'size', title: 'one 1.5 MB line of text under the size limit (accepted), with an error after it',
    apply: (ws) => ws.edit(U, 'type: soe', `type: soe\nnote: ${'很长的备注'.repeat(100000)}\nroles: [bank]`),
    exit: 1, expect: [{ rule: 'SCHEMA', file: U, line: 5, column: 9 }],
  },
  {
    id: 'size-empty', category: 'size', title: 'an empty file',
    apply: (ws) => ws.write(U, ''),
    exit: 1, expect: [{ rule: 'YAML', file: U, line: 1, column: 1, message: /empty/ }],
  },
  {
    id: 'size-comments-only', category: 'size', title: 'a file with only comments and blank lines',
    apply: (ws) => ws.write(U, '# 待填写\n\n   \n'),
    exit: 1, expect: [{ rule: 'YAML', file: U, line: 1, column: 1, message: /empty/ }],
  },
  {
    id: 'size-binary', category: 'size', title: 'a PNG saved as a record',
    apply: (ws) => ws.write('projects/KZ-2022-009.yaml', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])),
    exit: 1, expect: [{ rule: 'YAML', file: 'projects/KZ-2022-009.yaml', line: 3, column: 1, message: /binary/ }],
  },
  {
    id: 'size-nul-in-text', category: 'size', title: 'a NUL byte in the middle of a text file',
    apply: (ws) => ws.write(U, concat(utf8('id: kz-urban-invest\nname: 城投'), new Uint8Array([0]), utf8('\ntype: soe\n'))),
    exit: 1, expect: [{ rule: 'YAML', file: U, line: 2, column: 9, message: /binary/ }],
  },

  // ---------------------------------------------------------------- file system
  {
    id: 'fs-symlink-outside', category: 'filesystem', title: 'a symlink pointing outside the workspace (/etc/passwd)',
    apply: (ws) => ws.symlink('units/passwd.yaml', '/etc/passwd'),
    exit: 1, expect: [{ rule: 'YAML', file: 'units/passwd.yaml', line: 1, column: 1, message: /outside the workspace/ }],
  },
  {
    id: 'fs-symlink-dotdot', category: 'filesystem', title: 'a relative symlink climbing out with ../../',
    apply: (ws) => { ws.write('../outside-kzp.yaml', 'id: x\n'); ws.symlink('units/x.yaml', '../../outside-kzp.yaml'); },
    exit: 1, expect: [{ rule: 'YAML', file: 'units/x.yaml', line: 1, column: 1, message: /outside the workspace/ }],
  },
  {
    id: 'fs-symlink-dir-outside', category: 'filesystem', title: 'a record folder that is a symlink to a folder outside',
    apply: (ws) => { ws.write('../outside-units/evil.yaml', 'id: evil\nname: x\ntype: soe\n'); ws.symlink('units/more', '../../outside-units'); },
    exit: 1, expect: [{ rule: 'SCHEMA', file: 'units/more/evil.yaml', line: 1, column: 1, message: /not a kzp record/ }],
  },
  {
    id: 'fs-symlink-loop', category: 'filesystem', title: 'a symlink loop',
    apply: (ws) => { ws.symlink('units/a.yaml', 'b.yaml'); ws.symlink('units/b.yaml', 'a.yaml'); },
    exit: 1, expect: [{ rule: 'YAML', file: 'units/a.yaml', line: 1, column: 1 }, { rule: 'YAML', file: 'units/b.yaml', line: 1, column: 1 }],
  },
  {
    id: 'fs-symlink-dangling', category: 'filesystem', title: 'a dangling symlink',
    apply: (ws) => ws.symlink('units/gone.yaml', 'nowhere.yaml'),
    exit: 1, expect: [{ rule: 'YAML', file: 'units/gone.yaml', line: 1, column: 1 }],
  },
  {
    id: 'fs-fifo', category: 'filesystem', title: 'a named pipe called *.yaml (reading it would block forever)',
    apply: (ws) => ws.fifo('units/pipe.yaml'),
    exit: 1, expect: [{ rule: 'YAML', file: 'units/pipe.yaml', line: 1, column: 1 }],
  },
  {
    id: 'fs-poisoned-cache', category: 'filesystem', from: 'sample', title: 'a parse cache shipped in the repository (.kzp/cache/parse.json) that maps a broken file\'s hash to a clean value',
    apply: async (ws) => {
      // 1,000+ files, so that the cache is used; the attacker computes the fingerprint as kzp does
      for (let i = 0; i < 300; i++) ws.write(`units/dummy-${i}.yaml`, `id: dummy-${i}\nname: 单位${i}\ntype: department\n`);
      const good = ws.read('projects/KZ-2022-001.yaml');
      const bad = good.replace(/^total_investment: .*$/m, 'total_investment: -5');
      ws.write('projects/KZ-2022-001.yaml', bad);
      const { fingerprint } = await import(pathToFileURL(join(ROOT_DIR, 'dist/workspace/fast/parse-cache.js')).href) as { fingerprint(): string };
      const { parse } = await import('yaml');
      const rows = [['projects/KZ-2022-001.yaml', 0, 0, 0, 0, createHash('sha1').update(bad).digest('base64'), parse(good)]];
      ws.write('.kzp/cache/parse.json', JSON.stringify({ print: fingerprint(), rows }));
    },
    exit: 1, expect: [{ rule: 'KP-2', file: 'projects/KZ-2022-001.yaml', line: 12, column: 19 }],
  },
  {
    id: 'fs-yml-extension', category: 'filesystem', title: 'a record named *.yml',
    apply: (ws) => { ws.write('units/kz-urban-invest.yml', unitText(ws)); ws.remove(U); },
    exit: 1, expect: [{ rule: 'SCHEMA', file: 'units/kz-urban-invest.yml', line: 1, column: 1, message: /\.yaml/ }],
  },
  {
    id: 'fs-misplaced', category: 'filesystem', title: 'a ledger outside a month folder',
    apply: (ws) => ws.write('ledgers/KZ-2022-001.yaml', ws.read(L1)),
    exit: 1, expect: [{ rule: 'SCHEMA', file: 'ledgers/KZ-2022-001.yaml', line: 1, column: 1, message: /not a kzp record/ }],
  },
  {
    id: 'fs-folder-case', category: 'filesystem', title: 'ledgers in Ledgers/ (renamed on Windows or macOS): Linux CI must not lose them silently',
    apply: (ws) => { ws.write(`Ledgers/2022-01/KZ-2022-001.yaml`, ws.read(L1)); ws.remove(L1); },
    exit: 1, expect: [{ rule: 'SCHEMA', file: 'Ledgers/2022-01/KZ-2022-001.yaml', line: 1, column: 1, message: /in Ledgers\/ \(folder names are case-sensitive\): did you mean ledgers\/\?.*git mv Ledgers ledgers/ }],
  },
  {
    id: 'fs-folder-singular', category: 'filesystem', title: 'a ledger in ledger/ and a project in project/ (the singular)',
    apply: (ws) => { ws.write('ledger/2022-01/KZ-2022-001.yaml', ws.read(L1)); ws.remove(L1); ws.write('project/KZ-2022-099.yaml', 'id: KZ-2022-099\n'); },
    exit: 1, expect: [
      { rule: 'SCHEMA', file: 'ledger/2022-01/KZ-2022-001.yaml', line: 1, column: 1, message: /in ledger\/: did you mean ledgers\/\?/ },
      { rule: 'SCHEMA', file: 'project/KZ-2022-099.yaml', line: 1, column: 1, message: /did you mean projects\/\?/ },
    ],
  },
  {
    id: 'fs-folder-typo-yml', category: 'filesystem', title: 'a unit as *.yml in Units/',
    apply: (ws) => { ws.write('Units/kz-urban-invest.yml', ws.read(U)); ws.remove(U); },
    exit: 1, expect: [{ rule: 'SCHEMA', file: 'Units/kz-urban-invest.yml', line: 1, column: 1, message: /did you mean units\/\?/ }],
  },
  {
    id: 'fs-kzp-dir', category: 'filesystem', title: 'kzp.yaml is a folder: the workspace is unusable',
    apply: (ws) => { ws.remove(C); ws.mkdir(C); },
    exit: 2, expect: [], stderr: /kzp\.yaml/,
  },
  {
    id: 'fs-kzp-dangling', category: 'filesystem', title: 'kzp.yaml is a dangling symlink: no workspace',
    apply: (ws) => { ws.remove(C); ws.symlink(C, 'nowhere.yaml'); },
    exit: 2, expect: [], stderr: /kzp\.yaml/,
  },

  // ---------------------------------------------------------------- wrong types and values
  {
    id: 'type-money-unit', category: 'types', title: 'an amount written with its unit',
    apply: (ws) => ws.edit(P, 'total_investment: 12800', 'total_investment: 12800万元'),
    exit: 1, expect: [{ rule: 'KP-2', file: P, line: 11, column: 19 }],
  },
  {
    id: 'type-money-commas', category: 'types', title: 'an amount with thousands separators',
    apply: (ws) => ws.edit(P, 'total_investment: 12800', 'total_investment: 12,800'),
    exit: 1, expect: [{ rule: 'KP-2', file: P, line: 11, column: 19 }],
  },
  {
    id: 'type-money-negative', category: 'types', title: 'a negative amount',
    apply: (ws) => ws.edit(L1, 'invested: 300', 'invested: -300'),
    exit: 1, expect: [{ rule: 'KP-2', file: L1, line: 5, column: 23, message: /-300/ }],
  },
  {
    id: 'type-money-decimals', category: 'types', title: 'an amount with three decimals',
    apply: (ws) => ws.edit(L1, 'invested: 300', 'invested: 300.125'),
    exit: 1, expect: [{ rule: 'KP-2', file: L1, line: 5, column: 23, message: /300\.125/ }],
  },
  {
    id: 'type-money-infinity', category: 'types', title: '.inf and .nan as amounts',
    apply: (ws) => { ws.edit(P, 'total_investment: 12800', 'total_investment: .inf'); ws.edit(L1, 'invested: 300', 'invested: .nan'); },
    exit: 1, expect: [{ rule: 'KP-2', file: P, line: 11, column: 19, message: /\.inf/ }, { rule: 'KP-2', file: L1, line: 5, column: 23, message: /\.nan/ }],
  },
  {
    id: 'type-list-as-map', category: 'types', title: 'people written as a mapping instead of a list',
    apply: (ws) => ws.edit(U, /people:\n[\s\S]*$/, 'people:\n  chen-jie: 陈杰\n'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: U, line: 7, column: 3, message: /list/ }],
  },
  {
    id: 'type-null', category: 'types', title: 'a required field left empty',
    apply: (ws) => ws.edit(P, 'owner: kz-urban-invest', 'owner:'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: P, line: 6, column: 7, message: /empty/ }],
  },
  {
    id: 'type-missing', category: 'types', title: 'a required field deleted',
    apply: (ws) => ws.edit(L1, /^progress: .*\n/m, ''),
    exit: 1, expect: [{ rule: 'SCHEMA', file: L1, line: 1, column: 1, message: /progress/ }],
  },
  {
    id: 'type-missing-enum', category: 'types', title: 'a required enum field deleted (found by the fuzzer: it said the value "undefined" is not allowed)',
    apply: (ws) => ws.edit(L1, ', status: open }', ' }'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: L1, line: 9, column: 5, message: /missing required field "status"/ }],
  },
  {
    id: 'type-unknown-key', category: 'types', title: 'a misspelt key',
    apply: (ws) => ws.edit(P, 'lead_leader: zhang-wei', 'lead_leadr: zhang-wei'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: P, line: 8, column: 1, message: /lead_leader/ }],
  },
  {
    id: 'type-number-id', category: 'types', title: 'a number where an id is expected',
    apply: (ws) => ws.edit(L1, 'task: C1', 'task: 1'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: L1, line: 7, column: 13 }],
  },
  {
    id: 'type-bad-enum', category: 'types', title: 'a Chinese word where an enum value is expected',
    apply: (ws) => ws.edit(P, 'stage: construction', 'stage: 在建'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: P, line: 5, column: 8, message: /construction/ }],
  },

  // ---------------------------------------------------------------- dates
  {
    id: 'date-feb-30', category: 'dates', title: 'February 30',
    apply: (ws) => ws.edit(L1, 'done_on: 2022-01-25', 'done_on: 2022-02-30'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: L1, line: 7, column: 26 }],
  },
  {
    id: 'date-feb-29-non-leap', category: 'dates', title: 'February 29 of a year that is not a leap year',
    apply: (ws) => ws.edit(P, 'filed_on: 2022-01-20', 'filed_on: 2023-02-29'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: P, line: 15, column: 13 }],
  },
  {
    id: 'date-month-13', category: 'dates', title: 'month 13',
    apply: (ws) => ws.edit(D, 'date: 2022-02-28', 'date: 2022-13-01'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: D, line: 3, column: 7 }],
  },
  {
    id: 'date-slashes', category: 'dates', title: 'a date written 2022/1/27 or 2022年1月27日',
    apply: (ws) => { ws.edit(L1, 'submitted_on: 2022-01-27', 'submitted_on: 2022/1/27'); ws.edit(L2, 'submitted_on: 2022-02-25', 'submitted_on: 2022年2月25日'); },
    exit: 1, expect: [{ rule: 'SCHEMA', file: L1, line: 4, column: 15 }, { rule: 'SCHEMA', file: L2, line: 4, column: 15 }],
  },
  {
    id: 'date-with-time', category: 'dates', title: 'a timestamp where a date is expected',
    apply: (ws) => ws.edit(L1, 'submitted_on: 2022-01-27', 'submitted_on: 2022-01-27T18:00:00+08:00'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: L1, line: 4, column: 15 }],
  },
  {
    id: 'date-resolved-before-raised', category: 'dates', title: 'a problem resolved before it was raised',
    apply: (ws) => ws.edit(L2, 'raised_on: 2022-02-10, status: resolved, resolved_on: 2022-02-24', 'raised_on: 2022-02-10, status: resolved, resolved_on: 2022-02-04'),
    exit: 1, expect: [{ rule: 'LS-4', file: L2, line: 8, message: /before it was raised/ }],
  },
  {
    id: 'date-raised-in-future', category: 'dates', title: 'a problem raised after the end of its ledger\'s month',
    apply: (ws) => ws.edit(L2, 'category: funding, raised_on: 2022-02-10', 'category: funding, raised_on: 2029-02-10'),
    exit: 1, expect: [{ rule: 'LS-4', file: L2, line: 8, message: /after the end/ }],
  },
  {
    id: 'date-done-after-submission', category: 'dates', title: 'a countdown task reported done after the ledger was submitted (a date in the future of the report)',
    apply: (ws) => ws.edit(L1, 'done_on: 2022-01-25', 'done_on: 2022-01-29'),
    exit: 1, expect: [{ rule: 'LS-4', file: L1, line: 7, column: 26, message: /after the ledger was submitted/ }],
  },
  {
    id: 'date-resolved-after-submission', category: 'dates', title: 'a problem resolved after the ledger that reports it was submitted',
    apply: (ws) => ws.edit(L2, 'resolved_on: 2022-02-24', 'resolved_on: 2022-02-26'),
    exit: 1, expect: [{ rule: 'LS-4', file: L2, line: 8, message: /after the ledger was submitted/ }],
  },

  // ---------------------------------------------------------------- ledgers and since
  {
    id: 'ledger-before-since', category: 'ledger', title: 'a ledger for a month before `since`',
    apply: (ws) => ws.edit(C, 'since: 2022-01', 'since: 2022-02'),
    args: ['--strict'], // a warning: a workspace may keep the ledgers of months before it adopted kzp
    exit: 1, expect: [{ rule: 'LS-4', file: L1, line: 2, column: 8, severity: 'warning', message: /before the first tracked month 2022-02/ }],
  },
  {
    id: 'ledger-after-submission', category: 'ledger', title: 'a ledger for a month that had not begun when it was submitted',
    apply: (ws) => { ws.write('ledgers/2022-03/KZ-2022-001.yaml', ws.read(L2).replace('month: 2022-02', 'month: 2022-03').replace('submitted_on: 2022-02-25', 'submitted_on: 2022-02-26')); },
    exit: 1, expect: [{ rule: 'LS-4', file: 'ledgers/2022-03/KZ-2022-001.yaml', line: 2, column: 8, message: /2022-02-26/ }],
  },
  {
    id: 'ledger-far-future', category: 'ledger', title: 'a ledger for 2099',
    apply: (ws) => ws.write('ledgers/2099-01/KZ-2022-001.yaml', ws.read(L2).replace('month: 2022-02', 'month: 2099-01')),
    exit: 1, expect: [{ rule: 'LS-4', file: 'ledgers/2099-01/KZ-2022-001.yaml', line: 2, column: 8 }],
  },
  {
    id: 'ledger-month-folder', category: 'ledger', title: 'a ledger whose month is not its folder',
    apply: (ws) => ws.edit(L2, 'month: 2022-02', 'month: 2022-03'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: L2, line: 2, column: 8 }],
  },
  {
    id: 'ledger-vanished-problem', category: 'ledger', title: 'an open problem that disappears from the next ledger',
    apply: (ws) => ws.edit(L2, /^  - \{ id: P1,.*\n/m, ''),
    exit: 1, expect: [{ rule: 'LS-4', file: L2, line: 6, column: 1 }],
  },

  // ---------------------------------------------------------------- ids
  {
    id: 'id-slash', category: 'ids', title: 'an id with a slash',
    apply: (ws) => ws.edit(P, 'id: KZ-2022-001', 'id: KZ/2022-001'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: P, line: 1, column: 5, message: /"\/"/ }],
  },
  {
    id: 'id-dotdot', category: 'ids', title: 'an id of ".."',
    apply: (ws) => ws.edit(L1, 'project: KZ-2022-001', 'project: ..'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: L1, line: 1, column: 10, message: /"\.\."/ }],
  },
  {
    id: 'id-traversal-ref', category: 'ids', title: 'a reference that climbs out: ../../etc/passwd',
    apply: (ws) => ws.edit(P, 'owner: kz-urban-invest', 'owner: ../../etc/passwd'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: P, line: 6, column: 8, message: /"\/"|"\.\."/ }],
  },
  {
    id: 'id-windows-con', category: 'ids', title: 'a project called CON (cannot be a file name on Windows)',
    apply: (ws) => ws.write('projects/CON.yaml', ws.read(P).replace('id: KZ-2022-001', 'id: CON')),
    exit: 1, expect: [{ rule: 'SCHEMA', file: 'projects/CON.yaml', line: 1, column: 5, message: /Windows/ }],
  },
  {
    id: 'id-windows-nul', category: 'ids', title: 'a unit called nul',
    apply: (ws) => ws.write('units/nul.yaml', 'id: nul\nname: 空\ntype: department\n'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: 'units/nul.yaml', line: 1, column: 5, message: /Windows/ }],
  },
  {
    id: 'id-windows-aux-list', category: 'ids', title: 'a list called aux',
    apply: (ws) => ws.write('lists/aux.yaml', 'id: aux\nkind: reserve\nperiod: "2021-2025"\nprojects: []\n'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: 'lists/aux.yaml', line: 1, column: 5, message: /Windows/ }],
  },
  {
    id: 'id-windows-com1-review', category: 'ids', title: 'a review called COM1 and one called lpt1',
    apply: (ws) => {
      ws.write('reviews/2022/COM1.yaml', ws.read('reviews/2022/2022-01-20-review.yaml').replace('id: 2022-01-20-review', 'id: COM1'));
      ws.write('reviews/2022/lpt1.yaml', ws.read('reviews/2022/2022-01-20-review.yaml').replace('id: 2022-01-20-review', 'id: lpt1'));
    },
    exit: 1, expect: [{ rule: 'SCHEMA', file: 'reviews/2022/COM1.yaml', line: 1, column: 5, message: /Windows/ }, { rule: 'SCHEMA', file: 'reviews/2022/lpt1.yaml', line: 1, column: 5, message: /Windows/ }],
  },
  {
    id: 'id-case-projects', category: 'ids', title: 'two projects whose ids differ only by case (one file on Windows and macOS)',
    apply: (ws) => ws.write('projects/kz-2022-001.yaml', ws.read(P).replace('id: KZ-2022-001', 'id: kz-2022-001')),
    exit: 1, expect: [{ rule: 'SCHEMA', file: 'projects/kz-2022-001.yaml', line: 1, column: 5, message: /differ only by case|only by case/ }],
  },
  {
    id: 'id-case-reviews', category: 'ids', title: 'two reviews whose ids differ only by case',
    apply: (ws) => ws.write('reviews/2022/2022-01-20-Review.yaml', ws.read('reviews/2022/2022-01-20-review.yaml').replace('id: 2022-01-20-review', 'id: 2022-01-20-Review')),
    exit: 1, expect: [{ rule: 'SCHEMA', file: 'reviews/2022/2022-01-20-review.yaml', line: 1, column: 5, message: /only by case/ }],
  },
  {
    id: 'id-duplicate-review', category: 'ids', title: 'the same review id in two year folders',
    apply: (ws) => ws.write('reviews/2021/2022-01-20-review.yaml', ws.read('reviews/2022/2022-01-20-review.yaml').replace('date: 2022-01-20', 'date: 2021-01-20')),
    exit: 1, expect: [{ rule: 'SCHEMA', file: 'reviews/2022/2022-01-20-review.yaml', line: 1, column: 5, message: /reviews\/2021\/2022-01-20-review\.yaml/ }],
  },
  {
    id: 'id-duplicate-person', category: 'ids', title: 'the same person id in two units',
    apply: (ws) => ws.edit('units/drc.yaml', /people:\n/, 'people:\n  - { id: chen-jie, name: 陈洁 }\n'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: 'units/kz-urban-invest.yaml', line: 7, column: 11, message: /units\/drc\.yaml/ }, { rule: 'SCHEMA', file: 'units/drc.yaml', line: 6, column: 11, message: /units\/kz-urban-invest\.yaml/ }],
  },
  {
    id: 'id-too-long', category: 'ids', title: 'an id of 70 characters',
    apply: (ws) => ws.edit(P, 'id: KZ-2022-001', `id: KZ-${'9'.repeat(67)}`),
    exit: 1, expect: [{ rule: 'SCHEMA', file: P, line: 1, column: 5, message: /63/ }],
  },
  {
    id: 'id-chinese', category: 'ids', title: 'an id in Chinese characters',
    apply: (ws) => ws.edit(P, 'location: hanfeng-street', 'location: 汉丰街道'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: P, line: 10, column: 11 }],
  },
  {
    id: 'id-file-name', category: 'ids', title: 'a record whose id is not its file name',
    apply: (ws) => ws.edit(U, 'id: kz-urban-invest', 'id: kz-city-invest'),
    exit: 1, expect: [{ rule: 'SCHEMA', file: U, line: 1, column: 5, message: /file name/ }],
  },

  // ---------------------------------------------------------------- references
  {
    id: 'ref-unit', category: 'references', title: 'an unknown unit, with a suggestion',
    apply: (ws) => ws.edit(P, 'lead_unit: transport-bureau', 'lead_unit: transport-burea'),
    exit: 1, expect: [{ rule: 'REF', file: P, line: 7, column: 12, message: /transport-bureau/ }],
  },
  {
    id: 'ref-project-case', category: 'references', title: 'a project referred to in the wrong case',
    apply: (ws) => ws.edit(D, 'projects: [KZ-2022-001]', 'projects: [kz-2022-001]'),
    exit: 1, expect: [{ rule: 'REF', file: D, line: 6, column: 12, message: /KZ-2022-001/ }],
  },
  {
    id: 'ref-problem', category: 'references', title: 'a dispatch handling a problem no ledger raised',
    apply: (ws) => ws.edit(D, 'KZ-2022-001/P1', 'KZ-2022-001/P7'),
    exit: 1, expect: [{ rule: 'REF', file: D, line: 8, column: 16 }],
  },
  {
    id: 'ref-problem-later', category: 'references', title: 'a dispatch handling a problem before it was raised',
    apply: (ws) => ws.edit(D, 'date: 2022-02-28', 'date: 2022-01-05'),
    exit: 1, expect: [{ rule: 'REF', file: D, line: 8, column: 16, message: /raised/ }],
  },
  {
    id: 'ref-list-project', category: 'references', title: 'a list naming a project that does not exist',
    apply: (ws) => ws.edit(A, '{ project: KZ-2022-001,', '{ project: KZ-2022-099,'),
    exit: 1, expect: [{ rule: 'LS-1', file: A, line: 7, column: 16 }],
  },
  {
    id: 'ref-sector-constructor', category: 'references', title: 'sector: constructor (a member of every JS object) is not a sector',
    apply: (ws) => ws.edit(P, 'sector: transport', 'sector: constructor'),
    exit: 1, expect: [{ rule: 'REF', file: P, line: 3, column: 9, message: /"constructor" is not among the sectors/ }],
  },
  {
    id: 'ref-center', category: 'references', title: 'kzp.yaml naming a center unit that does not exist',
    apply: (ws) => ws.edit(C, 'center: drc-center', 'center: drc-centre'),
    exit: 1, expect: [{ rule: 'REF', file: C, line: 7, column: 9 }],
  },
  {
    id: 'ref-finding-target', category: 'references', title: 'an inspection finding aimed at nothing',
    apply: (ws) => ws.edit(I, '{ id: F2, target: kz-urban-invest,', '{ id: F2, target: kz-nowhere,'),
    exit: 1, expect: [{ rule: 'REF', file: I, line: 9 }],
  },

  // ---------------------------------------------------------------- on the full sample-data
  {
    id: 'sample-gbk-ledger', category: 'encoding', from: 'sample', title: 'sample-data: one ledger of 745 files saved as GBK',
    apply: (ws) => ws.write('ledgers/2022-06/KZ-2022-001.yaml', toGb18030(ws.read('ledgers/2022-06/KZ-2022-001.yaml'))),
    exit: 1, expect: [{ rule: 'YAML', file: 'ledgers/2022-06/KZ-2022-001.yaml', line: 1, message: /GBK/ }],
  },
  {
    id: 'sample-conflict-project', category: 'text', from: 'sample', title: 'sample-data: a merge conflict left in a project',
    apply: (ws) => ws.edit('projects/KZ-2021-001.yaml', /^stage: (.*)$/m, '<<<<<<< HEAD\nstage: $1\n=======\nstage: completed\n>>>>>>> feature'),
    exit: 1, expect: [{ rule: 'YAML', file: 'projects/KZ-2021-001.yaml', line: 6, column: 1 }],
  },
  ...TEXT_CASES,
];
