// `kzp doctor`'s checks as a person reads them: ✔ or ✘ a line, the fix under each ✘.
import type { ChalkInstance } from 'chalk';
import type { Check } from '../entry/index.js';
import { t, type Lang } from '../i18n/index.js';

export function doctorText(checks: Check[], version: string, c: ChalkInstance, lang: Lang): string {
  const failed = checks.filter((x) => !x.ok).length;
  const lines = [t('doctor.title', { version }, lang)];
  for (const x of checks) {
    lines.push(`${x.ok ? c.green('✔') : c.red('✘')} ${x.text}`);
    if (x.fix) lines.push(`  ${c.dim(t('doctor.fix', {}, lang))} ${x.fix}`);
  }
  lines.push('', failed ? c.red(t('doctor.summary.bad', { n: failed }, lang)) : c.green(t('doctor.summary.ok', {}, lang)));
  return lines.join('\n') + '\n';
}
