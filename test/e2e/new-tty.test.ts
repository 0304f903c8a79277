// kzp new dispatch and kzp new project answered in a real pseudo-terminal (tmux), on the built
// CLI: the pickers, the outcome of an open problem, the optional fields, the review screen.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, ROOT, tempCopy } from './run.js';

const tmux = spawnSync('which', ['tmux'], { encoding: 'utf8' }).status === 0;
if (!tmux) console.warn('[kzp] tmux is not installed: the pseudo-terminal test of `kzp new dispatch` is skipped (apt-get install tmux to run it)');

function terminal(name: string) {
  const { dir, done } = tempCopy(join(ROOT, 'sample-data'));
  const sock = `kzp-${name}-${process.pid}`;
  const exitFile = join(dir, 'exit-code');
  const t = (...a: string[]) => execFileSync('tmux', ['-L', sock, ...a], { encoding: 'utf8' });
  const screen = () => t('capture-pane', '-p', '-t', 'kzp');
  // a loaded machine may take a while to start node: wait as long as it takes, up to ten minutes
  const waitFor = async (text: string) => {
    for (let i = 0; i < 12000; i++) {
      if (screen().includes(text)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out waiting for "${text}"; screen:\n${screen()}`);
  };
  const exited = async () => {
    for (let i = 0; i < 12000 && !existsSync(exitFile); i++) await new Promise((r) => setTimeout(r, 50));
    return readFileSync(exitFile, 'utf8').trim();
  };
  const start = (args: string) => t('-f', '/dev/null', 'new-session', '-d', '-s', 'kzp', '-x', '160', '-y', '50', '-e', 'LANG=C.UTF-8', '-e', 'NO_COLOR=1', '-e', 'CI=',
    `'${process.execPath}' '${BIN}' -C '${dir}' --no-git --as-of 2023-01-10 --lang en ${args}; echo $? > '${exitFile}'; sleep 30`);
  const stop = () => { try { t('kill-server'); } catch { /* already gone */ } done(); };
  return { dir, t, screen, waitFor, exited, start, stop };
}

describe.skipIf(!tmux)('kzp new in a real pseudo-terminal (tmux)', () => {
  it('new dispatch: asks, shows the record, writes it and exits 0', async () => {
    const { dir, t, screen, waitFor, exited, start, stop } = terminal('dispatch');
    try {
      start('new dispatch --date 2023-01-08 --projects KZ-2020-003');
      await waitFor('dispatch level');
      t('send-keys', '-t', 'kzp', 'Down'); t('send-keys', '-t', 'kzp', 'Down'); t('send-keys', '-t', 'kzp', 'Enter');   // leader
      await waitFor('only those who may convene');
      t('send-keys', '-t', 'kzp', '-l', 'liu-yang');
      await waitFor('liu-yang  ');
      t('send-keys', '-t', 'kzp', 'Enter');
      await waitFor('problem KZ-2020-003/P2');
      t('send-keys', '-t', 'kzp', 'Down'); t('send-keys', '-t', 'kzp', 'Enter');                                      // handled, unresolved
      await waitFor('the record above is what will be written');
      expect(screen()).toContain('outcome: unresolved');
      t('send-keys', '-t', 'kzp', 'Enter');                                                                           // write it
      expect(await exited(), screen()).toBe('0');
      const d = parse(readFileSync(join(dir, 'reviews/2023/2023-01-08-liu-yang.yaml'), 'utf8'));
      expect(d).toMatchObject({ level: 'leader', convener: 'liu-yang', problems: [{ problem: 'KZ-2020-003/P2', outcome: 'unresolved' }] });
    } finally { stop(); }
  });

  it('new project: the owner picked, the optional fields left out, written after the review', async () => {
    const { dir, t, screen, waitFor, exited, start, stop } = terminal('project');
    const enter = () => t('send-keys', '-t', 'kzp', 'Enter');
    try {
      start('new project --id KZ-2023-050 --name 测试项目 --sector transport --nature public-welfare --stage preliminary --total-investment 1000');
      await waitFor('owner unit');
      t('send-keys', '-t', 'kzp', '-l', 'kz-urban');
      await waitFor('kz-urban-invest  ');
      enter();
      for (const ask of ['lead responsible unit', 'lead district leader', 'liaison', 'township or street', 'planned start month', 'planned end month', 'task force members', 'countdown plan']) {
        await waitFor(ask);
        enter();                                                  // left out / no
      }
      await waitFor('the record above is what will be written');
      enter();
      expect(await exited(), screen()).toBe('0');
      expect(parse(readFileSync(join(dir, 'projects/KZ-2023-050.yaml'), 'utf8'))).toEqual({
        id: 'KZ-2023-050', name: '测试项目', sector: 'transport', nature: 'public-welfare', stage: 'preliminary', owner: 'kz-urban-invest', total_investment: 1000,
      });
    } finally { stop(); }
  });
});
