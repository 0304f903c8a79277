// `kzp log PROJECT/ID`: a problem's whole life across the monthly ledgers and the dispatches
// that handled it (二(七): listed under `problems` with an outcome).
import type { Model } from '../../model/index.js';
import { handlingsOf, type Level } from '../escalation.js';
import { LEDGER_FILE } from './paths.js';

export interface ProblemLife {
  key: string;
  project: string;
  id: string;
  /** each ledger that lists it, by month: the state the owner reported */
  months: { month: string; file: string; title: string; category: string; status: 'open' | 'resolved'; raisedOn: string; due: string | null; resolvedOn: string | null }[];
  raisedOn: string | null;
  resolvedOn: string | null;
  open: boolean;
  /** the dispatches that handled it */
  handlings: { dispatch: string; file: string; date: string; level: Level; outcome: string; assignedTo: string | null; due: string | null }[];
}

export function problemLife(m: Model, key: string): ProblemLife {
  const [project, id] = key.split('/');
  const tl = m.problems.get(key);
  const months = (tl?.entries ?? []).map((e) => ({
    month: e.ledger.data.month, file: e.ledger.file.path, title: e.problem.title, category: e.problem.category, status: e.problem.status,
    raisedOn: e.problem.raised_on, due: e.problem.due ?? null, resolvedOn: e.problem.resolved_on ?? null,
  }));
  const last = months[months.length - 1];
  const handlings = handlingsOf(m, key).map((h) => {
    const item = h.dispatch.data.problems[h.index];
    return { dispatch: h.dispatch.data.id, file: h.dispatch.file.path, date: h.date, level: h.level, outcome: h.outcome, assignedTo: item.assigned_to ?? null, due: item.due ?? null };
  });
  return {
    key, project, id, months, raisedOn: months[0]?.raisedOn ?? null,
    resolvedOn: last?.status === 'resolved' ? last.resolvedOn ?? last.month : null, open: !!last && last.status === 'open', handlings,
  };
}

/** The problem's own item in a version of a ledger (`problems[].id`) or of a dispatch (`problems[].problem`). */
export function problemItem(value: unknown, key: string, file: string): unknown {
  const list = (value as { problems?: unknown } | null)?.problems;
  if (!Array.isArray(list)) return undefined;
  const id = key.split('/')[1];
  const isLedger = LEDGER_FILE.test(file);
  return list.find((x) => x && typeof x === 'object' && (isLedger ? (x as { id?: unknown }).id === id : (x as { problem?: unknown }).problem === key));
}
