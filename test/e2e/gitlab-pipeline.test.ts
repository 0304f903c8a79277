// The district's first pipeline, as GitLab would run it: in a fresh temporary folder `kzp init`,
// `kzp new`, `kzp ledger add --from`, `git commit`; then a fresh full clone, and the script lines
// of the generated .gitlab-ci.yml job run one by one in it, with the job's variables, with no
// network (a network namespace of its own where `unshare` can make one; always a PATH with only
// node and git, npm told to stay offline and pointed at an unreachable registry). The pipeline
// passes; a broken field makes it fail, with a code-quality entry at the field's line.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kzp } from './run.js';

let top: string, ws: string, bin: string, runnerCache: string;
const which = (cmd: string) => execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim();
const UNSHARE = spawnSync('sh', ['-c', 'command -v unshare'], { encoding: 'utf8' }).stdout.trim();
const NO_NET = !!UNSHARE && spawnSync(UNSHARE, ['--net', 'true']).status === 0;
const commitEnv = { GIT_AUTHOR_NAME: '陈杰', GIT_AUTHOR_EMAIL: 'chenjie@example.gov.cn', GIT_COMMITTER_NAME: '陈杰', GIT_COMMITTER_EMAIL: 'chenjie@example.gov.cn', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
const git = (cwd: string, args: string[], date = '2024-10-28T10:00:00+08:00') =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...commitEnv, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });

beforeAll(() => {
  top = mkdtempSync(join(tmpdir(), 'kzp-gitlab-'));
  ws = join(top, 'ws');
  // what the runner has: node and git, nothing else on PATH (no npm, no npx, no kzp)
  bin = join(top, 'bin');
  mkdirSync(bin);
  symlinkSync(process.execPath, join(bin, 'node'));
  symlinkSync(which('git'), join(bin, 'git'));
  runnerCache = join(top, 'runner-cache');   // stands for the Docker executor's /cache volume
  mkdirSync(runnerCache);
  const k = (...a: string[]) => {
    const r = kzp(['-C', ws, '--as-of', '2024-10-28', ...a], { cwd: top, env: commitEnv });
    expect(r.code, `${a.join(' ')}: ${r.stderr}`).toBe(0);
  };
  const r = kzp(['init', ws, '--as-of', '2024-10-05'], { cwd: top, env: commitEnv });
  expect(r.code, r.stderr).toBe(0);
  k('new', 'unit', '--id', 'kz-urban-invest', '--name', '重庆市开州区城市发展投资集团有限公司', '--type', 'soe');
  k('new', 'project', '--id', 'KZ-2024-001', '--name', '汉丰湖环湖路改造工程', '--sector', 'transport', '--nature', 'public-welfare',
    '--stage', 'preliminary', '--owner', 'kz-urban-invest', '--total-investment', '12800');
  writeFileSync(join(top, 'oct.yaml'), 'progress:\n  invested: 120   # 万元\n  stage: preliminary\n  physical: 完成初步设计批复\n');
  k('ledger', 'add', '--project', 'KZ-2024-001', '--month', '2024-10', '--from', join(top, 'oct.yaml'));
  git(ws, ['add', '-A']);
  git(ws, ['commit', '-qm', '开州区重点项目工作区']);
});
afterAll(() => rmSync(top, { recursive: true, force: true }));

interface Job { variables: Record<string, string>; script: string[]; cache: { key: string; fallback_keys: string[]; paths: string[]; when: string }; artifacts: { reports: Record<string, string>; paths?: string[] } }

/** A fresh full clone, and every script line of the job run in it as the runner would. */
function pipeline(name: string, jobName = 'kzp-validate', argsFor: (line: string) => string = (l) => l): { clone: string; job: Job; codes: number[]; out: string[] } {
  const clone = join(top, name);
  execFileSync('git', ['clone', '-q', '--no-hardlinks', ws, clone], { env: { ...process.env, ...commitEnv } });
  const job = (parse(readFileSync(join(clone, '.gitlab-ci.yml'), 'utf8')) as Record<string, Job>)[jobName];
  const ci: Record<string, string> = { CI: 'true', GITLAB_CI: 'true', CI_PROJECT_DIR: clone, CI_COMMIT_REF_SLUG: 'main', CI_DEFAULT_BRANCH: 'main' };
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(job.variables)) vars[k] = String(v).replace(/\$(\w+)/g, (_m, n: string) => ci[n] ?? '');
  // the runner's cache folder is this test's own, not the machine's /cache
  if (vars.KZP_CACHE_KEY_DIR?.startsWith('/cache/')) vars.KZP_CACHE_KEY_DIR = join(runnerCache, vars.KZP_CACHE_KEY_DIR.slice('/cache/'.length));
  const env = {
    PATH: bin, HOME: join(top, 'home'), LANG: 'C.UTF-8', ...ci, ...vars,
    npm_config_offline: 'true', npm_config_registry: 'http://127.0.0.1:9/', HTTP_PROXY: 'http://127.0.0.1:9', HTTPS_PROXY: 'http://127.0.0.1:9',
  };
  const codes: number[] = [], out: string[] = [];
  for (const line of job.script.map(argsFor)) {
    const argv = NO_NET ? [UNSHARE, '--net', '/bin/sh', '-c', line] : ['/bin/sh', '-c', line];
    const r = spawnSync(argv[0], argv.slice(1), { cwd: clone, env, encoding: 'utf8' });
    codes.push(r.status ?? -1);
    out.push(r.stdout + r.stderr);
  }
  return { clone, job, codes, out };
}

describe(`the generated GitLab job in a fresh clone, offline${NO_NET ? ' (own network namespace)' : ''}`, () => {
  it('is configured as a district needs: full history, the vendored kzp, code quality and JUnit, the cache per branch', () => {
    const job = (parse(readFileSync(join(ws, '.gitlab-ci.yml'), 'utf8')) as Record<string, Job>)['kzp-validate'];
    expect(job.variables.GIT_DEPTH).toBe('0');
    expect(job.script.every((l) => l.startsWith('node tools/kzp.mjs '))).toBe(true);
    expect(job.artifacts.reports).toEqual({ codequality: 'gl-code-quality-report.json', junit: 'kzp-junit.xml' });
    // saved whatever the job found: a failing push's cache serves the push that fixes it
    expect(job.cache).toEqual({ key: 'kzp-$CI_COMMIT_REF_SLUG', fallback_keys: ['kzp-$CI_DEFAULT_BRANCH'], paths: ['.kzp/cache/'], when: 'always' });
    expect(JSON.stringify(job)).not.toMatch(/npm|npx|registry/);
  });

  it('passes', () => {
    const { clone, codes, out } = pipeline('clone-ok');
    expect(codes, out.join('\n')).toEqual(codes.map(() => 0));
    expect(JSON.parse(readFileSync(join(clone, 'gl-code-quality-report.json'), 'utf8'))).toEqual([]);
    expect(readFileSync(join(clone, 'kzp-junit.xml'), 'utf8')).toMatch(/<testsuites name="kzp validate" tests="\d+" failures="0"/);
  });

  it('the pages job builds the site into public/ with the vendored kzp, offline', () => {
    // the job builds the site as of the day it runs; the test gives the day, as every test does
    const { clone, job, codes, out } = pipeline('clone-pages', 'pages', (l) => `${l} --as-of 2024-11-05`);
    expect(job.variables.GIT_DEPTH).toBe('0');
    expect(job.artifacts.paths).toEqual(['public']);
    expect(codes, out.join('\n')).toEqual([0]);
    const index = readFileSync(join(clone, 'public/index.html'), 'utf8');
    expect(index).toContain('数据截至 2024年11月5日');
    expect(readFileSync(join(clone, 'public/p/KZ-2024-001.html'), 'utf8')).toContain('汉丰湖环湖路改造工程');
    // the audit read the clone's git history: the stamp names its commit
    expect(index).toMatch(/数据版本 [0-9a-f]{12}/);
  });

  it('fails on a broken field, with a code-quality entry at its line', () => {
    const file = 'ledgers/2024-10/KZ-2024-001.yaml';
    const text = readFileSync(join(ws, file), 'utf8');
    const line = text.split('\n').findIndex((l) => /^\s+invested:/.test(l)) + 1;
    expect(line).toBeGreaterThan(0);
    writeFileSync(join(ws, file), text.replace(/invested: 120/, 'invested: 一百二十'));
    git(ws, ['commit', '-qam', '台账改错'], '2024-10-29T10:00:00+08:00');
    const { clone, codes, out } = pipeline('clone-broken');
    expect(codes.at(-1), out.at(-1)).toBe(1);
    expect(codes.slice(0, -1)).toEqual(codes.slice(0, -1).map(() => 0));
    const quality = JSON.parse(readFileSync(join(clone, 'gl-code-quality-report.json'), 'utf8')) as { check_name: string; severity: string; location: { path: string; lines: { begin: number } } }[];
    expect(quality).toHaveLength(1);
    expect(quality[0]).toMatchObject({ check_name: 'KP-2', severity: 'major', location: { path: file, lines: { begin: line } } });
    expect(out.at(-1)).toContain(`${file}:${line}:`);
    expect(existsSync(join(clone, 'kzp-junit.xml'))).toBe(true);
  });
});
