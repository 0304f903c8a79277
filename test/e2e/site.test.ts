// `kzp site` end to end on the built CLI: the site of sample-data has every page, every link
// inside the folder resolves, nothing points outside it, the same data gives the same bytes;
// a hostile name is escaped; a folder that is not a kzp site is never replaced.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_DIR } from '../helpers.js';
import { auditScenario } from '../history/scenario.js';
import { kzp, ROOT, tempCopy } from './run.js';

const SAMPLE = join(ROOT, 'sample-data');
const AS_OF = '2023-01-10';
const top = mkdtempSync(join(tmpdir(), 'kzp-e2e-site-'));
afterAll(() => rmSync(top, { recursive: true, force: true }));

function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!f.isFile()) continue;
    const abs = join(f.parentPath, f.name);
    out.set(relative(dir, abs), createHash('sha256').update(readFileSync(abs)).digest('hex'));
  }
  return out;
}
const ids = (folder: string) => readdirSync(join(SAMPLE, folder)).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));

describe('kzp site on sample-data', () => {
  const one = join(top, 'one'), two = join(top, 'two');
  let files: Map<string, string>;
  beforeAll(() => {
    const r = kzp(['-C', SAMPLE, 'site', '--as-of', AS_OF, '-o', one]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(join(one, 'index.html'));
    files = tree(one);
  });

  it('has the overview, the lists, a page per project and per unit, and every bulletin with its docx and workbook', () => {
    for (const p of ['index.html', 'units.html', 'archives.html', 'assets/site.css', 'assets/site.js', '.kzp-site']) expect(files.has(p), p).toBe(true);
    for (const id of ids('projects')) expect(files.has(`p/${id}.html`), id).toBe(true);
    for (const id of ids('units')) expect(files.has(`u/${id}.html`), id).toBe(true);
    for (let i = 1; i <= 12; i++) {
      const mo = `2022-${String(i).padStart(2, '0')}`;
      for (const f of [`a/monthly-${mo}.html`, `a/monthly-${mo}.docx`, `a/meeting-${mo}.xlsx`]) expect(files.has(f), f).toBe(true);
    }
    for (const q of [1, 2, 3, 4]) for (const ext of ['html', 'docx']) expect(files.has(`a/inspection-2022-q${q}-inspection.${ext}`)).toBe(true);
  });

  it('every link and reference inside the folder resolves, to the file and the anchor it names; none leaves the folder', () => {
    const html = [...files.keys()].filter((f) => f.endsWith('.html'));
    const idsOf = new Map<string, Set<string>>();
    const anchors = (f: string) => {
      if (!idsOf.has(f)) idsOf.set(f, new Set([...readFileSync(join(one, f), 'utf8').matchAll(/\bid="([^"]+)"/g)].map((m) => m[1])));
      return idsOf.get(f)!;
    };
    let links = 0;
    for (const page of html) {
      const text = readFileSync(join(one, page), 'utf8');
      expect(text, page).not.toMatch(/(?:href|src|action)\s*=\s*"(?:[a-z][a-z0-9+.-]*:|\/\/)/i);
      expect(text.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, ''), page).not.toMatch(/https?:\/\/|url\(|@import/i);
      for (const [, raw] of text.matchAll(/\b(?:href|src)="([^"]*)"/g)) {
        const url = raw.replace(/&amp;/g, '&');
        const [file, frag] = url.split('#');
        const target = file ? relative(one, resolve(dirname(join(one, page)), decodeURIComponent(file))) : page;
        expect(target.startsWith('..'), `${page} → ${url}`).toBe(false);
        expect(files.has(target), `${page} → ${url}`).toBe(true);
        if (frag && target.endsWith('.html') && frag !== 'projects') expect(anchors(target).has(decodeURIComponent(frag)), `${page} → ${url}`).toBe(true);
        links++;
      }
    }
    expect(links).toBeGreaterThan(1000);
  });

  it('the same data gives the same bytes; SOURCE_DATE_EPOCH stamps the docx and xlsx alone', () => {
    expect(kzp(['-C', SAMPLE, 'site', '--as-of', AS_OF, '-o', two]).code).toBe(0);
    expect(tree(two)).toEqual(files);
    expect(kzp(['-C', SAMPLE, 'site', '--as-of', AS_OF, '-o', two], { env: { SOURCE_DATE_EPOCH: '1673000000' } }).code).toBe(0);
    const stamped = tree(two);
    const changed = [...files.keys()].filter((f) => stamped.get(f) !== files.get(f));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((f) => !/\.(docx|xlsx)$/.test(f))).toEqual([]);
    expect(readdirSync(top).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('sample-data stays valid and gains no file', () => {
    expect(existsSync(join(SAMPLE, 'site'))).toBe(false);
    expect(kzp(['-C', SAMPLE, 'validate', '--as-of', AS_OF]).code).toBe(0);
  });
});

describe('kzp site on a small workspace', () => {
  it('writes site/ in the workspace by default; a hostile name is escaped', () => {
    const ws = tempCopy(BASE_DIR);
    try {
      const f = join(ws.dir, 'projects/KZ-2022-001.yaml');
      writeFileSync(f, readFileSync(f, 'utf8').replace(/^name: .*$/m, `name: "<script>alert('kzp')</script><img src=x onerror=alert(1)>"`));
      const r = kzp(['-C', ws.dir, 'site', '--as-of', '2022-03-05', '--force']);
      expect(r.code, r.stderr).toBe(0);
      const page = readFileSync(join(ws.dir, 'site/p/KZ-2022-001.html'), 'utf8');
      expect(page).toContain('&lt;script&gt;alert(&#39;kzp&#39;)&lt;/script&gt;&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
      for (const p of ['index.html', 'p/KZ-2022-001.html', 'units.html']) expect(readFileSync(join(ws.dir, 'site', p), 'utf8')).not.toMatch(/<script>alert|<img src/);
    } finally { ws.done(); }
  });

  it('refuses a folder that is not a kzp site (exit 2) and data that fails validation (exit 1, unless --force)', () => {
    const ws = tempCopy(BASE_DIR);
    try {
      const mine = join(ws.dir, 'mine');
      mkdirSync(mine);
      writeFileSync(join(mine, 'notes.txt'), 'keep');
      const r = kzp(['-C', ws.dir, 'site', '--as-of', '2022-03-05', '-o', mine]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('mine');
      expect(readdirSync(mine)).toEqual(['notes.txt']);
      writeFileSync(join(ws.dir, 'projects/KZ-2022-001.yaml'), readFileSync(join(ws.dir, 'projects/KZ-2022-001.yaml'), 'utf8').replace(/^sector: .*$/m, 'sector: 1'));
      expect(kzp(['-C', ws.dir, 'site', '--as-of', '2022-03-05', '-o', 'out']).code).toBe(1);
      expect(existsSync(join(ws.dir, 'out'))).toBe(false);
    } finally { ws.done(); }
  });
});

describe('kzp site on a repository', () => {
  it('reads the history with one git log, for the audit and the submission times alike', () => {
    const { repo } = auditScenario();
    const bin = mkdtempSync(join(tmpdir(), 'kzp-e2e-site-git-'));
    try {
      // git on PATH that notes each subcommand, then runs the real one
      const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
      const calls = join(bin, 'calls');
      writeFileSync(join(bin, 'git'), `#!/bin/sh\necho "$*" >> '${calls}'\nexec '${real}' "$@"\n`, { mode: 0o755 });
      const env = { PATH: `${bin}:${process.env.PATH}`, LANG: 'zh_CN.UTF-8' };
      const r = kzp(['site', '--as-of', '2022-03-10', '--force', '-o', join(bin, 'site')], { cwd: repo.ws, env });
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(calls, 'utf8').split('\n').filter((line) => /(^| )log /.test(line)), readFileSync(calls, 'utf8')).toHaveLength(1);
      // the submission times (the project page) and the audit (the archives page), from the one read
      const project = readFileSync(join(bin, 'site/p/KZ-2022-001.html'), 'utf8');
      expect(project).toContain('2022-03-01 00:10（提交入库）');
      expect(project).toContain('迟报 1 天');
      const archives = readFileSync(join(bin, 'site/archives.html'), 'utf8');
      expect(archives).toContain('截止 2022-02-28，迟 1 天');
      expect(archives).toContain('ledgers/2022-03/KZ-2022-001.yaml 被删除');
    } finally { repo.done(); rmSync(bin, { recursive: true, force: true }); }
  });
});
