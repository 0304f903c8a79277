// Colour only on a terminal, never under NO_COLOR or --no-color (chalk 5 does not read NO_COLOR itself).
// chalk is loaded only when colour is wanted: in CI and pipes kzp prints plain text through PLAIN,
// which answers every style chain kzp uses (c.red.bold(…), c.dim(…)) with the text itself, as
// chalk at level 0 does (start-up; chalk and its terminal probing cost ≈ 8 ms).
import type { ChalkInstance } from 'chalk';

const plainText = (...text: unknown[]): string => text.join(' ');
// not a thenable (an awaited `then` would never resolve) and no symbol-keyed behaviour
export const PLAIN: ChalkInstance = new Proxy(plainText, {
  get: (_t, key) => (key === 'level' ? 0 : key === 'then' || typeof key === 'symbol' ? undefined : PLAIN),
}) as unknown as ChalkInstance;

export async function makeColor(enabled: boolean): Promise<ChalkInstance> {
  if (!enabled) return PLAIN;
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 1 });
}

/**
 * Colour: never with --no-color, NO_COLOR or FORCE_COLOR=0 (or false); always with any other
 * FORCE_COLOR; never on a dumb terminal (TERM=dumb: Emacs' shell, some CI consoles print the
 * escape codes as text); else on a terminal only.
 */
export function colorWanted(stream: NodeJS.WriteStream, flag: boolean | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  if (env.TERM === 'dumb') return false;
  return !!stream.isTTY;
}
