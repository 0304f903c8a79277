// The record files of a workspace on disk, for a run printed again from the verdict (verdict.ts).
import { join } from 'node:path';
import type { SourceFile } from '../source.js';
import { diskText, LazySourceFile } from './lazy-file.js';

/**
 * By workspace-relative path, as the renderers of diagnostics use them (`get` for an excerpt,
 * `keys`): each is read and decoded only when asked for, since the run that is printed again
 * read no file.
 */
export class DiskFiles extends Map<string, SourceFile> {
  private readonly base: string;
  constructor(root: string, rels: Iterable<string>) {
    super();
    this.base = root;
    for (const r of rels) super.set(r, undefined as unknown as SourceFile);
  }
  override get(rel: string): SourceFile | undefined {
    if (!super.has(rel)) return undefined;
    let f = super.get(rel);
    if (!f) { f = new LazySourceFile(rel, diskText(join(this.base, rel)), undefined); super.set(rel, f); }
    return f;
  }
  override *values(): MapIterator<SourceFile> { for (const k of super.keys()) yield this.get(k)!; }
  override *entries(): MapIterator<[string, SourceFile]> { for (const k of super.keys()) yield [k, this.get(k)!]; }
  override [Symbol.iterator](): MapIterator<[string, SourceFile]> { return this.entries(); }
  override forEach(fn: (v: SourceFile, k: string, m: Map<string, SourceFile>) => void, self?: unknown): void { for (const [k, v] of this.entries()) fn.call(self, v, k, this); }
}
