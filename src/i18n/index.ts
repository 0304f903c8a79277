// Message catalogs (zh, en). Every user-facing sentence goes through `t` so that a
// message exists in both languages; rule modules carry their own catalog (`messages`)
// which is registered here by the rule registry.
import { core } from './core.js';

export type Lang = 'zh' | 'en';
export interface Text { zh: string; en: string }
export type Catalog = Record<string, Text>;

const catalogs: Catalog = { ...core };

export function register(prefix: string, cat: Catalog): void {
  for (const [k, v] of Object.entries(cat)) catalogs[prefix ? `${prefix}.${k}` : k] = v;
}

export function has(key: string): boolean { return key in catalogs; }

/** Fill `{name}` placeholders. Arrays are joined with the language's list separator. */
export function format(template: string, params: Record<string, unknown> = {}, lang: Lang = 'zh'): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    if (!(name in params)) return m;
    const v = params[name];
    if (Array.isArray(v)) return v.join(lang === 'zh' ? '、' : ', ');
    return String(v);
  });
}

export function t(key: string, params: Record<string, unknown> = {}, lang: Lang = 'zh'): string {
  const entry = catalogs[key];
  if (!entry) return key;
  return format(entry[lang], params, lang);
}

/** zh for zh* locales, else en (CLI.md: `--lang`, else LANG/LC_ALL). */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang {
  const v = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(v) ? 'zh' : 'en';
}
