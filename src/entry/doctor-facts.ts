// The facts `kzp doctor` judges (doctor.ts) that come from git and from the workspace's records:
// git's version and identity, the people behind git's e-mail and their projects, and whether
// the editors' schemas are the ones this kzp writes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Model } from '../model/index.js';
import { jsonSchemas } from '../schema/index.js';
import type { DoctorFacts } from './doctor.js';
import { git } from './git.js';

type Found = Extract<DoctorFacts['workspace'], { found: true }>;
type Role = Found['projects'][number]['roles'][number];

/** git's version (null when git is missing) and, with git, its user.name and user.email. */
export async function gitFacts(where: string, env: NodeJS.ProcessEnv): Promise<Pick<DoctorFacts, 'git' | 'user'>> {
  const v = await git(where, ['--version'], env);
  if (!v.ok) return { git: null };
  const get = async (key: string) => { const r = await git(where, ['config', key], env); return r.ok && r.stdout.trim() ? r.stdout.trim() : null; };
  return { git: /(\d+\.\d+[\w.]*)/.exec(v.stdout)?.[1] ?? v.stdout.trim(), user: { name: await get('user.name'), email: await get('user.email') } };
}

/** Whether git reads the workspace as a repository, or refuses a folder another user owns. */
export async function repositoryState(root: string, env: NodeJS.ProcessEnv): Promise<Found['repository']> {
  const r = await git(root, ['rev-parse', '--is-inside-work-tree'], env);
  return r.ok ? 'ok' : /dubious ownership|safe\.directory/.test(r.stderr) ? 'dubious-ownership' : 'not-a-repository';
}

/** The people whose e-mail is `email`, and the projects in which they are liaison, lead leader or in the task force. */
export function peopleFacts(m: Model, email: string | null): Pick<Found, 'people' | 'projects'> {
  const people: Found['people'] = [];
  if (email) for (const { person, unit } of m.people.values()) {
    if (person.email?.toLowerCase() === email.toLowerCase()) people.push({ id: person.id, name: person.name, unit: unit.data.id, file: unit.file.path });
  }
  const ids = new Set(people.map((p) => p.id));
  const projects: Found['projects'] = [];
  for (const { data: p } of m.projects.values()) {
    const roles: Role[] = [];
    if (p.liaison && ids.has(p.liaison)) roles.push('liaison');
    if (p.lead_leader && ids.has(p.lead_leader)) roles.push('lead_leader');
    if (p.task_force?.members.some((x) => ids.has(x.person))) roles.push('task_force');
    if (roles.length) projects.push({ id: p.id, name: p.name, roles });
  }
  return { people, projects: projects.sort((a, b) => (a.id < b.id ? -1 : 1)) };
}

/** The schema files of schemas/ that are missing, or not what this kzp's `kzp schema` writes. */
export function schemaFacts(root: string): Found['schemas'] {
  const missing: string[] = [], stale: string[] = [];
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    const rel = `schemas/${name}`;
    let now: string;
    try { now = readFileSync(join(root, rel), 'utf8'); } catch { missing.push(rel); continue; }
    if (now !== JSON.stringify(schema, null, 2) + '\n') stale.push(rel);
  }
  return { missing, stale };
}
