// `kzp init` in a terminal asks for the first month tracked, offering the month the liaisons
// report next; a month in another form is refused at the prompt (@inquirer/testing drives it).
import { screen } from '@inquirer/testing/vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run as init } from '../../src/cli/commands/init.js';
import { inquirerPrompter } from '../../src/entry/prompts.js';
import { testCtx } from './support.js';

const deps = { interactive: true, prompter: () => inquirerPrompter() };

describe('kzp init, interactive', () => {
  it('asks for since with the next reporting month as the default', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kzp-init-ask-')), 'ws');
    const run = init(testCtx(dir, '2024-11-20', { workspace: undefined }), { gitInit: false }, [dir], deps);
    await screen.next();
    expect(screen.getScreen()).toContain('开始跟踪的第一个月');
    expect(screen.getScreen()).toContain('2024-11');
    screen.keypress('enter');
    expect(await run).toBe(0);
    expect(parse(readFileSync(join(dir, 'kzp.yaml'), 'utf8')).since).toBe('2024-11');
  });
  it('refuses a month it cannot read, then takes the one typed', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kzp-init-ask-')), 'ws');
    const run = init(testCtx(dir, '2024-11-05', { workspace: undefined }), { gitInit: false }, [dir], deps);
    await screen.next();
    expect(screen.getScreen()).toContain('2024-10');   // the first ten days: October is reported next
    screen.type('2024/9'); screen.keypress('enter'); await screen.next();
    expect(screen.getScreen()).toContain('YYYY-MM');
    for (let i = 0; i < 20; i++) screen.keypress('backspace');
    screen.type('2024-09'); screen.keypress('enter');
    expect(await run).toBe(0);
    expect(parse(readFileSync(join(dir, 'kzp.yaml'), 'utf8')).since).toBe('2024-09');
  });
});
