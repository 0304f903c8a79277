// kzp init [DIR] — a new workspace (FORMAT.md): kzp.yaml with every setting explained, the
// record folders, the base units kzp.yaml names, JSON Schemas wired for VS Code, CI for
// GitLab and GitHub, .gitattributes, a README, kzp itself in tools/ (the single-file build and
// its launchers, which the CI files run), and `git init` unless already in a repository.
// It overwrites nothing: if any of its files exists, it writes none; if one cannot be written
// (a full disk), none stays.
import { chmodSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { t } from '../../i18n/index.js';
import { defaultDeps, defaultLedgerMonth, initRepository, isMonth, TOOL_BUNDLE, TOOL_SCRIPTS, workspaceFiles, type EntryDeps } from '../../entry/index.js';
import { writeFiles } from '../../util/index.js';
import { refuseAt, asOfDate, checkMonthFlag, CliError, type CliContext } from '../context.js';
import { defineCommand } from '../command.js';

export interface InitOptions { district?: string; timezone?: string; since?: string; gitInit?: boolean }

export async function run(ctx: CliContext, opts: InitOptions, args: string[], deps: EntryDeps = defaultDeps(ctx)): Promise<number> {
  refuseAt(ctx, 'init');
  const { lang } = ctx;
  const dir = resolve(ctx.cwd, args[0] ?? ctx.opts.workspace ?? '.');
  checkMonthFlag(ctx, '--since', opts.since);
  const district = (opts.district ?? '重庆市开州区').trim();
  if (!district) throw new CliError(t('entry.init.badDistrict', {}, lang));
  const timezone = opts.timezone ?? 'Asia/Shanghai';
  try { new Intl.DateTimeFormat('en', { timeZone: timezone }); } catch { throw new CliError(t('entry.new.bad', { flag: '--timezone', value: timezone, why: 'IANA, e.g. Asia/Shanghai' }, lang)); }
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new CliError(t('entry.init.notDir', { dir }, lang));
  // the month whose ledgers the liaisons fill in next (in the first ten days, the month just
  // ended: what `ledger add` offers), so that the first ledger is not before `since`
  let since = opts.since ?? defaultLedgerMonth(asOfDate(ctx, timezone));
  if (opts.since === undefined && deps.interactive) {
    const ask = await deps.prompter();
    since = (await ask.input({ message: t('dist.init.askSince', {}, lang), default: since, validate: (v) => isMonth(v.trim()) || t('dist.init.badSince', {}, lang) })).trim();
  }
  const files = workspaceFiles({ district, timezone, since, version: ctx.version });
  const clash = Object.keys(files).filter((rel) => existsSync(join(dir, rel)));
  if (clash.length) throw new CliError(t('entry.init.exists', { dir, files: clash }, lang), t('entry.init.exists.hint', {}, lang));
  writeFiles(dir, files, { exclusive: true });
  for (const rel of TOOL_SCRIPTS) chmodSync(join(dir, rel), 0o755);
  if (files[TOOL_BUNDLE] === undefined) ctx.err(`${ctx.color.yellow('!')} ${t('dist.noBundle', {}, lang)}\n`);
  ctx.err(`${ctx.color.green('✔')} ${t('entry.init.done', { dir, n: Object.keys(files).length }, lang)}\n`);
  if (opts.gitInit !== false) {
    const r = await initRepository(dir);
    ctx.err(`  ${t(`entry.init.git${r.state}`, { message: r.message }, lang)}\n`);
  }
  ctx.err(t('entry.init.next', {}, lang) + '\n');
  if (ctx.opts.json) ctx.out(JSON.stringify({ dir, files: Object.keys(files) }, null, 2) + '\n');
  return 0;
}

export const command = defineCommand({
  name: 'init',
  args: [{ name: 'dir', help: 'help.init.dir' }],
  options: [
    { flags: '--district <name>', help: 'help.init.district', default: '重庆市开州区' },
    { flags: '--timezone <tz>', help: 'help.init.timezone', default: 'Asia/Shanghai' },
    { flags: '--since <month>', help: 'help.init.since' },
    { flags: '--no-git-init', help: 'help.init.noGitInit' },
  ],
  examples: [
    { command: 'kzp init kaizhou', help: 'help.init.ex1' },
    { command: 'kzp init --since 2024-01 --no-git-init', help: 'help.init.ex2' },
  ],
  run,
});
