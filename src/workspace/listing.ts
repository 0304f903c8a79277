// Which files of a workspace are records, and of which kind: the place of a file gives its kind
// (FORMAT.md), so the listing decides it, on disk (listRecordFiles) or for a set of paths
// (listPaths, for `--at` and tests).
import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { join, sep } from 'node:path';
import { levenshtein } from '../util/index.js';
import { CONFIG_FILE } from './root.js';

export type RecordKind = 'config' | 'unit' | 'project' | 'list' | 'ledger' | 'review';

const FOLDERS: Record<string, { kind: RecordKind; sub?: RegExp; expected: string }> = {
  units: { kind: 'unit', expected: 'units/<单位id>.yaml' },
  projects: { kind: 'project', expected: 'projects/<项目id>.yaml' },
  lists: { kind: 'list', expected: 'lists/<清单id>.yaml' },
  ledgers: { kind: 'ledger', sub: /^\d{4}-\d{2}$/, expected: 'ledgers/<YYYY-MM>/<项目id>.yaml' },
  reviews: { kind: 'review', sub: /^\d{4}$/, expected: 'reviews/<YYYY>/<id>.yaml' },
};

export interface Listed {
  rel: string; abs: string; kind: RecordKind | null; folder: string; expected: string; yml: boolean;
  /** true when the listing saw a regular file (not a symlink): it may take the fast path */
  plain?: boolean;
  /** in a top-level folder kzp does not read whose name is near a record folder's: that folder */
  meant?: string;
}

/**
 * The record folder a top-level folder that is not one was meant to be ('' when none): the same
 * name in another case (`Ledgers`, written on Windows or macOS, which do not tell case apart), the
 * singular (`ledger`, `project`), or one letter off (`ledgrs`). Folders of other names (docs/,
 * tools/, .github/) are not kzp's business.
 */
export function meantFolder(name: string): string {
  if (Object.hasOwn(FOLDERS, name) || name.startsWith('.')) return '';
  const low = name.toLowerCase();
  for (const f of Object.keys(FOLDERS)) if (low === f || `${low}s` === f || levenshtein(low, f) <= 1) return f;
  return '';
}

/** Every YAML file under the record folders, with the kind its place gives it (null = misplaced). */
export function listRecordFiles(root: string): Listed[] {
  const out: Listed[] = [{ rel: CONFIG_FILE, abs: join(root, CONFIG_FILE), kind: 'config', folder: '', expected: CONFIG_FILE, yml: false }];
  for (const [folder, spec] of Object.entries(FOLDERS)) {
    const base = join(root, folder);
    if (!existsSync(base)) continue;
    walk(base, folder, 0, !spec.sub);
    // The same kinds as classify() gives, decided on the way down (a record sits at depth 0 of a
    // flat folder, or at depth 1 in a subfolder named by `sub`): this listing runs on every
    // command, and on 120k files a split and two spreads per file would be most of its time.
    function walk(abs: string, rel: string, depth: number, here: boolean) {
      let entries: Dirent[];
      try { entries = readdirSync(abs, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0)); } catch { return; }
      for (const e of entries) {
        const name = e.name;
        if (name.charCodeAt(0) === 46 /* . */) continue;
        const a = abs + sep + name, r = rel + '/' + name;
        // the entry's type comes with the listing; only a symlink or an unknown type needs a stat
        let dir = e.isDirectory();
        const file = !dir && e.isFile();
        if (!dir && !file) { try { dir = statSync(a).isDirectory(); } catch { dir = false; } }
        if (dir) { if (depth < 4) walk(a, r, depth + 1, depth === 0 && !!spec.sub && spec.sub.test(name)); continue; }
        if (!YAML_NAME.test(name)) continue;
        out.push({ rel: r, kind: here ? spec.kind : null, folder, expected: spec.expected, yml: !name.endsWith('.yaml'), abs: a, plain: file });
      }
    }
  }
  listNearMisses(root, out);
  return out;
}
const YAML_NAME = /\.ya?ml$/i;

/** The YAML files of top-level folders named like a record folder but not one (`Ledgers/`, `project/`): kzp reports them, never drops them silently. */
function listNearMisses(root: string, out: Listed[]): void {
  let top: Dirent[];
  try { top = readdirSync(root, { withFileTypes: true }); } catch { return; }
  for (const t of top.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))) {
    const meant = meantFolder(t.name);
    if (!meant || !(t.isDirectory() || t.isSymbolicLink())) continue;
    const walk = (abs: string, rel: string, depth: number) => {
      let entries: Dirent[];
      try { entries = readdirSync(abs, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0)); } catch { return; }
      for (const e of entries) {
        if (e.name.startsWith('.')) continue;
        const a = abs + sep + e.name, r = rel + '/' + e.name;
        if (e.isDirectory()) { if (depth < 4) walk(a, r, depth + 1); continue; }
        if (YAML_NAME.test(e.name)) out.push({ ...classify(r), abs: a, plain: e.isFile() });
      }
    };
    walk(join(root, t.name), t.name, 0);
  }
}

/** The kind a workspace-relative path gives a YAML file (null kind = misplaced in a record folder). */
export function classify(rel: string): Omit<Listed, 'abs'> {
  if (rel === CONFIG_FILE) return { rel, kind: 'config', folder: '', expected: CONFIG_FILE, yml: false };
  const parts = rel.split('/');
  const spec = Object.hasOwn(FOLDERS, parts[0]) ? FOLDERS[parts[0]] : undefined;
  if (!spec) {
    const meant = meantFolder(parts[0]);
    const name = parts[parts.length - 1];
    return meant ? { rel, kind: null, folder: parts[0], expected: FOLDERS[meant].expected, yml: !/\.yaml$/.test(name), meant } : { rel, kind: null, folder: parts[0], expected: '', yml: false };
  }
  const ok = spec.sub ? parts.length === 3 && spec.sub.test(parts[1]) : parts.length === 2;
  const name = parts[parts.length - 1];
  return { rel, kind: ok ? spec.kind : null, folder: parts[0], expected: spec.expected, yml: !/\.yaml$/.test(name) };
}

/** For tests and `--at`: the listing of an in-memory set of files. */
export function listPaths(paths: string[]): Listed[] {
  return paths.filter((p) => p === CONFIG_FILE || /\.ya?ml$/i.test(p)).filter((p) => p === CONFIG_FILE || Object.hasOwn(FOLDERS, p.split('/')[0]) || (p.includes('/') && meantFolder(p.split('/')[0]) !== ''))
    .sort((a, b) => (a === CONFIG_FILE ? -1 : b === CONFIG_FILE ? 1 : a < b ? -1 : a > b ? 1 : 0)).map((p) => ({ ...classify(p), abs: p }));
}
