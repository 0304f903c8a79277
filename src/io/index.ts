// What a command and the layers it calls share about the person at the terminal: the error they
// can act on, and where text goes. src/cli builds these from argv and the process; src/entry
// (and anything else below src/cli that talks to the user) takes them as given, so nothing
// below src/cli imports from it.
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../i18n/index.js';

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
