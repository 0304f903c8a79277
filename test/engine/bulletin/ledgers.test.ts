// 四、台账报送 (LS-4, HI-1): ledgers on time, late and missing by owner.
import { describe, expect, it } from 'vitest';
import { ledgers } from '../../../src/engine/bulletin/ledgers.js';
import { edit, withFiles } from '../../helpers.js';
import { ctx } from './ctx.js';

describe('bulletin 四、台账报送', () => {
  it('on time: the due date, the time source and the owner totals', () => {
    const l = ledgers(ctx('2022-03-05', '2022-02'));
    expect(l).toMatchObject({ month: '2022-02', due: '2022-02-28', times: 'declared', expected: 1, onTime: 1 });
    expect(l.byOwner).toEqual([{ owner: 'kz-urban-invest', ownerName: expect.any(String), expected: 1, onTime: 1, late: 0, missing: 0, pending: 0 }]);
  });
  it('late, with the days', () => {
    const l = ledgers(ctx('2022-03-05', '2022-02', edit('ledgers/2022-02/KZ-2022-001.yaml', (s) => s.replace('submitted_on: 2022-02-25', 'submitted_on: 2022-03-03'))));
    expect(l.late).toBe(1);
    expect(l.exceptions.map((r) => [r.project, r.state, r.lateDays])).toEqual([['KZ-2022-001', 'late', 3]]);
  });
  it('missing after the due date, pending before it', () => {
    const files = withFiles({ 'ledgers/2022-02/KZ-2022-001.yaml': null });
    const l = ledgers(ctx('2022-03-05', '2022-02', files));
    expect(l.missing).toBe(1);
    expect(l.exceptions[0].state).toBe('missing');
    expect(ledgers(ctx('2022-02-27', '2022-02', files)).pending).toBe(1);
  });
});
