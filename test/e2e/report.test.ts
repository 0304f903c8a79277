// `kzp report monthly|inspection` and `kzp export excel` end to end on the built CLI.
// The md bulletin of sample-data for a fixed as-of date is compared with a checked-in file:
// after a deliberate change of the data or the template, regenerate it with
//   UPDATE_EXPECTED=1 npx vitest run test/e2e/report.test.ts
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_DIR } from '../helpers.js';
import { kzp, ROOT, tempCopy } from './run.js';

const SAMPLE = join(ROOT, 'sample-data');
const AS_OF = '2023-01-10';
const EXPECTED = join(ROOT, 'test/fixtures/expected/monthly-sample-2022-12.md');
const out = mkdtempSync(join(tmpdir(), 'kzp-e2e-report-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('kzp report monthly on sample-data (AS-1)', () => {
  it('the md bulletin equals the checked-in expected file', () => {
    const r = kzp(['-C', SAMPLE, 'report', 'monthly', '--as-of', AS_OF]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    if (process.env.UPDATE_EXPECTED) writeFileSync(EXPECTED, r.stdout);
    expect(existsSync(EXPECTED)).toBe(true);
    expect(r.stdout).toBe(readFileSync(EXPECTED, 'utf8'));
  });

  it('--format json prints the data behind every section', () => {
    const r = kzp(['-C', SAMPLE, 'report', 'monthly', '--as-of', AS_OF, '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.month).toBe('2022-12');
    expect(Object.keys(j)).toEqual(expect.arrayContaining(['source', 'overall', 'monthly', 'sectors', 'leadUnits', 'slowest', 'countdown', 'ledgers', 'problems', 'inspections', 'scores', 'validation']));
    expect(j.validation).toEqual({ ok: true, errors: 0, warnings: 0, forced: false });
    expect(kzp(['-C', SAMPLE, 'report', 'monthly', '--as-of', AS_OF, '--json']).stdout).toBe(r.stdout);
  });

  it('html: one self-contained file with two SVG charts and no external reference', () => {
    const f = join(out, 'm.html');
    const r = kzp(['-C', SAMPLE, 'report', 'monthly', '--as-of', AS_OF, '--format', 'html', '-o', f]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('m.html');
    const html = readFileSync(f, 'utf8');
    expect((html.match(/<svg /g) ?? []).length).toBe(2);
    expect(html).not.toMatch(/<script|<link|@import|url\(|\b(src|href)\s*=/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('-o - is standard output for md, html and json; docx and xlsx refuse it with the fix, and no file named "-" appears', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'kzp-dash-'));
    try {
      const html = kzp(['-C', SAMPLE, 'report', 'monthly', '--as-of', AS_OF, '--format', 'html', '-o', '-'], { cwd });
      expect(html.code).toBe(0);
      expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
      expect(kzp(['-C', SAMPLE, 'report', 'monthly', '--as-of', AS_OF, '-o', '-'], { cwd }).stdout)
        .toBe(kzp(['-C', SAMPLE, 'report', 'monthly', '--as-of', AS_OF], { cwd }).stdout);
      for (const args of [['report', 'monthly', '--format', 'docx'], ['export', 'excel']]) {
        const r = kzp(['-C', SAMPLE, ...args, '--as-of', AS_OF, '-o', '-'], { cwd });
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/cannot be written to standard output[\s\S]*-o (monthly|meeting)-/);
        expect(r.stdout).toBe('');
      }
      expect(existsSync(join(cwd, '-'))).toBe(false);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('docx and xlsx are zip files that unzip, with the document parts and the eight sheets', async () => {
    const d = join(out, 'm.docx');
    expect(kzp(['-C', SAMPLE, 'report', 'monthly', '--as-of', AS_OF, '--format', 'docx', '-o', d]).code).toBe(0);
    const xml = execFileSync('unzip', ['-p', d, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(xml).toContain('重点项目建设情况通报');
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    const x = join(out, 'm.xlsx');
    expect(kzp(['-C', SAMPLE, 'export', 'excel', '--as-of', AS_OF, '-o', x]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(x);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['总表', '进度台账', '全年台账', '问题台账', '倒计时台账', '逾期事项', '提级调度', '单位考核', '督查整改']);
    expect(wb.getWorksheet('总表')!.getCell('A2').value).toContain('数据截至2023年1月10日');
  });

  it('the same workspace and --as-of give byte-identical .docx and .xlsx; SOURCE_DATE_EPOCH dates them', () => {
    const run = (f: string, args: string[], env: Record<string, string> = {}) => { expect(kzp(['-C', SAMPLE, ...args, '--as-of', AS_OF, '-o', join(out, f)], { env }).code).toBe(0); return readFileSync(join(out, f)); };
    for (const [ext, args] of [['docx', ['report', 'monthly', '--format', 'docx']], ['xlsx', ['export', 'excel']]] as const) {
      const a = run(`a.${ext}`, [...args]);
      expect(run(`b.${ext}`, [...args]).equals(a)).toBe(true);
      const c = run(`c.${ext}`, [...args], { SOURCE_DATE_EPOCH: '1700000000' });
      expect(c.equals(a)).toBe(false);
      expect(execFileSync('unzip', ['-p', join(out, `c.${ext}`), 'docProps/core.xml'], { encoding: 'utf8' })).toContain('2023-11-14T22:13:20Z');
    }
  });

  it('a docx without -o goes to monthly-YYYY-MM.docx in the current folder', () => {
    const t = tempCopy(SAMPLE);
    try {
      const r = kzp(['report', 'monthly', '--as-of', AS_OF, '--format', 'docx'], { cwd: t.dir });
      expect(r.code).toBe(0);
      expect(existsSync(join(t.dir, 'monthly-2022-12.docx'))).toBe(true);
    } finally { t.done(); }
  });
});

describe('kzp report inspection (AS-4)', () => {
  it('prints the 督查通报 of one inspection, with the sampling record (seed, population) in an annex', () => {
    const r = kzp(['-C', SAMPLE, 'report', 'inspection', '2022-q2-inspection', '--as-of', AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('重点项目联合督查情况通报');
    expect(r.stdout).toMatch(/## 附件　随机抽样记录[\s\S]*\| 随机种子 \| \d+ \|/);
    expect(r.stdout).toContain('| 抽样范围 | 2022—2024年三年滚动规划清单中的全部项目，共 35 个 |');
  });
  it('an unknown id is a usage error naming the inspections there are', () => {
    const r = kzp(['-C', SAMPLE, 'report', 'inspection', 'nope', '--as-of', AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no inspection with the id "nope"');
    expect(r.stderr).toContain('2022-q1-inspection');
  });
});

describe('refusing data that fails validation', () => {
  it('exits 1 with a clear message; --force produces the bulletin with a warning banner', () => {
    const t = tempCopy(BASE_DIR);
    try {
      const p = join(t.dir, 'projects/KZ-2022-001.yaml');
      writeFileSync(p, readFileSync(p, 'utf8').replace('liaison: chen-jie', 'liaison: nobody-at-all'));
      const r = kzp(['report', 'monthly', '--as-of', '2022-03-05'], { cwd: t.dir });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/the data fails validation \(\d+ error\(s\)\)/);
      expect(r.stderr).toContain('--force');
      const f = kzp(['report', 'monthly', '--as-of', '2022-03-05', '--force'], { cwd: t.dir });
      expect(f.code).toBe(0);
      expect(f.stdout).toContain('> [!WARNING]');
      expect(f.stderr).toContain('warning: the data fails validation');
      expect(kzp(['export', 'excel', '--as-of', '2022-03-05'], { cwd: t.dir }).code).toBe(1);
    } finally { t.done(); }
  });
  it('bad flags are usage errors (exit 2)', () => {
    expect(kzp(['-C', BASE_DIR, 'report', 'monthly', '--format', 'pdf']).code).toBe(2);
    expect(kzp(['-C', BASE_DIR, 'report', 'monthly', '--month', '2022-13']).code).toBe(2);
    expect(kzp(['-C', BASE_DIR, 'report', 'monthly', '--month', '2022-09', '--as-of', '2022-03-05']).code).toBe(2);
  });
});

describe('heavy modules load only inside the report commands', () => {
  it('nothing statically imported from src/cli/main.ts imports exceljs, docx or handlebars', () => {
    const seen = new Set<string>();
    const heavy: string[] = [];
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^\s*import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)) {
        const spec = m[1];
        if (/^(exceljs|docx|handlebars)$/.test(spec)) heavy.push(`${file}: ${spec}`);
        if (spec.startsWith('.')) walk(join(file, '..', spec.replace(/\.js$/, '.ts')));
      }
    };
    walk(join(ROOT, 'src/cli/main.ts'));
    for (const f of ['report-monthly.ts', 'report-inspection.ts']) walk(join(ROOT, 'src/cli/commands', f));
    walk(join(ROOT, 'src/cli/commands/export.ts'));
    expect(heavy).toEqual([]);
    expect(seen.size).toBeGreaterThan(10);
  });
  it('kzp --version answers', () => {
    const r = kzp(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});
