// Field-level changes between two versions of a record (HI-2, `kzp log`): not a text diff but
// what changed in the data — `progress.invested: 450 → 480`, `problems[P1].status: open →
// resolved`, a problem added. Lists of records are matched by their id field where they have one
// (problems by `id`, list entries by `project`, dispatch items by `problem` …), so that a
// reordered list is no change and an inserted item is one addition, not a cascade. Pure.

export interface FieldChange {
  path: string;                        // e.g. progress.invested, problems[P1].status, participants
  change: 'changed' | 'added' | 'removed';
  from?: unknown;                      // changed, removed
  to?: unknown;                        // changed, added
}

/** Fields that identify an item of a list of records, in order of preference. */
export const ID_FIELDS = ['id', 'problem', 'project', 'task', 'person', 'source', 'channel'] as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: unknown): boolean => v === null || (typeof v !== 'object' && typeof v !== 'function');

function join(base: string, key: string): string { return base ? `${base}.${key}` : key; }

/** The field that identifies every item of both lists (present, scalar, unique in each), if any. */
export function idFieldOf(a: unknown[], b: unknown[]): string | null {
  if (!a.length && !b.length) return null;
  for (const f of ID_FIELDS) {
    const ok = [a, b].every((arr) => {
      const seen = new Set<string>();
      for (const x of arr) {
        if (!isObj(x) || !isScalar(x[f]) || x[f] === null || x[f] === undefined) return false;
        const k = String(x[f]);
        if (seen.has(k)) return false;
        seen.add(k);
      }
      return true;
    });
    if (ok) return f;
  }
  return null;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a), kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => k in b && same(a[k], b[k]));
  }
  return false;
}

/** The changes that turn `a` into `b`, field by field; `base` prefixes every path. */
export function diffValues(a: unknown, b: unknown, base = ''): FieldChange[] {
  if (same(a, b)) return [];
  if (a === undefined) return [{ path: base, change: 'added', to: b }];
  if (b === undefined) return [{ path: base, change: 'removed', from: a }];
  if (isObj(a) && isObj(b)) {
    const out: FieldChange[] = [];
    const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))];
    for (const k of keys) out.push(...diffValues(a[k], b[k], join(base, k)));
    return out;
  }
  if (Array.isArray(a) && Array.isArray(b)) return diffLists(a, b, base);
  return [{ path: base, change: 'changed', from: a, to: b }];
}

function diffLists(a: unknown[], b: unknown[], base: string): FieldChange[] {
  const out: FieldChange[] = [];
  const id = idFieldOf(a, b);
  if (id) {
    const key = (x: unknown) => String((x as Obj)[id]);
    const inB = new Map(b.map((x) => [key(x), x]));
    const inA = new Map(a.map((x) => [key(x), x]));
    for (const x of a) {
      const k = key(x);
      const p = `${base}[${k}]`;
      if (!inB.has(k)) out.push({ path: p, change: 'removed', from: x });
      else out.push(...diffValues(x, inB.get(k), p));
    }
    for (const x of b) if (!inA.has(key(x))) out.push({ path: `${base}[${key(x)}]`, change: 'added', to: x });
    return out;
  }
  if (a.every(isScalar) && b.every(isScalar)) {
    // a list of values (participants, methods, roles): what came and what went, as a multiset
    const left = [...b];
    const removed: unknown[] = [];
    for (const x of a) {
      const i = left.findIndex((y) => y === x);
      if (i >= 0) left.splice(i, 1); else removed.push(x);
    }
    for (const x of removed) out.push({ path: base, change: 'removed', from: x });
    for (const x of left) out.push({ path: base, change: 'added', to: x });
    return out;
  }
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) out.push(...diffValues(a[i], b[i], `${base}[${i}]`));
  return out;
}

/** A version's data; not ok when it cannot be read as YAML, or git no longer has it (`missing`). */
export type Parsed = { ok: true; value: unknown } | { ok: false; missing?: true };

/**
 * Record versions by blob id, as src/history reads them from git: `value` parses a version when
 * first asked (not ok: it cannot be read as YAML); `mentions` says whether its text contains
 * `text` at all, so that a version can be passed over without being parsed.
 */
export interface Versions {
  value(oid: string): Parsed;
  mentions(oid: string, text: string): boolean;
}

/**
 * The field changes between two versions of a record. `null` when one side cannot be read as
 * YAML: the change is then reported without fields, never as "no change".
 */
export function diffRecords(a: Parsed, b: Parsed): FieldChange[] | null {
  // a version git no longer has (a partial clone) says nothing about the fields
  if ((!a.ok && a.missing) || (!b.ok && b.missing)) return [];
  if (!a.ok || !b.ok) return null;
  return diffValues(a.value, b.value);
}

/** The field changes between two blobs of a file, both present. */
export function diffVersions(v: Versions, before: string, after: string): FieldChange[] | null {
  return diffRecords(v.value(before), v.value(after));
}

/** A value in one line, for text output: scalars as written, records in YAML flow style, long text cut. */
export function showValue(v: unknown, max = 80): string {
  const s = flow(v);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function flow(v: unknown): string {
  if (v === undefined) return '∅';
  if (v === null) return 'null';
  if (typeof v === 'string') return v === '' || /^[\s]|[\s]$|^[{[,#&*!|>'"%@`-]|: | #|[\n\r]/.test(v) ? JSON.stringify(v) : v;
  if (Array.isArray(v)) return `[${v.map(flow).join(', ')}]`;
  if (isObj(v)) return `{ ${Object.entries(v).map(([k, x]) => `${k}: ${flow(x)}`).join(', ')} }`;
  return String(v);
}
