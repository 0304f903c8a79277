// The assembler: the monthly bulletin is its sections in order, with where the numbers come from.
import { describe, expect, it } from 'vitest';
import { bulletin, issue } from '../../../src/engine/index.js';
import { countdown } from '../../../src/engine/bulletin/countdown.js';
import { overall } from '../../../src/engine/bulletin/overall.js';
import { base, edit } from '../../helpers.js';
import { snap } from '../helpers.js';
import { ctx } from './ctx.js';

describe('bulletin(): the monthly bulletin as data (AS-1)', () => {
  const b = bulletin(snap(base(), '2022-03-05'), '2022-02');

  it('the month, then the sections in the bulletin order, each as its section computes it', () => {
    expect([b.kind, b.year, b.month, b.monthNumber]).toEqual(['monthly', 2022, '2022-02', 2]);
    expect(Object.keys(b)).toEqual(['kind', 'source', 'year', 'month', 'monthNumber', 'issue', 'overall', 'monthly', 'sectors', 'leadUnits', 'slowest', 'projects', 'countdown', 'ledgers', 'problems', 'inspections', 'scores']);
    expect(b.overall).toEqual(overall(ctx('2022-03-05', '2022-02')));
    expect(b.countdown).toEqual(countdown(ctx('2022-03-05', '2022-02')));
    expect(b.projects.map((p) => [p.project, p.target])).toEqual([['KZ-2022-001', expect.any(String)]]);
  });

  it('期号 numbered through the year from its first tracked month; issued on the as-of date', () => {
    expect(b.issue).toEqual({ number: 2, date: '2022-03-05' });
    expect(issue(ctx('2022-03-05', '2022-02', edit('kzp.yaml', (s) => s.replace(/^since: .*$/m, 'since: 2022-02')))).number).toBe(1);
  });

  it('the provenance: as-of, no commit without git, times declared', () => {
    expect(b.source).toMatchObject({ asOf: '2022-03-05', commit: null, times: 'declared', district: '重庆市开州区' });
    expect(b.source.center).not.toBe('');
  });

  it('is plain data: JSON round-trips without loss', () => {
    expect(JSON.parse(JSON.stringify(b))).toEqual(b);
  });
});
