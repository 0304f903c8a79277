// What a command says on stderr about the history it used, once: why git times were not used
// (shallow clone, no repository, git missing or refusing the repository), and which ledgers git
// cannot vouch for (an import after the fact, history_since). Empty when there is nothing to say.
import { civilDate, type HistoryFacts } from '../engine/index.js';
import { refusalFix } from '../history/index.js';
import { t, type Lang } from '../i18n/index.js';

/** `reasons: false`: only a refusal's fix and the untrusted ledgers (`kzp audit` reports the reason itself). */
export function historyNotes(h: HistoryFacts, tz: string, lang: Lang, reasons = true): string {
  const hint = (text: string) => `  ${t('cli.hint', {}, lang)}: ${text}\n`;
  let out = '';
  if (h.source === 'declared' && h.reason && (reasons || h.reason === 'git-refused')) {
    out += `${t(`history.declared.${h.reason}`, { detail: h.detail?.split('\n')[0] ?? '' }, lang)}\n`;
    if (h.reason === 'shallow') out += hint(t('history.declared.shallow.hint', {}, lang));
    if (h.reason === 'git-refused') out += hint(refusalFix(h.detail, lang));
  }
  for (const i of h.untrusted?.imports ?? []) {
    const params = { commit: i.commit.commit.slice(0, 7), date: civilDate(i.commit.at, tz), n: i.ledgers };
    out += `${t(i.root ? 'history.untrusted.root' : 'history.untrusted.import', params, lang)}\n`;
    out += hint(t('history.untrusted.hint', params, lang));
  }
  const s = h.untrusted?.since;
  if (s) out += `${t('history.untrusted.since', { date: s.date, n: s.ledgers }, lang)}\n`;
  return out;
}

