// kzp completion bash|zsh|powershell — a script that completes kzp's commands, flags and values.
// It loads every command's spec (src/cli/help-index.ts), which is fine for a command run once.
import { t } from '../../i18n/index.js';
import { CliError, type CliContext } from '../errors.js';
import { defineCommand } from '../command.js';

export async function run(ctx: CliContext, _opts: Record<string, unknown>, args: string[]): Promise<number> {
  const [{ completionScript, SHELLS }, { commandHelp }, { COMMANDS }] = await Promise.all([import('../completion.js'), import('../help-index.js'), import('./index.js')]);
  const shell = args[0] as (typeof SHELLS)[number];
  if (!SHELLS.includes(shell)) throw new CliError(t('cli.badShell', { shell: args[0], shells: SHELLS.join('|') }, ctx.lang), 'kzp completion bash');
  const specs = await commandHelp(Object.keys(COMMANDS));
  ctx.out(completionScript(shell, [...specs.values()], ctx.lang));
  return 0;
}

export const command = defineCommand({
  name: 'completion',
  args: [{ name: 'shell', required: true, help: 'help.completion.shell', values: ['bash', 'zsh', 'powershell'] }],
  examples: [
    { command: 'source <(kzp completion bash)', help: 'help.completion.ex1' },
    { command: 'kzp completion powershell >> $PROFILE', help: 'help.completion.ex2' },
  ],
  run,
});
