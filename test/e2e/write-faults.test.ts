// Every writer of kzp on a full disk, a read-only folder or a refused permission: exit 2, one
// line naming the path ("磁盘已满" / "只读"), no stack trace, and nothing of its own left behind
// (no temporary file, no lock, no folder it made, no 0-byte file). The failures come from the
// test seam KZP_TEST_FAULT=<code>@<step> (src/util/fault.ts), so they run as root and where no
// disk can be mounted; write-failures.test.ts does the same on real small and read-only disks.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_DIR } from '../helpers.js';
import { kzp, ROOT } from './run.js';

const SAMPLE = join(ROOT, 'sample-data');
const scratch = mkdtempSync(join(tmpdir(), 'kzp-faults-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every path under `dir` (hidden ones too) with its size: what a failed write must leave as it was. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).sort().map((p) => `${p} ${statSync(join(dir, p)).isDirectory() ? 'dir' : statSync(join(dir, p)).size}`);
}

interface Case { name: string; ws: () => string; args: (ws: string, out: string) => string[]; shown: RegExp }
let n = 0;
const copyOf = (src: string) => () => { const d = join(scratch, `ws-${n++}`); cpSync(src, d, { recursive: true }); return d; };
const from = join(scratch, 'march.yaml');
writeFileSync(from, 'progress:\n  invested: 10\n  stage: construction\n  physical: 路基完成\n');

const CASES: Case[] = [
  { name: 'export excel -o (a missing folder)', ws: () => SAMPLE, args: (_w, o) => ['-C', SAMPLE, 'export', 'excel', '--as-of', '2023-01-10', '-o', join(o, 'a', 'b', 'meeting.xlsx')], shown: /meeting\.xlsx/ },
  { name: 'report monthly -o', ws: () => SAMPLE, args: (_w, o) => ['-C', SAMPLE, 'report', 'monthly', '--as-of', '2023-01-10', '--format', 'docx', '-o', join(o, 'monthly.docx')], shown: /monthly\.docx/ },
  { name: 'ledger add (a new month folder)', ws: copyOf(BASE_DIR), args: (w) => ['-C', w, '--as-of', '2022-04-05', 'ledger', 'add', '--project', 'KZ-2022-001', '--month', '2022-03', '--from', from], shown: /ledgers\/2022-03\/KZ-2022-001\.yaml/ },
  { name: 'new unit', ws: copyOf(BASE_DIR), args: (w) => ['-C', w, '--as-of', '2022-04-05', 'new', 'unit', '--id', 'kz-new-bureau', '--name', '重庆市开州区新设局', '--type', 'department'], shown: /units\/kz-new-bureau\.yaml/ },
  { name: 'inspect sample --into', ws: copyOf(BASE_DIR), args: (w) => ['-C', w, 'inspect', 'sample', '--population', 'units', '--size', '2', '--seed', '7', '--into', '2022-q1-inspection', '--as-of', '2022-11-05'], shown: /reviews\/2022\/2022-q1-inspection\.yaml/ },
  { name: 'init', ws: () => scratch, args: (_w, o) => ['init', join(o, 'ws'), '--since', '2022-01', '--no-git-init'], shown: /ws/ },
];

const FAULTS: [fault: string, words: RegExp][] = [
  ['ENOSPC@write', /磁盘已满/],
  ['EDQUOT@write', /磁盘已满/],
  ['EROFS@open', /只读/],
  ['EACCES@open', /没有写入权限/],
  ['EROFS@mkdir', /只读/],
];

describe('a writer that the system refuses', () => {
  for (const c of CASES) {
    for (const [fault, words] of FAULTS) {
      if (fault.endsWith('@mkdir') && !/missing folder|new month|init/.test(c.name)) continue;
      it(`${c.name}, ${fault}: exit 2, one line with the path, nothing left behind`, () => {
        const ws = c.ws();
        const out = mkdtempSync(join(scratch, 'out-'));
        const before = [tree(ws), tree(out)];
        const r = kzp(c.args(ws, out), { env: { LANG: 'zh_CN.UTF-8', KZP_TEST_FAULT: fault }, cwd: scratch });
        expect(r.code, r.stderr).toBe(2);
        const first = r.stderr.split('\n').find((l) => l.startsWith('kzp:'))!;
        expect(first).toMatch(/^kzp: 无法写入 /);
        expect(first).toMatch(c.shown);
        expect(first).toMatch(words);
        expect(r.stderr).not.toMatch(/\n\s+at |Error:|内部错误|internal error|KZP_TEST_FAULT/);
        expect([tree(ws), tree(out)]).toEqual(before);
      });
    }
  }

  it('ledger add with the disk full once the lock is made: no 0-byte lock, no empty month folder', () => {
    const ws = copyOf(BASE_DIR)();
    const before = tree(ws);
    const r = kzp(['-C', ws, '--as-of', '2022-04-05', 'ledger', 'add', '--project', 'KZ-2022-001', '--month', '2022-03', '--from', from], { env: { LANG: 'zh_CN.UTF-8', KZP_TEST_FAULT: 'ENOSPC@lock' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kzp: 无法写入 .*ledgers\/2022-03\/KZ-2022-001\.yaml.*磁盘已满/m);
    expect(tree(ws)).toEqual(before);
  });

  it('the message is English with --lang en', () => {
    const ws = copyOf(BASE_DIR)();
    const r = kzp(['-C', ws, '--lang', 'en', '--as-of', '2022-04-05', 'new', 'unit', '--id', 'kz-new-bureau', '--name', '重庆市开州区新设局', '--type', 'department'], { env: { KZP_TEST_FAULT: 'ENOSPC@write' }, cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kzp: cannot write units\/kz-new-bureau\.yaml: the disk is full$/m);
  });
});

describe('a lock name committed as a link or a FIFO', () => {
  const LOCK = 'ledgers/2022-03/.KZ-2022-001.yaml.lock';
  const victim = join(scratch, 'victim-pid');
  for (const [name, make] of [
    ['a link to /dev/zero', (at: string) => symlinkSync('/dev/zero', at)],
    ['a FIFO', (at: string) => execFileSync('mkfifo', [at])],
    ['a link to a file outside holding a live pid (1)', (at: string) => { writeFileSync(victim, '1'); symlinkSync(victim, at); }],
  ] as const) {
    it(`${name}: read without following or waiting, taken over, the ledger written`, () => {
      const ws = copyOf(BASE_DIR)();
      mkdirSync(join(ws, 'ledgers/2022-03'), { recursive: true });
      make(join(ws, LOCK));
      const r = kzp(['-C', ws, '--as-of', '2022-04-05', 'ledger', 'add', '--project', 'KZ-2022-001', '--month', '2022-03', '--from', from]);
      expect(r.code, r.stderr).toBe(0);
      expect(existsSync(join(ws, 'ledgers/2022-03/KZ-2022-001.yaml'))).toBe(true);
      expect(existsSync(join(ws, LOCK))).toBe(false);
      if (existsSync(victim)) expect(readFileSync(victim, 'utf8')).toBe('1');
    });
  }
});
