// `kzp log RECORD`: the commits of a record with their field-level changes (HI-2).
import { diffValues, diffVersions, type FieldChange, type Parsed, type Versions } from '../diff.js';
import { LEDGER_FILE } from './paths.js';
import { problemItem } from './problem.js';
import type { RecordRef } from './record.js';
import type { ChangeStatus, TrailCommit, TrailEvent } from './trail.js';

export interface LogFile { path: string; status: 'added' | 'modified' | 'deleted' | 'renamed'; from?: string; fields: FieldChange[] | null }
export interface LogEntry { commit: TrailCommit; files: LogFile[] }

const STATUS: Record<ChangeStatus, LogFile['status']> = { A: 'added', C: 'added', M: 'modified', T: 'modified', D: 'deleted', R: 'renamed' };

/**
 * The log of a record: one entry per commit, each file with what changed field by field
 * (`null` fields: a version could not be read as YAML). For a problem, only the changes of its
 * own item in the project's ledgers and in dispatches, and only the commits that made one.
 */
export function logEntries(events: TrailEvent[], versions: Versions, ref: RecordRef): LogEntry[] {
  const value = (oid: string | null): Parsed => oid ? versions.value(oid) : { ok: true, value: undefined };
  const out: LogEntry[] = [];
  for (const ev of events) {
    const ch = ev.change;
    let fields: FieldChange[] | null;
    if (ref.kind === 'problem') {
      // a dispatch names the problem by its key: a version without it cannot have its item
      if (!LEDGER_FILE.test(ch.path) && ![ch.oldBlob, ch.newBlob].some((o) => o && versions.mentions(o, ref.record))) continue;
      const a = value(ch.oldBlob), b = value(ch.newBlob);
      if (!a.ok || !b.ok) continue;
      const key = ref.record;
      const before = problemItem(a.value, key, ch.from ?? ch.path), after = problemItem(b.value, key, ch.path);
      fields = diffValues(before, after, `problems[${LEDGER_FILE.test(ch.path) ? ref.problem : key}]`);
      if (!fields.length) continue;
    } else if (ch.status === 'M' || ch.status === 'T' || (ch.status === 'R' && ch.score !== 100)) {
      fields = ch.oldBlob && ch.newBlob ? diffVersions(versions, ch.oldBlob, ch.newBlob) : null;
    } else fields = [];
    const file: LogFile = { path: ch.path, status: STATUS[ch.status] ?? 'modified', fields };
    if (ch.from) file.from = ch.from;
    const last = out[out.length - 1];
    if (last && last.commit === ev.commit) last.files.push(file);
    else out.push({ commit: ev.commit, files: [file] });
  }
  return out;
}
