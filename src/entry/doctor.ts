// `kzp doctor`: what a liaison's machine and workspace need for kzp, each judged ✔ or ✘ with the
// fix. The command gathers the facts (Node, git, the workspace, its validation, the files);
// this module only judges them, so every ✘ can be shown from facts made by hand.
import { t, type Lang } from '../i18n/index.js';

export const MIN_NODE = '20.19.0';

export interface DoctorFacts {
  node: string;
  /** `git --version`'s version; null when git is not found */
  git: string | null;
  /** git's user.name and user.email where kzp runs (null: not set); undefined without git */
  user?: { name: string | null; email: string | null };
  /** the environment's locale variables, for the language and the terminal's character set */
  locale: { lang: Lang; source: string; charset: string | null };
  workspace:
    | { found: false; from: string }
    | {
      found: true;
      root: string;
      /** null: git could not be asked (missing); 'ok'; 'not-a-repository'; or git's refusal of a folder owned by another user */
      repository: 'ok' | 'not-a-repository' | 'dubious-ownership' | null;
      history: 'git' | 'declared';
      files: number;
      errors: number;
      warnings: number;
      /** the people whose email is git's user.email, and the projects they hold a role in */
      people: { id: string; name: string; unit: string; file: string }[];
      projects: { id: string; name: string; roles: ('liaison' | 'lead_leader' | 'task_force')[] }[];
      /** schema files missing from schemas/ or not what this kzp generates */
      schemas: { missing: string[]; stale: string[] };
      tools: { bundle: boolean; recorded: string | null };
    };
  running: string;
}

export interface Check { id: string; ok: boolean; text: string; fix?: string }

function atLeast(v: string, min: string): boolean {
  const a = v.split('.').map(Number), b = min.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

export function judge(f: DoctorFacts, lang: Lang): Check[] {
  const out: Check[] = [];
  const ok = (id: string, key: string, p: Record<string, unknown> = {}) => out.push({ id, ok: true, text: t(`doctor.${key}`, p, lang) });
  const bad = (id: string, key: string, p: Record<string, unknown> = {}) => out.push({ id, ok: false, text: t(`doctor.${key}`, p, lang), fix: t(`doctor.${key}.fix`, p, lang) });

  if (atLeast(f.node, MIN_NODE)) ok('node', 'node', { version: f.node, min: MIN_NODE });
  else bad('node', 'nodeOld', { version: f.node, min: MIN_NODE });

  if (f.git === null) bad('git', 'gitMissing');
  else {
    ok('git', 'git', { version: f.git });
    const u = f.user ?? { name: null, email: null };
    const unset = [u.name ? null : 'user.name', u.email ? null : 'user.email'].filter(Boolean);
    if (unset.length) bad('git-user', 'gitUser', { unset });
    else ok('git-user', 'gitUserOk', { name: u.name, email: u.email });
  }

  const { charset } = f.locale;
  if (charset && !/^utf-?8$/i.test(charset) && !/^(c|posix)$/i.test(charset)) bad('language', 'charset', { charset, language: t(`doctor.lang.${f.locale.lang}`, {}, lang) });
  else ok('language', 'language', { language: t(`doctor.lang.${f.locale.lang}`, {}, lang), source: f.locale.source });

  const w = f.workspace;
  if (!w.found) { bad('workspace', 'noWorkspace', { dir: w.from }); return out; }
  ok('workspace', 'workspace', { root: w.root, files: w.files });
  if (w.errors) bad('valid', 'invalid', { errors: w.errors, warnings: w.warnings });
  else ok('valid', 'valid', { warnings: w.warnings });

  if (w.repository === 'dubious-ownership') bad('safe-directory', 'dubious', { root: w.root });
  else if (w.repository === 'not-a-repository' && w.history === 'git') bad('safe-directory', 'notRepo', { root: w.root });
  else if (w.repository === 'ok') ok('safe-directory', 'repo');

  const email = f.user?.email;
  if (f.git !== null && email) {
    if (!w.people.length) bad('person', 'nobody', { email });
    else {
      const who = w.people.map((p) => `${p.name}(${p.id},${p.file})`);
      const projects = w.projects.map((p) => `${p.id} ${p.name}(${p.roles.map((r) => t(`doctor.role.${r}`, {}, lang)).join('、')})`);
      ok('person', projects.length ? 'person' : 'personNoProjects', { email, who, projects });
    }
  }

  const { missing, stale } = w.schemas;
  if (missing.length || stale.length) bad('schemas', 'schemas', { files: [...missing, ...stale] });
  else ok('schemas', 'schemasOk');

  if (!w.tools.bundle) bad('tools', 'noTools');
  else if (w.tools.recorded !== f.running) bad('tools', 'toolsVersion', { recorded: w.tools.recorded ?? '—', running: f.running });
  else ok('tools', 'tools', { version: f.running });
  return out;
}
