// Terminal tables (cli-table3 measures CJK characters as two columns).
import Table from 'cli-table3';

export function table(head: string[], rows: (string | number)[][], opts: { align?: ('left' | 'right' | 'center')[]; color?: boolean } = {}): string {
  const tb = new Table({
    head, style: { head: opts.color ? ['bold'] : [], border: opts.color ? ['grey'] : [], compact: true, 'padding-left': 1, 'padding-right': 1 },
    ...(opts.align ? { colAligns: opts.align } : {}),
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const r of rows) tb.push(r.map((x) => String(x)));
  return tb.toString();
}
