// Which language kzp speaks (CLI.md): `--lang`, then KZP_LANG, then kzp.yaml's `lang`, then the
// locale when it names Chinese or English explicitly, else Chinese. An office PC's locale is
// often unset (Windows sets none, containers say C.UTF-8): that is Chinese, not English.
// kzp.yaml is only looked at (a top-level `lang:` line), not parsed: this runs before every
// command, `--help` too, and must stay as light as `--version` (validate reports a bad value).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Lang } from '../i18n/base.js';

const isLang = (v: string | undefined): v is Lang => v === 'zh' || v === 'en';

/** The language a locale names explicitly (zh*, en*), or undefined (unset, C, POSIX, any other). */
export function localeLang(env: NodeJS.ProcessEnv): Lang | undefined {
  const v = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(v) ? 'zh' : /^en/i.test(v) ? 'en' : undefined;
}

/** The language, or which setting holds a value kzp does not know. */
export function resolveLang(flag: string | undefined, env: NodeJS.ProcessEnv, cwd: string, workspace?: string): { lang: Lang; bad?: '--lang' | 'KZP_LANG' } {
  if (flag !== undefined) return isLang(flag) ? { lang: flag } : { lang: fallback(env, cwd, workspace), bad: '--lang' };
  const fromEnv = env.KZP_LANG;
  if (fromEnv !== undefined && fromEnv !== '') return isLang(fromEnv) ? { lang: fromEnv } : { lang: fallback(env, cwd, workspace), bad: 'KZP_LANG' };
  return { lang: fallback(env, cwd, workspace) };
}

function fallback(env: NodeJS.ProcessEnv, cwd: string, workspace?: string): Lang {
  return configLang(cwd, workspace) ?? localeLang(env) ?? 'zh';
}

/** kzp.yaml's `lang` (in `-C DIR`, else the first kzp.yaml from `cwd` upward), if it names zh or en. */
export function configLang(cwd: string, workspace?: string): Lang | undefined {
  const file = configFile(cwd, workspace);
  if (!file) return undefined;
  let text: string;
  try { text = readFileSync(file, 'utf8'); } catch { return undefined; }
  const m = /^lang:[ \t]*(["']?)(zh|en)\1[ \t]*(?:#[^\r\n]*)?\r?$/m.exec(text);
  return m ? (m[2] as Lang) : undefined;
}

function configFile(cwd: string, workspace?: string): string | undefined {
  if (workspace !== undefined) { const f = join(resolve(cwd, workspace), 'kzp.yaml'); return existsSync(f) ? f : undefined; }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const f = join(dir, 'kzp.yaml');
    if (existsSync(f)) return f;
    if (dirname(dir) === dir) return undefined;
  }
}
