// Input-method traps in a value that failed its field's check: what a Chinese input method
// (or a paste from a chat app or a web page) put into it, and the value as it was meant —
// full-width digits, letters and punctuation (２０２２－０１－２７, １２８００, ＫＺ), Chinese
// quotation marks around the value (“…”, ‘…’, 「…」, 『…』), a full-width comma between list
// items, a full-width space, and invisible characters (U+200B …). Pure; the schema checker
// words the hint (src/schema/check.ts).
export type TrapKind = 'quotes' | 'fullwidth' | 'comma' | 'space' | 'invisible';

export interface Trap { kinds: TrapKind[]; fixed: string; invisible?: string }

const QUOTES: [string, string][] = [['“', '”'], ['‘', '’'], ['「', '」'], ['『', '』'], ['＂', '＂'], ['＇', '＇'], ['”', '”'], ['“', '“']];
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad]/g;
const DASHES = /[\u2010-\u2015\u2212\uff0d]/g;

/** The traps in `value`, or null when it has none (then the generic hint applies). */
export function imeTrap(value: string): Trap | null {
  const kinds: TrapKind[] = [];
  let v = value;
  let invisible: string | undefined;
  const inv = v.match(INVISIBLE);
  if (inv) { kinds.push('invisible'); invisible = `U+${inv[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`; v = v.replace(INVISIBLE, ''); }
  if (/\u3000|\u00a0/.test(v)) { kinds.push('space'); v = v.replace(/[\u3000\u00a0]/g, ' ').trim(); }
  for (const [a, b] of QUOTES) {
    if (v.length >= 2 && v.startsWith(a) && v.endsWith(b)) { kinds.push('quotes'); v = v.slice(a.length, v.length - b.length).trim(); break; }
  }
  if (v.includes('，')) { kinds.push('comma'); v = v.replace(/，\s*/g, ', '); }
  const nf = v.normalize('NFKC').replace(DASHES, '-');
  if (nf !== v && /[\uff01-\uff5e\u2010-\u2015\u2212]/.test(v)) { kinds.push('fullwidth'); v = nf; }
  return kinds.length ? { kinds, fixed: v, invisible } : null;
}
