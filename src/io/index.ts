// What a command and the layers it calls share about the person at the terminal: the error they
// can act on, and where text goes. src/cli builds these from argv and the process; src/entry
// (and anything else below src/cli that talks to the user) takes them as given, so nothing
// below src/cli imports from it.
import type { ChalkInstance } from 'chalk';
import { t, type Lang } from '../i18n/index.js';
import { isCalendarDate } from '../util/index.js';

/** An error the user can act on: exit 2 (usage or environment) unless said otherwise. */
export class CliError extends Error {
  constructor(message: string, readonly hint?: string, readonly code = 2) { super(message); }
}

/** The terminal side of a command: its folder, language, colours, environment, and its two streams. */
export interface Io {
  cwd: string;
  lang: Lang;
  color: ChalkInstance;
  colorEnabled: boolean;
  env: NodeJS.ProcessEnv;
  /** data (stdout) */
  out(s: string): void;
  /** diagnostics, prompts and progress (stderr) */
  err(s: string): void;
  version: string;
}

/** A date flag must be a day on the calendar (YYYY-MM-DD); a usage error otherwise. */
export function checkDateFlag(io: { lang: Lang }, flag: string, value: string | undefined): void {
  if (value !== undefined && !isCalendarDate(value)) throw new CliError(t('cli.badDate', { flag, value }, io.lang));
}
/** A month flag must be YYYY-MM; a usage error otherwise. */
export function checkMonthFlag(io: { lang: Lang }, flag: string, value: string | undefined): void {
  if (value !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw new CliError(t('cli.badMonth', { flag, value }, io.lang));
}
