// A full disk or a read-only folder under a document, a schema, a new workspace or an
// inspection record: one line naming the path ("磁盘已满" / "只读"), exit 2, no stack trace, and
// nothing half-written left behind. The disks are a tiny tmpfs and a read-only bind mount
// (test/mounts.ts; skipped where this process may not mount).
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_DIR } from '../helpers.js';
import { canMount, fill, readOnlyDir, tinyDisk, type Mount } from '../mounts.js';
import { kzp, ROOT } from './run.js';

const SAMPLE = join(ROOT, 'sample-data');
const AS_OF = '2023-01-10';
const ZH = { LANG: 'zh_CN.UTF-8' };

const WRITERS: [string, (dir: string) => string[]][] = [
  ['report monthly -o', (d) => ['-C', SAMPLE, 'report', 'monthly', '--as-of', AS_OF, '--format', 'docx', '-o', join(d, 'out', 'monthly.docx')]],
  ['report monthly --format md -o', (d) => ['-C', SAMPLE, 'report', 'monthly', '--as-of', AS_OF, '-o', join(d, 'monthly.md')]],
  ['export excel -o', (d) => ['-C', SAMPLE, 'export', 'excel', '--as-of', AS_OF, '-o', join(d, 'out', 'meeting.xlsx')]],
  ['schema -o', (d) => ['schema', '-o', join(d, 'schemas')]],
  ['init', (d) => ['init', join(d, 'ws'), '--since', '2022-01', '--no-git-init']],
];

function oneLine(stderr: string, path: string, words: RegExp): void {
  const lines = stderr.trim().split('\n');
  expect(lines[0]).toMatch(/^kzp: 无法写入 /);
  expect(lines[0]).toContain(path);
  expect(lines[0]).toMatch(words);
  expect(stderr).not.toMatch(/\bat .*\.js:\d+|Error:|ENOSPC|EROFS/);
}

describe('a missing output folder is created', () => {
  const out = mkdtempSync(join(tmpdir(), 'kzp-e2e-out-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  it('export excel -o a/b/meeting.xlsx creates a/b, as report -o does', () => {
    const r = kzp(['-C', SAMPLE, 'export', 'excel', '--as-of', AS_OF, '-o', join(out, 'a', 'b', 'meeting.xlsx')]);
    expect(r.code).toBe(0);
    expect(readdirSync(join(out, 'a', 'b'))).toEqual(['meeting.xlsx']);
  });
});

describe.skipIf(!canMount)('a full disk (a tmpfs filled to the last byte)', () => {
  for (const [name, args] of WRITERS) {
    it(`${name}: exit 2, "磁盘已满" with the path, nothing left but the filler`, () => {
      const m = tinyDisk(1024)!;
      try {
        fill(m.dir);
        const argv = args(m.dir);
        const r = kzp(argv, { env: ZH });
        expect(r.code).toBe(2);
        oneLine(r.stderr, m.dir, /磁盘已满/);
        expect(readdirSync(m.dir)).toEqual(['filler']);
      } finally { m.done(); }
    });
  }

  it('inspect sample --into on a full disk: exit 2, the record unchanged, no temporary file', () => {
    const m = tinyDisk(2048)!;
    try {
      const ws = join(m.dir, 'ws');
      cpSync(BASE_DIR, ws, { recursive: true });
      const rel = 'reviews/2022/2022-q1-inspection.yaml';
      const before = readFileSync(join(ws, rel), 'utf8');
      fill(m.dir);
      const r = kzp(['-C', ws, 'inspect', 'sample', '--population', 'units', '--size', '2', '--seed', '7', '--into', '2022-q1-inspection', '--as-of', '2022-11-05'], { env: ZH });
      expect(r.code).toBe(2);
      oneLine(r.stderr.split('\n').filter((l) => l.startsWith('kzp:') || l.startsWith('  ')).join('\n'), rel, /磁盘已满/);
      expect(readFileSync(join(ws, rel), 'utf8')).toBe(before);
      expect(readdirSync(join(ws, 'reviews/2022')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    } finally { m.done(); }
  });
});

describe.skipIf(!canMount)('a read-only folder (a read-only bind mount)', () => {
  let m: Mount;
  for (const [name, args] of WRITERS) {
    it(`${name}: exit 2, "只读" with the path`, () => {
      m = readOnlyDir()!;
      try {
        const r = kzp(args(m.dir), { env: ZH });
        expect(r.code).toBe(2);
        oneLine(r.stderr, m.dir, /只读/);
        expect(existsSync(join(m.dir, 'out'))).toBe(false);
      } finally { m.done(); }
    });
  }

  it('the message is English with --lang en', () => {
    m = readOnlyDir()!;
    try {
      const r = kzp(['schema', '-o', join(m.dir, 's'), '--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toMatch(new RegExp(`^kzp: cannot write ${m.dir}/s/\\S+\\.json: the file system is read-only$`));
    } finally { m.done(); }
  });
});
