// PLAIN stands in for chalk when colour is off (chalk is loaded only for a terminal).
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { colorWanted, makeColor, PLAIN } from '../../src/render/color.js';

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

describe('colorWanted', () => {
  const tty = { isTTY: true } as NodeJS.WriteStream;
  const pipe = { isTTY: false } as NodeJS.WriteStream;
  it('a terminal has colour; a pipe has none', () => {
    expect(colorWanted(tty, undefined, {})).toBe(true);
    expect(colorWanted(pipe, undefined, {})).toBe(false);
  });
  it('--no-color, NO_COLOR, FORCE_COLOR=0 and TERM=dumb turn it off on a terminal', () => {
    expect(colorWanted(tty, false, {})).toBe(false);
    expect(colorWanted(tty, undefined, { NO_COLOR: '1' })).toBe(false);
    expect(colorWanted(tty, undefined, { FORCE_COLOR: '0' })).toBe(false);
    expect(colorWanted(tty, undefined, { FORCE_COLOR: 'false' })).toBe(false);
    expect(colorWanted(tty, undefined, { TERM: 'dumb' })).toBe(false);
  });
  it('any other FORCE_COLOR turns it on, even in a pipe or on a dumb terminal', () => {
    expect(colorWanted(pipe, undefined, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorWanted(pipe, undefined, { FORCE_COLOR: '1', TERM: 'dumb' })).toBe(true);
  });
});
