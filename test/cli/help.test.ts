// --help laid out by display width: wrapping that breaks between Chinese characters but never
// before closing punctuation, one description column per help, placeholders in Chinese.
import { describe, expect, it } from 'vitest';
import type { CommandHelp } from '../../src/cli/command.js';
import { HelpWriter, wrap } from '../../src/cli/help.js';
import { commandHelp } from '../../src/cli/help-index.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { displayWidth } from '../../src/render/width.js';

describe('wrap', () => {
  it('keeps lines within the width in display columns, Chinese counting two, and loses nothing but spaces', () => {
    const lines = wrap('只报告这些文件(引用仍按整个工作区解析),并且 references still resolve against the whole workspace', 20);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(21);
    expect(lines.join('').replace(/\s/g, '')).toBe('只报告这些文件(引用仍按整个工作区解析),并且referencesstillresolveagainstthewholeworkspace');
  });
  it('does not begin a line with closing punctuation', () => {
    for (const l of wrap('按模板新建记录:project|unit|list,写入前校验。', 16)) expect(l).not.toMatch(/^[,。、;:)]/);
  });
  it('breaks English at spaces only', () => {
    expect(wrap('the workspace folder (default: found upward)', 20)).toEqual(['the workspace folder', '(default: found', 'upward)']);
  });
});

describe('HelpWriter', () => {
  const spec: CommandHelp = {
    name: 'validate',
    args: [{ name: 'paths', variadic: true, help: 'help.validate.paths' }],
    options: [{ flags: '--format <format>', help: 'help.validate.format', default: 'text' }, { flags: '--changed [ref]', help: 'help.validate.changed' }],
    examples: [{ command: 'kzp validate', help: 'help.validate.ex1' }],
    exits: { 1: 'help.exit.dataFails' },
  };
  it('Chinese: titles, placeholders and the default in Chinese; every description starts at one column', () => {
    const text = new HelpWriter('zh', 80).command(spec);
    expect(text).toMatch(/^用法:kzp validate \[选项\] \[路径\.\.\.\]\n/);
    expect(text).toContain('--format <格式>');
    expect(text).toContain('--changed [提交]');
    expect(text).toContain('(默认:text)');
    for (const title of ['参数:', '选项:', '全局选项(可写在命令前或后):', '示例:', '退出码:']) expect(text).toContain(`\n${title}\n`);
    const rows = text.split('\n').filter((l) => /^ {2}\S/.test(l) && / {2,}\S/.test(l.slice(2)) && !l.startsWith('  kzp') && !l.startsWith('  #') && !/^ {2}\d /.test(l));
    const columns = new Set(rows.map((l) => { const m = /^( {2}\S.*?\S* {2,})\S/.exec(l)!; return displayWidth(m[1]); }));
    expect(columns.size).toBe(1);
  });
  it('English keeps the flags as they are', () => {
    const text = new HelpWriter('en', 80).command(spec);
    expect(text).toMatch(/^Usage: kzp validate \[options\] \[paths\.\.\.\]\n/);
    expect(text).toContain('--format <format>');
    expect(text).toContain(' (default: text)');
    expect(text).toContain('\nExamples:\n  # check the whole workspace\n  kzp validate\n');
    expect(text).toContain('\nExit codes:\n  0  done\n  1  the data fails');
  });
});

describe('the help index', () => {
  it('without a built index (the source tree), the modules answer, with every command', async () => {
    const all = await commandHelp(Object.keys(COMMANDS));
    expect([...all.keys()]).toEqual(Object.keys(COMMANDS));
    expect(all.get('validate')!.examples.length).toBeGreaterThan(0);
    expect('run' in all.get('validate')!).toBe(false);
  });
});
