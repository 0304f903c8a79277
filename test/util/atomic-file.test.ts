// The one writer of whole files: exclusive temporary file beside the target, rename, no temporary
// left behind on failure or on SIGINT/SIGTERM, and system errors as WriteFailed with a reason.
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { streamFileAtomic, writeFileAtomic } from '../../src/util/atomic-file.js';
import { WriteFailed, writeFailedText } from '../../src/util/io-error.js';
import { canMount, readOnlyDir, tinyDisk } from '../mounts.js';

const dirs: string[] = [];
const tmp = () => { const d = mkdtempSync(join(tmpdir(), 'kzp-atomic-')); dirs.push(d); return d; };
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

describe('writeFileAtomic', () => {
  it('creates the missing folders and leaves only the target', () => {
    const d = tmp();
    const target = join(d, 'a', 'b', 'out.md');
    writeFileAtomic(target, '# hi\n');
    expect(readFileSync(target, 'utf8')).toBe('# hi\n');
    expect(readdirSync(join(d, 'a', 'b'))).toEqual(['out.md']);
  });

  it('replaces a symlink at the target instead of writing through it', () => {
    const d = tmp();
    const victim = join(d, 'victim.txt');
    writeFileSync(victim, 'keep');
    symlinkSync(victim, join(d, 'out.md'));
    writeFileAtomic(join(d, 'out.md'), 'new');
    expect(readFileSync(victim, 'utf8')).toBe('keep');
    expect(lstatSync(join(d, 'out.md')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(d, 'out.md'), 'utf8')).toBe('new');
  });

  it('a file where a folder should be is notDir, naming the target', () => {
    const d = tmp();
    writeFileSync(join(d, 'f'), '');
    const e = (() => { try { writeFileAtomic(join(d, 'f', 'out.md'), 'x'); } catch (x) { return x; } })();
    expect(e).toBeInstanceOf(WriteFailed);
    expect((e as WriteFailed).reason).toBe('notDir');
    expect((e as WriteFailed).path).toBe(join(d, 'f', 'out.md'));
  });

  it.skipIf(!canMount)('a full disk is WriteFailed "full" (磁盘已满) and leaves no temporary file', async () => {
    const m = tinyDisk(64)!;
    try {
      const target = join(m.dir, 'big.docx');
      const e = (() => { try { writeFileAtomic(target, Buffer.alloc(1 << 20)); } catch (x) { return x; } })() as WriteFailed;
      expect(e).toBeInstanceOf(WriteFailed);
      expect(e.reason).toBe('full');
      expect(writeFailedText(e, 'zh').message).toBe(`无法写入 ${target}:磁盘已满`);
      const s = await streamFileAtomic(join(m.dir, 'big.xlsx'), async (out) => { for (let i = 0; i < 64; i++) out.write(Buffer.alloc(1 << 14)); out.end(); }).catch((x: unknown) => x);
      expect((s as WriteFailed).reason).toBe('full');
      expect(readdirSync(m.dir)).toEqual([]);
    } finally { m.done(); }
  });

  it.skipIf(!canMount)('a read-only folder is WriteFailed "readonly" (只读)', () => {
    const m = readOnlyDir()!;
    try {
      const e = (() => { try { writeFileAtomic(join(m.dir, 'x', 'out.md'), 'x'); } catch (x) { return x; } })() as WriteFailed;
      expect(e.reason).toBe('readonly');
      expect(writeFailedText(e, 'zh').message).toContain('只读');
      const f = (() => { try { writeFileAtomic(join(m.dir, 'out.md'), 'x'); } catch (x) { return x; } })() as WriteFailed;
      expect(f.reason).toBe('readonly');
    } finally { m.done(); }
  });
});

describe('streamFileAtomic', () => {
  it('writes what the producer streams', async () => {
    const d = tmp();
    await streamFileAtomic(join(d, 'out.bin'), async (out) => { out.write('ab'); out.end('c'); });
    expect(readFileSync(join(d, 'out.bin'), 'utf8')).toBe('abc');
    expect(readdirSync(d)).toEqual(['out.bin']);
  });
  it('a producer that fails leaves nothing behind', async () => {
    const d = tmp();
    await expect(streamFileAtomic(join(d, 'out.bin'), async (out) => { out.write('ab'); throw new Error('boom'); })).rejects.toThrow('boom');
    expect(readdirSync(d)).toEqual([]);
  });
});

describe('SIGINT and SIGTERM', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} while a temporary file is open removes it, and the process ends by the signal`, async () => {
      const d = tmp();
      const mod = new URL('../../dist/util/atomic-file.js', import.meta.url).href;
      const script = `import { createTemp } from ${JSON.stringify(mod)}; const t = createTemp(${JSON.stringify(join(d, 'out.docx'))}); console.log(t.path); setInterval(() => {}, 1000);`;
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
      const path = await new Promise<string>((res) => child.stdout.once('data', (b: Buffer) => res(b.toString().trim())));
      expect(existsSync(path)).toBe(true);
      const ended = new Promise<NodeJS.Signals | null>((res) => child.on('exit', (_c, s) => res(s)));
      child.kill(signal);
      expect(await ended).toBe(signal);
      expect(existsSync(path)).toBe(false);
      expect(readdirSync(d)).toEqual([]);
    });
  }
});
