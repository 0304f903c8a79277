// 五、问题事项: problems raised and resolved in the month, open ones by category.
import { describe, expect, it } from 'vitest';
import { CATEGORY_ORDER, problems } from '../../../src/engine/bulletin/problems.js';
import { ctx } from './ctx.js';

describe('bulletin 五、问题事项', () => {
  const p = problems(ctx('2022-03-05', '2022-02'));
  it('P2 raised 2022-02-10 and resolved 2022-02-24; P1 still open', () => {
    expect(p).toMatchObject({ raised: 1, resolved: 1, open: 1, staleDays: 30 });
    expect(p.byCategory.find((c) => c.category === 'land')).toMatchObject({ open: 1, raised: 0 });
    expect(p.byCategory.map((c) => c.category)).toEqual(CATEGORY_ORDER);
  });
  it('nothing is due to go up a level in the base fixture', () => {
    expect(p.escalations).toEqual([]);
  });
});
