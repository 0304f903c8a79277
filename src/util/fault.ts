// A test seam for the failures no test can cause reliably: KZP_TEST_FAULT=<code>@<step> (ENOSPC,
// EROFS, EACCES …; step mkdir, open, lock or write) makes that step of every kzp writer fail as
// the system would. Tests run as root, which ignores permissions, and not every machine lets a
// test mount a small or read-only disk; the writers' cleanup and their one line are the same
// code either way. Unset, it costs one lookup of the environment.
export type FaultStep = 'mkdir' | 'open' | 'lock' | 'write';

export function faultPoint(step: FaultStep): void {
  const f = process.env.KZP_TEST_FAULT;
  if (!f) return;
  const at = f.indexOf('@');
  const code = f.slice(0, at), where = f.slice(at + 1);
  if (at < 0 || where !== step || !/^E[A-Z]+$/.test(code)) return;
  throw Object.assign(new Error(`${code}: ${step} (KZP_TEST_FAULT)`), { code });
}
