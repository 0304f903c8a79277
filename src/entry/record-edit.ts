// One record changed in place (a list adjustment, a finding closed): the file's own value is
// edited, comments and layout kept (yaml-edit.ts), the change validated against the whole
// workspace, written atomically, and with --commit committed on its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../i18n/index.js';
import { CliError, type Io } from '../io/index.js';
import { refusal, refusalFix } from '../history/index.js';
import { commitFile, git } from './git.js';
import { checkAndWrite, writeOrFail } from './session.js';
import { applyValue, editText, parseForEdit } from './yaml-edit.js';

export interface CommitMessage { subject: string; body: string }

/** Refuse --commit without git, or outside a repository git will read, before anything is written. */
export async function assertRepo(io: Io, root: string): Promise<void> {
  const r = await git(root, ['rev-parse', '--is-inside-work-tree']);
  if (r.missing) throw new CliError(t('cli.gitMissing', {}, io.lang), t('at.git-missing.hint', {}, io.lang));
  const refused = refusal(r.stderr);
  if (refused) throw new CliError(t('cli.gitRefused', { detail: refused.split('\n')[0] }, io.lang), refusalFix(refused, io.lang));
  if (!(r.ok && r.stdout.trim() === 'true')) throw new CliError(t('entry.notRepo', { root }, io.lang));
}

/** Commit just `rel`; a failed commit is an error that says the file is written. */
export async function commitOne(io: Io, root: string, rel: string, msg: CommitMessage): Promise<string> {
  const r = await commitFile(root, rel, msg.subject, msg.body);
  if (!r.ok) throw new CliError(t('entry.commitFailed', { path: rel, message: (r.stderr || r.stdout).split('\n')[0] }, io.lang), t('entry.commitFailed.hint', {}, io.lang));
  io.err(`${io.color.green('✔')} ${t('entry.committed', { commit: r.commit, subject: msg.subject }, io.lang)}\n`);
  return r.commit!;
}

/** The record's own value (as written, without the schema's defaults). */
export function fileValue(root: string, rel: string): { original: string; value: Record<string, unknown> } {
  const original = readFileSync(join(root, rel), 'utf8');
  return { original, value: parseForEdit(original).toJS() as Record<string, unknown> };
}

/**
 * Write `next` over the record at `rel`: validated first (exit 1 with the diagnostics when the
 * workspace refuses it, nothing written), then atomically, and committed when asked.
 */
export async function writeEdited(io: Io, root: string, rel: string, original: string, next: Record<string, unknown>, commit?: CommitMessage): Promise<{ code: number; commit?: string }> {
  const text = editText(original, (doc) => applyValue(doc, next));
  const { code } = checkAndWrite(io, root, rel, text, { dryRun: true });
  if (code) return { code };
  if (commit) await assertRepo(io, root);
  writeOrFail(io, join(root, rel), text, original);
  io.err(`${io.color.green('✔')} ${t('entry.amended', { path: rel }, io.lang)}\n`);
  return { code: 0, commit: commit ? await commitOne(io, root, rel, commit) : undefined };
}
