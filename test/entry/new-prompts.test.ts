// `kzp new` asks for the required fields it was not given (@inquirer/testing drives the prompts).
import { screen } from '@inquirer/testing/vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { newRecord } from '../../src/cli/commands/new.js';
import { inquirerPrompter } from '../../src/entry/prompts.js';
import { tempWorkspace, testCtx } from './support.js';

const deps = { interactive: true, prompter: () => inquirerPrompter() };

describe('kzp new, interactive', () => {
  it('asks only what the flags did not give, then writes the validated project', async () => {
    const dir = tempWorkspace();
    const ctx = testCtx(dir, '2022-11-05');
    const run = newRecord(ctx, { id: 'KZ-2022-009', name: '浦里大道延伸段' }, ['project'], deps);
    await screen.next();
    expect(screen.getScreen()).toContain('领域');
    screen.keypress('enter'); await screen.next();           // transport, the only sector
    expect(screen.getScreen()).toContain('项目性质');
    screen.keypress('enter'); await screen.next();           // public-welfare
    expect(screen.getScreen()).toContain('项目阶段');
    screen.keypress('down'); screen.keypress('enter'); await screen.next();   // preliminary
    expect(screen.getScreen()).toContain('项目业主单位');
    screen.type('kz-urban'); await screen.next();
    screen.keypress('enter'); await screen.next();
    expect(screen.getScreen()).toContain('估算总投资(万元)');
    screen.type('9600'); screen.keypress('enter'); await screen.next();
    // the optional fields, each with a picker from the workspace and a way to leave it out
    expect(screen.getScreen()).toContain('牵头责任单位');
    expect(screen.getScreen()).not.toContain('kz-urban-invest');   // an SOE is no lead unit
    screen.type('transport'); await screen.next();
    screen.keypress('enter'); await screen.next();
    expect(screen.getScreen()).toContain('牵头区领导');
    expect(screen.getScreen()).toContain('zhang-wei');
    expect(screen.getScreen()).not.toContain('liu-yang');           // no lead role
    screen.keypress('down'); screen.keypress('enter'); await screen.next();
    expect(screen.getScreen()).toContain('联络员');
    expect(screen.getScreen()).toContain('lin-fang');               // people of the owner only
    expect(screen.getScreen()).not.toContain('zhang-wei');
    screen.keypress('enter'); await screen.next();                  // left out
    expect(screen.getScreen()).toContain('属地');
    screen.type('hanfeng'); await screen.next();
    screen.keypress('enter'); await screen.next();
    expect(screen.getScreen()).toContain('计划开工月份');
    screen.type('2023-03'); screen.keypress('enter'); await screen.next();
    expect(screen.getScreen()).toContain('计划完工月份');
    screen.keypress('enter'); await screen.next();
    // the task force, member by member, and the countdown plan, task by task
    expect(screen.getScreen()).toContain('专班成员');
    screen.type('y'); screen.keypress('enter'); await screen.next();
    screen.type('chen-jie'); await screen.next();
    screen.keypress('enter'); await screen.next();
    expect(screen.getScreen()).toContain('分工');
    screen.type('专班负责人'); screen.keypress('enter'); await screen.next();
    expect(screen.getScreen()).toContain('还有其他专班成员');
    screen.keypress('enter'); await screen.next();
    expect(screen.getScreen()).toContain('倒计时计划');
    screen.type('y'); screen.keypress('enter'); await screen.next();
    screen.type('完成施工图设计'); screen.keypress('enter'); await screen.next();
    expect(screen.getScreen()).toContain('计划完成日期');
    screen.keypress('backspace'); screen.type('2023-06-30'); screen.keypress('enter'); await screen.next();
    expect(screen.getScreen()).toContain('还有其他倒计时任务');
    screen.keypress('enter'); await screen.next();
    expect(screen.getScreen()).toContain('以上是将要写入的记录');
    screen.keypress('enter');                                   // write it
    expect(await run).toBe(0);
    const p = parse(readFileSync(join(dir, 'projects/KZ-2022-009.yaml'), 'utf8'));
    expect(p).toEqual({ id: 'KZ-2022-009', name: '浦里大道延伸段', sector: 'transport', nature: 'public-welfare', stage: 'preliminary', owner: 'kz-urban-invest', total_investment: 9600,
      lead_unit: 'transport-bureau', lead_leader: 'zhang-wei', location: 'hanfeng-street', start: '2023-03',
      task_force: { members: [{ person: 'chen-jie', duty: '专班负责人' }] }, countdown: { 2023: [{ id: 'C1', task: '完成施工图设计', due: '2023-06-30' }] } });
  });

  it('goes back to an answer from the review screen, and writes the record made again', async () => {
    const dir = tempWorkspace();
    const ctx = testCtx(dir, '2022-11-05');
    const run = newRecord(ctx, { id: 'water-bureau', name: '区水利局' }, ['unit'], deps);
    await screen.next();
    expect(screen.getScreen()).toContain('单位类型');
    screen.keypress('enter'); await screen.next();              // township
    expect(ctx.stderr.join('')).toContain('type: township');     // the record, shown above the choices
    expect(screen.getScreen()).toContain('修改 type(现为 township)');
    screen.keypress('down'); screen.keypress('down'); screen.keypress('down'); screen.keypress('enter'); await screen.next();
    expect(screen.getScreen()).toContain('单位类型');
    screen.keypress('down'); screen.keypress('down'); screen.keypress('enter'); await screen.next();   // department
    expect(ctx.stderr.join('')).toContain('type: department');
    screen.keypress('enter');
    expect(await run).toBe(0);
    expect(parse(readFileSync(join(dir, 'units/water-bureau.yaml'), 'utf8'))).toMatchObject({ id: 'water-bureau', type: 'department' });
  });

  it('leaves from the review screen without writing', async () => {
    const dir = tempWorkspace();
    const run = newRecord(testCtx(dir, '2022-11-05'), { id: 'water-bureau', name: '区水利局' }, ['unit'], deps);
    await screen.next();
    screen.keypress('enter'); await screen.next();
    for (let i = 0; i < 6; i++) screen.keypress('down');      // past write, id, name, type, roles, filed-on: leave
    expect(screen.getScreen()).toContain('❯ 放弃,不写入');
    screen.keypress('enter');
    expect(await run).toBe(0);
    expect(existsSync(join(dir, 'units/water-bureau.yaml'))).toBe(false);
  });

  it('Ctrl-C writes nothing and exits 130', async () => {
    const dir = tempWorkspace();
    const run = newRecord(testCtx(dir, '2022-11-05'), {}, ['unit'], deps);
    await screen.next();
    screen.keypress({ name: 'c', ctrl: true });
    expect(await run).toBe(130);
    expect(existsSync(join(dir, 'units/undefined.yaml'))).toBe(false);
  });
});
