// What a command module (src/cli/commands/*.ts) exports: its name, arguments and flags, with
// their help texts as keys of src/i18n/help.ts, an example or two, the exit codes it adds to 0
// and 2, and `run`. main.ts registers the commands; it loads only the module of the command
// being run, so a command's module is its whole cost. `--help` is printed from these specs
// (src/cli/help.ts), read from the index the build writes (src/cli/help-index.ts) when it is fresh.
import type { CliContext } from './errors.js';

export interface OptionSpec {
  /** commander's flag syntax: '--format <format>', '-o, --output <file>', '--strict', '--no-git-init' */
  flags: string;
  /** i18n key of the help text */
  help?: string;
  default?: string | boolean;
  /** the flag may be given more than once; its values are collected into an array */
  repeatable?: boolean;
  /** the values the flag takes, for shell completion ('text', 'json' …) */
  values?: readonly string[];
}

export interface ArgSpec {
  name: string;
  help?: string;
  required?: boolean;
  variadic?: boolean;
  /** the values the argument takes, for shell completion */
  values?: readonly string[];
}

export interface Example {
  /** the command line, as typed: 'kzp validate --strict' */
  command: string;
  /** i18n key of what it does */
  help: string;
}

export interface CommandSpec<O = Record<string, unknown>> {
  /** 'validate', or a group and a subcommand: 'ledger add' */
  name: string;
  args?: readonly ArgSpec[];
  options?: readonly OptionSpec[];
  /** one or two command lines that show the command at work (printed by --help) */
  examples: readonly Example[];
  /** exit codes besides 0 (done) and 2 (usage or environment), with what each means (i18n key): 1 when the data fails … */
  exits?: Readonly<Record<number, string>>;
  run(ctx: CliContext, opts: O, args: string[]): Promise<number> | number;
}

/** What --help needs of a command: its spec without `run`. */
export type CommandHelp = Omit<CommandSpec<never>, 'run'>;

/** Typed identity: the command's options type flows from `run`. */
export function defineCommand<O>(spec: CommandSpec<O>): CommandSpec<O> { return spec; }

/** The i18n key of a command's one-line summary: 'ledger add' → 'help.ledger-add'. */
export function summaryKey(name: string): string { return `help.${name.replace(/ /g, '-')}`; }
