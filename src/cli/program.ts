// commander, for the command being run: its arguments and flags from its module's spec, parsed
// and handed to `run`. commander's own English (unknown option, missing argument, too many
// arguments, did you mean) is replaced by messages of src/i18n, thrown as CliError (exit 2).
// Help never comes from commander: src/cli/help.ts prints it before commander is loaded.
import { Command, type Option } from 'commander';
import { helpText } from '../i18n/index.js';
import { t, type Lang } from '../i18n/index.js';
import { nearest } from '../util/index.js';
import type { CommandSpec } from './command.js';
import { CliError, type CliContext } from './errors.js';
import { flagNames, GLOBAL_OPTIONS } from './globals.js';

const GLOBAL_FLAGS = GLOBAL_OPTIONS.flatMap((g) => flagNames(g.flags));

class KzpCommand extends Command {
  lang: Lang = 'zh';

  override createCommand(name?: string): KzpCommand {
    const c = new KzpCommand(name);
    c.lang = this.lang;
    return c;
  }

  /** 'kzp ledger add' */
  private commandPath(): string {
    const names: string[] = [];
    for (let c: Command | null = this; c; c = c.parent) names.unshift(c.name());
    return names.join(' ');
  }

  private usageError(message: string, near = ''): CliError {
    const seeHelp = t('cli.seeHelp', { command: this.commandPath() }, this.lang);
    return new CliError(message, near ? `${t('cli.didYouMean', { name: near }, this.lang)} ${seeHelp}` : seeHelp);
  }

  // the methods commander calls for a usage error (lib/command.js); each says it in the user's language

  unknownOption(flag: string): never {
    const known = [...this.options.flatMap((o) => [o.long, o.short]).filter((x): x is string => !!x), ...GLOBAL_FLAGS];
    throw this.usageError(t('cli.unknownOption', { flag }, this.lang), flag.startsWith('--') ? nearest(flag, known.filter((k) => k.startsWith('--'))) : '');
  }

  missingArgument(name: string): never {
    throw this.usageError(t('cli.missingArgument', { name: `<${helpText(`help.ph.${name}`, {}, this.lang).replace(/^help\.ph\./, '')}>` }, this.lang));
  }

  optionMissingArgument(option: Option): never {
    throw this.usageError(t('cli.missingValue', { flag: option.long ?? option.flags }, this.lang));
  }

  _excessArguments(received: string[]): never {
    const expected = this.registeredArguments.length;
    throw this.usageError(t('cli.excessArguments', { command: this.commandPath().replace(/^kzp /, ''), expected, extra: received.slice(expected) }, this.lang));
  }
}

/**
 * Parse `rest` (argv without the global options) for the command `spec` and run it; the exit
 * code is `run`'s.
 */
export async function runCommand(ctx: CliContext, spec: CommandSpec<never>, rest: string[]): Promise<number> {
  const program = new KzpCommand('kzp');
  program.lang = ctx.lang;
  program.helpOption(false).helpCommand(false).exitOverride();
  program.configureOutput({ writeOut: (s) => ctx.out(s), writeErr: (s) => ctx.err(s), outputError: () => {} });
  const [first, sub] = spec.name.split(' ');
  let cmd = program.command(first).helpOption(false);
  if (sub) cmd = cmd.helpCommand(false).command(sub).helpOption(false);
  let code = 0;
  describe(cmd, spec as CommandSpec<Record<string, unknown>>, ctx, (c) => { code = c; });
  await program.parseAsync(rest, { from: 'user' });
  return code;
}

function describe(cmd: Command, spec: CommandSpec<Record<string, unknown>>, ctx: CliContext, setCode: (c: number) => void): void {
  for (const a of spec.args ?? []) {
    const name = `${a.name}${a.variadic ? '...' : ''}`;
    cmd.argument(a.required ? `<${name}>` : `[${name}]`);
  }
  for (const o of spec.options ?? []) {
    if (o.repeatable) cmd.option(o.flags, '', (v: string, prev: string[] = []) => [...prev, v]);
    else if (o.default !== undefined) cmd.option(o.flags, '', o.default);
    else cmd.option(o.flags);
  }
  cmd.action(async (...a: unknown[]) => {
    const opts = (a[a.length - 1] as Command).opts();
    const args = (a.slice(0, -2) as unknown[]).flatMap((x) => (Array.isArray(x) ? x : x === undefined ? [] : [x])) as string[];
    setCode(await spec.run(ctx, opts, args));
  });
}
