// Text a record must not carry (src/schema/text.ts) and where checkRecord places it.
import { describe, expect, it } from 'vitest';
import { checkRecord } from '../../src/schema/check.js';
import { codeOf, findInSource, valueFaults } from '../../src/schema/text.js';
import { SourceFile, parseYaml } from '../../src/workspace/index.js';

const file = (path: string, text: string): SourceFile => {
  const f = new SourceFile(path, text);
  const p = parseYaml(text);
  f.doc = p.doc; f.lineCounter = p.lineCounter; f.data = p.data;
  return f;
};
const PROJECT = (name: string, note = '') => `id: KZ-2022-001\nname: ${name}\nsector: transport\nnature: public-welfare\nstage: construction\nowner: kz-urban-invest\ntotal_investment: 28600\n${note}`;

describe('valueFaults', () => {
  it('finds C0 controls, ESC sequences, bidi controls, non-characters and lone surrogates in any field', () => {
    expect(valueFaults({ name: 'a\u0001b' })).toEqual([{ path: ['name'], kind: 'control', seq: '\u0001', index: 1, severity: 'error' }]);
    expect(valueFaults({ people: [{ name: '城投\u001b[31m集团' }] })).toEqual([{ path: ['people', 0, 'name'], kind: 'escape', seq: '\u001b[31m', index: 2, severity: 'error' }]);
    expect(valueFaults({ title: '\u001b]8;;https://x\u0007链接' })[0]).toMatchObject({ kind: 'escape', seq: '\u001b]8;;https://x\u0007' });
    expect(valueFaults({ note: 'x\u007f' })[0]).toMatchObject({ kind: 'control' });
    expect(valueFaults({ note: 'x\u009b' })[0]).toMatchObject({ kind: 'control' });
    expect(valueFaults({ physical: 'x\uffff' })[0]).toMatchObject({ kind: 'noncharacter', severity: 'error' });
    expect(valueFaults({ name: '\ud842家' })[0]).toMatchObject({ kind: 'surrogate', index: 0 });
    expect(valueFaults({ name: '家\udfb7' })[0]).toMatchObject({ kind: 'surrogate', index: 1 });
  });
  it('a bidi control is an error in a name or title, a warning in other text', () => {
    expect(valueFaults({ name: '陈\u202e杰' })[0]).toMatchObject({ kind: 'bidi', severity: 'error' });
    expect(valueFaults({ problems: [{ title: '\u2066x\u2069' }] })[0]).toMatchObject({ kind: 'bidi', severity: 'error' });
    expect(valueFaults({ sectors: { transport: '交\u202d通' } })[0]).toMatchObject({ kind: 'bidi', severity: 'error' });
    expect(valueFaults({ note: '见附件\u2067(二)\u2069' })[0]).toMatchObject({ kind: 'bidi', severity: 'warning' });
  });
  it('leaves ordinary text alone: tab, line breaks, a pair of surrogates, Chinese punctuation, zero-width marks', () => {
    expect(valueFaults({ name: '𠮷家湾大桥', note: '第一行\n第二行\t结束\r\n', title: '开州府〔2021〕90号“环湖路”', duty: 'a\u200db', n: 3, b: true, x: null })).toEqual([]);
  });
  it('shows a sequence as codes', () => {
    expect(codeOf('\u0001')).toBe('U+0001');
    expect(codeOf('\u202e')).toBe('U+202E');
    expect(codeOf('\u001b[31m')).toBe('\\x1b[31m');
    expect(codeOf('\u001b]0;t\u0007')).toBe('\\x1b]0;t\\x07');
  });
});

describe('findInSource', () => {
  it('finds the raw character or the double-quoted escape that gives it', () => {
    expect(findInSource(['name: "a\\x01b"'], 1, 7, '\u0001')).toEqual({ line: 1, column: 9, length: 4 });
    expect(findInSource(['name: "a\\\\x01\\u0001"'], 1, 7, '\u0001')).toEqual({ line: 1, column: 14, length: 6 });
    expect(findInSource(['t: "x\\e[31m"'], 1, 4, '\u001b')).toEqual({ line: 1, column: 6, length: 2 });
    expect(findInSource(['a: 1', 'n: ab\u0002'], 1, 1, '\u0002')).toEqual({ line: 2, column: 6, length: 1 });
    expect(findInSource(['n: abc'], 1, 1, '\u0002')).toBeNull();
  });
});

describe('checkRecord', () => {
  it('a \\x01 in a project name is a SCHEMA error at the escape, in Chinese by default', () => {
    const d = checkRecord(file('projects/KZ-2022-001.yaml', PROJECT('"汉丰湖\\x01环湖路"')), 'project', 'zh').diagnostics;
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ rule: 'SCHEMA', severity: 'error', line: 2, column: 11, endColumn: 15 });
    expect(d[0].message).toContain('控制字符 U+0001');
    expect(d[0].hint).toContain('删除');
    expect(d[0].message).not.toMatch(/[\u0000-\u001f]/);
  });
  it('a record whose only faults are in its text stays usable (the writers clean it); one with another fault does not', () => {
    const only = checkRecord(file('projects/KZ-2022-001.yaml', PROJECT('"a\\x01"')), 'project', 'en');
    expect(only).toMatchObject({ usable: true, value: { name: 'a\u0001' } });
    const more = checkRecord(file('projects/KZ-2022-001.yaml', PROJECT('"a\\x01"').replace('28600', '-1')), 'project', 'en');
    expect(more.diagnostics.map((x) => x.rule).sort()).toEqual(['KP-2', 'SCHEMA']);
    expect(more.usable).toBe(false);
  });
  it('a bidi control in a note is a warning; a clean record has no diagnostic', () => {
    const d = checkRecord(file('projects/KZ-2022-001.yaml', PROJECT('汉丰湖环湖路', 'note: "x\\u2067y"\n')), 'project', 'en').diagnostics;
    expect(d.map((x) => [x.severity, x.line, x.column])).toEqual([['warning', 8, 9]]);
    expect(checkRecord(file('projects/KZ-2022-001.yaml', PROJECT('汉丰湖环湖路')), 'project', 'en').diagnostics).toEqual([]);
  });
});
