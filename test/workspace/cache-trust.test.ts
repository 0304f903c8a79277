// The reading side of the cache files (src/workspace/fast/signed.ts) and the part of the parse
// cache's fingerprint that names the parsing libraries (versions.ts).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/workspace/fast/parse-cache.js';
import { CACHE_DIR, readSignedBytes, SignedWriter, writeSigned } from '../../src/workspace/fast/signed.js';
import { parserVersions } from '../../src/workspace/fast/versions.js';

const root = mkdtempSync(join(tmpdir(), 'kzp-cache-read-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a signed cache file', () => {
  it('is read back when ours and under the size cap, and skipped unread over it', () => {
    const file = join(root, CACHE_DIR, 'validate.json');
    writeSigned(file, 'x'.repeat(4096));
    expect(readSignedBytes(file)?.length).toBe(4096);
    // the file is its signature line (64 hex digits and a line end) and the body
    expect(readSignedBytes(file, 65 + 4096)).not.toBeNull();
    expect(readSignedBytes(file, 65 + 4095)).toBeNull();
  });

  it("holds text and copied bytes in the order written, across the writer's buffer and beyond its size", () => {
    const file = join(root, CACHE_DIR, 'parse.json');
    // Chinese text is three bytes a character (the buffer is 1 MB): text and bytes that fit,
    // then bytes that do not fit beside them (the buffer written first), then pieces larger
    // than the buffer, then small ones again
    const pieces: (string | Buffer)[] = [
      '{"head":1}', '台账'.repeat(150_000), Buffer.from('字节'.repeat(100_000)),
      '\n台账'.repeat(200_000), Buffer.from('字节'.repeat(300_000)), ']', Buffer.from('x'), 'y'.repeat(3 << 20),
    ];
    const w = SignedWriter.open(file, '')!;
    for (const p of pieces) {
      if (typeof p === 'string') w.write(p);
      else w.writeBytes(Buffer.concat([Buffer.from('<'), p, Buffer.from('>')]), 1, p.length + 1);
    }
    w.finish();
    expect(readSignedBytes(file)?.equals(Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))))).toBe(true);
  });

  it('is not read through a link, even to a file signed with our key', () => {
    const file = join(root, CACHE_DIR, 'validate.json');
    const elsewhere = join(root, 'elsewhere');
    mkdirSync(join(elsewhere, CACHE_DIR), { recursive: true });
    writeSigned(join(elsewhere, CACHE_DIR, 'validate.json'), 'from elsewhere');
    rmSync(file);
    symlinkSync(join(elsewhere, CACHE_DIR, 'validate.json'), file);
    expect(readSignedBytes(file)).toBeNull();
  });
});

describe('the parse cache fingerprint', () => {
  it('names the installed versions of yaml, js-yaml and zod', () => {
    const require = createRequire(import.meta.url);
    const v = (name: string) => (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
    expect(parserVersions().split('\0')).toEqual([`yaml ${v('yaml')}`, `js-yaml ${v('js-yaml')}`, `zod ${v('zod')}`]);
  });

  it('changes when any of them is another version (an upgrade discards the cache)', () => {
    const now = fingerprint();
    expect(fingerprint()).toBe(now);
    for (const lib of ['yaml', 'js-yaml', 'zod']) {
      const other = parserVersions().split('\0').map((p) => (p.startsWith(`${lib} `) ? `${lib} 0.0.0-other` : p)).join('\0');
      expect(fingerprint(other)).not.toBe(now);
    }
    expect(fingerprint()).toBe(now);
  });
});
