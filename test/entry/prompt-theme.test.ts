// The prompts speak the user's language: @inquirer's key hints, its yes/no hint and its own
// validation messages go through the theme (src/entry/prompts.ts), Chinese unless told English.
import { render } from '@inquirer/testing';
import { checkbox, confirm, input, search, select } from '@inquirer/prompts';
import { describe, expect, it } from 'vitest';
import { promptTheme } from '../../src/entry/prompts.js';

const choices = [{ name: '甲', value: 'a' }, { name: '乙', value: 'b' }];
/** The screen once it shows `text` (the prompts render on the next turns of the event loop). */
async function shows(getScreen: () => string, text: string): Promise<string> {
  for (let i = 0; i < 10000 && !getScreen().includes(text); i++) await new Promise((r) => setImmediate(r));
  return getScreen();
}

describe('prompt hints in Chinese', () => {
  it('select and search: 移动 / 选择; checkbox: 空格 选择, 全选, 反选', async () => {
    const s = await render(select, { message: '领域', choices, theme: promptTheme('zh') });
    expect(s.getScreen()).toContain('↑↓ 移动 • ⏎ 选择');
    expect(s.getScreen()).not.toMatch(/navigate|select/);
    s.events.keypress('enter'); await s.answer;
    const c = await render(checkbox, { message: '方式', choices, theme: promptTheme('zh') });
    expect(c.getScreen()).toContain('↑↓ 移动 • 空格 选择 • a 全选 • i 反选');
    c.events.keypress('enter'); await c.answer;
    const q = await render(search, { message: '单位', source: () => [], theme: promptTheme('zh') });
    q.events.type('x');
    expect(await shows(q.getScreen, '没有匹配的项')).toContain('没有匹配的项');
    expect(q.getScreen()).not.toContain('No results');
  });

  it('confirm: the y/n hint; input: a required answer left empty', async () => {
    const c = await render(confirm, { message: '写入?', default: true, theme: promptTheme('zh') });
    expect(c.getScreen()).toContain('(y 是 / n 否,回车为是)');
    c.events.keypress('enter'); await c.answer;
    const i = await render(input, { message: '名称', required: true, theme: promptTheme('zh') });
    i.events.keypress('enter');
    expect(await shows(i.getScreen, '> 请填写')).toContain('> 请填写');
  });

  it('English when asked', async () => {
    const s = await render(select, { message: 'sector', choices, theme: promptTheme('en') });
    expect(s.getScreen()).toContain('↑↓ navigate • ⏎ select');
    s.events.keypress('enter'); await s.answer;
  });
});
