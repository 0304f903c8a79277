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

const pct = (x: number | null | undefined) => (x == null ? '—' : `${(x * 100).toFixed(1)}%`);

export function scoreText(r: ScoreReport, asOf: string, lang: Lang, c: ChalkInstance, color: boolean): string {
  const out = [c.bold(t('score.title', { period: r.period.id, from: r.from, to: r.to, asOf }, lang))];
  out.push(c.dim(r.period.kind === 'year' ? t('score.annual', r.annualWeights ?? { investment: 50, target: 50 }, lang) : t('score.weights', r.weights, lang)));
  const role = (x: string | null) => (x ? t(`score.role.${x}`, {}, lang) : '—');
  for (const g of PEER_GROUPS) {
    const us = r.units.filter((u) => u.group === g);
    if (!us.length) continue;
    out.push('', c.bold(t(`group.${g}`, {}, lang)));
    const cols = r.period.kind === 'year' ? ['rank', 'unit', 'role', 'score', 'investment', 'target', 'bonus'] : ['rank', 'unit', 'role', 'score', 'countdown', 'ledger', 'problems', 'inspection'];
    const rows = us.map((u) => r.period.kind === 'year'
      ? [u.rank ?? '—', shownText(u.name), role(u.role), points(u.score), pct(u.annual?.investmentRatio), targetsText(u.annual?.targets, lang), u.bonus || '']
      : [u.rank ?? '—', shownText(u.name), role(u.role), points(u.score), compText(u.components.countdown), compText(u.components.ledger), compText(u.components.problems), compText(u.components.inspection)]);
    out.push(table(cols.map((k) => t(`score.col.${k}`, {}, lang)), rows, { color }));
  }
  if (r.period.kind !== 'year') out.push(c.dim(lang === 'zh' ? '分项格式:完成率(按期/逾期完成/未完成),逾期完成计一半;业主和牵头单位都对项目的倒计时、台账和问题负责' : 'components: rate (on time/late/missed); late counts half; owner and lead unit both answer for a project’s countdown, ledgers and problems'));
  else {
    const inc = r.incentives ?? [];
    out.push('', inc.length ? t('score.incentives', { list: inc.map((x) => `${shownText(x.name)} +${x.points}`).join(lang === 'zh' ? '、' : ', ') }, lang) : c.dim(t('score.incentives.none', {}, lang)));
  }
  return out.join('\n') + '\n';
}

function targetsText(x: { total: number; met: number; unreported: number } | undefined, lang: Lang): string {
  if (!x || !x.total) return '—';
  return t('score.targets', { met: x.met, total: x.total }, lang) + (x.unreported ? t('score.targets.unreported', { n: x.unreported }, lang) : '');
}
