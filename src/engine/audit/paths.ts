// Which record a workspace path holds, read from the path alone: the trail names files that no
// longer exist, so the model cannot be asked.
export const PROJECT_FILE = /^projects\/([^/]+)\.ya?ml$/;
export const LEDGER_FILE = /^ledgers\/(\d{4}-\d{2})\/([^/]+)\.ya?ml$/;
export const REVIEW_FILE = /^reviews\/\d{4}\/[^/]+\.ya?ml$/;
const RECORD_FILE = /^(kzp\.yaml|(units|projects|lists)\/[^/]+\.ya?ml|ledgers\/\d{4}-\d{2}\/[^/]+\.ya?ml|reviews\/\d{4}\/[^/]+\.ya?ml)$/;

/** The project whose records a path holds (its project file or one of its ledgers), and the ledger month. */
export function projectOfPath(path: string): { project: string; month?: string } | null {
  const p = PROJECT_FILE.exec(path);
  if (p) return { project: p[1] };
  const l = LEDGER_FILE.exec(path);
  return l ? { project: l[2], month: l[1] } : null;
}

export function isRecordPath(path: string): boolean { return RECORD_FILE.test(path); }

/** The record id a path names: its file name without the extension. */
export function idOfPath(path: string): string { return path.replace(/^.*\//, '').replace(/\.ya?ml$/, ''); }
