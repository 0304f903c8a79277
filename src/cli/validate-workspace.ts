// `kzp validate` on the workspace on disk, with the verdict cache. Light on purpose: a
// warm run lists and stats the files and prints the last run's verdict without loading the
// parser libraries, zod, the model or the rules; they are imported only when something changed.
import type { Lang } from '../i18n/index.js';
import { beginRead, DiskFiles, hasVerdict, listRecordFiles, readVerdict, saveVerdict, stampListing, stampsOfRead, type Diagnostic, type SourceFile } from '../workspace/index.js';

/** What `kzp validate` prints from: the diagnostics, the files for excerpts, and whether kzp.yaml could be read. */
export interface Validation {
  diagnostics: Diagnostic[];
  files: Map<string, SourceFile>;
  configReadable: boolean;
}

/**
 * Unchanged files since the last run (every stamp the same, same kzp build and language) give the
 * last run's verdict without reading a file (workspace/fast/verdict.ts); otherwise the whole pipeline runs, on
 * stamps taken before the first read, and its verdict is kept for the next run.
 */
export async function validateWorkspace(root: string, lang: Lang): Promise<Validation> {
  const since = Date.now();
  const listed = listRecordFiles(root);
  // with no verdict kept there is nothing to compare: the read below takes the stamps
  const stamped = hasVerdict(root) ? stampListing(listed, lang, since) : null;
  const hit = stamped && readVerdict(root, stamped);
  if (hit) {
    const unread = new Set(hit.unread);
    // the files a full run reads into the workspace: placed records, less those it could not read
    const rels = listed.filter((l) => l.kind !== null && !l.yml && !unread.has(l.rel)).map((l) => l.rel);
    return { diagnostics: hit.diagnostics, files: new DiskFiles(root, rels), configReadable: hit.configReadable };
  }
  // the parse workers start now, and parse while zod, the model and the rules load
  const begun = beginRead(root, listed, stamped?.byRel);
  const [{ loadBegun }, { validation }] = await Promise.all([import('../model/index.js'), import('./validate-core.js')]);
  const loaded = loadBegun(begun, lang);
  const v = validation(loaded, lang);
  const stamps = stamped ?? (loaded.workspace.stamps && stampsOfRead(listed, loaded.workspace.stamps, lang, since));
  if (stamps) {
    const unread = listed.filter((l) => l.kind !== null && !l.yml && !v.files.has(l.rel)).map((l) => l.rel);
    saveVerdict(root, stamps, { diagnostics: v.diagnostics, unread, configReadable: v.configReadable });
  }
  return v;
}
