// PLAIN stands in for chalk when colour is off (issue 7: chalk is loaded only for a terminal).
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { makeColor, PLAIN } from '../../src/render/color.js';

describe('PLAIN', () => {
  it('gives what chalk at level 0 gives, for every style chain kzp uses', () => {
    const c0 = new Chalk({ level: 0 });
    for (const [a, b] of [[PLAIN.red('x'), c0.red('x')], [PLAIN.red.bold('x y'), c0.red.bold('x y')], [PLAIN.dim('a', 'b'), c0.dim('a', 'b')],
      [PLAIN.bold(''), c0.bold('')], [PLAIN.yellow.bold('天'), c0.yellow.bold('天')], [PLAIN.cyan(String(3)), c0.cyan('3')]]) expect(a).toBe(b);
    expect(PLAIN.level).toBe(0);
  });

  it('is no thenable: awaiting it gives it back (a thenable would never resolve and kzp would exit silently)', async () => {
    expect(await makeColor(false)).toBe(PLAIN);
    expect((await makeColor(true)).level).toBe(1);
  });
});
