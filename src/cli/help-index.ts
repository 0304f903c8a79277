// --help without loading what the help describes. `npm run build` writes beside the built modules
// commands/help-index.json, every command's spec without `run`, and commands/help-zh.json and
// help-en.json, every help text (root, groups, commands) as printed for 80 columns — a pipe, a
// CI log, a terminal of that width.
// `kzp … --help` there is one read of that file (start.ts), about as fast as `kzp --version`; on
// a terminal of another width, main.ts lays the help out from the specs, still without loading
// a command's module. The index is used only while it is newer than everything it was made from
// (a plain `tsc` after `npm run build` makes it stale); without it — in the source tree, in the
// bundle — the modules themselves are loaded.
// The build then writes this module again with globals.js and lang.js inlined
// (scripts/help-index.mjs): on the help path each module Node loads costs 1–3 ms.
import { readFileSync, statSync } from 'node:fs';
import type { CommandHelp, CommandSpec } from './command.js';
import { helpWords, liftGlobals } from './globals.js';
import { resolveLang } from './lang.js';

const DIST = new URL('../', import.meta.url);
const FOLDER = new URL('./commands/', import.meta.url);
const INDEX = new URL('help-index.json', FOLDER);
const TEXTS = (lang: string) => new URL(`help-${lang}.json`, FOLDER);
/**
 * What the index is made from besides the command modules. tsc writes every module on each run,
 * so the registry's module stands for all of dist/cli/commands.
 */
const SOURCES = ['cli/commands/index.js', 'cli/help.js', 'cli/globals.js', 'i18n/help.js', 'i18n/base.js', 'render/width.js', '../package.json'];
export const INDEX_COLUMNS = 80;

/** `file` (of the index) is newer than everything it was made from. */
function fresh(file: URL): boolean {
  try {
    const at = statSync(file).mtimeMs;
    return SOURCES.every((s) => statSync(new URL(s, DIST)).mtimeMs <= at);
  } catch { return false; }
}

function read<T>(file: URL): T | null {
  try { return fresh(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null; } catch { return null; }
}

/**
 * `kzp … --help` from the index, when it is fresh and has the text asked for at this width:
 * true when printed. Anything else (an unknown command, a bad flag, another width) is main.ts's.
 */
export function printIndexedHelp(argv: string[], out: { write(s: string): unknown; isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv, cwd: string): boolean {
  const { globals, rest, missing } = liftGlobals(argv);
  const words = helpWords(rest);
  if (missing || words === null || (out.isTTY && out.columns !== INDEX_COLUMNS)) return false;
  const { lang, bad } = resolveLang(globals.lang, env, cwd, globals.workspace);
  const text = bad ? undefined : read<Record<string, string>>(TEXTS(lang)) ?? undefined;
  const found = text && lookup(text, words);
  if (found === undefined) return false;
  out.write(found);
  return true;
}

/** The text the words name, as main.ts resolves them: 'ledger add', a group alone, a command, or nothing (kzp --help). */
function lookup(text: Record<string, string>, words: string[]): string | undefined {
  if (!words.length) return text[''];
  if (words.length > 1 && `${words[0]} ${words[1]}` in text) return text[`${words[0]} ${words[1]}`];
  const group = Object.keys(text).some((k) => k.startsWith(`${words[0]} `));
  if (group) return words.length === 1 ? text[words[0]] : undefined;
  return Object.hasOwn(text, words[0]) ? text[words[0]] : undefined;
}

function withoutRun(spec: CommandSpec<never>): CommandHelp {
  const { run: _run, ...help } = spec;
  return help;
}

/** The help of the named commands (registry names), from the index when it is fresh, else from their modules. */
export async function commandHelp(names: readonly string[]): Promise<Map<string, CommandHelp>> {
  const specs = read<CommandHelp[]>(INDEX);
  const found = new Map((specs ?? []).filter((c) => names.includes(c.name)).map((c) => [c.name, c]));
  if (found.size === names.length) return found;
  const { COMMANDS } = await import('./commands/index.js');
  const out = new Map<string, CommandHelp>();
  for (const n of names) out.set(n, withoutRun((await COMMANDS[n]()).command));
  return out;
}

/** Write the index of every command and every help text (`npm run build`, after tsc). */
export async function writeHelpIndex(): Promise<string> {
  const [{ COMMANDS }, { HelpWriter }, { packageVersion }] = await Promise.all([import('./commands/index.js'), import('./help.js'), import('./version.js')]);
  const specs: CommandHelp[] = [];
  for (const load of Object.values(COMMANDS)) specs.push(withoutRun((await load()).command));
  const names = specs.map((s) => s.name);
  const groups = [...new Set(names.filter((n) => n.includes(' ')).map((n) => n.split(' ')[0]))];
  const [{ writeFileAtomic }, { fileURLToPath }] = await Promise.all([import('../util/atomic-file.js'), import('node:url')]);
  // atomically: a help printed meanwhile reads the old index or the new one
  const write = (file: URL, value: unknown) => writeFileAtomic(fileURLToPath(file), JSON.stringify(value) + '\n');
  for (const lang of ['zh', 'en'] as const) {
    const w = new HelpWriter(lang, INDEX_COLUMNS);
    const text: Record<string, string> = { '': w.root(names, packageVersion()) };
    for (const g of groups) text[g] = w.group(g, names.filter((n) => n.startsWith(`${g} `)));
    for (const s of specs) text[s.name] = w.command(s);
    write(TEXTS(lang), text);
  }
  write(INDEX, specs);
  return fileURLToPath(FOLDER);
}
