// kzp audit [--month M | --since DATE] [--strict] — what git says about the ledgers: late
// arrivals (HI-1), amendments after the due time (HI-2), changes by people who are not staff of
// the project's units (HI-3), deletions, renames, declared dates that git contradicts. Findings
// are facts, not failures: exit 0, unless --strict and there is any (then 1).
import { audit, diffVersions, factsOfTrail, noTrail, summaryOf, trustOf, type AuditFinding, type FieldChange, type Trail } from '../../engine/index.js';
import { readVersions, startTrail } from '../../history/index.js';
import { t } from '../../i18n/index.js';
import { auditJson, auditText } from '../../render/index.js';
import { CliError, checkDateFlag, checkMonthFlag, load, rootOf, type CliContext } from '../context.js';
import { defineCommand } from '../command.js';
import { historyNotes } from '../history-notes.js';
import { replayed } from '../replay.js';

type Opts = { month?: string; since?: string; strict?: boolean };

export async function run(ctx: CliContext, opts: Opts): Promise<number> {
  checkMonthFlag(ctx, '--month', opts.month);
  checkDateFlag(ctx, '--since', opts.since);
  if (opts.month && opts.since) throw new CliError(t('audit.bothFilters', {}, ctx.lang));
  // the findings depend on the files, git's history and the flags alone: an unchanged
  // workspace on the same commit is answered from the last run (replay.ts)
  return replayed(ctx, rootOf(ctx), 'audit', opts, (c) => auditRun(c, opts));
}

async function auditRun(ctx: CliContext, opts: Opts): Promise<number> {
  // the audit reads git whatever kzp.yaml says of submission times (who changed what is not a
  // time); only --no-git turns it off. The one git log runs while the workspace is read.
  const pending = ctx.opts.git === false ? null : startTrail(rootOf(ctx), { at: ctx.opts.at, cache: true });
  let loaded: ReturnType<typeof load>;
  try { loaded = load(ctx); } catch (e) { pending?.cancel(); throw e; }
  const root = loaded.workspace.root;
  const m = loaded.model;
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors) ctx.err(`${t('cli.dataErrors', { n: errors }, ctx.lang)}\n`);
  const trail: Trail = pending ? await pending.wait() : noTrail('no-git');
  const summary = summaryOf(trail);
  ctx.err(historyNotes(factsOfTrail(summary, trustOf(summary, m.config)), m.config.timezone, ctx.lang, false));
  const present = new Set(loaded.workspace.files.map((f) => f.file.path));
  const filter = { ...(opts.month ? { month: opts.month } : {}), ...(opts.since ? { since: opts.since } : {}) };
  const result = audit(m, trail, present, filter);
  // which fields: the two versions of every amended or unauthorised change, in one cat-file
  // --batch; an addition or a deletion has one side only and no fields to compare
  const compared = result.findings.filter((f) => (f.kind === 'amended' || f.kind === 'unauthorised') && f.change);
  const versions = readVersions(root, compared.flatMap((f) => f.change!.oldBlob && f.change!.newBlob ? [f.change!.oldBlob, f.change!.newBlob] : []));
  const fields = new Map<AuditFinding, FieldChange[] | null>();
  for (const f of compared) {
    const ch = f.change!;
    fields.set(f, ch.oldBlob && ch.newBlob ? diffVersions(versions, ch.oldBlob, ch.newBlob) : []);
  }
  const fieldsOf = (f: AuditFinding) => fields.get(f);
  ctx.out(ctx.opts.json ? JSON.stringify(auditJson(m, result, filter, fieldsOf, ctx.lang), null, 2) + '\n' : auditText(m, result, filter, fieldsOf, ctx.lang, ctx.color));
  return opts.strict && result.findings.length ? 1 : 0;
}

export const command = defineCommand({
  name: 'audit',
  options: [
    { flags: '--month <month>', help: 'help.audit.month' },
    { flags: '--since <date>', help: 'help.audit.since' },
    { flags: '--strict', help: 'help.audit.strict' },
  ],
  examples: [
    { command: 'kzp audit --month 2022-12', help: 'help.audit.ex1' },
    { command: 'kzp audit --since 2022-01-01 --strict', help: 'help.audit.ex2' },
  ],
  exits: { 1: 'help.exit.auditStrict' },
  run,
});
