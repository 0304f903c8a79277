// The review of an amendment shows only what changes (src/entry/line-diff.ts).
import { describe, expect, it } from 'vitest';
import { lineDiff } from '../../src/entry/line-diff.js';

describe('lineDiff', () => {
  it('shows the changed lines with one line of context, and … for what it leaves out', () => {
    const before = 'a\nb\nc\nd\ne\nf\n';
    const after = 'a\nb\nC\nd\ne\nf\ng\n';
    expect(lineDiff(before, after)).toEqual(['  b', '- c', '+ C', '  d', '  …', '  f', '+ g', '  ']);
  });
  it('shows nothing for an unchanged text', () => {
    expect(lineDiff('a\nb\n', 'a\nb\n')).toEqual([]);
  });
});
