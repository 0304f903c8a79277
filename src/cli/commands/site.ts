// kzp site [-o DIR] [--force] — the district's key projects as a folder of static pages for a
// browser or any web server (src/site/): built from the same numbers as the bulletins, refused on
// data that fails validation unless --force, and put in place as a whole.
import { join, relative, resolve } from 'node:path';
import { audit, noTrail, type Trail } from '../../engine/index.js';
import { startTrail } from '../../history/index.js';
import { t } from '../../i18n/index.js';
import { defineCommand } from '../command.js';
import { CliError, open, rootOf, type CliContext } from '../context.js';
import { sourceDateEpoch, validated } from '../documents.js';

export async function run(ctx: CliContext, opts: { output?: string; force?: boolean }): Promise<number> {
  const { buildSite, targetState, writeSite, PATHS } = await import('../../site/index.js');
  // the one git log runs while the workspace is read, for the audit and the submission facts
  // alike; `history: declared` and --no-git read none
  const pending = ctx.opts.git === false ? null : startTrail(rootOf(ctx), { at: ctx.opts.at, cache: true });
  let o: Awaited<ReturnType<typeof open>>;
  try { o = await open(ctx, { trail: pending }); } catch (e) { pending?.cancel(); throw e; }
  if (o.model.config.history !== 'git') pending?.cancel();
  const target = opts.output ? resolve(ctx.cwd, opts.output) : join(o.workspace.root, 'site');
  const rel = relative(ctx.cwd, target);
  const shown = !rel ? '.' : rel.startsWith('..') ? target : rel;
  const state = targetState(target);
  if (state === 'foreign' || state === 'not-a-folder') { pending?.cancel(); throw new CliError(t(state === 'foreign' ? 'site.foreign' : 'site.notFolder', { dir: shown }, ctx.lang), t('site.foreign.hint', {}, ctx.lang)); }
  let validation;
  try { validation = validated(ctx, o, opts.force); } catch (e) { pending?.cancel(); throw e; }
  const trail: Trail = pending && o.model.config.history === 'git' ? await pending.wait() : noTrail(pending ? 'config' : 'no-git');
  const result = audit(o.model, trail, new Set(o.workspace.files.map((f) => f.file.path)));
  const { files } = await buildSite({ snap: o.snap, root: o.workspace.root, validation, audit: result, epoch: sourceDateEpoch(ctx) });
  await writeSite(target, files);
  const pages = files.filter((f) => f.path.endsWith('.html') && !f.path.startsWith('a/')).length;
  ctx.err(`${t('site.wrote', { dir: shown, pages, docs: files.length - pages - 2, index: join(shown, PATHS.overview) }, ctx.lang)}\n`);
  return 0;
}

export const command = defineCommand({
  name: 'site',
  options: [
    { flags: '-o, --output <dir>', help: 'help.site.output' },
    { flags: '--force', help: 'help.site.force' },
  ],
  examples: [
    { command: 'kzp site', help: 'help.site.ex1' },
    { command: 'kzp site -o public', help: 'help.site.ex2' },
  ],
  exits: { 1: 'help.exit.refused' },
  run,
});
