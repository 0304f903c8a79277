// The light part of the CLI context: what main.ts needs before any command runs (kept free of
// zod, yaml and the model so that `kzp --version` and `kzp --help` start fast).
import { CliError, checkDateFlag, checkMonthFlag, type Io } from '../io/index.js';

export { CliError, checkDateFlag, checkMonthFlag };

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
