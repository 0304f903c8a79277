// Chinese typesetting shared by the html and the docx bulletin: no spaces between Chinese and
// Latin letters or digits (the md keeps them for readability), and how wide a text sets, so that
// a table column of numbers gets the width it needs and never wraps.
import { charWidth } from '../width.js';

/** No spaces between Chinese and Latin letters or digits. */
export function tighten(s: string): string {
  const cjk = '\u2014\u2018-\u201d\u3000-\u303f\u3400-\u9fff\uff00-\uffef';
  return s.replace(new RegExp(`([${cjk}]) +(?=[0-9A-Za-z%.+\u2212-])`, 'g'), '$1').replace(new RegExp(`([0-9A-Za-z%.]) +(?=[${cjk}])`, 'g'), '$1');
}

// Advance widths in em of Times New Roman (the Latin font of the documents), rounded up a little;
// CJK characters and full-width punctuation are one em.
const NARROW: Record<string, number> = { '.': 0.26, ',': 0.26, ':': 0.28, ';': 0.28, ' ': 0.26, '/': 0.28, '-': 0.34, '(': 0.34, ')': 0.34, '%': 0.84, '+': 0.57, '—': 1 };

/**
 * The width of `s` set in `pt`-point type, in points. Word and LibreOffice put a quarter em
 * between Chinese and Latin letters or digits (自动调整中文与西文的间距): counted too.
 */
export function textPoints(s: string, pt: number): number {
  let em = 0, prevWide: boolean | null = null;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const wide = charWidth(cp) === 2;
    if (prevWide !== null && wide !== prevWide) em += 0.25;
    prevWide = wide;
    if (wide) em += 1;
    else if (ch in NARROW) em += NARROW[ch];
    else if (ch >= '0' && ch <= '9') em += 0.5;
    else if (ch >= 'A' && ch <= 'Z') em += 0.72;
    else if (cp < 0x80) em += 0.5;
    else em += 1;
  }
  return em * pt;
}
