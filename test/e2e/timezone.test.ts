// A time zone in kzp.yaml that does not exist: validate names it at kzp.yaml:line:column with the
// fix, and the commands that compute dates in it (overdue reads git times in that zone) neither
// crash nor print a stack trace.
import { afterAll, describe, expect, it } from 'vitest';
import { CENTER, gitBase, Repo } from '../history/repo.js';
import { kzp } from './run.js';

const repo = new Repo();
afterAll(() => repo.done());
repo.writeAll(gitBase());
repo.edit('kzp.yaml', (s) => s.replace(/^timezone: .*$/m, 'timezone: Asia/Beijing').replace(/^history: .*$/m, 'history: git'));
repo.commit('建立工作区', '2022-01-05T09:00:00+08:00', CENTER);
const AS_OF = ['--as-of', '2022-04-05'];

describe('a time zone that does not exist', () => {
  it('is an error of validate at kzp.yaml:line:column, with the zone meant', () => {
    const zh = kzp(['validate', '--lang', 'zh', ...AS_OF], { cwd: repo.ws });
    expect(zh.code).toBe(1);
    const line = repo.read('kzp.yaml').split('\n').findIndex((l) => l.startsWith('timezone:')) + 1;
    expect(zh.stdout).toContain(`kzp.yaml:${line}:11`);
    expect(zh.stdout).toMatch(/时区 "Asia\/Beijing" 不存在[\s\S]*Asia\/Shanghai/);
    const en = kzp(['validate', '--format', 'json', '--lang', 'en', ...AS_OF], { cwd: repo.ws });
    const d = (JSON.parse(en.stdout).diagnostics as { file: string; line: number; rule: string; message: string; hint: string }[]).find((x) => x.file === 'kzp.yaml');
    expect(d).toMatchObject({ line, rule: 'SCHEMA', message: 'the time zone "Asia/Beijing" does not exist' });
    expect(d!.hint).toMatch(/did you mean "Asia\/Shanghai"/);
  });
  it.each([['overdue'], ['status'], ['escalations'], ['audit']])('kzp %s does not crash', (cmd) => {
    const r = kzp([cmd, ...AS_OF], { cwd: repo.ws });
    expect(r.stderr).not.toMatch(/\n\s+at |internal error|内部错误|RangeError/i);
    expect([0, 1, 2]).toContain(r.code);
  });
});
