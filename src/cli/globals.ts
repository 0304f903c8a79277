// The global options (CLI.md): accepted before or after the command name, so they are lifted
// out of argv before commander parses the rest. One table serves the lifting, every command's
// help and the shell completions.
import type { GlobalOptions } from './errors.js';

export interface GlobalSpec {
  /** as shown in help: '-C, --workspace <dir>' */
  flags: string;
  /** i18n key of the help text (src/i18n/help.ts) */
  help: string;
  key: keyof GlobalOptions;
  /** the value a flag without an argument sets (--json: true, --no-color: false) */
  value?: boolean;
  /** completion candidates for the argument */
  values?: readonly string[];
}

export const GLOBAL_OPTIONS: readonly GlobalSpec[] = [
  { flags: '-C, --workspace <dir>', help: 'help.global.workspace', key: 'workspace' },
  { flags: '--as-of <date>', help: 'help.global.asOf', key: 'asOf' },
  { flags: '--lang <lang>', help: 'help.global.lang', key: 'lang', values: ['zh', 'en'] },
  { flags: '--json', help: 'help.global.json', key: 'json', value: true },
  { flags: '-q, --quiet', help: 'help.global.quiet', key: 'quiet', value: true },
  { flags: '--no-color', help: 'help.global.noColor', key: 'color', value: false },
  { flags: '--no-git', help: 'help.global.noGit', key: 'git', value: false },
  { flags: '--at <ref>', help: 'help.global.at', key: 'at' },
];

/** '-C, --workspace <dir>' → ['-C', '--workspace'] */
export function flagNames(flags: string): string[] {
  return flags.split(/[ ,|]+/).filter((w) => w.startsWith('-'));
}

const BY_NAME = new Map<string, GlobalSpec>(GLOBAL_OPTIONS.flatMap((g) => flagNames(g.flags).map((n) => [n, g] as const)));

/** argv with the global options taken out; `missing` names a global option given without its value. */
export function liftGlobals(argv: string[]): { globals: GlobalOptions; rest: string[]; missing?: string } {
  const globals: GlobalOptions = {};
  const set = (g: GlobalSpec, v: string | boolean) => { (globals as Record<string, unknown>)[g.key] = v; };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') { rest.push(...argv.slice(i)); break; }
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const g = BY_NAME.get(name);
    if (g && g.value === undefined) {
      let v: string | undefined;
      if (name !== a) v = a.slice(eq + 1);
      else { v = argv[++i]; if (v === undefined) return { globals, rest, missing: a }; }
      set(g, v);
      continue;
    }
    if (g && name === a) { set(g, g.value!); continue; }
    if (a.startsWith('-C') && a.length > 2 && !a.startsWith('--')) { globals.workspace = a.slice(2); continue; }
    rest.push(a);
  }
  return { globals, rest };
}

/**
 * The words of a help request (`kzp help ledger add`, `kzp ledger add --help`, `kzp` alone:
 * []), or null when `rest` (argv without the global options) asks for no help.
 */
export function helpWords(rest: string[]): string[] | null {
  const end = rest.indexOf('--');
  const before = end < 0 ? rest : rest.slice(0, end);
  if (rest[0] === 'help') return rest.slice(1).filter((w) => !w.startsWith('-'));
  if (rest.length && !before.includes('-h') && !before.includes('--help')) return null;
  return before.filter((w) => !w.startsWith('-'));
}
