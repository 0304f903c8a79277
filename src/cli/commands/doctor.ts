// kzp doctor — can kzp work here? Node, git and its identity, the terminal's language, the
// workspace (found, valid, readable by git), the person behind git's e-mail and their projects,
// the editors' schemas, and the kzp the workspace carries: one line each, ✔ or ✘ with the fix
// (entry/doctor.ts judges). Exit 1 when any is ✘.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../../i18n/index.js';
import { gitFacts, judge, peopleFacts, repositoryState, schemaFacts, TOOL_BUNDLE, type DoctorFacts } from '../../entry/index.js';
import { doctorText } from '../../render/index.js';
import { CONFIG_FILE, findRoot, WorkspaceNotFound } from '../../workspace/index.js';
import type { CliContext } from '../context.js';
import { defineCommand } from '../command.js';
import { validateDir } from '../validate-core.js';
import { recordedVersion, skipVersionNote } from '../version-note.js';

/** The language's source and the terminal's character set, from the flags and the locale variables. */
function locale(ctx: CliContext): DoctorFacts['locale'] {
  const env = ctx.env;
  const name = ['LC_ALL', 'LC_MESSAGES', 'LANG'].find((k) => env[k]);
  const source = ctx.opts.lang ? `--lang ${ctx.opts.lang}` : name ? `${name}=${env[name]}` : t('doctor.lang.default', {}, ctx.lang);
  const m = /\.([^@]+)/.exec(env.LC_ALL || env.LC_CTYPE || env.LANG || '');
  return { lang: ctx.lang, source, charset: m ? m[1] : null };
}

async function workspaceFacts(ctx: CliContext, from: string, email: string | null, gitFound: boolean): Promise<DoctorFacts['workspace']> {
  let root: string;
  try { root = findRoot(from, ctx.opts.workspace !== undefined); }
  catch (e) { if (e instanceof WorkspaceNotFound) return { found: false, from: e.from }; throw e; }
  const { loaded, diagnostics } = validateDir(root, ctx.lang);
  let config = '';
  try { config = readFileSync(join(root, CONFIG_FILE), 'utf8'); } catch { /* validation reports it */ }
  return {
    found: true, root, repository: gitFound ? await repositoryState(root, ctx.env) : null, history: loaded.model.config.history,
    files: loaded.workspace.byPath.size,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    ...peopleFacts(loaded.model, email), schemas: schemaFacts(root),
    tools: { bundle: existsSync(join(root, TOOL_BUNDLE)), recorded: recordedVersion(config) },
  };
}

export async function run(ctx: CliContext): Promise<number> {
  skipVersionNote(ctx);   // the tools line says it
  const from = ctx.opts.workspace ?? ctx.cwd;
  const g = await gitFacts(existsSync(from) ? from : ctx.cwd, ctx.env);
  const facts: DoctorFacts = {
    node: process.versions.node, ...g, locale: locale(ctx), running: ctx.version,
    workspace: await workspaceFacts(ctx, from, g.user?.email ?? null, g.git !== null),
  };
  const checks = judge(facts, ctx.lang);
  const failed = checks.filter((c) => !c.ok).length;
  ctx.out(ctx.opts.json ? JSON.stringify({ ok: failed === 0, checks }, null, 2) + '\n' : doctorText(checks, ctx.version, ctx.color, ctx.lang));
  return failed ? 1 : 0;
}

export const command = defineCommand({
  name: 'doctor',
  examples: [
    { command: 'kzp doctor', help: 'help.doctor.ex1' },
    { command: 'kzp doctor --json', help: 'help.doctor.ex2' },
  ],
  run,
});
