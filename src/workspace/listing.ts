// Which files of a workspace are records, and of which kind: the place of a file gives its kind
// (FORMAT.md), so the listing decides it, on disk (listRecordFiles) or for a set of paths
// (listPaths, for `--at` and tests).
import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { join, sep } from 'node:path';
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
  return out;
}
const YAML_NAME = /\.ya?ml$/i;

/** The kind a workspace-relative path gives a YAML file (null kind = misplaced in a record folder). */
export function classify(rel: string): Omit<Listed, 'abs'> {
  if (rel === CONFIG_FILE) return { rel, kind: 'config', folder: '', expected: CONFIG_FILE, yml: false };
  const parts = rel.split('/');
  const spec = FOLDERS[parts[0]];
  if (!spec) return { rel, kind: null, folder: parts[0], expected: '', yml: false };
  const ok = spec.sub ? parts.length === 3 && spec.sub.test(parts[1]) : parts.length === 2;
  const name = parts[parts.length - 1];
  return { rel, kind: ok ? spec.kind : null, folder: parts[0], expected: spec.expected, yml: !/\.yaml$/.test(name) };
}

/** For tests and `--at`: the listing of an in-memory set of files. */
export function listPaths(paths: string[]): Listed[] {
  return paths.filter((p) => p === CONFIG_FILE || /\.ya?ml$/i.test(p)).filter((p) => p === CONFIG_FILE || p.split('/')[0] in FOLDERS)
    .sort((a, b) => (a === CONFIG_FILE ? -1 : b === CONFIG_FILE ? 1 : a < b ? -1 : a > b ? 1 : 0)).map((p) => ({ ...classify(p), abs: p }));
}
