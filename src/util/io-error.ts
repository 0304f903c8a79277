// What a failed write is, in words a user can act on: the system's error code (ENOSPC, EROFS,
// EACCES …) mapped in one place to a reason, and the reason to one line with the path and a fix.
// Every writer of kzp (documents, schemas, records, the new workspace) reports through this.
import { t, type Lang } from '../i18n/index.js';

export type IoReason = 'full' | 'readonly' | 'denied' | 'exists' | 'notDir' | 'isDir' | 'nameTooLong' | 'other';

const REASONS: Record<string, IoReason> = {
  ENOSPC: 'full', EDQUOT: 'full', EFBIG: 'full',
  EROFS: 'readonly',
  EACCES: 'denied', EPERM: 'denied',
  EEXIST: 'exists',
  ENOTDIR: 'notDir',
  EISDIR: 'isDir',
  ENAMETOOLONG: 'nameTooLong',
};

/** The system error code of `e` (ENOSPC …), or undefined when `e` is not a system error. */
export function errnoOf(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/** A write that the system refused: which file, why (the reason), and the system's code. */
export class WriteFailed extends Error {
  readonly reason: IoReason;
  constructor(readonly path: string, readonly errno: string) {
    super(`${errno}: ${path}`);
    this.reason = REASONS[errno] ?? 'other';
  }
}

/** `e` as a WriteFailed of `path` when it is a system error; anything else is returned as it is. */
export function asWriteFailed(e: unknown, path: string): unknown {
  if (e instanceof WriteFailed) return e;
  const errno = errnoOf(e);
  return errno ? new WriteFailed(path, errno) : e;
}

/** The one line (and the fix) that a failed write is told with. `path` as the user should read it. */
export function writeFailedText(e: WriteFailed, lang: Lang, path: string = e.path): { message: string; hint: string } {
  return {
    message: t(`io.${e.reason}`, { path, code: e.errno }, lang),
    hint: t(`io.${e.reason}.hint`, { path }, lang),
  };
}
