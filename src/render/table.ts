// Terminal tables: a box with one row a line, CJK characters two columns wide (render/width.ts).
// Drawn here rather than by cli-table3, whose layout is quadratic in the rows: 0.65 s of
// `kzp status` on 2,000 projects. The output is cli-table3's for the options kzp used
// (compact, padding 1, no row separators, bold head and grey border in colour):
// test/render/table.test.ts compares the two on random tables.
import { displayWidth } from './width.js';

export type Align = 'left' | 'right' | 'center';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const visible = (s: string): number => displayWidth(s.includes('\u001b') ? s.replace(ANSI, '') : s);

function pad(s: string, width: number, align: Align): string {
  const n = Math.max(0, width - visible(s));
  if (align === 'right') return ' '.repeat(n) + s;
  if (align === 'center') { const right = Math.ceil(n / 2); return ' '.repeat(n - right) + s + ' '.repeat(right); }
  return s + ' '.repeat(n);
}

export function table(head: string[], rows: (string | number)[][], opts: { align?: Align[]; color?: boolean } = {}): string {
  // a line break inside a cell would break the box: it becomes a space
  const text = (x: string | number) => String(x).replace(/\r?\n/g, ' ');
  const all = [head.map(text), ...rows.map((r) => r.map(text))];
  const n = all.reduce((k, r) => Math.max(k, r.length), 0);
  const widths = new Array<number>(n).fill(0);
  for (const r of all) for (let i = 0; i < n; i++) widths[i] = Math.max(widths[i], visible(r[i] ?? ''));
  const grey = (s: string) => (opts.color ? `\u001b[90m${s}\u001b[39m` : s);
  const bold = (s: string) => (opts.color ? `\u001b[1m${s}\u001b[22m` : s);
  const rule = (first: string, mid: string, last: string) =>
    widths.map((w, i) => grey(`${i === 0 ? first : mid}${'─'.repeat(w + 2)}${i === n - 1 ? last : ''}`)).join('');
  const line = (r: string[], isHead: boolean) =>
    grey('│') + widths.map((w, i) => { const c = ` ${pad(r[i] ?? '', w, opts.align?.[i] ?? 'left')} `; return (isHead ? bold(c) : c) + grey('│'); }).join('');
  return [rule('┌', '┬', '┐'), ...all.map((r, k) => line(r, k === 0)), rule('└', '┴', '┘')].join('\n');
}
