// When kzp may ask questions (entry/session.ts mayAsk): only on terminals, never in CI, never when
// told not to (KZP_NO_PROMPT), and never on a dumb terminal, where Node's readline ignores
// backspace and a typo would be kept (found when the suite ran once with TERM=dumb).
import { describe, expect, it } from 'vitest';
import { mayAsk } from '../../src/entry/session.js';

describe('mayAsk', () => {
  it('asks on a terminal', () => {
    expect(mayAsk({ TERM: 'xterm-256color' }, true, true)).toBe(true);
    expect(mayAsk({}, true, true)).toBe(true);
    expect(mayAsk({ CI: 'false' }, true, true)).toBe(true);
    expect(mayAsk({ CI: '0' }, true, true)).toBe(true);
  });
  it('does not ask off a terminal, in CI, when told not to, or on a dumb terminal', () => {
    expect(mayAsk({}, false, true)).toBe(false);
    expect(mayAsk({}, true, false)).toBe(false);
    expect(mayAsk({ CI: 'true' }, true, true)).toBe(false);
    expect(mayAsk({ KZP_NO_PROMPT: '1' }, true, true)).toBe(false);
    expect(mayAsk({ TERM: 'dumb' }, true, true)).toBe(false);
  });
});
