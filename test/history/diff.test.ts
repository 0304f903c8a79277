// Field-level changes between two versions of a record (HI-2, `kzp log`): not a text diff.
import { describe, expect, it } from 'vitest';
import { diffRecords, diffValues, idFieldOf, showValue } from '../../src/engine/index.js';
import { parseRecord } from '../../src/history/index.js';
import { fieldLine } from '../../src/render/audit.js';

// versions as src/history hands them to the engine: parsed from their bytes
const enc = (s: string) => parseRecord(new TextEncoder().encode(s));

const LEDGER_A = `project: KZ-2022-001
month: 2022-10
reporter: chen-jie
submitted_on: 2022-10-28
progress: { invested: 450, stage: construction, physical: 路基工程完成80% }
countdown:
  - { task: C3, done_on: 2022-10-20 }
problems:
  - { id: P1, title: 征地拆迁未完成, category: land, raised_on: 2022-08-05, due: 2022-11-30, status: open }
  - { id: P2, title: 专项债资金到位滞后, category: funding, raised_on: 2022-09-10, status: open }
`;

describe('diffRecords', () => {
  it('names each changed field by its path, with before and after', () => {
    const b = LEDGER_A.replace('invested: 450', 'invested: 480')
      .replace('due: 2022-11-30, status: open', 'due: 2022-11-30, status: resolved, resolved_on: 2022-10-30');
    expect(diffRecords(enc(LEDGER_A), enc(b))).toEqual([
      { path: 'progress.invested', change: 'changed', from: 450, to: 480 },
      { path: 'problems[P1].status', change: 'changed', from: 'open', to: 'resolved' },
      { path: 'problems[P1].resolved_on', change: 'added', to: '2022-10-30' },
    ]);
  });

  it('matches list items by their id: a reordered list is no change, an insertion is one addition', () => {
    const lines = LEDGER_A.split('\n');
    const swapped = [...lines.slice(0, 8), lines[9], lines[8], ...lines.slice(10)].join('\n');
    expect(diffRecords(enc(LEDGER_A), enc(swapped))).toEqual([]);
    const added = LEDGER_A.replace('problems:\n', 'problems:\n  - { id: P0, title: 新问题, category: other, raised_on: 2022-10-01, status: open }\n');
    expect(diffRecords(enc(LEDGER_A), enc(added))).toEqual([
      { path: 'problems[P0]', change: 'added', to: { id: 'P0', title: '新问题', category: 'other', raised_on: '2022-10-01', status: 'open' } },
    ]);
    const removed = LEDGER_A.replace(/  - \{ id: P2.*\n/, '');
    expect(diffRecords(enc(LEDGER_A), enc(removed))).toMatchObject([{ path: 'problems[P2]', change: 'removed', from: { id: 'P2' } }]);
    expect(diffRecords(enc(LEDGER_A), enc(LEDGER_A.replace('task: C3', 'task: C4')))).toMatchObject([
      { path: 'countdown[C3]', change: 'removed' }, { path: 'countdown[C4]', change: 'added' },
    ]);
  });

  it('dates stay strings (YAML 1.2 core), keys added and removed, comments and layout are no change', () => {
    const b = LEDGER_A.replace('reporter: chen-jie\n', '').replace('submitted_on: 2022-10-28', 'submitted_on: 2022-10-29 # 更正') + 'note: 补报\n';
    expect(diffRecords(enc(LEDGER_A), enc(b))).toEqual([
      { path: 'reporter', change: 'removed', from: 'chen-jie' },
      { path: 'submitted_on', change: 'changed', from: '2022-10-28', to: '2022-10-29' },
      { path: 'note', change: 'added', to: '补报' },
    ]);
    const block = LEDGER_A.replace('progress: { invested: 450, stage: construction, physical: 路基工程完成80% }', 'progress:\n  invested: 450\n  stage: construction\n  physical: 路基工程完成80%');
    expect(diffRecords(enc(LEDGER_A), enc(block))).toEqual([]);
  });

  it('lists of values: what came and what went', () => {
    expect(diffValues({ participants: ['finance-bureau', 'planning-bureau'] }, { participants: ['planning-bureau', 'transport-bureau'] })).toEqual([
      { path: 'participants', change: 'removed', from: 'finance-bureau' },
      { path: 'participants', change: 'added', to: 'transport-bureau' },
    ]);
  });

  it('dispatch items are keyed by problem, list entries by project, lists without ids by position', () => {
    expect(idFieldOf([{ problem: 'KZ-2022-001/P1', outcome: 'unresolved' }], [{ problem: 'KZ-2022-001/P1', outcome: 'resolved' }])).toBe('problem');
    expect(diffValues({ problems: [{ problem: 'KZ-2022-001/P1', outcome: 'unresolved' }] }, { problems: [{ problem: 'KZ-2022-001/P1', outcome: 'resolved' }] }))
      .toEqual([{ path: 'problems[KZ-2022-001/P1].outcome', change: 'changed', from: 'unresolved', to: 'resolved' }]);
    expect(diffValues({ projects: [{ project: 'A', planned_investment: 1 }] }, { projects: [{ project: 'A', planned_investment: 2 }] }))
      .toEqual([{ path: 'projects[A].planned_investment', change: 'changed', from: 1, to: 2 }]);
    // duplicated ids: by position
    expect(diffValues({ x: [{ id: 'a', v: 1 }, { id: 'a', v: 2 }] }, { x: [{ id: 'a', v: 1 }, { id: 'a', v: 3 }] }))
      .toEqual([{ path: 'x[1].v', change: 'changed', from: 2, to: 3 }]);
    expect(diffValues({ budget: { 2022: { approved_on: '2022-01-20' } } }, { budget: { 2022: { approved_on: '2022-01-21' } } }))
      .toEqual([{ path: 'budget.2022.approved_on', change: 'changed', from: '2022-01-20', to: '2022-01-21' }]);
  });

  it('a version that is not readable YAML gives null (reported as such), never "no change"', () => {
    expect(diffRecords(enc(LEDGER_A), enc('project: [unclosed\n'))).toBeNull();
    expect(diffRecords(enc(LEDGER_A), parseRecord(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0x3a, 0x20, 0x31])))).toBeNull(); // GBK
    expect(diffRecords(enc('a: &x 1\nb: *x\n'), enc('a: 1\n'))).toBeNull(); // aliases are refused, as by the reader
  });

  it('shows values in one line: the text view of a change', () => {
    expect(fieldLine({ path: 'progress.invested', change: 'changed', from: 450, to: 480 }, 'zh')).toBe('progress.invested: 450 → 480');
    expect(fieldLine({ path: 'problems[P1].status', change: 'changed', from: 'open', to: 'resolved' }, 'en')).toBe('problems[P1].status: open → resolved');
    expect(fieldLine({ path: 'problems[P3]', change: 'added', to: { id: 'P3', title: 't', status: 'open', due: '2022-11-30' } }, 'zh')).toBe('problems[P3]: + { status: open, due: 2022-11-30 }（新增）');
    expect(fieldLine({ path: 'participants', change: 'removed', from: 'drc' }, 'en')).toBe('participants: − drc  (removed)');
    expect(showValue('')).toBe('""');
    expect(showValue(null)).toBe('null');
    expect(showValue('x'.repeat(100)).length).toBe(80);
  });
});
