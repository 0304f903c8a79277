// What every command gets: the global options, resolved once, and the workspace loader.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../i18n/index.js';
import { configReadable, loadModel, modelOf, type Loaded } from '../model/index.js';
import { CliError, type CliContext } from './errors.js';
import { AtError, workspaceAt, type WorkspaceAt } from '../history/index.js';
import { civilDate, isValidTimeZone } from '../engine/index.js';

export { CliError, checkDateFlag, checkMonthFlag, type CliContext, type GlobalOptions } from './errors.js';
export { configError, rootOf } from './root.js';
import { configError, rootOf } from './root.js';
import { CONFIG_FILE, readSources } from '../workspace/index.js';
import type { EntryWorkspace } from '../entry/index.js';

/** The commit a workspace was read at (`--at REF`). */
export interface AtCommit { ref: string; commit: string; at: number }

/**
 * The workspace of every read command: from disk, or with `--at REF` as it was at that commit,
 * from git blobs (one `git ls-tree`, one `git cat-file --batch`; the working tree is not
 * touched). Without `--as-of`, a read at a commit is as of the commit's day in the workspace
 * time zone, so that the same command at the same commit gives the same answer on any day.
 */
export function load(ctx: CliContext, opts: { brokenConfig?: boolean } = {}): Loaded & { at?: AtCommit } {
  const root = rootOf(ctx);
  if (ctx.opts.at === undefined) return usable(ctx, loadModel(root, { lang: ctx.lang }), opts.brokenConfig);
  let ws: WorkspaceAt;
  try {
    ws = workspaceAt(root, ctx.opts.at, ctx.lang);
  } catch (e) {
    if (e instanceof AtError) {
      const detail = e.detail?.split('\n')[0] ?? '';
      throw new CliError(t(`at.${e.reason}`, { ref: e.ref, root, detail }, ctx.lang), t(`at.${e.reason}.hint`, { ref: e.ref, fix: refusalFix(e.detail, ctx.lang) }, ctx.lang));
    }
    throw e;
  }
  const loaded = modelOf(readSources(root, ctx.lang, ws.list, ws.read), ctx.lang);
  for (const d of ws.diagnostics) loaded.diagnostics.push(d);
  if (!ctx.opts.asOf) {
    const tz = loaded.model.config.timezone;
    ctx.opts.asOf = isValidTimeZone(tz) ? civilDate(ws.at, tz) : new Date(ws.at).toISOString().slice(0, 10);
  }
  return usable(ctx, { ...loaded, at: { ref: ws.ref, commit: ws.commit, at: ws.at } }, opts.brokenConfig);
}

function usable<T extends Loaded>(ctx: CliContext, loaded: T, allow = false): T {
  if (!allow && !configReadable(loaded)) throw configError(ctx, loaded.diagnostics);
  return loaded;
}

/** The as-of date: `--as-of`, else today in the workspace time zone (the only place kzp reads the clock). */
export function asOfDate(ctx: CliContext, timezone: string): string {
  if (ctx.opts.asOf) return ctx.opts.asOf;
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  } catch {
    return new Date().toISOString().slice(0, 10);
  }
}

/** Commands that write refuse `--at`: they change the working tree, never an old state. */
export function refuseAt(ctx: CliContext, command: string): void {
  if (ctx.opts.at !== undefined) throw new CliError(t('cli.atWrites', { command }, ctx.lang));
}


// ---- the engine's inputs: model, history facts and the as-of date ----
import { DECLARED, factsOfTrail, snapshot, trustOf, type HistoryFacts, type Snapshot } from '../engine/index.js';
import { refusalFix, startSummary, summaryFrom, type PendingTrail } from '../history/index.js';
import { historyNotes } from './history-notes.js';

export interface Opened extends ReturnType<typeof load> { history: HistoryFacts; asOf: string; snap: Snapshot }

/**
 * Load the workspace, its git history (one pass, unless declared) and build the as-of snapshot.
 * The `git log` starts first and runs while the workspace is read and checked. `trail`: the
 * whole trail, already being read by a command that needs it too (site): the facts are taken
 * from it rather than from a second `git log`.
 */
export async function open(ctx: CliContext, o: { trail?: PendingTrail | null } = {}): Promise<Opened> {
  const root = rootOf(ctx);
  const pending = ctx.opts.git === false || declaresHistory(root) ? null : o.trail ? summaryFrom(o.trail) : startSummary(root, { at: ctx.opts.at, cache: true });
  let loaded: ReturnType<typeof load>;
  try { loaded = load(ctx); } catch (e) { pending?.cancel(); throw e; }
  const m = loaded.model;
  let history: HistoryFacts = DECLARED;
  if (ctx.opts.git === false) history = { ...DECLARED, reason: 'no-git' };
  if (m.config.history !== 'git' || !pending) pending?.cancel();
  else {
    const summary = await pending.wait();
    history = factsOfTrail(summary, trustOf(summary, m.config));
    ctx.err(historyNotes(history, m.config.timezone, ctx.lang));
  }
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors) ctx.err(`${t('cli.dataErrors', { n: errors }, ctx.lang)}\n`);
  const asOf = asOfDate(ctx, m.config.timezone);
  return { ...loaded, history, asOf, snap: snapshot(m, history, asOf) };
}

/** A cheap look at kzp.yaml before it is parsed: `history: declared` needs no git at all. */
function declaresHistory(root: string): boolean {
  try { return /^history:[ \t]*["']?declared\b/m.test(readFileSync(join(root, CONFIG_FILE), 'utf8')); } catch { return false; }
}

/** The workspace an entry command (src/entry) works on: read from disk, with the as-of date. */
export function entryWorkspace(ctx: CliContext): EntryWorkspace {
  const { model, workspace } = load(ctx);
  return { root: workspace.root, model, today: asOfDate(ctx, model.config.timezone), json: !!ctx.opts.json };
}
