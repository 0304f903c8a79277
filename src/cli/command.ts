// What a command module (src/cli/commands/*.ts) exports: its name, arguments and flags, with
// their help texts as keys of src/i18n/help.ts, and `run`. main.ts registers the commands; it
// loads only the module of the command being run, so a command's module is its whole cost.
import type { CliContext } from './errors.js';

export interface OptionSpec {
  /** commander's flag syntax: '--format <format>', '-o, --output <file>', '--strict', '--no-git-init' */
  flags: string;
  /** i18n key of the help text */
  help?: string;
  default?: string | boolean;
  /** the flag may be given more than once; its values are collected into an array */
  repeatable?: boolean;
}

export interface ArgSpec {
  name: string;
  help?: string;
  required?: boolean;
  variadic?: boolean;
}

export interface CommandSpec<O = Record<string, unknown>> {
  /** 'validate', or a group and a subcommand: 'ledger add' */
  name: string;
  args?: readonly ArgSpec[];
  options?: readonly OptionSpec[];
  run(ctx: CliContext, opts: O, args: string[]): Promise<number> | number;
}

/** Typed identity: the command's options type flows from `run`. */
export function defineCommand<O>(spec: CommandSpec<O>): CommandSpec<O> { return spec; }

/** The i18n key of a command's one-line summary: 'ledger add' → 'help.ledger-add'. */
export function summaryKey(name: string): string { return `help.${name.replace(/ /g, '-')}`; }
