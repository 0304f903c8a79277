// files → workspace → schema → model: the one way data flows into kzp (ARCHITECTURE.md).
import type { Lang } from '../i18n/index.js';
import { checkClean, checkRecord } from '../schema/index.js';
import { readDisk, type Diagnostic, type DiskRead, type Workspace } from '../workspace/index.js';
import { collectGarbage, COLLECT_FROM_FILES } from '../util/index.js';
import { buildModel, type Model, type RecordInput } from './model.js';

export interface Loaded { workspace: Workspace; model: Model; diagnostics: Diagnostic[] }

/** The model of the workspace on disk. */
export function loadModel(root: string, opts: { lang: Lang }): Loaded {
  return modelOf(readDisk(root, opts.lang, checkClean), opts.lang);
}

/** The model of a disk read begun earlier (workspace beginRead). */
export function loadBegun(read: DiskRead, lang: Lang): Loaded {
  return modelOf(read.finish(lang, checkClean), lang);
}

/**
 * The model of a workspace read (workspace/read.ts: from disk, from given sources, or with
 * changes); a disk read given `checkClean` has checked its clean records already.
 */
export function modelOf(workspace: Workspace, lang: Lang): Loaded {
  const root = workspace.root;
  // the read's dead strings go before the schema check makes its copies (src/util/gc.ts)
  if (workspace.files.length >= COLLECT_FROM_FILES) collectGarbage();
  const diagnostics = [...workspace.diagnostics];
  const inputs: RecordInput[] = [];
  for (const { file, kind } of workspace.files) {
    if (file.data === undefined) { inputs.push({ kind: kind === 'review' ? 'review' : kind, file }); continue; }
    // checked by the read, now or in an earlier run (the parse cache keeps the outcome): nothing to say
    if (file.checked) { inputs.push({ kind: file.checked.kind as RecordInput['kind'], file, value: file.checked.value }); continue; }
    const checked = checkRecord(file, kind, lang);
    diagnostics.push(...checked.diagnostics);
    inputs.push({ kind: checked.schemaKind ?? kind, file, value: checked.diagnostics.length && !checked.usable ? undefined : checked.value });
  }
  return { workspace, model: buildModel(root, inputs), diagnostics };
}

/** true when kzp.yaml was read, decoded and parsed */
export function configReadable(loaded: Loaded): boolean {
  const cfg = loaded.workspace.files.find((f) => f.kind === 'config');
  return !!cfg && cfg.file.data !== undefined;
}
