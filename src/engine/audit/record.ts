// `kzp log RECORD`: which files a record is.
import type { Model } from '../../model/index.js';
import { idOfPath, LEDGER_FILE, PROJECT_FILE, REVIEW_FILE } from './paths.js';

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
    const paths = [...known].filter((p) => LEDGER_FILE.exec(p)?.[2] === project || REVIEW_FILE.test(p)).sort();
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
