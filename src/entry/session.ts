// What the entry commands share at the terminal: whether they may ask questions, the prompter,
// printing the diagnostics that refuse a write, and validating + writing one file.
import { relative } from 'node:path';
import { t } from '../i18n/index.js';
import { renderDiagnostics } from '../render/index.js';
import { CliError, type Io } from '../io/index.js';
import { inquirerPrompter, type Prompter } from './prompts.js';
import { checkChange, writeAtomic, WriteConflict, type Checked } from './write.js';
import { join } from 'node:path';

export interface EntryDeps {
  /** may the command ask questions (stdin and stderr are terminals, not CI, not TERM=dumb) */
  interactive: boolean;
  prompter: () => Promise<Prompter>;
}

/** Whether kzp may ask questions: on terminals (stdin and stderr), not in CI, not told not to, not on a dumb terminal. */
export function mayAsk(env: NodeJS.ProcessEnv, stdinTTY: boolean, stderrTTY: boolean): boolean {
  const ci = !!env.CI && env.CI !== 'false' && env.CI !== '0';
  // a dumb terminal (Emacs' shell, some CI consoles) can neither redraw a prompt nor edit a line:
  // Node's readline ignores backspace there, so a typo would be kept. The flags ask nothing.
  const dumb = env.TERM === 'dumb';
  return stdinTTY && stderrTTY && !ci && !dumb && !env.KZP_NO_PROMPT;
}

export function defaultDeps(ctx: Io): EntryDeps {
  return {
    interactive: mayAsk(ctx.env, !!process.stdin.isTTY, !!process.stderr.isTTY),
    prompter: () => inquirerPrompter({ output: process.stderr, lang: ctx.lang }),
  };
}

/** Print the diagnostics that a change brings, as `kzp validate` does (file:line:col, excerpt, hint). */
export function printDiagnostics(ctx: Io, checked: Checked, root: string): void {
  if (!checked.diagnostics.length) return;
  const rel = relative(ctx.cwd, root).split('\\').join('/');
  const out = renderDiagnostics('text', {
    diagnostics: checked.diagnostics, files: checked.loaded.workspace.byPath, fileCount: new Set(checked.diagnostics.map((d) => d.file)).size,
    lang: ctx.lang, color: ctx.color, prefix: rel && rel !== '.' ? `${rel}/` : '', version: ctx.version,
  });
  ctx.err(out.stdout);
}

/** Validate `text` as `rel` in the workspace; refuse (exit 1) on errors; else write it atomically. */
export function checkAndWrite(ctx: Io, root: string, rel: string, text: string, o: { dryRun?: boolean; changes?: Record<string, string> } = {}): { code: number; checked: Checked } {
  // `changes`: several files checked together (an Excel import), refused together
  const checked = checkChange(root, ctx.lang, o.changes ?? { [rel]: text });
  printDiagnostics(ctx, checked, root);
  if (checked.errors.length) {
    ctx.err(t('entry.refused', { path: o.changes ? Object.keys(o.changes).join(', ') : rel, n: checked.errors.length }, ctx.lang) + '\n');
    return { code: 1, checked };
  }
  if (!o.dryRun) writeAtomic(join(root, rel), text);
  return { code: 0, checked };
}

/** writeAtomic, with a lost race (another writer, a file created or changed meanwhile) as a clear error, exit 2. */
export function writeOrFail(ctx: Io, abs: string, text: string, expect?: string | null): void {
  try { writeAtomic(abs, text, expect); }
  catch (e) {
    if (!(e instanceof WriteConflict)) throw e;
    const path = relative(ctx.cwd, abs).split('\\').join('/') || abs;
    throw new CliError(t(`entry.conflict.${e.reason}`, { path, pid: e.pid ?? '?' }, ctx.lang), t('entry.conflict.hint', {}, ctx.lang));
  }
}
