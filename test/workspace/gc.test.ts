// collectGarbage (src/util/gc.ts), the full collection after a very large read: an object that
// nothing references any more is gone after the call, on every call. (A WeakRef keeps its target
// alive until the end of the job that made or read it, hence the tick between.)
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/util/gc.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('collectGarbage', () => {
  it('collects what is no longer reachable, every time it is called', async () => {
    for (let round = 0; round < 2; round++) {
      const ref = new WeakRef({ round, payload: '值'.repeat(64) });
      await tick();
      collectGarbage();
      expect(ref.deref()).toBeUndefined();
    }
  });
});
