// Enumerated values as staff type them: the value itself (construction) or the Chinese label
// they see in kzp's prompts and documents (在建, 用地). An unknown value is answered with the
// whole list of what is allowed, in the user's language.
import { t, type Lang } from '../i18n/index.js';

/** The i18n key of each value's label, by field: stage, category, nature, type, kind, level. */
const LABEL_KEY: Record<string, (v: string) => string> = {
  stage: (v) => `entry.stage.${v}`,
  category: (v) => `entry.category.${v}`,
  nature: (v) => `prompt.choice.nature.${v}`,
  type: (v) => `prompt.choice.type.${v}`,
  kind: (v) => `prompt.choice.kind.${v}`,
  level: (v) => `prompt.choice.level.${v}`,
};

const bare = (label: string) => label.replace(/[(（][^)）]*[)）]/g, '').trim();

/** The short Chinese label of a value (在建 for construction), or the value when it has none. */
export function labelOf(field: string, value: string, lang: Lang = 'zh'): string {
  const key = LABEL_KEY[field]?.(value);
  return key ? bare(t(key, {}, lang)) || value : value;
}

/** The value typed as its id or its Chinese label (whole, or a unique part of at least two characters); null when none fits. */
export function enumValue(field: string, values: readonly string[], input: string): string | null {
  const s = input.normalize('NFKC').trim();
  if (values.includes(s)) return s;
  const labels = values.map((v) => [v, labelOf(field, v, 'zh'), t(LABEL_KEY[field]?.(v) ?? '', {}, 'zh').normalize('NFKC')] as const);
  const exact = labels.filter(([, b, full]) => b === s || full === s);
  if (exact.length === 1) return exact[0][0];
  if (s.length < 2) return null;
  const part = labels.filter(([, b]) => b.includes(s));
  return part.length === 1 ? part[0][0] : null;
}

/** What is allowed, for an error: 在建(construction)、前期(preliminary)… in Chinese, construction | preliminary … in English. */
export function allowedValues(field: string, values: readonly string[], lang: Lang): string {
  return lang === 'zh' ? values.map((v) => `${labelOf(field, v, 'zh')}(${v})`).join('、') : values.join(' | ');
}
