// render/table.ts draws what cli-table3 drew with the options kzp used (cli-table3's
// layout is quadratic in the rows), checked on random tables of Chinese and Latin text, numbers,
// empty and coloured cells, every alignment, with and without colour.
import Table from 'cli-table3';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/entry/prng.js';
import { table, type Align } from '../../src/render/table.js';

// cli-table3 colours through @colors/colors, which decides by itself from the environment (off when
// CI is set, on for TERM=xterm): the reference is told to colour, so the test means the same
// everywhere (it failed in CI once for this).
const colors = createRequire(createRequire(import.meta.url).resolve('cli-table3'))('@colors/colors/safe') as { enable(): void };

function cliTable3(head: string[], rows: string[][], opts: { align?: Align[]; color?: boolean }): string {
  const tb = new Table({
    head, style: { head: opts.color ? ['bold'] : [], border: opts.color ? ['grey'] : [], compact: true, 'padding-left': 1, 'padding-right': 1 },
    ...(opts.align ? { colAligns: opts.align } : {}),
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const r of rows) tb.push(r);
  return tb.toString();
}

const WORDS = ['开州区', '汉丰街道', 'KZ-2022-001', '重点项目', '', '12.5', '1,234.00', '100%', 'a', '绿灯', '（全角）', 'x y', '\u001b[31m红灯\u001b[39m', '\u001b[1m加粗\u001b[22m'];

describe('table', () => {
  it('is cli-table3 for 500 random tables', () => {
    colors.enable();
    const rnd = mulberry32(7);
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
    for (let k = 0; k < 500; k++) {
      const cols = 1 + Math.floor(rnd() * 6);
      const head = Array.from({ length: cols }, () => pick(WORDS.slice(0, 12)) || '列');
      const rows = Array.from({ length: Math.floor(rnd() * 8) }, () => Array.from({ length: cols }, () => Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(WORDS)).join('')));
      const align = rnd() < 0.7 ? Array.from({ length: cols }, () => pick<Align>(['left', 'right', 'center'])) : undefined;
      const color = rnd() < 0.5;
      expect(table(head, rows, { align, color })).toBe(cliTable3(head, rows, { align, color }));
    }
  });
});
