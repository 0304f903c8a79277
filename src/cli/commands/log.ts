// kzp log RECORD — a record's history from git: every commit that touched it (renames followed),
// who and when in the workspace zone, and what changed field by field (HI-1..HI-3). For a
// problem PROJECT/ID, its whole life across the ledgers and the dispatches that handled it.
import { isAbsolute, relative, resolve } from 'node:path';
import { logEntries, problemLife, resolveRecord, trailPaths } from '../../engine/index.js';
import { eventsOfPaths, readVersions, refusalFix, startTrail } from '../../history/index.js';
import { t } from '../../i18n/index.js';
import { logJson, logText } from '../../render/index.js';
import { CliError, load, rootOf, type CliContext } from '../context.js';
import { defineCommand } from '../command.js';

export async function run(ctx: CliContext, _opts: Record<string, unknown>, args: string[]): Promise<number> {
  const record = args[0];
  if (!record) throw new CliError(t('log.missingArg', {}, ctx.lang));
  if (ctx.opts.git === false) throw new CliError(t('log.needsGit', { reason: t('trail.no-git', {}, ctx.lang) }, ctx.lang));
  // the one git log runs while the workspace is read
  const pending = startTrail(rootOf(ctx), { at: ctx.opts.at, cache: true });
  let loaded: ReturnType<typeof load>;
  try { loaded = load(ctx); } catch (e) { pending.cancel(); throw e; }
  const root = loaded.workspace.root;
  const m = loaded.model;
  const trail = await pending.wait();
  if (trail.source !== 'git') throw new CliError(t('log.needsGit', { reason: t(`trail.${trail.reason}`, {}, ctx.lang) }, ctx.lang), trail.reason === 'git-refused' ? refusalFix(trail.detail, ctx.lang) : t('trail.hint.other', {}, ctx.lang));
  if (trail.shallow) ctx.err(`${t('log.shallow', {}, ctx.lang)}\n  ${t('cli.hint', {}, ctx.lang)}: ${t('trail.hint.shallow', {}, ctx.lang)}\n`);
  const known = new Set([...trailPaths(trail), ...loaded.workspace.byPath.keys(), ...loaded.workspace.files.map((f) => f.file.path)]);
  // a path is taken relative to the current folder, as the shell gives it, else relative to the workspace
  let name = record.split('\\').join('/');
  if (/\.ya?ml$/i.test(name) || name.includes('/')) {
    const rel = relative(root, isAbsolute(record) ? record : resolve(ctx.cwd, record)).split('\\').join('/');
    if (!rel.startsWith('..') && known.has(rel)) name = rel;
  }
  const ref = resolveRecord(name, known, m);
  if (!ref) throw new CliError(t('log.unknown', { record }, ctx.lang), t('log.unknown.hint', {}, ctx.lang));
  const events = eventsOfPaths(trail, ref.paths);
  const entries = logEntries(events, readVersions(root, events.flatMap((e) => [e.change.oldBlob, e.change.newBlob])), ref);
  const life = ref.kind === 'problem' ? problemLife(m, ref.record) : null;
  ctx.out(ctx.opts.json ? JSON.stringify(logJson(m, ref, entries, trail, life), null, 2) + '\n' : logText(m, ref, entries, trail, life, ctx.lang, ctx.color));
  return 0;
}

export const command = defineCommand({
  name: 'log',
  args: [{ name: 'record', required: true, help: 'help.log.record' }],
  examples: [
    { command: 'kzp log KZ-2022-001', help: 'help.log.ex1' },
    { command: 'kzp log KZ-2022-001/P1', help: 'help.log.ex2' },
  ],
  run,
});
