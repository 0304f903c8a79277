// `--at REF`: the workspace as it was at a commit, read from git blobs without touching the
// working tree — one `git ls-tree` of the workspace folder and one `git cat-file --batch` for
// every record file, whatever their number. The result plugs into loadModel's `list`/`read`.
import { posix } from 'node:path';
import { t, type Lang } from '../i18n/index.js';
import { CONFIG_FILE, listPaths, MAX_FILE_BYTES, type Diagnostic, type Listed } from '../workspace/index.js';
import { readBlobs, resolveCommit, treeAt, type ResolveResult, type TreeEntry } from './trail.js';

export interface WorkspaceAt {
  ref: string;
  commit: string;
  at: number;                      // committer time of the commit, epoch ms
  list: Listed[];
  read: (rel: string) => Uint8Array | null;
  /** files git holds but kzp will not read (a link out of the workspace, an oversized blob) */
  diagnostics: Diagnostic[];
}

export type AtFailure = Exclude<ResolveResult, { ok: true }>['reason'] | 'no-config';

export class AtError extends Error {
  constructor(readonly reason: AtFailure, readonly ref: string, readonly detail?: string) { super(`--at ${ref}: ${reason}`); }
}

export function workspaceAt(root: string, ref: string, lang: Lang, git?: (args: string[], cwd: string) => string): WorkspaceAt {
  const r = resolveCommit(root, ref, git);
  if (!r.ok) throw new AtError(r.reason, ref, r.detail);
  const entries = treeAt(root, r.commit, git).filter((e) => e.type === 'blob');
  const byPath = new Map(entries.map((e) => [e.path, e]));
  if (!byPath.has(CONFIG_FILE)) throw new AtError('no-config', ref);
  const diagnostics: Diagnostic[] = [];
  const oidOf = new Map<string, string>();
  // as the disk reader: hidden files and folders are not records
  const list = listPaths(entries.map((e) => e.path).filter((p) => !p.split('/').some((seg) => seg.startsWith('.'))));
  // symbolic links (rare): their targets in one more batch
  const links = readBlobs(root, entries.filter((e) => e.mode === '120000').map((e) => e.oid));
  for (const l of list) {
    if (l.kind === null || l.yml) { continue; }
    let e = byPath.get(l.rel)!;
    if (e.mode === '120000') {
      // a symbolic link: follow it inside the tree of the same commit, as the disk reader follows it inside the workspace
      const target = resolveLink(l.rel);
      if (!target) { diagnostics.push({ file: l.rel, line: 1, column: 1, severity: 'error', rule: 'YAML', message: t('ws.symlink', { target: '?' }, lang), hint: t('ws.symlink.hint', {}, lang) }); continue; }
      e = target;
    }
    if (e.size !== null && e.size > MAX_FILE_BYTES) {
      const params = { size: (e.size / 1048576).toFixed(1), max: MAX_FILE_BYTES / 1048576 };
      diagnostics.push({ file: l.rel, line: 1, column: 1, severity: 'error', rule: 'YAML', message: t('ws.tooLarge', params, lang), hint: t('ws.tooLarge.hint', params, lang) });
      continue;
    }
    oidOf.set(l.rel, e.oid);
  }
  const blobs = readBlobs(root, oidOf.values());
  return {
    ref, commit: r.commit, at: r.at, list, diagnostics,
    read: (rel) => { const oid = oidOf.get(rel); return oid ? blobs.get(oid) ?? null : null; },
  };

  function resolveLink(rel: string): TreeEntry | null {
    let cur = byPath.get(rel)!;
    for (let hops = 0; hops < 8 && cur.mode === '120000'; hops++) {
      const target = new TextDecoder().decode(links.get(cur.oid) ?? new Uint8Array());
      if (!target || target.startsWith('/')) return null;
      const next = posix.normalize(posix.join(posix.dirname(cur.path), target));
      if (next === '..' || next.startsWith('../')) return null;
      const e = byPath.get(next);
      if (!e) return null;
      cur = e;
    }
    return cur.mode === '120000' ? null : cur;
  }
}
