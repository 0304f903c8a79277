// kzp ledger add — one project's monthly ledger (LS-4, LS-5): asked at a terminal, from flags
// or a YAML file otherwise; validated in the context of the whole workspace before it is
// written; written atomically; optionally committed on its own.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../i18n/index.js';
import { addDays, monthEnd } from '../engine/index.js';
import { checkMonthFlag, CliError, type Io } from '../io/index.js';
import { defaultLedgerMonth } from './dates.js';
import { userEmail } from './git.js';
import { assertRepo, commitOne } from './record-edit.js';
import { askLedger, askMonth } from './ledger-flow.js';
import { checkProject, fromFile, fromFlags, pickProject, readFrom, renderLedger, reporterFor, type LedgerOptions } from './ledger-input.js';
import { buildLedger, commitMessage, ledgerBasis, ledgerPath, summarize } from './ledger.js';
import { lineDiff } from './line-diff.js';
import { isCancel, type Prompter } from './prompts.js';
import { checkAndWrite, writeOrFail, type EntryDeps } from './session.js';
import type { EntryWorkspace } from './workspace.js';
import { applyValue, editText } from './yaml-edit.js';

export async function ledgerAdd(ctx: Io, ws: EntryWorkspace, opts: LedgerOptions, deps: EntryDeps): Promise<number> {
  const { lang } = ctx;
  const { model: m, root, today } = ws;
  const byFlags = opts.invested !== undefined;
  const interactive = deps.interactive && !opts.from && !byFlags;

  let fromText: string | undefined, fromData: Record<string, unknown> | undefined;
  if (opts.from) ({ text: fromText, data: fromData } = readFrom(ctx, opts.from));
  if (!interactive) {
    const missing: string[] = [];
    if (!opts.project && typeof fromData?.project !== 'string') missing.push('--project');
    if (!opts.from && !byFlags) missing.push('--invested');
    if (missing.length) throw new CliError(t('entry.ledger.missingFlags', { flags: missing }, lang), t('entry.ledger.missingFlags.hint', {}, lang));
  }
  if (opts.from && byFlags) throw new CliError(t('entry.ledger.fromAndFlags', {}, lang));

  let prompter: Prompter | undefined;
  const ask = async () => (prompter ??= await deps.prompter());
  try {
    const email = await userEmail(root);
    // project and month
    let projectId = opts.project ?? (typeof fromData?.project === 'string' ? fromData.project : undefined);
    if (opts.project && typeof fromData?.project === 'string' && fromData.project !== opts.project)
      throw new CliError(t('entry.ledger.fromConflict', { field: 'project', file: fromData.project, flag: opts.project }, lang));
    if (!projectId) projectId = await pickProject(await ask(), m, email, lang);
    checkProject(ctx, m, projectId);
    const fromMonth = typeof fromData?.month === 'string' ? fromData.month : undefined;
    if (opts.month && fromMonth && fromMonth !== opts.month)
      throw new CliError(t('entry.ledger.fromConflict', { field: 'month', file: fromMonth, flag: opts.month }, lang));
    let month = opts.month ?? fromMonth;
    if (!month) month = interactive ? await askMonth(await ask(), lang, defaultLedgerMonth(today)) : defaultLedgerMonth(today);
    checkMonthFlag(ctx, 'month', month);

    const rel = ledgerPath(projectId, month);
    const abs = join(root, rel);
    const exists = existsSync(abs);
    if (exists && !opts.amend) throw new CliError(t('entry.ledger.exists', { path: rel }, lang), t('entry.ledger.exists.hint', {}, lang));
    if (!exists && opts.amend) throw new CliError(t('entry.ledger.nothingToAmend', { path: rel }, lang));
    const basis = ledgerBasis(m, projectId, month);
    const project = basis.project;
    const due = addDays(monthEnd(month), m.config.ledger.grace_days);
    const late = opts.amend && today > due;
    if (late) ctx.err(`${ctx.color.yellow(t('entry.ledger.amendLate', { path: rel, due }, lang))}\n`);

    const reporter = reporterFor(m, project.owner, project.liaison, email);
    let value: Record<string, unknown>;
    if (fromData) value = fromFile(fromData, basis, { project: projectId, month, today, reporter }, ctx);
    else if (interactive) {
      ctx.err(t('entry.ledger.intro', { project: projectId, name: project.name, month, path: rel }, lang) + '\n');
      value = buildLedger(basis, await askLedger(await ask(), basis, { lang, today, reporter }));
    } else value = buildLedger(basis, fromFlags(ctx, opts, basis, { today, reporter }));

    let text: string;
    const original = exists ? readFileSync(abs, 'utf8') : null;
    if (original !== null) text = editText(original, (doc) => applyValue(doc, value));
    else if (fromText !== undefined && fromData) text = editText(fromText, (doc) => applyValue(doc, value));
    else text = renderLedger(value, project.name);

    const summary = summarize(basis, value);
    const { code } = checkAndWrite(ctx, root, rel, text, { dryRun: true });
    if (code) return code;
    if (opts.commit) await assertRepo(ctx, root);
    if (interactive && !opts.yes) {
      // a new ledger is shown whole; an amendment, only what it changes
      const shown = original === null ? text : lineDiff(original, text).map((l) => (l[0] === '+' ? ctx.color.green(l) : l[0] === '-' ? ctx.color.red(l) : l)).join('\n') + '\n';
      ctx.err(`\n${ctx.color.dim('─'.repeat(40))}\n${original === null ? '' : t('entry.ledger.changes', { path: rel }, lang) + '\n'}${shown}${ctx.color.dim('─'.repeat(40))}\n`);
      ctx.err(t('entry.ledger.summary', { ...summary, done: summary.done.length }, lang) + '\n');
      if (!(await (await ask()).confirm({ message: t('entry.ask.confirm', { path: rel }, lang), default: true }))) {
        ctx.err(t('entry.notWritten', {}, lang) + '\n');
        return 0;
      }
    }
    writeOrFail(ctx, abs, text, original);
    ctx.err(`${ctx.color.green('✔')} ${t(exists ? 'entry.amended' : 'entry.wrote', { path: rel }, lang)}  ${t('entry.ledger.summary', { ...summary, done: summary.done.length }, lang)}\n`);
    let commit: string | undefined;
    if (opts.commit) {
      const msg = commitMessage(projectId, month, summary, !!exists);
      commit = await commitOne(ctx, root, rel, msg);
    }
    if (ws.json) ctx.out(JSON.stringify({ file: rel, project: projectId, month, amended: !!exists, late: !!late, summary, commit: commit ?? null }, null, 2) + '\n');
    return 0;
  } catch (e) {
    if (isCancel(e)) {
      ctx.err(`\n${t('entry.cancelled', {}, lang)}\n`);
      return 130;
    }
    throw e;
  }
}
