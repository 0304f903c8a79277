// Message catalogs (zh, en). Every user-facing sentence goes through `t` so that a
// message exists in both languages; rule modules carry their own catalog (`messages`)
// which is registered here by the rule registry.
import { core } from './core.js';
import { format, type Catalog, type Lang } from './base.js';

export { format, type Catalog, type Lang, type Text } from './base.js';
export { helpText } from './help.js';

const catalogs: Catalog = { ...core };

export function register(prefix: string, cat: Catalog): void {
  for (const [k, v] of Object.entries(cat)) catalogs[prefix ? `${prefix}.${k}` : k] = v;
}

export function has(key: string): boolean { return key in catalogs; }

export function t(key: string, params: Record<string, unknown> = {}, lang: Lang = 'zh'): string {
  const entry = catalogs[key];
  if (!entry) return key;
  return format(entry[lang], params, lang);
}
