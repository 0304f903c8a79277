// The package as an installer gets it: a licence, the docs the README links inside the tarball,
// and no production dependency that refuses Node 20.19 (what `npm install --engine-strict` of the
// packed kzp checks: docx 9.7.2's nanoid 6 did, and an `overrides` entry never reaches installers).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/run.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { license: string; files: string[]; overrides?: unknown; engines: { node: string } };

/** Does a version satisfy an engines range of the forms the lockfile has (`*`, `>=x`, `^x`, `~x`, `x - y`, `a || b`, `>=a <b`)? */
function satisfies(version: string, range: string): boolean {
  const v = version.split('.').map(Number);
  const cmp = (w: string) => { const p = w.replace(/^v/, '').split('.').map((x) => Number(x) || 0); for (let i = 0; i < 3; i++) if (v[i] !== (p[i] ?? 0)) return v[i] - (p[i] ?? 0); return 0; };
  const one = (c: string): boolean => {
    c = c.trim();
    if (c === '' || c === '*' || c === 'x') return true;
    let m;
    if ((m = /^>=\s*(\S+)$/.exec(c))) return cmp(m[1]) >= 0;
    if ((m = /^>\s*(\S+)$/.exec(c))) return cmp(m[1]) > 0;
    if ((m = /^<=\s*(\S+)$/.exec(c))) return cmp(m[1]) <= 0;
    if ((m = /^<\s*(\S+)$/.exec(c))) return cmp(m[1]) < 0;
    if ((m = /^\^(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(c))) return v[0] === Number(m[1]) && cmp(`${m[1]}.${m[2] ?? 0}.${m[3] ?? 0}`) >= 0;
    if ((m = /^~(\d+)(?:\.(\d+))?/.exec(c))) return v[0] === Number(m[1]) && (m[2] === undefined || v[1] === Number(m[2]));
    if ((m = /^(\d+)(?:\.(\d+|x))?(?:\.(\d+|x))?$/.exec(c))) return v[0] === Number(m[1]) && (m[2] === undefined || m[2] === 'x' || v[1] === Number(m[2]));
    throw new Error(`engines range not understood: ${c}`);
  };
  return range.replace(/([<>]=?|\^|~)\s+/g, '$1').split('||').some((alt) => {
    const hy = /^\s*(\S+)\s+-\s+(\S+)\s*$/.exec(alt);
    if (hy) return cmp(hy[1]) >= 0 && cmp(hy[2]) <= 0;
    return alt.trim().split(/\s+(?=[<>=^~\d])/).every(one);
  });
}

describe('the package', () => {
  it('has a licence and no overrides that only this checkout would see', () => {
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(new RegExp(`^${pkg.license} License`));
    expect(pkg.overrides).toBeUndefined();
  });

  it('every production dependency in the lockfile accepts Node 20.19', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean; version?: string; engines?: { node?: string } | string[] }> };
    expect(satisfies('20.19.0', '^10 || ^12 || ^13.7 || ^14 || >=15.0.1')).toBe(true);
    expect(satisfies('20.19.0', '^22 || ^24 || >=26')).toBe(false);   // nanoid 6
    const refuse: string[] = [];
    for (const [path, p] of Object.entries(lock.packages)) {
      const node = !p.dev && p.engines && !Array.isArray(p.engines) ? p.engines.node : undefined;
      if (path && node && !satisfies('20.19.0', node)) refuse.push(`${path}@${p.version} (${node})`);
    }
    expect(refuse).toEqual([]);
  });

  it('the docs the README links are in the packed tarball', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const packed = new Set((JSON.parse(r.stdout) as { files: { path: string }[] }[])[0].files.map((f) => f.path));
    const seen = new Set<string>(), missing: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1].replace(/#.*$/, '');
        if (!target || /^[a-z]+:/i.test(target)) continue;
        const rel = normalize(join(dirname(file), target)).split('\\').join('/');
        if (!packed.has(rel)) missing.push(`${file} → ${m[1]}`);
        else if (rel.endsWith('.md')) visit(rel);
      }
    };
    visit('README.md');
    expect(missing).toEqual([]);
    expect([...seen]).toContain('docs/install.md');
  });
});
