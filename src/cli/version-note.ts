// One line when the kzp running is not the one the workspace records (kzp.yaml `kzp_version`,
// written by `kzp init` and `kzp vendor` with tools/kzp.mjs): a newer kzp may say what CI's
// tools/kzp.mjs does not, an older one may not know a newer setting. Said once a run, on stderr,
// and never an error: the record files decide validity, not the tool's version.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../i18n/index.js';
import { CONFIG_FILE } from '../workspace/index.js';
import type { CliContext } from './errors.js';

const told = new WeakSet<CliContext>();

/** `kzp_version` of a kzp.yaml's text, without parsing it (this runs before anything is read). */
export function recordedVersion(text: string): string | null {
  const m = /^kzp_version:[ \t]*(["']?)([^"'\s#]+)\1/m.exec(text);
  return m ? m[2] : null;
}

/** -1, 0 or 1 by the numbers of major.minor.patch; null when either is not such a version. */
export function compareVersions(a: string, b: string): number | null {
  const pa = /^(\d+)\.(\d+)\.(\d+)/.exec(a), pb = /^(\d+)\.(\d+)\.(\d+)/.exec(b);
  if (!pa || !pb) return null;
  for (let i = 1; i <= 3; i++) if (Number(pa[i]) !== Number(pb[i])) return Number(pa[i]) < Number(pb[i]) ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}

/** The line for a running version against the recorded one; null when they agree. */
export function versionNote(running: string, recorded: string, lang: CliContext['lang']): string | null {
  if (running === recorded) return null;
  const c = compareVersions(running, recorded);
  return t(c === null ? 'dist.version.other' : c > 0 ? 'dist.version.newer' : 'dist.version.older', { running, recorded }, lang);
}

/** No note in this run (`kzp vendor`, `kzp doctor`: they say it their own way). */
export function skipVersionNote(ctx: CliContext): void { told.add(ctx); }

export function noteVersion(ctx: CliContext, root: string): void {
  if (told.has(ctx)) return;
  told.add(ctx);
  let text: string;
  try { text = readFileSync(join(root, CONFIG_FILE), 'utf8'); } catch { return; }
  const recorded = recordedVersion(text);
  const note = recorded === null ? null : versionNote(ctx.version, recorded, ctx.lang);
  if (note) ctx.err(`${ctx.color.yellow('kzp:')} ${note}\n`);
}
