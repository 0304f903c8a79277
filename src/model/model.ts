// The typed, indexed workspace built from the records that passed their schema. Everything
// after this step (rules, engine, reports) reads the model, never the files.
import { configSchema, type Config, type Dispatch, type Inspection, type Ledger, type List, type Person, type Problem, type Project, type Review, type Unit } from '../schema/index.js';
import type { SourceFile } from '../workspace/index.js';

export interface Rec<T> { data: T; file: SourceFile }

export interface ProblemEntry { ledger: Rec<Ledger>; index: number; problem: Problem }
export interface ProblemTimeline {
  key: string;            // PROJECT/ID
  project: string;
  id: string;
  entries: ProblemEntry[]; // by month
  first: ProblemEntry;
  last: ProblemEntry;     // the newest ledger that lists it gives its state
}

export interface Membership { list: Rec<List>; entry: List['projects'][number]; index: number }

export interface Model {
  root: string;
  config: Config;
  configFile?: SourceFile;
  units: Map<string, Rec<Unit>>;
  people: Map<string, { person: Person; unit: Rec<Unit>; index: number }>;
  projects: Map<string, Rec<Project>>;
  lists: Map<string, Rec<List>>;
  ledgers: Rec<Ledger>[];
  ledgerIndex: Map<string, Map<string, Rec<Ledger>>>;
  reviews: Rec<Review>[];
  dispatches: Rec<Dispatch>[];
  inspections: Rec<Inspection>[];
  problems: Map<string, ProblemTimeline>;
  membership: Map<string, Membership[]>;
  /** ids of every record file found, valid or not: a reference to a broken record is not also a REF error */
  known: { units: Set<string>; people: Set<string>; projects: Set<string>; lists: Set<string>; reviews: Set<string> };
}

export interface RecordInput {
  kind: 'config' | 'unit' | 'project' | 'list' | 'ledger' | 'review' | 'dispatch' | 'inspection';
  file: SourceFile;
  value?: unknown;   // the schema-valid value, or undefined when the record failed its schema
}

export const DEFAULT_CONFIG: Config = configSchema.parse({ kzp: 1, district: '—', center: 'center' });

export function buildModel(root: string, inputs: RecordInput[]): Model {
  const m: Model = {
    root, config: DEFAULT_CONFIG, units: new Map(), people: new Map(), projects: new Map(), lists: new Map(),
    ledgers: [], ledgerIndex: new Map(), reviews: [], dispatches: [], inspections: [], problems: new Map(), membership: new Map(),
    known: { units: new Set(), people: new Set(), projects: new Set(), lists: new Set(), reviews: new Set() },
  };
  for (const { kind, file, value } of inputs) {
    const raw = (file.data ?? {}) as Record<string, unknown>;
    // a record that could not even be parsed still exists under its file name (= its id)
    const rawId = typeof raw.id === 'string' ? raw.id : file.data === undefined && kind !== 'ledger' && kind !== 'config' ? file.path.split('/').pop()!.replace(/\.ya?ml$/i, '') : undefined;
    if (kind === 'unit') {
      if (rawId) m.known.units.add(rawId);
      if (Array.isArray(raw.people)) for (const p of raw.people) if (p && typeof (p as { id?: unknown }).id === 'string') m.known.people.add((p as { id: string }).id);
    } else if (kind === 'project' && rawId) m.known.projects.add(rawId);
    else if (kind === 'list' && rawId) m.known.lists.add(rawId);
    else if ((kind === 'review' || kind === 'dispatch' || kind === 'inspection') && rawId) m.known.reviews.add(rawId);
    if (value === undefined) continue;
    switch (kind) {
      case 'config': m.config = value as Config; m.configFile = file; break;
      case 'unit': {
        const u = value as Unit;
        if (m.units.has(u.id)) break;
        const rec = { data: u, file };
        m.units.set(u.id, rec);
        u.people.forEach((person, index) => { if (!m.people.has(person.id)) m.people.set(person.id, { person, unit: rec, index }); });
        break;
      }
      case 'project': { const p = value as Project; if (!m.projects.has(p.id)) m.projects.set(p.id, { data: p, file }); break; }
      case 'list': { const l = value as List; if (!m.lists.has(l.id)) m.lists.set(l.id, { data: l, file }); break; }
      case 'ledger': m.ledgers.push({ data: value as Ledger, file }); break;
      case 'review': m.reviews.push({ data: value as Review, file }); break;
      case 'dispatch': m.dispatches.push({ data: value as Dispatch, file }); break;
      case 'inspection': m.inspections.push({ data: value as Inspection, file }); break;
    }
  }
  const byDate = <T extends { date: string; id: string }>(a: Rec<T>, b: Rec<T>) => (a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0);
  m.reviews.sort(byDate); m.dispatches.sort(byDate); m.inspections.sort(byDate);
  m.ledgers.sort((a, b) => (a.data.month < b.data.month ? -1 : a.data.month > b.data.month ? 1 : a.data.project < b.data.project ? -1 : a.data.project > b.data.project ? 1 : 0));
  for (const l of m.ledgers) {
    let byMonth = m.ledgerIndex.get(l.data.project);
    if (!byMonth) m.ledgerIndex.set(l.data.project, (byMonth = new Map()));
    if (!byMonth.has(l.data.month)) byMonth.set(l.data.month, l);
  }
  for (const byMonth of m.ledgerIndex.values()) {
    for (const l of byMonth.values()) {
      l.data.problems.forEach((problem, index) => {
        const key = `${l.data.project}/${problem.id}`;
        const entry = { ledger: l, index, problem };
        const tl = m.problems.get(key);
        if (tl) { tl.entries.push(entry); tl.last = entry; }
        else m.problems.set(key, { key, project: l.data.project, id: problem.id, entries: [entry], first: entry, last: entry });
      });
    }
  }
  for (const list of m.lists.values()) {
    list.data.projects.forEach((entry, index) => {
      const arr = m.membership.get(entry.project) ?? [];
      arr.push({ list, entry, index });
      m.membership.set(entry.project, arr);
    });
  }
  return m;
}

// ---- small queries every layer needs ----

/** The years [from, to] a list covers: annual "2022" → [2022, 2022], rolling "2023-2025" → [2023, 2025]. */
export function listYears(list: List): [number, number] {
  const p = String(list.period);
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(p);
  if (!m) return [0, -1];
  return [Number(m[1]), Number(m[2] ?? m[1])];
}

export function isDecided(list: List): boolean { return !!list.decided_on && !!list.decision_ref; }

/** The lists a project is on (any kind, decided or not). */
export function listsOf(m: Model, project: string): Membership[] { return m.membership.get(project) ?? []; }

/** On any list of the given kinds (decided or not). */
export function isListedIn(m: Model, project: string, kinds: ReadonlyArray<List['kind']>): boolean {
  return listsOf(m, project).some((x) => kinds.includes(x.list.data.kind));
}

/** Units whose people hold a leader role. */
export function leadersWithRole(m: Model, role: string): Person[] {
  const out: Person[] = [];
  for (const { person } of m.people.values()) if (person.leader_roles?.includes(role as never)) out.push(person);
  return out;
}

export function unitOfPerson(m: Model, person: string): Rec<Unit> | undefined { return m.people.get(person)?.unit; }
