// kzp vendor — put this kzp into the workspace: tools/kzp.mjs (the single-file build) and its
// launchers replaced, kzp.yaml's kzp_version set, the editors' schemas/ rewritten, and
// .gitattributes given the tools/ lines if it lacks them. What CI runs is then this version; the user commits the change.
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../../i18n/index.js';
import { TOOL_BUNDLE, TOOL_SCRIPTS, toolFiles, withToolAttributes, withVersion } from '../../entry/index.js';
import { writeOrFail } from '../../entry/index.js';
import { jsonSchemas } from '../../schema/index.js';
import { CONFIG_FILE } from '../../workspace/index.js';
import { CliError, refuseAt, rootOf, type CliContext } from '../context.js';
import { defineCommand } from '../command.js';
import { recordedVersion, skipVersionNote } from '../version-note.js';

const read = (abs: string): string | null => { try { return readFileSync(abs, 'utf8'); } catch { return null; } };

export function run(ctx: CliContext): number {
  refuseAt(ctx, 'vendor');
  const { lang } = ctx;
  skipVersionNote(ctx);   // what the note would ask for is what this command does
  const root = rootOf(ctx);
  const { bundle, launchers } = toolFiles();
  if (bundle === null) throw new CliError(t('dist.noBundle.vendor', {}, lang), t('dist.noBundle.hint', {}, lang));
  const configText = read(join(root, CONFIG_FILE)) ?? '';
  const previous = recordedVersion(configText);
  const next: Record<string, string> = { [TOOL_BUNDLE]: bundle, ...launchers, [CONFIG_FILE]: withVersion(configText, ctx.version) };
  // the editors' schemas belong to the kzp that checks the records
  for (const [name, schema] of Object.entries(jsonSchemas())) next[`schemas/${name}`] = JSON.stringify(schema, null, 2) + '\n';
  const attributes = withToolAttributes(read(join(root, '.gitattributes')));
  if (attributes !== null) next['.gitattributes'] = attributes;
  const changed: string[] = [];
  for (const [rel, text] of Object.entries(next)) {
    const abs = join(root, rel);
    const now = read(abs);
    if (now === text) continue;
    writeOrFail(ctx, abs, text, now);
    changed.push(rel);
  }
  for (const rel of TOOL_SCRIPTS) if (existsSync(join(root, rel))) chmodSync(join(root, rel), 0o755);
  if (ctx.opts.json) ctx.out(JSON.stringify({ root, version: ctx.version, previous, changed }, null, 2) + '\n');
  if (!changed.length) { ctx.err(`${ctx.color.green('✔')} ${t('dist.vendor.same', { version: ctx.version }, lang)}\n`); return 0; }
  ctx.err(`${ctx.color.green('✔')} ${t(previous && previous !== ctx.version ? 'dist.vendor.updated' : 'dist.vendor.wrote', { previous: previous ?? '', version: ctx.version, files: changed }, lang)}\n`);
  ctx.err(`  ${t('dist.vendor.next', { files: changed.map((f) => /^(tools|schemas)\//.test(f) ? f.slice(0, f.indexOf('/')) : f).filter((f, i, a) => a.indexOf(f) === i).join(' '), version: ctx.version }, lang)}\n`);
  return 0;
}

export const command = defineCommand({
  name: 'vendor',
  examples: [{ command: 'kzp vendor && git add tools schemas kzp.yaml', help: 'help.vendor.ex1' }],
  run,
});
