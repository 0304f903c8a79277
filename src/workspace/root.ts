// Where a workspace is: the folder holding kzp.yaml, found by walking up (as git finds .git).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const CONFIG_FILE = 'kzp.yaml';

export class WorkspaceNotFound extends Error {
  constructor(readonly from: string) { super(`no kzp.yaml found from ${from}`); }
}

/** Walk up from `start` to the folder holding kzp.yaml (like git), or take `-C DIR` as given. */
export function findRoot(start: string, explicit = false): string {
  let dir = resolve(start);
  if (explicit) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    throw new WorkspaceNotFound(dir);
  }
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new WorkspaceNotFound(resolve(start));
    dir = up;
  }
}
