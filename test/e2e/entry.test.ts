// Data entry end to end with the built CLI: a fresh workspace from `kzp init` to a
// clean `kzp validate`, and `kzp ledger add` answered in a real pseudo-terminal (tmux).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BASE_DIR } from '../helpers.js';
import { BIN, kzp, tempCopy } from './run.js';

describe('kzp init → new → ledger add --from → validate (built CLI)', () => {
  it('passes in a fresh temporary folder', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kzp-e2e-')), 'ws');
    const k = (...a: string[]) => kzp(['-C', dir, '--as-of', '2024-10-28', ...a], { cwd: tmpdir() });
    let r = kzp(['init', dir, '--as-of', '2024-10-05'], { cwd: tmpdir() });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(dir, '.git'))).toBe(true);
    r = k('new', 'unit', '--id', 'kz-urban-invest', '--name', '重庆市开州区城市发展投资集团有限公司', '--type', 'soe');
    expect(r.code, r.stderr).toBe(0);
    r = k('new', 'project', '--id', 'KZ-2024-001', '--name', '汉丰湖环湖路改造工程', '--sector', 'transport', '--nature', 'public-welfare',
      '--stage', 'preliminary', '--owner', 'kz-urban-invest', '--total-investment', '12800');
    expect(r.code, r.stderr).toBe(0);
    const from = join(dir, '..', 'oct.yaml');
    writeFileSync(from, 'progress:\n  invested: 120   # 万元\n  stage: preliminary\n  physical: 完成初步设计批复\nproblems:\n  - { id: P1, title: 用地预审未完成, category: land, raised_on: 2024-10-08, due: 2024-11-30, status: open }\n');
    r = k('ledger', 'add', '--project', 'KZ-2024-001', '--month', '2024-10', '--from', from);
    expect(r.code, r.stderr).toBe(0);
    expect(parse(readFileSync(join(dir, 'ledgers/2024-10/KZ-2024-001.yaml'), 'utf8'))).toMatchObject({ project: 'KZ-2024-001', month: '2024-10', progress: { invested: 120 } });
    r = k('validate');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    // no terminal: ledger add never prompts
    r = k('ledger', 'add');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--project/);
  });
});

const tmux = spawnSync('which', ['tmux'], { encoding: 'utf8' }).status === 0;
if (!tmux) console.warn('[kzp] tmux is not installed: the pseudo-terminal test of `kzp ledger add` is skipped (apt-get install tmux to run it)');

describe.skipIf(!tmux)('kzp ledger add in a real pseudo-terminal (tmux)', () => {
  it('asks, writes the ledger and exits 0', async () => {
    const { dir, done } = tempCopy(BASE_DIR);
    const sock = `kzp-test-${process.pid}`;
    const exitFile = join(dir, 'exit-code');
    const t = (...a: string[]) => execFileSync('tmux', ['-L', sock, ...a], { encoding: 'utf8' });
    const screen = () => t('capture-pane', '-p', '-t', 'kzp');
    const waitFor = async (text: string) => {
      for (let i = 0; i < 200; i++) {
        if (screen().includes(text)) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`timed out waiting for "${text}"; screen:\n${screen()}`);
    };
    const cmd = `'${process.execPath}' '${BIN}' -C '${dir}' --as-of 2022-11-05 --lang en ledger add --project KZ-2022-001; echo $? > '${exitFile}'; sleep 30`;
    try {
      t('-f', '/dev/null', 'new-session', '-d', '-s', 'kzp', '-x', '160', '-y', '50', '-e', 'LANG=C.UTF-8', '-e', 'NO_COLOR=1', '-e', 'CI=', cmd);
      await waitFor('ledger month');
      t('send-keys', '-t', 'kzp', 'Enter');                       // 2022-10, the default
      await waitFor('investment completed in 2022-10');
      t('send-keys', '-t', 'kzp', '-l', '820'); t('send-keys', '-t', 'kzp', 'Enter');
      await waitFor('stage');
      t('send-keys', '-t', 'kzp', 'Enter');
      await waitFor('physical progress');
      t('send-keys', '-t', 'kzp', '-l', 'roadbed 80%'); t('send-keys', '-t', 'kzp', 'Enter');
      await waitFor('overall progress');
      t('send-keys', '-t', 'kzp', 'Enter');
      await waitFor('problem P1');
      t('send-keys', '-t', 'kzp', 'Enter');                       // still open
      await waitFor('any new problem');
      t('send-keys', '-t', 'kzp', 'Enter');                       // no
      await waitFor('countdown task C2');
      t('send-keys', '-t', 'kzp', 'Enter');                       // not yet
      await waitFor('write ledgers/2022-10/KZ-2022-001.yaml?');
      t('send-keys', '-t', 'kzp', 'Enter');
      for (let i = 0; i < 200 && !existsSync(exitFile); i++) await new Promise((r) => setTimeout(r, 50));
      expect(readFileSync(exitFile, 'utf8').trim(), screen()).toBe('0');
      const l = parse(readFileSync(join(dir, 'ledgers/2022-10/KZ-2022-001.yaml'), 'utf8'));
      expect(l.progress).toEqual({ invested: 820, stage: 'construction', physical: 'roadbed 80%' });
      expect(l.problems.map((p: { id: string; status: string }) => `${p.id}:${p.status}`)).toEqual(['P1:open']);
    } finally {
      try { t('kill-server'); } catch { /* already gone */ }
      done();
    }
  });
});
