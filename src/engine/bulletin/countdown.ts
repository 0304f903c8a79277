// 三、倒计时任务完成情况 (LS-5): the annual plan's countdown tasks due in the month, and those due
// earlier in the year still not done on the as-of date.
import { daysBetween, monthOf } from '../dates.js';
import { countdownTasks, natural } from '../overdue.js';
import { unitName, type BulletinContext } from './context.js';

export interface TaskRow {
  project: string;
  name: string;
  owner: string;
  ownerName: string;
  task: string;                        // task id
  title: string;
  due: string;
  doneOn: string | null;
  state: 'on-time' | 'late' | 'overdue' | 'pending';
  daysLate: number;                    // late: done after due; overdue: as-of minus due
}

export interface Countdown {
  due: number; onTime: number; late: number; overdue: number; pending: number;
  tasks: TaskRow[];                    // due in the month
  exceptions: TaskRow[];               // of those, the ones done late or overdue: what needs attention
  carried: TaskRow[];                  // due earlier in the year, still not done on the as-of date
}

export function countdown(c: BulletinContext): Countdown {
  const { s, m, month } = c;
  const out: Countdown = { due: 0, onTime: 0, late: 0, overdue: 0, pending: 0, tasks: [], exceptions: [], carried: [] };
  for (const { project } of c.plan) {
    const p = m.projects.get(project)!.data;
    for (const t of countdownTasks(s, project, String(c.year))) {
      const state: TaskRow['state'] = t.doneOn ? (t.doneOn <= t.due ? 'on-time' : 'late') : s.asOf > t.due ? 'overdue' : 'pending';
      const row: TaskRow = {
        project, name: p.name, owner: p.owner, ownerName: unitName(m, p.owner)!, task: t.id, title: t.task, due: t.due, doneOn: t.doneOn, state,
        daysLate: state === 'late' ? daysBetween(t.due, t.doneOn!) : state === 'overdue' ? daysBetween(t.due, s.asOf) : 0,
      };
      if (monthOf(t.due) === month) {
        out.tasks.push(row);
        out.due++;
        if (state === 'on-time') out.onTime++; else if (state === 'late') out.late++; else if (state === 'overdue') out.overdue++; else out.pending++;
      } else if (monthOf(t.due) < month && state === 'overdue') out.carried.push(row);
    }
  }
  const byDue = (a: TaskRow, b: TaskRow) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) || natural(a.project, b.project) || natural(a.task, b.task);
  out.tasks.sort(byDue); out.carried.sort(byDue);
  out.exceptions = out.tasks.filter((t) => t.state === 'late' || t.state === 'overdue');
  return out;
}
