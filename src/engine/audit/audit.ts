// `kzp audit`: every finding of the trail (HI-1..HI-3), assembled from the pieces beside this
// file. Pure: the amended versions are named by blob id, and compared by the caller.
import type { Model } from '../../model/index.js';
import { DECLARED } from '../facts.js';
import { amendedFindings } from './amended.js';
import { changeFindings } from './changes.js';
import { byGroup, keep } from './filter.js';
import type { AuditFilter, AuditFinding, AuditResult } from './finding.js';
import { lateFindings } from './late.js';
import { factsOfTrail, summaryOf, type Trail } from './trail.js';
import { trustOf } from './trust.js';
import { zoned } from './zoned.js';

/**
 * `present`: the record files of the workspace as read (a deleted file that is there again is
 * "restored"). A trail that is not the whole history (shallow clone, no repository, --no-git) is itself a
 * finding, and only declared dates are judged then — never "no findings" for want of history.
 * The times are judged as every other command judges them: `history: declared` takes the
 * declared dates (and no amendment is judged by a commit time), ledgers git cannot vouch for
 * (trust.ts) are judged on their declared dates, and nothing before `history_since` is judged.
 */
export function audit(m: Model, trail: Trail, present: Set<string>, filter: AuditFilter = {}): AuditResult {
  const complete = trail.source === 'git' && !trail.shallow;
  const z = zoned(m.config.timezone);
  const unchecked = new Set<string>();
  const findings: AuditFinding[] = [];
  const declared = m.config.history === 'declared';
  const summary = summaryOf(trail);
  const trust = trustOf(summary, m.config);
  if (!complete) findings.push({ kind: 'history-unavailable', rule: 'HI-1', reason: trail.shallow ? 'shallow' : trail.reason ?? 'not-a-repository' });
  findings.push(...lateFindings(m, declared ? DECLARED : factsOfTrail(summary, trust), new Map(trail.commits.map((c) => [c.commit, c]))));
  if (complete) {
    const since = { ...trail, commits: trail.commits.filter((c) => !trust.before(c)) };
    if (!declared) findings.push(...amendedFindings(m, trail.lineages, z, trust.before));
    findings.push(...changeFindings(m, since, present, z, unchecked));
  }
  return {
    history: { source: trail.source, ...(trail.reason ? { reason: trail.reason } : {}), ...(trail.head ? { head: trail.head } : {}), shallow: !!trail.shallow, commits: trail.commits.length, complete },
    findings: findings.filter((f) => keep(f, filter, z.date)).sort(byGroup),
    unchecked: [...unchecked].sort(),
  };
}
