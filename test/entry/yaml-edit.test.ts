// Comment-preserving edits: the lines an edit does not touch stay byte for byte.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyValue, editText, renderRecord } from '../../src/entry/yaml-edit.js';

const edit = (text: string, next: (cur: Record<string, unknown>) => Record<string, unknown>) =>
  editText(text, (doc) => applyValue(doc, next(doc.toJS() as Record<string, unknown>)));

describe('editText + applyValue', () => {
  const ledger = [
    '# header comment',
    'project: KZ-2022-001   # the project',
    'month: 2022-10',
    '',
    'progress:',
    '    invested: 820      # four-space indentation, kept where untouched',
    '    physical: "quoted, kept"',
    'problems:',
    '- id: P1               # a sequence not indented under its key',
    '  title: 征地拆迁未完成',
    '  category: land',
    '  raised_on: 2022-08-05',
    '  status: open',
    '# trailing comment',
    '',
  ].join('\n');

  it('changes one scalar and nothing else', () => {
    const out = edit(ledger, (c) => ({ ...c, month: '2022-11' }));
    expect(out).toBe(ledger.replace('month: 2022-10', 'month: 2022-11'));
  });

  it('resolving a problem adds resolved_on and keeps every other line', () => {
    const out = edit(ledger, (c) => ({ ...c, problems: [{ ...(c.problems as object[])[0], status: 'resolved', resolved_on: '2022-10-25' }] }));
    expect(parse(out).problems[0]).toMatchObject({ status: 'resolved', resolved_on: '2022-10-25' });
    const kept = ledger.split('\n').filter((l) => !/status: open/.test(l) && !/^- id|^  (title|category|raised_on)/.test(l));
    for (const l of kept) expect(out.split('\n')).toContain(l);
    expect(out.startsWith('# header comment\nproject: KZ-2022-001   # the project\n')).toBe(true);
    expect(out.endsWith('# trailing comment\n')).toBe(true);
  });

  it('a changed value keeps its trailing comment in the same column', () => {
    const out = edit(ledger, (c) => ({ ...c, progress: { ...(c.progress as object), invested: 1480.5 } }));
    expect(out).toBe(ledger.replace('    invested: 820      #', '    invested: 1480.5   #'));
  });

  it('keeps CRLF line endings and a BOM', () => {
    const crlf = '\uFEFF# c\r\nproject: KZ-2022-001  # p\r\nmonth: 2022-10\r\nprogress: { invested: 1 }\r\n';
    const out = edit(crlf, (c) => ({ ...c, progress: { invested: 2 } }));
    expect(out).toBe('\uFEFF# c\r\nproject: KZ-2022-001  # p\r\nmonth: 2022-10\r\nprogress: { invested: 2 }\r\n');
  });

  it('appends a list item in the style of its siblings', () => {
    const text = 'countdown:\n  - { task: C1, done_on: 2022-01-25 }   # first\nproblems: []\n';
    const out = edit(text, (c) => ({ ...c, countdown: [...(c.countdown as object[]), { task: 'C2', done_on: '2022-03-30' }] }));
    expect(out).toBe('countdown:\n  - { task: C1, done_on: 2022-01-25 }   # first\n  - { task: C2, done_on: 2022-03-30 }\nproblems: []\n');
  });

  it('a new key goes where the record order puts it, and a header comment stays on top', () => {
    const text = '# header\nprogress: { invested: 1 }\n';
    const out = edit(text, (c) => ({ project: 'P', month: '2022-10', ...c }));
    expect(out).toBe('# header\nproject: P\nmonth: 2022-10\nprogress: { invested: 1 }\n');
  });

  it('renderRecord writes FORMAT.md style: block maps, one-line countdown items', () => {
    const out = renderRecord({ project: 'P', countdown: [{ task: 'C1', done_on: '2022-01-25' }], problems: [] }, { header: 'h', flowItems: ['countdown'] });
    expect(out).toBe('# h\n\nproject: P\ncountdown:\n  - { task: C1, done_on: 2022-01-25 }\nproblems: []\n');
  });
});

describe('applyValue with two items of one id', () => {
  it('matches each node once: a list entry removed and added back stays two entries', () => {
    const text = 'projects:\n  - { project: A, removed_on: 2023-01-05 }\n';
    const out = editText(text, (doc) => applyValue(doc, { projects: [{ project: 'A', removed_on: '2023-01-05' }, { project: 'A', added_on: '2023-01-08' }] }));
    expect(out).toBe('projects:\n  - { project: A, removed_on: 2023-01-05 }\n  - { project: A, added_on: 2023-01-08 }\n');
  });
});
