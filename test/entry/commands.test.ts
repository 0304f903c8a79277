// The entry commands without a terminal: flags, --from, refusals (exit 1 with file:line:col,
// exit 2 for usage), kzp new, kzp inspect sample --into, kzp init.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ledgerAdd } from '../../src/cli/commands/ledger.js';
import { newRecord } from '../../src/cli/commands/new.js';
import { run as sample } from '../../src/cli/commands/inspect.js';
import { run as init } from '../../src/cli/commands/init.js';
import { CliError } from '../../src/cli/context.js';
import { validateDir } from '../../src/cli/validate-core.js';
import { tempWorkspace, testCtx } from './support.js';

const noTTY = { interactive: false, prompter: () => { throw new Error('must not prompt'); } };
const OCT = 'ledgers/2022-10/KZ-2022-001.yaml';

async function usage(p: Promise<unknown>): Promise<CliError> {
  try { await p; } catch (e) { if (e instanceof CliError) return e; throw e; }
  throw new Error('expected a usage error');
}

describe('kzp ledger add without a terminal', () => {
  it('never prompts: names the missing flags, exit 2', async () => {
    const dir = tempWorkspace();
    const e = await usage(ledgerAdd(testCtx(dir, '2022-11-05'), {}, noTTY));
    expect(e.code).toBe(2);
    expect(e.message).toContain('--project');
    expect(e.message).toContain('--invested');
    expect(e.hint).toContain('--from');
  });

  it('from flags: carries P1 over, resolves it, adds a problem and a countdown task', async () => {
    const dir = tempWorkspace();
    const ctx = testCtx(dir, '2022-11-05');
    const code = await ledgerAdd(ctx, { project: 'KZ-2022-001', invested: '８２０', stage: 'construction', physical: '路基完成80%', resolve: ['P1:2022-10-25'], done: ['C2:2022-10-20'], problem: ['funding:专项债资金未到位@2022-11-30'] }, noTTY);
    expect(code).toBe(0);
    const l = parse(readFileSync(join(dir, OCT), 'utf8'));
    expect(l.progress.invested).toBe(820);
    expect(l.problems.map((p: { id: string; status: string }) => `${p.id}:${p.status}`)).toEqual(['P1:resolved', 'P3:open']);
    expect(l.countdown).toEqual([{ task: 'C2', done_on: '2022-10-20' }]);
    expect(validateDir(dir, 'en').diagnostics.filter((d) => d.file === OCT && d.severity === 'error')).toEqual([]);
  });

  it('--invested 8,20 is a decimal comma: refused with the fix, never written as 820', async () => {
    const dir = tempWorkspace();
    const e = await usage(ledgerAdd(testCtx(dir, '2022-11-05'), { project: 'KZ-2022-001', invested: '8,20', stage: 'construction' }, noTTY));
    expect(e.code).toBe(2);
    expect(`${e.message} ${e.hint ?? ''}`).toContain('8.20');
    expect(existsSync(join(dir, OCT))).toBe(false);
  });

  it('refuses a ledger with errors, printing them as validate does (file:line:col), exit 1, nothing written', async () => {
    const dir = tempWorkspace();
    const ctx = testCtx(dir, '2022-11-05');
    const code = await ledgerAdd(ctx, { project: 'KZ-2022-001', invested: '820', done: ['C9'] }, noTTY);
    expect(code).toBe(1);
    expect(existsSync(join(dir, OCT))).toBe(false);
    const err = ctx.stderr.join('');
    expect(err).toMatch(/ledgers\/2022-10\/KZ-2022-001\.yaml:\d+:\d+ 错误 REF .*C9/);
    expect(err).toContain('未写入');
  });

  it('--from FILE keeps the file\'s comments and takes project and month from the flags', async () => {
    const dir = tempWorkspace();
    const from = join(dir, 'oct.yaml');
    writeFileSync(from, '# 10月,陈杰\nprogress:\n  invested: 820   # 万元\n  stage: construction\n');
    const ctx = testCtx(dir, '2022-10-28');
    expect(await ledgerAdd(ctx, { project: 'KZ-2022-001', month: '2022-10', from }, noTTY)).toBe(0);
    const text = readFileSync(join(dir, OCT), 'utf8');
    expect(text).toContain('# 10月,陈杰\nproject: KZ-2022-001\nmonth: 2022-10\n');
    expect(text).toContain('  invested: 820   # 万元\n');
    expect(parse(text).problems.map((p: { id: string }) => p.id)).toEqual(['P1']);   // carried over
    expect(ctx.stderr.join('')).toContain('沿用上月仍未解决的 1 个问题');
  });

  it('does not overwrite an existing ledger without --amend (exit 2)', async () => {
    const dir = tempWorkspace();
    const e = await usage(ledgerAdd(testCtx(dir, '2022-03-05'), { project: 'KZ-2022-001', month: '2022-02', invested: '1' }, noTTY));
    expect(e.code).toBe(2);
    expect(e.message).toContain('已经存在');
    expect(e.hint).toContain('--amend');
  });

  it('--commit commits just that file with the structured message', async () => {
    const dir = tempWorkspace();
    const g = (...a: string[]) => execFileSync('git', a, { cwd: dir, encoding: 'utf8' });
    g('init', '-q'); g('config', 'user.email', 'chenjie@example.gov.cn'); g('config', 'user.name', '陈杰');
    g('add', '.'); g('commit', '-q', '-m', 'base');
    writeFileSync(join(dir, 'units/drc.yaml'), readFileSync(join(dir, 'units/drc.yaml'), 'utf8') + '# an unrelated change\n');
    const ctx = testCtx(dir, '2022-11-05');
    expect(await ledgerAdd(ctx, { project: 'KZ-2022-001', invested: '820', resolve: ['P1:2022-10-25'], problem: ['land:新的征地问题'], commit: true }, noTTY)).toBe(0);
    expect(g('log', '-1', '--format=%s')).toBe('ledger(KZ-2022-001): 2022-10 进度 820 万元, 问题 2 (新增 1, 解决 1)\n');
    expect(g('show', '--name-only', '--format=', 'HEAD').trim()).toBe(OCT);
    expect(g('status', '--porcelain')).toContain(' M units/drc.yaml');
    // the reporter is the person whose e-mail is git's user.email
    expect(parse(readFileSync(join(dir, OCT), 'utf8')).reporter).toBe('chen-jie');
  });
});

describe('kzp new', () => {
  it('scaffolds a project from flags, validated, with the optional fields as comments', async () => {
    const dir = tempWorkspace();
    const ctx = testCtx(dir, '2022-11-05');
    expect(await newRecord(ctx, { id: 'KZ-2022-002', name: '跳蹬水库配套管网工程', sector: 'transport', nature: 'public-welfare', stage: 'preliminary', owner: 'kz-urban-invest', totalInvestment: '5200' }, ['project'], noTTY)).toBe(0);
    const text = readFileSync(join(dir, 'projects/KZ-2022-002.yaml'), 'utf8');
    expect(parse(text)).toEqual({ id: 'KZ-2022-002', name: '跳蹬水库配套管网工程', sector: 'transport', nature: 'public-welfare', stage: 'preliminary', owner: 'kz-urban-invest', total_investment: 5200 });
    expect(text).toMatch(/^# lead_leader: <lead_leader> +# 牵头区领导 \(FC-1\)$/m);
  });

  it('refuses a record that would not validate (REF), exit 1', async () => {
    const dir = tempWorkspace();
    const ctx = testCtx(dir, '2022-11-05');
    expect(await newRecord(ctx, { id: 'KZ-2022-002', name: 'x', sector: 'transport', nature: 'operating', stage: 'preliminary', owner: 'nobody', totalInvestment: '5200' }, ['project'], noTTY)).toBe(1);
    expect(ctx.stderr.join('')).toMatch(/projects\/KZ-2022-002\.yaml:8:8 错误 REF/);
    expect(existsSync(join(dir, 'projects/KZ-2022-002.yaml'))).toBe(false);
  });

  it('without a terminal names the missing flags (exit 2)', async () => {
    const e = await usage(newRecord(testCtx(tempWorkspace(), '2022-11-05'), { id: 'X-1' }, ['project'], noTTY));
    expect(e.code).toBe(2);
    expect(e.message).toContain('--name');
    expect(e.message).toContain('--total-investment');
  });

  it('an inspection drawn at random records sampling and targets (AS-3)', async () => {
    const dir = tempWorkspace();
    const ctx = testCtx(dir, '2022-11-05');
    expect(await newRecord(ctx, { date: '2022-09-20', methods: 'site-visit,document-check', seed: '20220920', size: '1', population: 'units' }, ['inspection'], noTTY)).toBe(0);
    const ins = parse(readFileSync(join(dir, 'reviews/2022/2022-09-20-inspection.yaml'), 'utf8'));
    expect(ins.sampling).toEqual({ seed: 20220920, population: 2, size: 1, of: 'units' });
    expect(ins.targets).toHaveLength(1);
    expect(ins.organizers).toEqual(['supervision-office', 'drc']);
  });
});

describe('kzp inspect sample', () => {
  it('prints a reproducible draw and records it --into an inspection, keeping its comments', async () => {
    const dir = tempWorkspace();
    const rel = 'reviews/2022/2022-q1-inspection.yaml';
    const before = readFileSync(join(dir, rel), 'utf8').replace('kind: inspection', 'kind: inspection   # 一季度联合督查');
    writeFileSync(join(dir, rel), before);
    const ctx = testCtx(dir, '2022-11-05');
    expect(await sample(ctx, { population: 'units', size: '2', seed: '7' })).toBe(0);
    const first = ctx.stdout.join('');
    expect(first).toContain('种子 7');
    const ctx2 = testCtx(dir, '2022-11-05');
    expect(await sample(ctx2, { population: 'units', size: '2', seed: '7', into: '2022-q1-inspection' })).toBe(0);
    expect(ctx2.stdout.join('')).toBe(first);
    const text = readFileSync(join(dir, rel), 'utf8');
    expect(text).toContain('kind: inspection   # 一季度联合督查\n');
    const ins = parse(text);
    expect(ins.sampling).toEqual({ seed: 7, population: 2, size: 2, of: 'units' });
    expect([...ins.targets].sort()).toEqual(['kz-urban-invest', 'transport-bureau']);
    // only the two lines of the draw changed
    const a = before.split('\n'), b = text.split('\n');
    expect(b.filter((l) => !a.includes(l))).toHaveLength(2);
  });

  it('draws from the owners and lead units by default: the population the mechanism inspects (AS-3)', async () => {
    const ctx = testCtx(tempWorkspace(), '2022-11-05', { json: true });
    expect(await sample(ctx, { size: '1', seed: '7' })).toBe(0);
    expect(JSON.parse(ctx.stdout.join('')).population).toEqual({ of: 'units', list: null, size: 2, ids: ['kz-urban-invest', 'transport-bureau'] });
  });

  it('refuses a seed outside 0..2^32-1 (exit 2)', async () => {
    const e = await usage(sample(testCtx(tempWorkspace(), '2022-11-05'), { size: '2', seed: '-1' }));
    expect(e.code).toBe(2);
  });
});

describe('kzp init', () => {
  it('writes a workspace that validates, maps every folder to its JSON Schema, and refuses to overwrite', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kzp-init-')), 'ws');
    const ctx = testCtx(dir, '2024-10-05', { workspace: undefined });
    expect(await init(ctx, { gitInit: false }, [dir])).toBe(0);
    expect(validateDir(dir, 'en').diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const cfg = parse(readFileSync(join(dir, 'kzp.yaml'), 'utf8'));
    // on 5 October the liaisons report September next (the first ten days belong to the month just ended)
    expect(cfg).toMatchObject({ kzp: 1, district: '重庆市开州区', since: '2024-09', timezone: 'Asia/Shanghai', center: 'drc-center' });
    // every setting line carries a Chinese comment
    const lines = readFileSync(join(dir, 'kzp.yaml'), 'utf8').split('\n');
    let inSectors = false;   // the sector names are data (their keys are explained on sectors:)
    lines.forEach((line, i) => {
      if (/^\S/.test(line)) inSectors = line.startsWith('sectors:');
      if (/^\s*[a-z_-]+:/.test(line) && !(inSectors && /^\s/.test(line))) expect(`${lines[i - 1]}\n${line}`).toMatch(/#[^\n]*[\u4e00-\u9fff]/);
    });
    expect(readFileSync(join(dir, '.gitattributes'), 'utf8')).toContain('*.yaml text eol=lf');
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toMatch(/^\.kzp\/$/m);
    const gh = parse(readFileSync(join(dir, '.github/workflows/kzp.yml'), 'utf8')).jobs.validate;
    expect(gh.steps[0].with['fetch-depth']).toBe(0);
    // the vendored kzp with annotations and the step summary (--format github), the cache per branch, the signing key outside the checkout
    expect(gh.steps.filter((s: { run?: string }) => s.run).map((s: { run: string }) => s.run)).toEqual(['node tools/kzp.mjs --version', 'node tools/kzp.mjs validate --format github']);
    // restored before kzp runs, saved after it whatever it found (a failing push's cache serves its fix)
    const uses = gh.steps.map((s: { uses?: string; run?: string }) => s.uses ?? s.run);
    const restore = gh.steps.find((s: { uses?: string }) => s.uses === 'actions/cache/restore@v4');
    const save = gh.steps.find((s: { uses?: string }) => s.uses === 'actions/cache/save@v4');
    expect(uses.indexOf(restore.uses)).toBeLessThan(uses.indexOf('node tools/kzp.mjs validate --format github'));
    expect(uses.indexOf(save.uses)).toBe(uses.length - 1);
    expect(save.if).toBe('always()');
    for (const c of [restore, save]) expect(c.with.path.split('\n').filter(Boolean)).toEqual(['.kzp/cache', '${{ runner.temp }}/kzp-key']);
    expect(save.with.key).toBe(restore.with.key);
    expect(restore.with['restore-keys']).toContain('github.event.repository.default_branch');
    expect(gh.env.KZP_CACHE_KEY_DIR).toBe('${{ runner.temp }}/kzp-key');
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toMatch(/^\.\*\.lock$\n^\*\.tmp$/m);
    expect(readFileSync(join(dir, 'tools/kzp.cmd'), 'utf8')).toMatch(/^node "%~dp0kzp\.mjs" %\*\r$/m);
    expect(parse(readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8'))['kzp-validate'].script).toContain('node tools/kzp.mjs validate');
    // the site (kzp site) on the default branch: GitLab Pages publishes public/, GitHub Pages the uploaded artifact
    const pages = parse(readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8')).pages;
    expect(pages.script).toEqual(['node tools/kzp.mjs site -o public']);
    expect(pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(pages.artifacts.paths).toEqual(['public']);
    const ghPages = parse(readFileSync(join(dir, '.github/workflows/pages.yml'), 'utf8')).jobs;
    expect(ghPages.build.if).toBe('github.ref_name == github.event.repository.default_branch');
    expect(ghPages.build.steps.map((s: { run?: string; uses?: string }) => s.run ?? s.uses)).toEqual(['actions/checkout@v4', 'actions/setup-node@v4', 'node tools/kzp.mjs site -o _site', 'actions/upload-pages-artifact@v3']);
    expect(ghPages.deploy.steps[0].uses).toBe('actions/deploy-pages@v4');
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toMatch(/^\/site\/$/m);
    const settings = JSON.parse(readFileSync(join(dir, '.vscode/settings.json'), 'utf8'));
    const glob = (g: string) => new RegExp(`^${g.replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`);
    const files = { 'kzp.yaml': 'config', 'units/drc.yaml': 'unit', 'projects/KZ-1.yaml': 'project', 'lists/annual-2024.yaml': 'list', 'ledgers/2024-10/KZ-1.yaml': 'ledger', 'reviews/2024/r.yaml': 'reviews' };
    for (const [file, kind] of Object.entries(files)) {
      const hits = Object.entries(settings['yaml.schemas'] as Record<string, string[]>).filter(([, globs]) => globs.some((g) => glob(g).test(file)));
      expect(hits.map(([s]) => s)).toEqual([`./schemas/${kind}.schema.json`]);
      const schema = JSON.parse(readFileSync(join(dir, hits[0][0]), 'utf8'));
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    }
    const e = await usage(init(testCtx(dir, '2024-10-05', { workspace: undefined }), { gitInit: false }, [dir]));
    expect(e.message).toContain('kzp.yaml');
  });
});
