// The light part of the CLI context: what main.ts needs before any command runs (kept free of
// zod, yaml and the model so that `kzp --version` and `kzp --help` start fast).
import type { ChalkInstance } from 'chalk';
import { t, type Lang } from '../i18n/index.js';
import { isCalendarDate } from '../util/calendar-date.js';

export interface GlobalOptions {
  workspace?: string;
  asOf?: string;
  lang?: string;
  json?: boolean;
  color?: boolean;   // false with --no-color
  git?: boolean;     // false with --no-git
  at?: string;
}

export interface CliContext {
  cwd: string;
  opts: GlobalOptions;
  lang: Lang;
  color: ChalkInstance;
  colorEnabled: boolean;
  env: NodeJS.ProcessEnv;
  out(s: string): void;
  err(s: string): void;
  version: string;
}

/** An error the user can act on: exit 2 (usage or environment) unless said otherwise. */
export class CliError extends Error {
  constructor(message: string, readonly hint?: string, readonly code = 2) { super(message); }
}

export function checkDateFlag(ctx: CliContext, flag: string, value: string | undefined): void {
  if (value !== undefined && !isCalendarDate(value)) throw new CliError(t('cli.badDate', { flag, value }, ctx.lang));
}
export function checkMonthFlag(ctx: CliContext, flag: string, value: string | undefined): void {
  if (value !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw new CliError(t('cli.badMonth', { flag, value }, ctx.lang));
}
