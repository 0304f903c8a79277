// collectGarbage (src/util/gc.ts): the full collection after a very large read (issue 7, L memory)
// really collects, on every call.
import { describe, expect, it } from 'vitest';
import { collectGarbage, COLLECT_FROM_FILES } from '../../src/util/gc.js';

describe('collectGarbage', () => {
  it('frees what is no longer reachable, every time it is called', () => {
    for (let round = 0; round < 2; round++) {
      collectGarbage();
      const before = process.memoryUsage().heapUsed;
      let junk: string[] | null = Array.from({ length: 200_000 }, (_, i) => `值${i}`.repeat(8));
      const full = process.memoryUsage().heapUsed;
      expect(full - before).toBeGreaterThan(20 * 1048576);
      junk = null;
      collectGarbage();
      expect(junk).toBeNull();
      expect(process.memoryUsage().heapUsed - before).toBeLessThan(5 * 1048576);
    }
    expect(COLLECT_FROM_FILES).toBeGreaterThan(26_292); // M is read without it, L with it
  });
});
