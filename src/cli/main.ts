// What `kzp …` does with its argv: the global options are lifted out first (they work before or
// after the command name, CLI.md), the language is resolved, then the words name a command of
// the registry (src/cli/commands/index.ts). Help is printed from the specs (src/cli/help.ts)
// without commander or the catalogs; a command is parsed by commander (src/cli/program.ts) with
// only its own module loaded. Every failure ends as one message (and a fix), never a stack trace.
import { isAbsolute, relative } from 'node:path';
import type { Lang } from '../i18n/base.js';
import { helpText } from '../i18n/help.js';
import { nearest } from '../util/similar.js';
import { COMMANDS } from './commands/index.js';
import type { CliContext } from './errors.js';
import { helpWords, liftGlobals } from './globals.js';
import { resolveLang } from './lang.js';
import { packageVersion } from './version.js';

const VERSION = packageVersion();
const GROUPS = new Set(Object.keys(COMMANDS).filter((n) => n.includes(' ')).map((n) => n.split(' ')[0]));

interface IO { cwd?: string; env?: NodeJS.ProcessEnv; stdout?: NodeJS.WriteStream; stderr?: NodeJS.WriteStream }

type Route =
  | { kind: 'version' }
  | { kind: 'help'; command?: string; group?: string }
  | { kind: 'run'; command: string }
  | { kind: 'unknown'; word: string; group?: string }
  | { kind: 'unknownOption'; flag: string }
  | { kind: 'noSubcommand'; group: string };

/** The command that the leading words of `words` name ('ledger add', 'validate'), or a group. */
function named(words: string[]): { command?: string; group?: string; unknown?: string } {
  if (!words.length) return {};
  if (`${words[0]} ${words[1]}` in COMMANDS) return { command: `${words[0]} ${words[1]}` };
  if (words[0] in COMMANDS) return { command: words[0] };
  if (GROUPS.has(words[0])) return words[1] === undefined || words[1].startsWith('-') ? { group: words[0] } : { group: words[0], unknown: words[1] };
  return { unknown: words[0] };
}

function route(rest: string[]): Route {
  if (rest[0] === '--version' || rest[0] === '-V') return { kind: 'version' };
  const help = helpWords(rest);
  if (help === null && rest[0].startsWith('-')) return { kind: 'unknownOption', flag: rest[0] };
  const n = named(help ?? rest);
  if (n.unknown !== undefined) return { kind: 'unknown', word: n.unknown, group: n.group };
  if (help) return { kind: 'help', command: n.command, group: n.group };
  if (n.group) return { kind: 'noSubcommand', group: n.group };
  return n.command ? { kind: 'run', command: n.command } : { kind: 'unknown', word: rest[0] };
}

export async function main(argv: string[], io: IO = {}): Promise<number> {
  const env = io.env ?? process.env;
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const cwd = io.cwd ?? process.cwd();
  const { globals, rest, missing } = liftGlobals(argv);
  const { lang, bad } = resolveLang(globals.lang, env, cwd, globals.workspace);
  lastLang = lang;
  // -q: what a command prints besides its data is kept back, and shown only if it fails
  const held: string[] = [];
  // the backstop: no control sequence of the data reaches the terminal raw (render/safe-text.ts);
  // set up with the command's context, before which only kzp's own words are printed
  const safe = { err: (s: string) => s };
  const toErr = (s: string) => { stderr.write(safe.err(s)); };
  const err = globals.quiet ? (s: string) => { held.push(s); } : toErr;
  const fail = async (message: string, hint?: string, code = 2) => {
    const [{ makeColor, colorWanted }, { terminalText }, { t }] = await Promise.all([import('../render/color.js'), import('../render/safe-text.js'), import('../i18n/index.js')]);
    const colour = colorWanted(stderr, globals.color, env);
    const c = await makeColor(colour);
    for (const s of held.splice(0)) toErr(s);
    // a message may quote what the user typed or what the data holds
    stderr.write(`${c.red('kzp:')} ${terminalText(message, false)}\n${hint ? `  ${t('cli.hint', {}, lang)}: ${terminalText(hint, false)}\n` : ''}`);
    return code;
  };
  try {
    if (missing || bad) {
      const { t } = await import('../i18n/index.js');
      if (missing) return await fail(t('cli.missingValue', { flag: missing }, lang));
      return await fail(t('cli.badLang', { setting: bad, value: bad === '--lang' ? globals.lang : env.KZP_LANG }, lang));
    }
    const r = route(rest);
    if (r.kind === 'version') { stdout.write(`${VERSION}\n`); return 0; }
    if (r.kind === 'help') { stdout.write(await helpFor(r, lang, stdout)); return 0; }
    const { t } = await import('../i18n/index.js');
    if (r.kind === 'unknown') return await fail(...unknown(r, lang, t));
    if (r.kind === 'unknownOption') return await fail(t('cli.unknownOption', { flag: r.flag }, lang), t('cli.seeHelp', { command: 'kzp' }, lang));
    if (r.kind === 'noSubcommand') {
      const subs = Object.keys(COMMANDS).filter((n) => n.startsWith(`${r.group} `));
      return await fail(t('cli.missingCommand', { group: r.group, commands: subs.map((s) => s.split(' ')[1]) }, lang), t('cli.seeHelp', { command: `kzp ${r.group}` }, lang));
    }
    const ctx = await context(globals, lang, cwd, env, stdout, err, stderr, safe);
    // warnings of layers that print nothing themselves (a cache folder kzp will not use)
    (await import('../util/notice.js')).setNoticeSink((key, params) => err(`kzp: ${t('cli.sev.warning', {}, lang)}: ${t(key, params, lang)}\n`));
    const { checkDateFlag } = await import('./errors.js');
    checkDateFlag(ctx, '--as-of', globals.asOf);
    const [{ command }, { runCommand }] = await Promise.all([COMMANDS[r.command](), import('./program.js')]);
    const code = await runCommand(ctx, command, rest);
    if (code !== 0) for (const s of held.splice(0)) toErr(s);
    return code;
  } catch (e) {
    const [{ CliError }, { WriteFailed, writeFailedText }, { CommanderError }] = await Promise.all([import('./errors.js'), import('../util/io-error.js'), import('commander')]);
    if (e instanceof CliError) return await fail(e.message, e.hint, e.code);
    // a usage error commander words itself (program.ts words the ones kzp's flags can cause)
    if (e instanceof CommanderError) return await fail(e.message.replace(/^error: /, ''));
    if (e instanceof WriteFailed) {
      const { message, hint } = writeFailedText(e, lang, shownPath(e.path, cwd));
      return await fail(message, hint);
    }
    const { t } = await import('../i18n/index.js');
    const code = await fail(t('cli.internal', { message: e instanceof Error ? e.message : String(e) }, lang));
    if (env.KZP_DEBUG && e instanceof Error) stderr.write(`${e.stack}\n`);
    return code; // CLI.md knows 0, 1 and 2 only: an internal fault is reported like an environment error
  }
}

async function helpFor(r: { command?: string; group?: string }, lang: Lang, stdout: NodeJS.WriteStream): Promise<string> {
  const { HelpWriter, helpColumns } = await import('./help.js');
  const w = new HelpWriter(lang, helpColumns(stdout));
  const names = Object.keys(COMMANDS);
  if (r.group) return w.group(r.group, names.filter((n) => n.startsWith(`${r.group} `)));
  if (!r.command) return w.root(names, VERSION);
  const { commandHelp } = await import('./help-index.js');
  return w.command((await commandHelp([r.command])).get(r.command)!);
}

function unknown(r: { word: string; group?: string }, lang: Lang, t: (k: string, p: Record<string, unknown>, l: Lang) => string): [string, string] {
  const within = r.group ? Object.keys(COMMANDS).filter((n) => n.startsWith(`${r.group} `)).map((n) => n.split(' ')[1]) : [...new Set(Object.keys(COMMANDS).map((n) => n.split(' ')[0]))];
  const near = nearest(r.word, within);
  const name = r.group ? `${r.group} ${r.word}` : r.word;
  const seeHelp = t('cli.seeHelp', { command: r.group ? `kzp ${r.group}` : 'kzp' }, lang);
  return [t('cli.unknownCommand', { name }, lang), near ? `${t('cli.didYouMean', { name: r.group ? `${r.group} ${near}` : near }, lang)} ${seeHelp}` : seeHelp];
}

async function context(globals: CliContext['opts'], lang: Lang, cwd: string, env: NodeJS.ProcessEnv, stdout: NodeJS.WriteStream, err: (s: string) => void,
  stderr: NodeJS.WriteStream, safe: { err: (s: string) => string }): Promise<CliContext> {
  const [{ colorWanted, makeColor }, { terminalText }] = await Promise.all([import('../render/color.js'), import('../render/safe-text.js')]);
  const colorEnabled = colorWanted(stdout, globals.color, env);
  const errColour = colorWanted(stderr, globals.color, env);
  safe.err = (s) => terminalText(s, errColour);
  return { cwd, opts: globals, lang, color: await makeColor(colorEnabled), colorEnabled, env, out: (s) => { stdout.write(terminalText(s, colorEnabled)); }, err, version: VERSION };
}

/** A path as the user should read it: relative to the current folder when inside it. */
function shownPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : path;
}

/** The sentence start.ts prints when a command's promise never settles (no catalog is loaded by then, maybe). */
export function unanswered(): string { return helpText('help.unanswered', {}, lastLang); }
let lastLang: Lang = 'zh';
