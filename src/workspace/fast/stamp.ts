// What the parse cache and the verdict cache know a file by without reading it.

/** A file's size, times and inode: one changed byte changes its mtime and ctime. */
export interface FileStamp { size: number; mtimeMs: number; ctimeMs: number; ino: number }

/**
 * A file modified less than this before a run is "racy" (git's rule): a filesystem clock ticks
 * coarsely (1–10 ms on Linux, 1 s on some network shares, 2 s on FAT), so a second write within
 * the same tick, of the same size, would keep the stamp. The verdict is then not kept at all
 * (verdict.ts); the parse cache keeps the file's row with its stamp smudged (mtime -1), so the
 * next run compares the content hash (a read, no parse) instead of trusting the stamp. By mtime,
 * as git does: a write sets mtime and ctime to the same coarse now.
 */
export const RACY_MS = 2000;
/** The stamp of a racy row: matches no file's, so the row is found by content hash only. */
export const SMUDGED = -1;

export function stampOf(st: { size: number; mtimeMs: number; ctimeMs: number; ino: number }): FileStamp {
  return { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino };
}
