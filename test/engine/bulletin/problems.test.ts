// 五、问题事项: problems raised and resolved in the month, open ones by category.
import { describe, expect, it } from 'vitest';
import { inProtocolOrder } from '../../../src/engine/index.js';
import { CATEGORY_ORDER, problems } from '../../../src/engine/bulletin/problems.js';
import { edit } from '../../helpers.js';
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

describe('leaders in protocol order', () => {
  it('by their rank (区委书记 before 区长), whatever their ids or the order of the file', () => {
    const files = edit('units/district-leadership.yaml', (s) => s.replace('  - { id: zhao-shuji, name: 赵书记, title: 区委书记, leader_roles: [main] }',
      '  - { id: a-quzhang, name: 钱区长, title: 区长, rank: 2, leader_roles: [main] }\n  - { id: zhao-shuji, name: 赵书记, title: 区委书记, rank: 1, leader_roles: [main] }'));
    const c = ctx('2022-03-05', '2022-02', files);
    expect(inProtocolOrder(c.m, ['a-quzhang', 'zhao-shuji'])).toEqual(['zhao-shuji', 'a-quzhang']);
    // without a rank, the order of the file; ranked people first
    expect(inProtocolOrder(c.m, ['liu-yang', 'zhang-wei', 'a-quzhang'])).toEqual(['a-quzhang', 'zhang-wei', 'liu-yang']);
  });
});
