// `kzp score` tables, one per peer group, with the components that make each score.
import type { ChalkInstance } from 'chalk';
import { PEER_GROUPS, type Component, type ScoreReport } from '../engine/index.js';
import { t, type Lang } from '../i18n/index.js';
import { points } from './format.js';
import { shownText } from './safe-text.js';
import { table } from './table.js';

function compText(c: Component): string {
  if (c.ratio === null) return '—';
  return `${(c.ratio * 100).toFixed(1)}% (${c.onTime}/${c.late}/${c.missed})`;
}

export function scoreText(r: ScoreReport, asOf: string, lang: Lang, c: ChalkInstance, color: boolean): string {
  const out = [c.bold(t('score.title', { period: r.period.id, from: r.from, to: r.to, asOf }, lang))];
  out.push(c.dim(r.period.kind === 'year' ? t('score.annual', {}, lang) : t('score.weights', r.weights, lang)));
  for (const g of PEER_GROUPS) {
    const us = r.units.filter((u) => u.group === g);
    if (!us.length) continue;
    out.push('', c.bold(t(`group.${g}`, {}, lang)));
    const cols = r.period.kind === 'year' ? ['rank', 'unit', 'score', 'annual', 'bonus'] : ['rank', 'unit', 'score', 'countdown', 'ledger', 'problems', 'inspection'];
    const rows = us.map((u) => r.period.kind === 'year'
      ? [u.rank ?? '—', shownText(u.name), points(u.score), u.annual?.ratio != null ? `${(u.annual.ratio * 100).toFixed(1)}%` : '—', u.bonus || '']
      : [u.rank ?? '—', shownText(u.name), points(u.score), compText(u.components.countdown), compText(u.components.ledger), compText(u.components.problems), compText(u.components.inspection)]);
    out.push(table(cols.map((k) => t(`score.col.${k}`, {}, lang)), rows, { color }));
  }
  if (r.period.kind !== 'year') out.push(c.dim(lang === 'zh' ? '分项格式:完成率(按期/逾期完成/未完成),逾期完成计一半' : 'components: rate (on time/late/missed); late counts half'));
  return out.join('\n') + '\n';
}
