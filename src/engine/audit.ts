// The audit trail as plain data: every commit that touched the workspace, oldest first, with
// the blob ids before and after each change, so that field-level changes can be computed
// (HI-2) and renames followed. src/history reads it from git in one pass; everything here is
// pure.
import type { Model } from '../model/index.js';
import { ledgerDueDate, ledgerDueInstant, zoneOffset } from './calendar.js';
import { daysBetween, monthOf } from './dates.js';
import { diffRecords, diffValues, parseRecord, type FieldChange, type Parsed } from './diff.js';
import { handlingsOf, type Level } from './escalation.js';
import type { CommitFact, FileHistory, HistoryFacts } from './facts.js';
import { submissionOf } from './snapshot.js';

export type ChangeStatus = 'A' | 'M' | 'D' | 'R' | 'C' | 'T';

export interface TrailChange {
  status: ChangeStatus;
  /** rename/copy similarity, 0..100 (100 = the content did not change) */
  score?: number;
  path: string;              // workspace-relative path after the change (the deleted path for D)
  from?: string;             // R and C: the path before
  oldBlob: string | null;    // null for A
  newBlob: string | null;    // null for D
}

export interface TrailCommit extends CommitFact { changes: TrailChange[] }

export interface Trail {
  /** git: the commits are the whole history up to `head`; otherwise why there is none (or only part) */
  source: 'git' | 'declared';
  reason?: HistoryFacts['reason'];
  head?: string;
  /** a shallow clone: `commits` holds what the clone has, which is not the whole history */
  shallow?: boolean;
  commits: TrailCommit[];    // oldest first
}

export interface TrailEvent { commit: TrailCommit; change: TrailChange; index: number }

/** One file's life, renames followed — the same reading of the log as src/history's parseLog. */
export interface Lineage {
  path: string;
  added?: TrailEvent;
  events: TrailEvent[];      // every event, oldest first, the adding one included
  changes: TrailEvent[];     // after the first add (what FileHistory calls changes)
  deleted?: TrailEvent;
  renamedFrom?: string[];
}

/**
 * Follow every file through the trail, as parseLog does for HistoryFacts: a rename carries the
 * history to the new path (a pure rename, R100, is not a change of content), a re-add after a
 * deletion continues the same history (the first arrival stays the submission, HI-1).
 */
export function lineages(trail: Trail): Map<string, Lineage> {
  const files = new Map<string, Lineage>();
  trail.commits.forEach((commit, index) => {
    for (const change of commit.changes) {
      const ev: TrailEvent = { commit, change, index };
      const { status, path } = change;
      if (status === 'R' || status === 'C') {
        const from = change.from ?? '';
        if (status === 'C') { files.set(path, { path, added: ev, events: [ev], changes: [] }); continue; }
        const prev = files.get(from);
        files.delete(from);
        const h: Lineage = prev
          ? { ...prev, path, events: [...prev.events, ev], renamedFrom: [...(prev.renamedFrom ?? []), from] }
          : { path, added: ev, events: [ev], changes: [] };
        if ((change.score ?? 0) !== 100 && prev) h.changes = [...h.changes, ev];
        delete h.deleted;
        files.set(path, h);
      } else if (status === 'A') {
        const prev = files.get(path);
        if (prev?.deleted) { delete prev.deleted; prev.changes.push(ev); prev.events.push(ev); }
        else if (!prev) files.set(path, { path, added: ev, events: [ev], changes: [] });
        else { prev.changes.push(ev); prev.events.push(ev); }
      } else if (status === 'D') {
        const prev = files.get(path);
        if (prev) { prev.deleted = ev; prev.events.push(ev); }
        else files.set(path, { path, events: [ev], changes: [], deleted: ev });
      } else {
        const prev = files.get(path);
        if (prev) { prev.changes.push(ev); prev.events.push(ev); }
        else files.set(path, { path, events: [ev], changes: [ev] });
      }
    }
  });
  return files;
}

function fact(c: TrailCommit): CommitFact {
  return { commit: c.commit, at: c.at, offset: c.offset, author: c.author, email: c.email, message: c.message };
}

/** HistoryFacts from a trail: what readHistory gives, from the same single pass (HI-1, HI-2). */
export function factsOfTrail(trail: Trail): HistoryFacts {
  if (trail.source !== 'git' || trail.shallow) {
    return { source: 'declared', reason: trail.shallow ? 'shallow' : trail.reason, ...(trail.head ? { head: trail.head } : {}), files: new Map() };
  }
  const files = new Map<string, FileHistory>();
  for (const [path, l] of lineages(trail)) {
    const h: FileHistory = { path, changes: l.changes.map((e) => fact(e.commit)) };
    if (l.added) h.added = fact(l.added.commit);
    if (l.deleted) h.deleted = fact(l.deleted.commit);
    if (l.renamedFrom) h.renamedFrom = l.renamedFrom;
    files.set(path, h);
  }
  return { source: 'git', head: trail.head, files };
}

/**
 * Every event that touched one of `paths`, following renames backwards (like `git log --follow`
 * for each path): a change at the path is taken, and a rename to the path carries the walk on to
 * the path it came from. A rename away from a path is taken too (the commit touched it).
 * Deduplicated, oldest first.
 */
export function eventsOfPaths(trail: Trail, paths: Iterable<string>): TrailEvent[] {
  // every change, indexed by the paths it touches (after and before), so that each walk visits
  // only the commits of its own file, not the whole history
  const byPath = new Map<string, [number, number][]>();
  const add = (p: string, i: number, k: number) => { const l = byPath.get(p); if (l) l.push([i, k]); else byPath.set(p, [[i, k]]); };
  trail.commits.forEach((c, i) => c.changes.forEach((ch, k) => { add(ch.path, i, k); if (ch.from && ch.from !== ch.path) add(ch.from, i, k); }));
  const seen = new Set<string>();
  const out: { ev: TrailEvent; k: number }[] = [];
  const take = (i: number, k: number) => {
    const key = `${i}:${k}`;
    if (seen.has(key)) return;
    seen.add(key);
    const commit = trail.commits[i];
    out.push({ ev: { commit, change: commit.changes[k], index: i }, k });
  };
  for (const start of paths) {
    let current = start;
    let upper = trail.commits.length - 1;
    for (;;) {
      const list = byPath.get(current) ?? [];
      let next: { path: string; upper: number } | null = null;
      for (let x = list.length - 1; x >= 0; x--) {
        const [i, k] = list[x];
        if (i > upper) continue;
        const change = trail.commits[i].changes[k];
        if (change.path === current) {
          take(i, k);
          // a rename to this path: the walk goes on with the path it came from, in older commits
          if (change.status === 'R' && change.from) { next = { path: change.from, upper: i - 1 }; break; }
        } else if (change.status === 'R' && change.from === current) take(i, k);
      }
      if (!next) break;
      current = next.path;
      upper = next.upper;
    }
  }
  return out.sort((a, b) => a.ev.index - b.ev.index || a.k - b.k).map((x) => x.ev);
}

/** Every path the trail knows (after and before each change). */
export function trailPaths(trail: Trail): Set<string> {
  const out = new Set<string>();
  for (const c of trail.commits) for (const ch of c.changes) { out.add(ch.path); if (ch.from) out.add(ch.from); }
  return out;
}

// ---------------------------------------------------------------------------------------------
// `kzp audit`: the findings of the trail (HI-1..HI-3), from the model and the trail. Pure: the
// blobs of amended versions are named here (oldBlob/newBlob) and compared by the caller.

export type AuditKind = 'history-unavailable' | 'late' | 'amended' | 'unauthorised' | 'deleted' | 'renamed' | 'declared-mismatch';
/** The order of the groups in the text view. */
export const AUDIT_KINDS: AuditKind[] = ['history-unavailable', 'late', 'amended', 'unauthorised', 'deleted', 'renamed', 'declared-mismatch'];
export const AUDIT_RULE: Record<AuditKind, 'HI-1' | 'HI-2' | 'HI-3'> = {
  'history-unavailable': 'HI-1', late: 'HI-1', 'declared-mismatch': 'HI-1', amended: 'HI-2', deleted: 'HI-2', renamed: 'HI-2', unauthorised: 'HI-3',
};

export interface AuditFinding {
  kind: AuditKind;
  rule: 'HI-1' | 'HI-2' | 'HI-3';
  file?: string;
  project?: string;
  month?: string;                  // the ledger's month, for ledger files
  commit?: TrailCommit;            // the commit of the finding (late: the one that added the ledger)
  at?: number;                     // epoch ms: the commit time (late: the arrival)
  date?: string;                   // civil date in the workspace zone (declared dates when not from git)
  // late
  due?: string;
  lateDays?: number;
  source?: 'git' | 'declared';
  // declared-mismatch
  declared?: string;
  days?: number;                   // git date minus declared date
  // amended, unauthorised: the change, to compare field by field
  change?: TrailChange;
  // unauthorised: who may change the project's records
  units?: string[];
  // renamed
  from?: string;
  idChanged?: boolean;
  // deleted
  restored?: boolean;
  // history-unavailable
  reason?: string;
}

export interface AuditFilter { month?: string; since?: string }

export interface AuditResult {
  history: { source: 'git' | 'declared'; reason?: string; head?: string; shallow: boolean; commits: number; complete: boolean };
  findings: AuditFinding[];
  /** HI-3 could not be judged for these projects: none of owner, lead unit and center lists an e-mail */
  unchecked: string[];
}

const PROJECT_FILE = /^projects\/([^/]+)\.ya?ml$/;
const LEDGER_FILE = /^ledgers\/(\d{4}-\d{2})\/([^/]+)\.ya?ml$/;
const RECORD_FILE = /^(kzp\.yaml|(units|projects|lists)\/[^/]+\.ya?ml|ledgers\/\d{4}-\d{2}\/[^/]+\.ya?ml|reviews\/\d{4}\/[^/]+\.ya?ml)$/;

/** The project whose records a path holds (its project file or one of its ledgers), and the ledger month. */
export function projectOfPath(path: string): { project: string; month?: string } | null {
  const p = PROJECT_FILE.exec(path);
  if (p) return { project: p[1] };
  const l = LEDGER_FILE.exec(path);
  return l ? { project: l[2], month: l[1] } : null;
}
export function isRecordPath(path: string): boolean { return RECORD_FILE.test(path); }
function idOfPath(path: string): string { return path.replace(/^.*\//, '').replace(/\.ya?ml$/, ''); }

/** HI-3: the staff e-mails (lower case) of the units that may change a project's records: owner, lead unit, center. */
export function authorisedEmails(m: Model, project: string): { units: string[]; emails: Set<string> } | null {
  const p = m.projects.get(project)?.data;
  if (!p) return null;
  const units = [...new Set([p.owner, p.lead_unit, m.config.center].filter((u): u is string => !!u))];
  const emails = new Set<string>();
  for (const u of units) for (const person of m.units.get(u)?.data.people ?? []) if (person.email) emails.add(person.email.trim().toLowerCase());
  return { units, emails };
}

/**
 * Every finding of the audit trail. `present`: the record files of the workspace as read (a
 * deleted file that is there again is "restored"). A trail that is not the whole history
 * (shallow clone, no repository, --no-git) is itself a finding, and only declared dates are
 * judged then — never "no findings" for want of history.
 */
export function audit(m: Model, trail: Trail, present: Set<string>, filter: AuditFilter = {}): AuditResult {
  const tz = m.config.timezone;
  const grace = m.config.ledger.grace_days;
  const complete = trail.source === 'git' && !trail.shallow;
  const facts = factsOfTrail(trail);
  const findings: AuditFinding[] = [];
  const unchecked = new Set<string>();
  const z = zoned(tz);
  const at = (c: TrailCommit) => ({ commit: c, at: c.at, date: z.date(c.at) });
  const byId = new Map(trail.commits.map((c) => [c.commit, c]));

  if (!complete) findings.push({ kind: 'history-unavailable', rule: 'HI-1', reason: trail.shallow ? 'shallow' : trail.reason ?? 'not-a-repository' });

  // HI-1: late ledgers, and declared dates that git contradicts
  for (const byMonth of m.ledgerIndex.values()) {
    for (const l of byMonth.values()) {
      const s = submissionOf(m, facts, l);
      const base = { file: l.file.path, project: s.project, month: s.month };
      if (s.late) {
        findings.push({
          kind: 'late', rule: 'HI-1', ...base, due: s.due, lateDays: s.lateDays, source: s.source === 'git' ? 'git' : 'declared',
          ...(s.commit && s.at !== null ? { commit: byId.get(s.commit.commit), at: s.at } : {}), date: s.date ?? undefined,
        });
      }
      const declared = l.data.submitted_on;
      if (s.source === 'git' && declared && s.date) {
        const days = daysBetween(declared, s.date);
        if (Math.abs(days) > 1) findings.push({ kind: 'declared-mismatch', rule: 'HI-1', ...base, declared, days, commit: s.commit ? byId.get(s.commit.commit) : undefined, at: s.at ?? undefined, date: s.date });
      }
    }
  }

  if (complete) {
    // HI-2: ledgers changed after their due time
    const lines = lineages(trail);
    for (const byMonth of m.ledgerIndex.values()) {
      for (const l of byMonth.values()) {
        const lin = lines.get(l.file.path);
        if (!lin?.added) continue;
        const dueAt = ledgerDueInstant(l.data.month, grace, tz);
        for (const ev of lin.changes) {
          if (ev.commit.at <= dueAt) continue;
          findings.push({ kind: 'amended', rule: 'HI-2', file: l.file.path, project: l.data.project, month: l.data.month, due: ledgerDueDate(l.data.month, grace), change: ev.change, ...at(ev.commit) });
        }
      }
    }
    for (const c of trail.commits) {
      for (const ch of c.changes) {
        // HI-3: a project's records changed by someone who is staff of neither owner, lead unit nor center
        const owner = projectOfPath(ch.path) ?? (ch.from ? projectOfPath(ch.from) : null);
        if (owner) {
          const auth = authorisedEmails(m, owner.project);
          if (!auth || auth.emails.size === 0) unchecked.add(owner.project);
          else if (!auth.emails.has(c.email.trim().toLowerCase())) {
            findings.push({ kind: 'unauthorised', rule: 'HI-3', file: ch.path, project: owner.project, ...(owner.month ? { month: owner.month } : {}), change: ch, units: auth.units, ...at(c) });
          }
        }
        // records deleted, ids renamed
        if (ch.status === 'D' && isRecordPath(ch.path)) {
          findings.push({ kind: 'deleted', rule: 'HI-2', file: ch.path, ...(owner ? { project: owner.project } : {}), ...(owner?.month ? { month: owner.month } : {}), change: ch, restored: present.has(ch.path), ...at(c) });
        }
        if (ch.status === 'R' && ch.from && (isRecordPath(ch.path) || isRecordPath(ch.from))) {
          findings.push({ kind: 'renamed', rule: 'HI-2', file: ch.path, from: ch.from, idChanged: idOfPath(ch.from) !== idOfPath(ch.path), ...(owner ? { project: owner.project } : {}), ...(owner?.month ? { month: owner.month } : {}), change: ch, ...at(c) });
        }
      }
    }
  }

  const kept = findings.filter((f) => keep(f, filter, z.date));
  const order = (k: AuditKind) => AUDIT_KINDS.indexOf(k);
  kept.sort((a, b) => order(a.kind) - order(b.kind) || (a.at ?? 0) - (b.at ?? 0) || cmp(a.date ?? '', b.date ?? '') || cmp(a.file ?? '', b.file ?? ''));
  return {
    history: { source: trail.source, ...(trail.reason ? { reason: trail.reason } : {}), ...(trail.head ? { head: trail.head } : {}), shallow: !!trail.shallow, commits: trail.commits.length, complete },
    findings: kept,
    unchecked: [...unchecked].sort(),
  };
}

function cmp(a: string, b: string): number { return a < b ? -1 : a > b ? 1 : 0; }

/** `--month M`: a ledger's findings by the ledger's month, other findings by the month of the commit; `--since D`: on or after D. */
function keep(f: AuditFinding, filter: AuditFilter, dateOf: (ms: number) => string): boolean {
  if (f.kind === 'history-unavailable') return true;
  const date = f.date ?? (f.at !== undefined ? dateOf(f.at) : undefined);
  if (filter.month) {
    if (f.month) { if (f.month !== filter.month) return false; }
    else if (!date || monthOf(date) !== filter.month) return false;
  }
  if (filter.since && (!date || date < filter.since)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// `kzp log RECORD`: which files a record is, and a problem's whole life.

export type RecordKind = 'path' | 'project' | 'unit' | 'list' | 'review' | 'problem';
export interface RecordRef { kind: RecordKind; record: string; paths: string[]; project?: string; problem?: string }

const PROBLEM_KEY = /^([A-Za-z0-9][A-Za-z0-9-]{0,62})\/([A-Za-z0-9][A-Za-z0-9-]{0,62})$/;

/**
 * What RECORD names: a workspace-relative path, a problem PROJECT/ID, or an id — a project (its
 * file and its ledgers), a unit, a list, or a review/dispatch/inspection. `known`: every path the
 * workspace and its trail know. null when nothing matches.
 */
export function resolveRecord(record: string, known: Set<string>, m: Model): RecordRef | null {
  if (/\.ya?ml$/i.test(record) || known.has(record)) {
    return known.has(record) ? { kind: 'path', record, paths: [record] } : null;
  }
  const pk = PROBLEM_KEY.exec(record);
  if (pk && !/^(units|projects|lists|ledgers|reviews)$/.test(pk[1])) {
    const [, project, id] = pk;
    const paths = [...known].filter((p) => LEDGER_FILE.exec(p)?.[2] === project || /^reviews\/\d{4}\/[^/]+\.ya?ml$/.test(p)).sort();
    const anyLedger = paths.some((p) => LEDGER_FILE.test(p));
    if (!anyLedger && !m.problems.has(record)) return null;
    return { kind: 'problem', record, paths, project, problem: id };
  }
  const out: { kind: RecordKind; path: string }[] = [];
  for (const p of known) {
    if (idOfPath(p) !== record) continue;
    if (PROJECT_FILE.test(p) || LEDGER_FILE.test(p)) out.push({ kind: 'project', path: p });
    else if (/^units\//.test(p)) out.push({ kind: 'unit', path: p });
    else if (/^lists\//.test(p)) out.push({ kind: 'list', path: p });
    else if (/^reviews\/\d{4}\//.test(p)) out.push({ kind: 'review', path: p });
  }
  if (!out.length) return null;
  const kinds = [...new Set(out.map((x) => x.kind))];
  return { kind: kinds.length === 1 ? kinds[0] : 'path', record, paths: out.map((x) => x.path).sort(), ...(kinds.includes('project') ? { project: record } : {}) };
}

export interface ProblemLife {
  key: string;
  project: string;
  id: string;
  /** each ledger that lists it, by month: the state the owner reported */
  months: { month: string; file: string; title: string; category: string; status: 'open' | 'resolved'; raisedOn: string; due: string | null; resolvedOn: string | null }[];
  raisedOn: string | null;
  resolvedOn: string | null;
  open: boolean;
  /** the dispatches that handled it (二(七): listed under `problems` with an outcome) */
  handlings: { dispatch: string; file: string; date: string; level: Level; outcome: string; assignedTo: string | null; due: string | null }[];
}

/** A problem's life across the monthly ledgers and the dispatches that handled it. */
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

// ---------------------------------------------------------------------------------------------
// `kzp log RECORD`: the commits of a record with their field-level changes.

export interface LogFile { path: string; status: 'added' | 'modified' | 'deleted' | 'renamed'; from?: string; fields: FieldChange[] | null }
export interface LogEntry { commit: TrailCommit; files: LogFile[] }

const STATUS: Record<ChangeStatus, LogFile['status']> = { A: 'added', C: 'added', M: 'modified', T: 'modified', D: 'deleted', R: 'renamed' };

/**
 * The log of a record: one entry per commit, each file with what changed field by field
 * (`null` fields: a version could not be read as YAML). For a problem, only the changes of its
 * own item in the project's ledgers and in dispatches, and only the commits that made one.
 */
export function logEntries(events: TrailEvent[], blobs: Map<string, Uint8Array>, ref: RecordRef): LogEntry[] {
  const parsed = new Map<string, Parsed>();
  const value = (oid: string | null): Parsed => {
    if (!oid) return { ok: true, value: undefined };
    let p = parsed.get(oid);
    if (!p) parsed.set(oid, (p = parseRecord(blobs.get(oid))));
    return p;
  };
  const out: LogEntry[] = [];
  for (const ev of events) {
    const ch = ev.change;
    let fields: FieldChange[] | null;
    if (ref.kind === 'problem') {
      // a dispatch names the problem by its key: a version without it cannot have its item
      if (!LEDGER_FILE.test(ch.path) && ![ch.oldBlob, ch.newBlob].some((o) => o && mentions(blobs.get(o), ref.record))) continue;
      const a = value(ch.oldBlob), b = value(ch.newBlob);
      if (!a.ok || !b.ok) continue;
      const key = ref.record;
      const before = problemItem(a.value, key, ch.from ?? ch.path), after = problemItem(b.value, key, ch.path);
      fields = diffValues(before, after, `problems[${LEDGER_FILE.test(ch.path) ? ref.problem : key}]`);
      if (!fields.length) continue;
    } else if (ch.status === 'M' || ch.status === 'T' || (ch.status === 'R' && ch.score !== 100)) {
      fields = ch.oldBlob && ch.newBlob ? diffRecords(blobs.get(ch.oldBlob) ?? null, blobs.get(ch.newBlob) ?? null) : null;
    } else fields = [];
    const file: LogFile = { path: ch.path, status: STATUS[ch.status] ?? 'modified', fields };
    if (ch.from) file.from = ch.from;
    const last = out[out.length - 1];
    if (last && last.commit === ev.commit) last.files.push(file);
    else out.push({ commit: ev.commit, files: [file] });
  }
  return out;
}

/**
 * Instants shown in the workspace zone, for many commits at once: the zone's offset is looked up
 * (Intl) once per quarter hour of UTC time — zone transitions fall on quarter hours — and the
 * rest is arithmetic. Same answers as calendar.ts's civilDate / civilDateTime.
 */
export function zoned(tz: string): { offset(ms: number): number; date(ms: number): string; dateTime(ms: number): string; iso(ms: number): string } {
  const cache = new Map<number, number>();
  const offset = (ms: number) => {
    const q = Math.floor(ms / 900000);
    let off = cache.get(q);
    if (off === undefined) cache.set(q, (off = zoneOffset(ms, tz)));
    return off;
  };
  const local = (ms: number) => new Date(Math.floor(ms / 1000) * 1000 + offset(ms)).toISOString();
  return {
    offset,
    date: (ms) => local(ms).slice(0, 10),
    dateTime: (ms) => { const x = local(ms); return `${x.slice(0, 10)} ${x.slice(11, 16)}`; },
    iso: (ms) => {
      const off = offset(ms);
      const m = Math.abs(off) / 60000;
      return `${local(ms).slice(0, 19)}${off < 0 ? '-' : '+'}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    },
  };
}

function mentions(bytes: Uint8Array | undefined, text: string): boolean {
  return !!bytes && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text);
}

/** An instant as ISO 8601 in the workspace zone: 2022-10-31T23:30:00+08:00. */
export function zonedIso(ms: number, tz: string): string { return zoned(tz).iso(ms); }
