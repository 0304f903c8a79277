// `kzp ledger add` driven through its real @inquirer prompts (LS-4, LS-5): @inquirer/testing
// replaces the terminal. Import order matters: the testing module mocks @inquirer/prompts.
import { screen } from '@inquirer/testing/vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ledgerAdd } from '../../src/cli/commands/ledger.js';
import { inquirerPrompter } from '../../src/entry/prompts.js';
import { tempWorkspace, testCtx } from './support.js';

const deps = { interactive: true, prompter: () => inquirerPrompter() };
// the prompts run as on a real terminal: under TERM=dumb Node's readline edits no line (backspace
// is ignored), and kzp asks nothing there (entry/session.ts); the test ran so once and failed
if (process.env.TERM === 'dumb') process.env.TERM = 'xterm-256color';
const OCT = 'ledgers/2022-10/KZ-2022-001.yaml';

/** Answer the prompt on screen and wait for the next one. */
async function answer(keys: (string | { type: string })[] = [], last = false): Promise<void> {
  for (const k of keys) typeof k === 'string' ? screen.keypress(k) : screen.type(k.type);
  screen.keypress('enter');
  if (!last) await screen.next();
}
const type = (s: string) => ({ type: s });

describe('kzp ledger add, interactive (@inquirer/testing)', () => {
  it('a full October ledger: project, month by default, money, stage, progress, a resolved problem, a new problem, a countdown task done', async () => {
    const dir = tempWorkspace();
    const ctx = testCtx(dir, '2022-11-05');
    const run = ledgerAdd(ctx, {}, deps);
    await screen.next();
    expect(screen.getScreen()).toContain('选择要填报台账的项目');
    await answer();                                   // KZ-2022-001, the only project
    expect(screen.getScreen()).toContain('台账月份');
    expect(screen.getScreen()).toContain('2022-10');   // first ten days of November → October
    await answer();
    expect(screen.getScreen()).toContain('2022-10 完成投资(万元)');
    screen.type('82O');                                // a typo is refused as it is typed
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('金额以万元为单位');
    for (let i = 0; i < 3; i++) screen.keypress('backspace');
    await answer([type('820')]);
    expect(screen.getScreen()).toContain('项目目前所处阶段');
    await answer();                                   // construction, last month's stage
    await answer([type('路基工程完成80%,桥梁桩基完成12根')]);
    await answer();                                   // percent: left empty
    // carried over from February: P1 still open
    expect(screen.getScreen()).toContain('问题 P1「环湖路K2段征地拆迁未完成」');
    await answer(['down']);                           // resolved
    expect(screen.getScreen()).toContain('问题 P1 的解决日期');
    await answer([type('2022-10-25')]);
    expect(screen.getScreen()).toContain('本月有没有新发现');
    await answer([type('y')]);
    expect(screen.getScreen()).toContain('问题 P3');    // P1 and P2 are taken
    await answer([type('桥梁段施工便道受阻')]);
    await answer(['down', 'down']);                   // construction-environment
    await answer([type('2022-11-30')]);
    await answer();                                   // no other new problem
    expect(screen.getScreen()).toContain('倒计时任务 C2「主体开工」');
    expect(screen.getScreen()).toContain('已过期');
    await answer(['up']);                             // done
    expect(screen.getScreen()).toContain('任务 C2 的完成日期');
    await answer([type('2022-10-20')]);
    expect(screen.getScreen()).toContain(`确认写入 ${OCT}`);
    await answer([], true);
    expect(await run).toBe(0);

    const text = readFileSync(join(dir, OCT), 'utf8');
    const l = parse(text);
    expect(l).toEqual({
      project: 'KZ-2022-001', month: '2022-10', reporter: 'chen-jie', submitted_on: '2022-11-05',
      progress: { invested: 820, stage: 'construction', physical: '路基工程完成80%,桥梁桩基完成12根' },
      countdown: [{ task: 'C2', done_on: '2022-10-20' }],
      problems: [
        { id: 'P1', title: '环湖路K2段征地拆迁未完成', category: 'land', raised_on: '2022-01-10', due: '2022-03-31', status: 'resolved', resolved_on: '2022-10-25' },
        { id: 'P3', title: '桥梁段施工便道受阻', category: 'construction-environment', raised_on: '2022-10-31', due: '2022-11-30', status: 'open' },
      ],
    });
    expect(text).toContain('  - { task: C2, done_on: 2022-10-20 }');
    expect(ctx.stderr.join('')).toContain('问题 2 个(新增 1 个,解决 1 个);倒计时任务完成 1 项');
  });

  it('carries open problems over: answering "still open" keeps the problem, unchanged, in this month', async () => {
    const dir = tempWorkspace();
    const ctx = testCtx(dir, '2022-10-20');
    const run = ledgerAdd(ctx, { project: 'KZ-2022-001', month: '2022-10' }, deps);
    await screen.next();
    await answer([type('300')]);
    await answer();
    await answer([type('路基工程完成60%')]);
    await answer([type('60')]);
    expect(screen.getScreen()).toContain('问题 P1');
    await answer();                                   // still open (the default)
    await answer();                                   // no new problem
    await answer();                                   // C2 not yet (the default)
    await answer([], true);
    expect(await run).toBe(0);
    const l = parse(readFileSync(join(dir, OCT), 'utf8'));
    expect(l.problems).toEqual([{ id: 'P1', title: '环湖路K2段征地拆迁未完成', category: 'land', raised_on: '2022-01-10', due: '2022-03-31', status: 'open' }]);
    expect(l.countdown).toEqual([]);
    expect(l.progress).toEqual({ invested: 300, stage: 'construction', physical: '路基工程完成60%', percent: 60 });
  });

  it('lists first the projects whose liaison has git\'s user.email (★)', async () => {
    const dir = tempWorkspace();
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['config', 'user.email', 'ChenJie@example.gov.cn'], { cwd: dir });
    const run = ledgerAdd(testCtx(dir, '2022-11-05'), {}, deps);
    await screen.next();
    expect(screen.getScreen()).toContain('★ KZ-2022-001  汉丰湖环湖路改造工程');
    screen.keypress({ name: 'c', ctrl: true });
    expect(await run).toBe(130);
  });

  it('Ctrl-C writes nothing and exits 130', async () => {
    const dir = tempWorkspace();
    const ctx = testCtx(dir, '2022-11-05');
    const run = ledgerAdd(ctx, { project: 'KZ-2022-001', month: '2022-10' }, deps);
    await screen.next();
    await answer([type('820')]);
    screen.keypress({ name: 'c', ctrl: true });
    expect(await run).toBe(130);
    expect(existsSync(join(dir, OCT))).toBe(false);
    expect(existsSync(join(dir, 'ledgers/2022-10'))).toBe(false);
    expect(ctx.stderr.join('')).toContain('已取消,未写入任何文件');
  });

  it('declining the final confirmation writes nothing', async () => {
    const dir = tempWorkspace();
    const ctx = testCtx(dir, '2022-11-05');
    const run = ledgerAdd(ctx, { project: 'KZ-2022-001', month: '2022-10' }, deps);
    await screen.next();
    await answer([type('820')]);
    await answer();
    await answer([type('x')]);
    await answer();
    await answer();
    await answer();
    await answer();
    expect(screen.getScreen()).toContain('确认写入');
    await answer([type('n')], true);
    expect(await run).toBe(0);
    expect(existsSync(join(dir, OCT))).toBe(false);
  });

  it('--amend keeps every comment, the key order and the other lines byte for byte, and warns after the due time (HI-2)', async () => {
    const dir = tempWorkspace();
    const feb = 'ledgers/2022-02/KZ-2022-001.yaml';
    const original = [
      '# 2月台账 — 陈杰填报,经项目中心李明核对',
      'project: KZ-2022-001',
      'month: 2022-02',
      'reporter: chen-jie   # 联络员',
      'submitted_on: 2022-02-25',
      '',
      '# 进度台账',
      'progress: { invested: 450, stage: construction, physical: 路基工程完成20% }',
      '',
      '# 问题台账:P2 已于 2 月解决',
      'problems:',
      '  - { id: P1, title: 环湖路K2段征地拆迁未完成, category: land, raised_on: 2022-01-10, due: 2022-03-31, status: open }   # 属地:汉丰街道',
      '  - { id: P2, title: 专项债资金未到位, category: funding, raised_on: 2022-02-10, status: resolved, resolved_on: 2022-02-24 }',
      '# 文件结束',
      '',
    ].join('\n');
    writeFileSync(join(dir, feb), original);
    const ctx = testCtx(dir, '2022-03-15');
    const run = ledgerAdd(ctx, { project: 'KZ-2022-001', month: '2022-02', amend: true }, deps);
    await screen.next();
    expect(screen.getScreen()).toContain('450');      // the old answer is the default
    for (let i = 0; i < 3; i++) screen.keypress('backspace');
    await answer([type('480')]);
    await answer();
    await answer();                                   // physical: kept
    await answer();
    await answer();                                   // P1 still open
    await answer();                                   // P2 stays resolved (its answer is the default)
    await answer();                                   // the resolution date is kept
    await answer();                                   // no new problem
    await answer();                                   // C2 not yet
    await answer([], true);
    expect(await run).toBe(0);
    const text = readFileSync(join(dir, feb), 'utf8');
    const want = original.replace('invested: 450', 'invested: 480');
    expect(text).toBe(want);
    expect(ctx.stderr.join('')).toContain('逾期后修改');
    expect(ctx.stderr.join('')).toContain('HI-2');
    // the review before writing shows only what the amendment changes
    expect(ctx.stderr.join('')).toContain('- progress: { invested: 450,');
    expect(ctx.stderr.join('')).toContain('+ progress: { invested: 480,');
    expect(ctx.stderr.join('')).not.toContain('project: KZ-2022-001');
  });
});
