// `kzp new dispatch` at a terminal (@inquirer/testing drives the prompts): the level, a convener
// among those who fit it (DS-7), then each open problem the convener may dispatch and its outcome.
import { screen } from '@inquirer/testing/vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { newRecord } from '../../src/cli/commands/new.js';
import { inquirerPrompter } from '../../src/entry/prompts.js';
import { ROOT } from '../e2e/run.js';
import { testCtx } from './support.js';

const deps = { interactive: true, prompter: () => inquirerPrompter() };
const demo = () => { const dir = mkdtempSync(join(tmpdir(), 'kzp-dispatch-')); cpSync(join(ROOT, 'sample-data'), dir, { recursive: true }); return dir; };

describe('kzp new dispatch, interactive', () => {
  it('offers the conveners of the level, then asks the outcome of each open problem', async () => {
    const dir = demo();
    const ctx = testCtx(dir, '2023-01-10');
    const run = newRecord(ctx, { date: '2023-01-08', projects: 'KZ-2020-003' }, ['dispatch'], deps);
    await screen.next();
    expect(screen.getScreen()).toContain('调度层级');
    screen.keypress('down'); screen.keypress('down'); screen.keypress('enter'); await screen.next();   // leader
    expect(screen.getScreen()).toContain('召集人');
    expect(screen.getScreen()).not.toContain('zhou-ming');       // a main leader convenes L3, not L2
    screen.type('liu-yang'); await screen.next();
    screen.keypress('enter'); await screen.next();
    expect(screen.getScreen()).toContain('KZ-2020-003/P2');
    screen.keypress('down'); screen.keypress('down'); screen.keypress('down'); screen.keypress('enter'); await screen.next();  // assigned
    expect(screen.getScreen()).toContain('交办');
    screen.type('wenfeng'); await screen.next();
    screen.keypress('enter'); await screen.next();
    expect(screen.getScreen()).toContain('限办日期');
    screen.type('2023-02-28'); screen.keypress('enter'); await screen.next();
    expect(ctx.stderr.join('')).toContain('assigned_to: wenfeng-street');
    screen.keypress('enter');                                   // the review screen: write it
    expect(await run).toBe(0);
    const d = parse(readFileSync(join(dir, 'reviews/2023/2023-01-08-liu-yang.yaml'), 'utf8'));
    expect(d).toMatchObject({ level: 'leader', convener: 'liu-yang', projects: ['KZ-2020-003'],
      problems: [{ problem: 'KZ-2020-003/P2', outcome: 'unresolved', assigned_to: 'wenfeng-street', due: '2023-02-28' }] });
  });

  it('Ctrl-C at a problem writes nothing and exits 130', async () => {
    const dir = demo();
    const run = newRecord(testCtx(dir, '2023-01-10'), { date: '2023-01-08', projects: 'KZ-2020-003', level: 'leader', convener: 'liu-yang' }, ['dispatch'], deps);
    await screen.next();
    expect(screen.getScreen()).toContain('KZ-2020-003/P2');
    screen.keypress({ name: 'c', ctrl: true });
    expect(await run).toBe(130);
    expect(existsSync(join(dir, 'reviews/2023/2023-01-08-liu-yang.yaml'))).toBe(false);
  });
});
