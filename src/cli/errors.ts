// The light part of the CLI context: what main.ts needs before any command runs (kept free of
// zod, yaml and the model so that `kzp --version` and `kzp --help` start fast).
import { t } from '../i18n/index.js';
import { CliError, type Io } from '../io/index.js';
import { isCalendarDate } from '../util/index.js';

export { CliError };

export interface GlobalOptions {
  workspace?: string;
  asOf?: string;
  lang?: string;
  json?: boolean;
  quiet?: boolean;   // -q: nothing but errors
  color?: boolean;   // false with --no-color
  git?: boolean;     // false with --no-git
  at?: string;
}

/** The terminal (src/io) and the global options, resolved once. */
export interface CliContext extends Io {
  opts: GlobalOptions;
}

export function checkDateFlag(ctx: CliContext, flag: string, value: string | undefined): void {
  if (value !== undefined && !isCalendarDate(value)) throw new CliError(t('cli.badDate', { flag, value }, ctx.lang));
}
export function checkMonthFlag(ctx: CliContext, flag: string, value: string | undefined): void {
  if (value !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw new CliError(t('cli.badMonth', { flag, value }, ctx.lang));
}
