// 六、督查整改 (AS-5): findings closed, open and overdue on the as-of date.
import { describe, expect, it } from 'vitest';
import { inspections } from '../../../src/engine/bulletin/findings.js';
import { ctx } from './ctx.js';

describe('bulletin 六、督查整改', () => {
  it('one closed in the month, one open and overdue', () => {
    const i = inspections(ctx('2022-04-05', '2022-03'));
    expect(i.held.map((h) => h.id)).toEqual(['2022-q1-inspection']);
    expect(i).toMatchObject({ total: 2, closed: 1, open: 1, overdue: 1, closedInMonth: 1 });
    expect(i.openList.map((f) => [f.finding, f.state, f.daysOverdue])).toEqual([['F2', 'overdue', 5]]);
  });
  it('an inspection after the as-of date is not held yet', () => {
    expect(inspections(ctx('2022-02-05', '2022-01')).held).toEqual([]);
  });
});
