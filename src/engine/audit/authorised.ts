// HI-3: who may change a project's records — the staff of its owner, its lead unit and the center.
import type { Model } from '../../model/index.js';

/** The staff e-mails (lower case) of the units that may change a project's records; null for an unknown project. */
export function authorisedEmails(m: Model, project: string): { units: string[]; emails: Set<string> } | null {
  const p = m.projects.get(project)?.data;
  if (!p) return null;
  const units = [...new Set([p.owner, p.lead_unit, m.config.center].filter((u): u is string => !!u))];
  const emails = new Set<string>();
  for (const u of units) for (const person of m.units.get(u)?.data.people ?? []) if (person.email) emails.add(person.email.trim().toLowerCase());
  return { units, emails };
}
