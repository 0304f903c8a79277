// --help without loading what the help describes. `npm run build` writes commands/help-index.json
// beside the built modules: every command's spec without `run`, and every help text (root, groups,
// commands; zh and en) as printed for 80 columns — a pipe, a CI log, a terminal of that width.
// `kzp … --help` there is one read of that file (start.ts), about as fast as `kzp --version`; on
// a terminal of another width, main.ts lays the help out from the specs, still without loading
// a command's module. The index is used only while it is newer than everything it was made from
// (a plain `tsc` after `npm run build` makes it stale); without it — in the source tree, in the
// bundle — the modules themselves are loaded.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CommandHelp, CommandSpec } from './command.js';
import { helpWords, liftGlobals } from './globals.js';
import { resolveLang } from './lang.js';

const DIST = new URL('../', import.meta.url);
const FOLDER = new URL('./commands/', import.meta.url);
const INDEX = new URL('./commands/help-index.json', import.meta.url);
/** What the printed texts are made from besides the command modules (all of dist/cli/commands). */
const SOURCES = ['cli/help.js', 'cli/globals.js', 'i18n/help.js', 'i18n/base.js', 'render/width.js', '../package.json'];
export const INDEX_COLUMNS = 80;

interface Index { specs: CommandHelp[]; text: Record<string, Record<string, string>> }

let cached: Index | null | undefined;

function fresh(): boolean {
  try {
    const at = statSync(INDEX).mtimeMs;
    const modules = readdirSync(FOLDER).filter((n) => n.endsWith('.js')).map((n) => new URL(n, FOLDER));
    return [...modules, ...SOURCES.map((s) => new URL(s, DIST))].every((u) => statSync(u).mtimeMs <= at);
  } catch { return false; }
}

function index(): Index | null {
  if (cached === undefined) {
    try { cached = fresh() ? (JSON.parse(readFileSync(INDEX, 'utf8')) as Index) : null; } catch { cached = null; }
  }
  return cached;
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
  const text = bad ? undefined : index()?.text[lang];
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
  const specs = index()?.specs;
  const found = new Map((specs ?? []).filter((c) => names.includes(c.name)).map((c) => [c.name, c]));
  if (found.size === names.length) return found;
  const { COMMANDS } = await import('./commands/index.js');
  const out = new Map<string, CommandHelp>();
  for (const n of names) out.set(n, withoutRun((await COMMANDS[n]()).command));
  return out;
}

/** Write the index of every command and every help text (`npm run build`, after tsc). */
export async function writeHelpIndex(): Promise<string> {
  const [{ COMMANDS }, { HelpWriter }, { packageVersion }] = await Promise.all([import('./commands/index.js'), import('./help.js'), import('./start.js')]);
  const specs: CommandHelp[] = [];
  for (const load of Object.values(COMMANDS)) specs.push(withoutRun((await load()).command));
  const names = specs.map((s) => s.name);
  const groups = [...new Set(names.filter((n) => n.includes(' ')).map((n) => n.split(' ')[0]))];
  const text: Index['text'] = {};
  for (const lang of ['zh', 'en'] as const) {
    const w = new HelpWriter(lang, INDEX_COLUMNS);
    const t: Record<string, string> = { '': w.root(names, packageVersion()) };
    for (const g of groups) t[g] = w.group(g, names.filter((n) => n.startsWith(`${g} `)));
    for (const s of specs) t[s.name] = w.command(s);
    text[lang] = t;
  }
  const { writeFileAtomic } = await import('../util/atomic-file.js');
  // atomically: a help printed meanwhile reads the old index or the new one
  writeFileAtomic(fileURLToPath(INDEX), JSON.stringify({ specs, text } satisfies Index) + '\n');
  return fileURLToPath(INDEX);
}
