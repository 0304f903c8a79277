// kzp doctor — can kzp work here? Node, git and its identity, the terminal's language, the
// workspace (found, valid, readable by git), the person behind git's e-mail and their projects,
// the editors' schemas, and the kzp the workspace carries: one line each, ✔ or ✘ with the fix
// (entry/doctor.ts judges). Exit 1 when any is ✘.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../../i18n/index.js';
import { git, judge, TOOL_BUNDLE, type DoctorFacts } from '../../entry/index.js';
import { jsonSchemas } from '../../schema/index.js';
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
  const ctype = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  const m = /\.([^@]+)/.exec(ctype);
  return { lang: ctx.lang, source, charset: m ? m[1] : null };
}

async function workspaceFacts(ctx: CliContext, from: string, email: string | null, gitFound: boolean): Promise<DoctorFacts['workspace']> {
  let root: string;
  try { root = findRoot(from, ctx.opts.workspace !== undefined); }
  catch (e) { if (e instanceof WorkspaceNotFound) return { found: false, from: e.from }; throw e; }
  let repository: 'ok' | 'not-a-repository' | 'dubious-ownership' | null = null;
  if (gitFound) {
    const r = await git(root, ['rev-parse', '--is-inside-work-tree'], ctx.env);
    repository = r.ok ? 'ok' : /dubious ownership|safe\.directory/.test(r.stderr) ? 'dubious-ownership' : 'not-a-repository';
  }
  const { loaded, diagnostics } = validateDir(root, ctx.lang);
  const m = loaded.model;
  const people: { id: string; name: string; unit: string; file: string }[] = [];
  if (email) for (const { person, unit } of m.people.values()) {
    if (person.email?.toLowerCase() === email.toLowerCase()) people.push({ id: person.id, name: person.name, unit: unit.data.id, file: unit.file.path });
  }
  const ids = new Set(people.map((p) => p.id));
  const projects: { id: string; name: string; roles: ('liaison' | 'lead_leader' | 'task_force')[] }[] = [];
  for (const { data: p } of m.projects.values()) {
    const roles: ('liaison' | 'lead_leader' | 'task_force')[] = [];
    if (p.liaison && ids.has(p.liaison)) roles.push('liaison');
    if (p.lead_leader && ids.has(p.lead_leader)) roles.push('lead_leader');
    if (p.task_force?.members.some((x) => ids.has(x.person))) roles.push('task_force');
    if (roles.length) projects.push({ id: p.id, name: p.name, roles });
  }
  const missing: string[] = [], stale: string[] = [];
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    const rel = `schemas/${name}`;
    let now: string | null = null;
    try { now = readFileSync(join(root, rel), 'utf8'); } catch { missing.push(rel); continue; }
    if (now !== JSON.stringify(schema, null, 2) + '\n') stale.push(rel);
  }
  let config = '';
  try { config = readFileSync(join(root, CONFIG_FILE), 'utf8'); } catch { /* validation reports it */ }
  return {
    found: true, root, repository, history: m.config.history,
    files: loaded.workspace.byPath.size,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    people, projects: projects.sort((a, b) => (a.id < b.id ? -1 : 1)), schemas: { missing, stale },
    tools: { bundle: existsSync(join(root, TOOL_BUNDLE)), recorded: recordedVersion(config) },
  };
}

export async function run(ctx: CliContext): Promise<number> {
  skipVersionNote(ctx);   // the tools line says it
  const from = ctx.opts.workspace ?? ctx.cwd;
  const where = existsSync(from) ? from : ctx.cwd;
  const v = await git(where, ['--version'], ctx.env);
  const gitVersion = v.ok ? (/(\d+\.\d+[\w.]*)/.exec(v.stdout)?.[1] ?? v.stdout.trim()) : null;
  let user: DoctorFacts['user'];
  if (gitVersion !== null) {
    const get = async (key: string) => { const r = await git(where, ['config', key], ctx.env); return r.ok && r.stdout.trim() ? r.stdout.trim() : null; };
    user = { name: await get('user.name'), email: await get('user.email') };
  }
  const facts: DoctorFacts = {
    node: process.versions.node, git: gitVersion, user, locale: locale(ctx), running: ctx.version,
    workspace: await workspaceFacts(ctx, from, user?.email ?? null, gitVersion !== null),
  };
  const checks = judge(facts, ctx.lang);
  const failed = checks.filter((c) => !c.ok).length;
  if (ctx.opts.json) ctx.out(JSON.stringify({ ok: failed === 0, checks }, null, 2) + '\n');
  else {
    const c = ctx.color;
    const lines = [t('doctor.title', { version: ctx.version }, ctx.lang)];
    for (const x of checks) {
      lines.push(`${x.ok ? c.green('✔') : c.red('✘')} ${x.text}`);
      if (x.fix) lines.push(`  ${c.dim(t('doctor.fix', {}, ctx.lang))} ${x.fix}`);
    }
    lines.push('', failed ? c.red(t('doctor.summary.bad', { n: failed }, ctx.lang)) : c.green(t('doctor.summary.ok', {}, ctx.lang)));
    ctx.out(lines.join('\n') + '\n');
  }
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
