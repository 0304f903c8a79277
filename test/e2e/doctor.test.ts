// kzp doctor and kzp vendor on the built CLI: the fixture workspace given this kzp by `kzp vendor`
// and committed, then each ✘ doctor can print brought about for real (an unconfigured git, no
// git, no workspace, broken data, a repository of another user, a copied folder, an e-mail
// nobody has, a GBK terminal, stale schemas, no tools/kzp.mjs, another kzp version). Node older
// than 20.19 cannot be run here: test/entry/doctor.test.ts judges that one.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_DIR } from '../helpers.js';
import { kzp, ROOT } from './run.js';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
let top: string, ws: string, home: string;
const gitEnv = () => ({ HOME: home, GIT_CONFIG_GLOBAL: join(home, '.gitconfig'), GIT_CONFIG_NOSYSTEM: '1' });

beforeAll(() => {
  top = mkdtempSync(join(tmpdir(), 'kzp-doctor-'));
  home = join(top, 'home');
  mkdirSync(home);
  writeFileSync(join(home, '.gitconfig'), '[user]\n\tname = 陈杰\n\temail = ChenJie@example.gov.cn\n');
  ws = join(top, 'ws');
  cpSync(BASE_DIR, ws, { recursive: true });
  const r = kzp(['-C', ws, 'vendor', '--json'], { env: gitEnv() });
  expect(r.code, r.stderr).toBe(0);
  const git = (...a: string[]) => execFileSync('git', a, { cwd: ws, env: { ...process.env, ...gitEnv(), GIT_AUTHOR_DATE: '2022-03-01T10:00:00+08:00', GIT_COMMITTER_DATE: '2022-03-01T10:00:00+08:00' } });
  git('init', '-q'); git('add', '.'); git('commit', '-qm', 'workspace');
});
afterAll(() => rmSync(top, { recursive: true, force: true }));

type Check = { id: string; ok: boolean; text: string; fix?: string };
function doctor(dir: string, env: Record<string, string> = {}, cwd = dir): { code: number; checks: Check[] } {
  const r = kzp(['doctor', '--json', '--lang', 'zh'], { cwd, env: { ...gitEnv(), ...env } });
  return { code: r.code, checks: (JSON.parse(r.stdout) as { checks: Check[] }).checks };
}
const failing = (d: { checks: Check[] }) => d.checks.filter((c) => !c.ok).map((c) => c.id);
function copy(name: string, edit?: (dir: string) => void): string {
  const dir = join(top, name);
  cpSync(ws, dir, { recursive: true });
  edit?.(dir);
  return dir;
}

describe('kzp vendor (built CLI)', () => {
  it('gave the fixture workspace tools/, schemas/ and kzp_version; a second run changes nothing', () => {
    for (const f of ['tools/kzp.mjs', 'tools/kzp', 'tools/kzp.cmd', 'schemas/unit.schema.json']) expect(existsSync(join(ws, f)), f).toBe(true);
    expect(readFileSync(join(ws, 'kzp.yaml'), 'utf8')).toMatch(new RegExp(`^since: 2022-01\\nkzp_version: "${VERSION.replace(/\./g, '\\.')}" +# `, 'm'));
    expect(readFileSync(join(ws, '.gitattributes'), 'utf8')).toContain('tools/kzp.mjs binary');
    expect(readFileSync(join(ws, 'tools/kzp.cmd'), 'utf8')).toContain('\r\n');
    const r = kzp(['-C', ws, 'vendor', '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ version: VERSION, previous: VERSION, changed: [] });
  });
  it('an older record: one line from any command; vendor brings tools/ and the record up to this kzp', () => {
    const dir = copy('older', (d) => {
      writeFileSync(join(d, 'kzp.yaml'), readFileSync(join(d, 'kzp.yaml'), 'utf8').replace(`kzp_version: "${VERSION}"`, 'kzp_version: "0.0.1"'));
      unlinkSync(join(d, 'tools/kzp.cmd'));
    });
    const v = kzp(['-C', dir, 'validate', '--lang', 'zh']);
    expect(v.code).toBe(0);
    expect(v.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^kzp: 正在运行的 kzp ${VERSION.replace(/\./g, '\\.')} 比本工作区记录的 0\\.0\\.1 新.*kzp vendor`))]);
    const r = kzp(['-C', dir, 'vendor', '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ previous: '0.0.1', changed: ['tools/kzp.cmd', 'kzp.yaml'] });
    expect(kzp(['-C', dir, 'validate']).stderr).toBe('');
    const newer = copy('newer', (d) => writeFileSync(join(d, 'kzp.yaml'), readFileSync(join(d, 'kzp.yaml'), 'utf8').replace(`kzp_version: "${VERSION}"`, 'kzp_version: "99.0.0"')));
    expect(kzp(['-C', newer, 'overdue', '--as-of', '2022-04-05', '--lang', 'en']).stderr).toMatch(/^kzp: this kzp \(.*\) is older than the 99\.0\.0 the workspace records/);
  });
});

describe('kzp doctor (built CLI)', () => {
  it('✔ everything on a ready workspace, naming the person behind git\'s e-mail and their projects; exit 0', () => {
    const d = doctor(ws);
    expect(failing(d)).toEqual([]);
    expect(d.code).toBe(0);
    expect(d.checks.find((c) => c.id === 'person')!.text).toMatch(/陈杰\(chen-jie,units\/kz-urban-invest\.yaml\).*KZ-2022-001 汉丰湖环湖路改造工程\(联络员/);
    const text = kzp(['doctor', '--lang', 'zh'], { cwd: join(ws, 'units'), env: gitEnv() });
    expect(text.stdout).toMatch(/^✔ Node\.js /m);
    expect(text.stdout).toMatch(/全部通过/);
  });
  it('✘ git without an identity', () => {
    const d = doctor(ws, { GIT_CONFIG_GLOBAL: '/dev/null' });
    expect(failing(d)).toEqual(['git-user']);
    expect(d.code).toBe(1);
  });
  it('✘ no git at all', () => {
    const bin = join(top, 'bin');
    mkdirSync(bin, { recursive: true });
    if (!existsSync(join(bin, 'node'))) symlinkSync(process.execPath, join(bin, 'node'));
    const d = doctor(ws, { PATH: bin });
    expect(failing(d)).toEqual(['git']);
  });
  it('✘ no workspace', () => {
    const empty = join(top, 'empty');
    mkdirSync(empty, { recursive: true });
    expect(failing(doctor(empty))).toEqual(['workspace']);
  });
  it('✘ data that fails validation', () => {
    const dir = copy('broken', (d) => writeFileSync(join(d, 'units/hanfeng-street.yaml'), readFileSync(join(d, 'units/hanfeng-street.yaml'), 'utf8') + 'colour: red\n'));
    expect(failing(doctor(dir))).toEqual(['valid']);
  });
  it.skipIf(process.getuid?.() !== 0)('✘ a repository that belongs to another user (git safe.directory)', () => {
    const dir = copy('foreign', (d) => execFileSync('chown', ['-R', 'nobody', d]));
    const d = doctor(dir);
    expect(failing(d)).toEqual(['safe-directory']);
    expect(d.checks.find((c) => c.id === 'safe-directory')!.fix).toContain(`git config --global --add safe.directory "${dir}"`);
  });
  it('✘ a copied folder, not a clone, where submission times come from git', () => {
    const dir = copy('copied', (d) => rmSync(join(d, '.git'), { recursive: true, force: true }));
    expect(failing(doctor(dir))).toEqual([]);   // the fixture declares its dates (history: declared)
    writeFileSync(join(dir, 'kzp.yaml'), readFileSync(join(dir, 'kzp.yaml'), 'utf8').replace('history: declared', 'history: git'));
    expect(failing(doctor(dir))).toEqual(['safe-directory']);
  });
  it('✘ an e-mail that no person of the workspace has', () => {
    const other = join(home, 'other.gitconfig');
    writeFileSync(other, '[user]\n\tname = 张三\n\temail = zhangsan@example.gov.cn\n');
    expect(failing(doctor(ws, { GIT_CONFIG_GLOBAL: other }))).toEqual(['person']);
  });
  it('✘ a terminal in GBK', () => {
    const d = doctor(ws, { LANG: 'zh_CN.GBK' });
    expect(failing(d)).toEqual(['language']);
  });
  it('✘ editor schemas out of date', () => {
    const dir = copy('schemas', (d) => writeFileSync(join(d, 'schemas/unit.schema.json'), '{}\n'));
    expect(failing(doctor(dir))).toEqual(['schemas']);
  });
  it('✘ no tools/kzp.mjs, and ✘ another kzp than the workspace records', () => {
    const none = copy('no-tools', (d) => unlinkSync(join(d, 'tools/kzp.mjs')));
    expect(failing(doctor(none))).toEqual(['tools']);
    const older = copy('old-record', (d) => writeFileSync(join(d, 'kzp.yaml'), readFileSync(join(d, 'kzp.yaml'), 'utf8').replace(`kzp_version: "${VERSION}"`, 'kzp_version: "0.0.1"')));
    const d = doctor(older);
    expect(failing(d)).toEqual(['tools']);
    expect(d.checks.find((c) => c.id === 'tools')!.text).toContain('0.0.1');
  });
});
