// The workspace as it was known on the as-of date: which ledgers had arrived (and when, HI-1),
// the state of every problem, and which months each project owed a ledger (LS-4).
// Every computation of the engine starts from a snapshot. Pure.
import { isDecided, listYears, type Model, type ProblemTimeline, type Rec } from '../model/index.js';
import type { Ledger, Problem } from '../schema/index.js';
import { civilDateTime, ledgerDueDate, ledgerDueInstant } from './calendar.js';
import { addMonths, daysBetween, monthOf } from './dates.js';
import type { CommitFact, HistoryFacts } from './facts.js';

export interface Submission {
  ledger: Rec<Ledger>;
  month: string;
  project: string;
  due: string;                       // the due date (month end + grace)
  source: 'git' | 'declared' | 'unknown';
  date: string | null;               // civil date of arrival in the workspace zone
  at: number | null;                 // git: the committer instant
  when: string | null;               // display: "YYYY-MM-DD HH:MM" (git) or the date
  commit?: CommitFact;
  late: boolean;
  lateDays: number;                  // rounded up; 0 when on time
  amendments: CommitFact[];          // HI-2: commits after the due time
}

export interface ProblemState {
  key: string;
  project: string;
  id: string;
  timeline: ProblemTimeline;
  problem: Problem;                  // as in the newest known ledger that lists it
  raisedOn: string;
  open: boolean;
  resolvedOn: string | null;
  due: string | null;
  month: string;                     // month of the newest known ledger listing it
}

export interface Snapshot {
  model: Model;
  history: HistoryFacts;
  asOf: string;
  tz: string;
  submissions: Map<Rec<Ledger>, Submission>;
  /** ledgers that had arrived by the as-of date, per project and month */
  known: Map<string, Map<string, Rec<Ledger>>>;
  problems: Map<string, ProblemState>;
}

export function submissionOf(m: Model, history: HistoryFacts, ledger: Rec<Ledger>): Submission {
  const tz = m.config.timezone;
  const grace = m.config.ledger.grace_days;
  const month = ledger.data.month;
  const project = ledger.data.project;
  const due = ledgerDueDate(month, grace);
  // every Submission is built as one literal of the same shape: a spread of a shared base made
  // each a slow, dictionary-like object (40 % of the snapshot's time on M)
  const fh = history.source === 'git' ? history.files.get(ledger.file.path) : undefined;
  if (fh?.added) {
    const dueAt = ledgerDueInstant(month, grace, tz);
    const at = fh.added.at;
    const late = at > dueAt;
    const when = civilDateTime(at, tz); // "YYYY-MM-DD HH:MM": its date is civilDate(at, tz)
    return {
      ledger, month, project, due, source: 'git', date: when.slice(0, 10), at, when, commit: fh.added,
      late, lateDays: late ? Math.ceil((at - dueAt) / 86400000) : 0,
      amendments: fh.changes.filter((c) => c.at > dueAt),
    };
  }
  const declared = ledger.data.submitted_on;
  if (declared) {
    const late = declared > due;
    return { ledger, month, project, due, source: 'declared', date: declared, at: null, when: declared, commit: undefined, late, lateDays: late ? daysBetween(due, declared) : 0, amendments: [] };
  }
  return { ledger, month, project, due, source: 'unknown', date: null, at: null, when: null, commit: undefined, late: false, lateDays: 0, amendments: [] };
}

function isKnown(s: Submission, asOf: string): boolean {
  if (s.date) return s.date <= asOf;
  return `${s.month}-01` <= asOf;
}

export function snapshot(m: Model, history: HistoryFacts, asOf: string): Snapshot {
  const submissions = new Map<Rec<Ledger>, Submission>();
  const known = new Map<string, Map<string, Rec<Ledger>>>();
  for (const [project, byMonth] of m.ledgerIndex) {
    const k = new Map<string, Rec<Ledger>>();
    for (const [month, l] of byMonth) {
      const s = submissionOf(m, history, l);
      submissions.set(l, s);
      if (isKnown(s, asOf)) k.set(month, l);
    }
    known.set(project, k);
  }
  const problems = new Map<string, ProblemState>();
  for (const tl of m.problems.values()) {
    const entries = tl.entries.filter((e) => known.get(tl.project)?.get(e.ledger.data.month) === e.ledger);
    if (!entries.length) continue;
    const first = entries[0], last = entries[entries.length - 1];
    if (first.problem.raised_on > asOf) continue;
    const p = last.problem;
    const resolved = p.status === 'resolved' && (!p.resolved_on || p.resolved_on <= asOf);
    problems.set(tl.key, {
      key: tl.key, project: tl.project, id: tl.id, timeline: tl, problem: p, raisedOn: first.problem.raised_on,
      open: !resolved, resolvedOn: resolved ? p.resolved_on ?? last.ledger.data.month : null, due: p.due ?? null, month: last.ledger.data.month,
    });
  }
  return { model: m, history, asOf, tz: m.config.timezone, submissions, known, problems };
}

/**
 * LS-4: the months a project owes a ledger — months of the lists of `ledger.required_for` that
 * cover it (decided, or a reserve list; from the month of decision or of `added_on`, before the
 * month of `removed_on`), from `since`, and not after a ledger that reports the project completed.
 */
const dutyMemo = new WeakMap<Model, Map<string, ReadonlySet<string>>>();
export function dutyMonths(m: Model, project: string): ReadonlySet<string> {
  // asked per project and month by the bulletin and the workbook: computed once per model (pure)
  let byProject = dutyMemo.get(m);
  if (!byProject) dutyMemo.set(m, (byProject = new Map()));
  let v = byProject.get(project);
  if (!v) byProject.set(project, (v = computeDutyMonths(m, project)));
  return v;
}

function computeDutyMonths(m: Model, project: string): Set<string> {
  const out = new Set<string>();
  const required = m.config.ledger.required_for;
  for (const { list, entry } of m.membership.get(project) ?? []) {
    const l = list.data;
    if (!required.includes(l.kind)) continue;
    if (l.kind !== 'reserve' && !isDecided(l)) continue;
    const [y1, y2] = listYears(l);
    if (y2 < y1) continue;
    let from = `${y1}-01`;
    if (l.decided_on && monthOf(l.decided_on) > from) from = monthOf(l.decided_on);
    if (entry.added_on && monthOf(entry.added_on) > from) from = monthOf(entry.added_on);
    if (m.config.since > from) from = m.config.since;
    let to = `${y2}-12`;
    if (entry.removed_on) { const r = addMonths(monthOf(entry.removed_on), -1); if (r < to) to = r; }
    for (let mo = from; mo <= to; mo = addMonths(mo, 1)) out.add(mo);
  }
  const byMonth = m.ledgerIndex.get(project);
  if (byMonth) {
    const done = [...byMonth.values()].filter((l) => l.data.progress.stage === 'completed').map((l) => l.data.month).sort()[0];
    if (done) for (const mo of [...out]) if (mo > done) out.delete(mo);
  }
  return out;
}

/** The last month whose ledger due date has passed on the as-of date. */
export function lastDueMonth(asOf: string, graceDays: number): string {
  let mo = monthOf(asOf);
  while (ledgerDueDate(mo, graceDays) >= asOf) mo = addMonths(mo, -1);
  return mo;
}

/** The last month that ended before the as-of date (the reporting month of bulletins). */
export function lastCompleteMonth(asOf: string): string {
  // the as-of month itself is never complete: its last day is on or after the as-of date
  return addMonths(monthOf(asOf), -1);
}
