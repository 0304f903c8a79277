// 三、倒计时任务 (LS-5): tasks due in the month, and earlier ones still open on the as-of date.
import { describe, expect, it } from 'vitest';
import { countdown } from '../../../src/engine/bulletin/countdown.js';
import { ctx } from './ctx.js';

describe('bulletin 三、倒计时任务', () => {
  it('C1 due 2022-01-31, C2 due 2022-03-31: nothing is due in February', () => {
    expect(countdown(ctx('2022-03-05', '2022-02')).due).toBe(0);
  });
  it('a task done before its due date is on time', () => {
    const jan = countdown(ctx('2022-02-05', '2022-01'));
    expect(jan.tasks.map((t) => [t.task, t.state, t.doneOn])).toEqual([['C1', 'on-time', '2022-01-25']]);
    expect(jan).toMatchObject({ due: 1, onTime: 1, late: 0, overdue: 0 });
  });
  it('C2 not reported done: overdue in April, and carried in the next month', () => {
    expect(countdown(ctx('2022-05-03', '2022-03')).tasks.map((t) => [t.task, t.state, t.daysLate])).toEqual([['C2', 'overdue', 33]]);
    expect(countdown(ctx('2022-05-03', '2022-04')).carried.map((t) => t.task)).toEqual(['C2']);
  });
  it('before its due date a task is pending, not overdue', () => {
    expect(countdown(ctx('2022-03-20', '2022-03')).tasks.map((t) => [t.task, t.state])).toEqual([['C2', 'pending']]);
  });
});
