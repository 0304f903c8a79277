// Findings of single changes, commit by commit: HI-3 (a project's records changed by someone
// who is staff of neither its owner, its lead unit nor the center), and records deleted or
// renamed (HI-2).
import type { Model } from '../../model/index.js';
import type { Trail } from './trail.js';
import { authorisedEmails } from './authorised.js';
import { madeBy, type AuditFinding } from './finding.js';
import { idOfPath, isRecordPath, projectOfPath } from './paths.js';
import type { Zoned } from './zoned.js';

/** `unchecked` collects the projects whose units list no e-mail at all (HI-3 cannot be judged for them). */
export function changeFindings(m: Model, trail: Trail, present: Set<string>, z: Zoned, unchecked: Set<string>): AuditFinding[] {
  const out: AuditFinding[] = [];
  const auth = new Map<string, ReturnType<typeof authorisedEmails>>();
  const authOf = (project: string) => { if (!auth.has(project)) auth.set(project, authorisedEmails(m, project)); return auth.get(project)!; };
  for (const c of trail.commits) {
    for (const ch of c.changes) {
      const owner = projectOfPath(ch.path) ?? (ch.from ? projectOfPath(ch.from) : null);
      const of = { ...(owner ? { project: owner.project } : {}), ...(owner?.month ? { month: owner.month } : {}) };
      if (owner) {
        const a = authOf(owner.project);
        if (!a || a.emails.size === 0) unchecked.add(owner.project);
        else if (!a.emails.has(c.email.trim().toLowerCase())) {
          out.push({ kind: 'unauthorised', rule: 'HI-3', file: ch.path, ...of, change: ch, units: a.units, ...madeBy(c, z) });
        }
      }
      if (ch.status === 'D' && isRecordPath(ch.path)) {
        out.push({ kind: 'deleted', rule: 'HI-2', file: ch.path, ...of, change: ch, restored: present.has(ch.path), ...madeBy(c, z) });
      }
      if (ch.status === 'R' && ch.from && (isRecordPath(ch.path) || isRecordPath(ch.from))) {
        out.push({ kind: 'renamed', rule: 'HI-2', file: ch.path, from: ch.from, idChanged: idOfPath(ch.from) !== idOfPath(ch.path), ...of, change: ch, ...madeBy(c, z) });
      }
    }
  }
  return out;
}
