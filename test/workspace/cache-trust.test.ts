// The reading side of the cache files (src/workspace/fast/signed.ts).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_DIR, readSignedBytes, writeSigned } from '../../src/workspace/fast/signed.js';

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
