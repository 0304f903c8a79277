// One full garbage collection at a phase boundary of a very large read (L validates in
// ≤ 512 MB). Reading 120k records leaves a hundred MB of dead strings (the values' JSON, worker
// messages) that V8 would otherwise carry while the heap grows through the schema check and the
// rules; collecting once when the read is done took L's peak from 709 MB to 564 MB for ≈ 0.15 s.
// `gc` is exposed the documented way (`--expose-gc`), set at run time for a fresh context only,
// as the expose-gc package does; if that ever fails, nothing is collected and nothing breaks.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Workspaces from this many files on are collected after the read; below, it costs more than it saves. */
export const COLLECT_FROM_FILES = 50_000;

let collect: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const gc = runInNewContext('gc') as unknown;
      collect = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collect = null;
    }
  }
  collect?.();
}
