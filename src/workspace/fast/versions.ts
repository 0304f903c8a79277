// The versions of the libraries that turn a record's bytes into its value and check it: part of
// the parse cache's fingerprint, so that an upgrade of any of them (a `npm install` that leaves
// kzp's own files as they were) discards every cached value instead of trusting what the old
// version gave. The single-file build carries them inside its build hash.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const PARSING_LIBRARIES = ['yaml', 'js-yaml', 'zod'] as const;

let memo: string | undefined;
/** `yaml 2.9.1\0js-yaml 4.3.2\0zod 4.6.7`, as installed beside this kzp ("?" where one is not found). */
export function parserVersions(): string {
  if (memo !== undefined) return memo;
  const require = createRequire(import.meta.url);
  return (memo = PARSING_LIBRARIES.map((name) => {
    try {
      const v = (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version?: unknown }).version;
      return `${name} ${typeof v === 'string' ? v : '?'}`;
    } catch { return `${name} ?`; }
  }).join('\0'));
}
