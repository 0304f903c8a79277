// commander wiring. Global options are accepted before or after the command name
// (CLI.md): they are lifted out of argv first, then commander parses the rest.
import { Command, CommanderError } from 'commander';
import { isAbsolute, relative } from 'node:path';
import { langFromEnv, t, type Lang } from '../i18n/index.js';
import { colorWanted, makeColor } from '../render/color.js';
import { CliError, checkDateFlag, type CliContext, type GlobalOptions } from './errors.js';
import { packageVersion } from './start.js';
import { summaryKey, type CommandSpec } from './command.js';
import { COMMANDS } from './commands/index.js';
import { WriteFailed, writeFailedText } from '../util/io-error.js';

const VERSION = packageVersion();

const GLOBAL_WITH_VALUE: Record<string, keyof GlobalOptions> = { '-C': 'workspace', '--workspace': 'workspace', '--as-of': 'asOf', '--lang': 'lang', '--at': 'at' };
const GLOBAL_FLAGS: Record<string, [keyof GlobalOptions, boolean]> = { '--json': ['json', true], '--no-color': ['color', false], '--no-git': ['git', false] };

export function liftGlobals(argv: string[]): { globals: GlobalOptions; rest: string[]; error?: string } {
  const globals: GlobalOptions = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') { rest.push(...argv.slice(i)); break; }
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    if (name in GLOBAL_WITH_VALUE) {
      let v: string | undefined;
      if (name !== a) v = a.slice(eq + 1);
      else { v = argv[++i]; if (v === undefined) return { globals, rest, error: `option '${a}' argument missing` }; }
      (globals as Record<string, unknown>)[GLOBAL_WITH_VALUE[name]] = v;
      continue;
    }
    if (a.startsWith('-C') && a.length > 2 && !a.startsWith('--')) { globals.workspace = a.slice(2); continue; }
    if (a in GLOBAL_FLAGS) { const [k, v] = GLOBAL_FLAGS[a]; (globals as Record<string, unknown>)[k] = v; continue; }
    rest.push(a);
  }
  return { globals, rest };
}

export async function main(argv: string[], io: { cwd?: string; env?: NodeJS.ProcessEnv; stdout?: NodeJS.WriteStream; stderr?: NodeJS.WriteStream } = {}): Promise<number> {
  const env = io.env ?? process.env;
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const { globals, rest, error } = liftGlobals(argv);
  let lang: Lang = langFromEnv(env);
  if (globals.lang === 'zh' || globals.lang === 'en') lang = globals.lang;
  const colorEnabled = colorWanted(stdout, globals.color, env);
  const ctx: CliContext = {
    cwd: io.cwd ?? process.cwd(), opts: globals, lang, color: await makeColor(colorEnabled), colorEnabled, env,
    out: (s) => { stdout.write(s); }, err: (s) => { stderr.write(s); }, version: VERSION,
  };
  const errColor = await makeColor(colorWanted(stderr, globals.color, env));
  const fail = (e: CliError) => {
    ctx.err(`${errColor.red('kzp:')} ${e.message}\n${e.hint ? `  ${t('cli.hint', {}, lang)}: ${e.hint}\n` : ''}`);
    return e.code;
  };
  try {
    if (error) throw new CliError(t('cli.usage', { message: error }, lang));
    if (globals.lang !== undefined && globals.lang !== 'zh' && globals.lang !== 'en') throw new CliError(t('cli.badLang', {}, lang));
    checkDateFlag(ctx, '--as-of', globals.asOf);
    let code = 0;
    const program = await buildProgram(ctx, rest, (c) => { code = c; }, (p) => {
      // set before the subcommands are added: commander copies these settings to them
      p.exitOverride();
      p.configureOutput({
        writeOut: (s) => ctx.out(s),
        writeErr: (s) => ctx.err(s),
        outputError: (s, write) => write(`${errColor.red('kzp:')} ${s.replace(/^error: /, '')}`),
      });
    });
    if (rest.length === 0) { ctx.out(program.helpInformation()); return 0; }
    await program.parseAsync(rest, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CliError) return fail(e);
    if (e instanceof WriteFailed) return fail(writeError(e, ctx.cwd, lang));
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    const msg = e instanceof Error ? e.message : String(e);
    ctx.err(`${errColor.red('kzp:')} ${t('cli.internal', { message: msg }, lang)}\n`);
    if (env.KZP_DEBUG && e instanceof Error) ctx.err(`${e.stack}\n`);
    return 2; // CLI.md knows 0, 1 and 2 only: an internal fault is reported like an environment error
  }
}

/** A write the system refused (a full disk, a read-only folder): one line with the path, exit 2. */
function writeError(e: WriteFailed, cwd: string, lang: Lang): CliError {
  const rel = relative(cwd, e.path);
  const { message, hint } = writeFailedText(e, lang, rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : e.path);
  return new CliError(message, hint);
}

/** The command argv names ('ledger add', 'validate'), or null for help and unknown commands. */
function invoked(rest: string[]): string | null {
  const two = `${rest[0]} ${rest[1]}`;
  if (two in COMMANDS) return two;
  return rest[0] in COMMANDS ? rest[0] : null;
}

/**
 * The commander program: every command by name, and the one being run with its arguments and
 * flags (from its module). Without a known command — help, or a typo that commander answers with
 * a suggestion — every module is loaded, so that the help lists each command's usage.
 */
async function buildProgram(ctx: CliContext, rest: string[], setCode: (c: number) => void, configure: (p: Command) => void): Promise<Command> {
  const { lang } = ctx;
  const program = new Command('kzp')
    .description(t('help.program', {}, lang))
    .version(ctx.version, '-V, --version')
    .helpOption('-h, --help')
    .addHelpText('after', t('help.globals', {}, lang));
  configure(program);
  const target = invoked(rest);
  const names = Object.keys(COMMANDS);
  const specs = new Map<string, CommandSpec<never>>();
  for (const name of target ? [target] : names) specs.set(name, (await COMMANDS[name]()).command);
  const groups = new Map<string, Command>();
  for (const name of names) {
    const [first, sub] = name.split(' ');
    let parent = program;
    if (sub) {
      if (!groups.has(first)) groups.set(first, program.command(first).description(t(`help.group.${first}`, {}, lang)));
      parent = groups.get(first)!;
    }
    const cmd = parent.command(sub ?? first).description(t(summaryKey(name), {}, lang));
    const spec = specs.get(name);
    if (spec) describe(cmd, spec as CommandSpec<Record<string, unknown>>, ctx, setCode);
  }
  return program;
}

function describe(cmd: Command, spec: CommandSpec<Record<string, unknown>>, ctx: CliContext, setCode: (c: number) => void): void {
  const text = (key?: string) => (key ? t(key, {}, ctx.lang) : '');
  for (const a of spec.args ?? []) {
    const name = `${a.name}${a.variadic ? '...' : ''}`;
    cmd.argument(a.required ? `<${name}>` : `[${name}]`, text(a.help));
  }
  for (const o of spec.options ?? []) {
    if (o.repeatable) cmd.option(o.flags, text(o.help), (v: string, prev: string[] = []) => [...prev, v]);
    else if (o.default !== undefined) cmd.option(o.flags, text(o.help), o.default);
    else cmd.option(o.flags, text(o.help));
  }
  cmd.action(async (...a: unknown[]) => {
    const opts = (a[a.length - 1] as Command).opts();
    const args = (a.slice(0, -2) as unknown[]).flatMap((x) => (Array.isArray(x) ? x : x === undefined ? [] : [x])) as string[];
    setCode(await spec.run(ctx, opts, args));
  });
}
