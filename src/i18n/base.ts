// The light part of the catalogs: the types and placeholder filling.
// No catalog is loaded here, so that `kzp --help` (src/cli/help.ts), which needs only the help
// texts, starts as fast as `kzp --version`.
export type Lang = 'zh' | 'en';
export interface Text { zh: string; en: string }
export type Catalog = Record<string, Text>;

/** Fill `{name}` placeholders. Arrays are joined with the language's list separator. */
export function format(template: string, params: Record<string, unknown> = {}, lang: Lang = 'zh'): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    if (!(name in params)) return m;
    const v = params[name];
    if (Array.isArray(v)) return v.join(lang === 'zh' ? '、' : ', ');
    return String(v);
  });
}
