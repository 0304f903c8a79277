// Git is called without a shell, with paths after `--` and refs after `--end-of-options`:
// - statically: every module of src/ that uses node:child_process imports only execFile /
//   execFileSync / spawn / spawnSync, never passes `shell: true`, and in every git argument list
//   a value that is not a literal comes after `--` or `--end-of-options`, or is the value of an
//   option that takes one (-m, -c), or is a commit hash that git itself printed;
// - by behaviour: in a repository with files named `--output=x.yaml` and `-rf.yaml`, and with
//   refs given as `--output=FILE`, every command that runs git leaves no FILE behind.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_DIR } from '../helpers.js';
import { kzp, ROOT } from '../e2e/run.js';

const SRC = join(ROOT, 'src');
const files = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(d, e.name)) : e.name.endsWith('.ts') ? [join(d, e.name)] : []));

/** Variables that hold a commit hash git printed (rev-parse, log): not user input. */
const HASHES = new Set(['state.head', 'commit', 'head', 'base']);

describe('git without a shell, options never taken from data', () => {
  const users = files(SRC).filter((f) => /from 'node:child_process'|from "child_process"|require\(['"](node:)?child_process/.test(readFileSync(f, 'utf8')));

  it('child_process is used only through execFile/spawn, never a shell', () => {
    expect(users.length).toBeGreaterThan(0);
    for (const f of users) {
      const src = readFileSync(f, 'utf8');
      const imported = [...src.matchAll(/import\s*\{([^}]*)\}\s*from\s*'node:child_process'/g)].flatMap((m) => m[1].split(',').map((x) => x.trim().split(/\s+as\s+/)[0]).filter(Boolean));
      for (const name of imported) expect(['execFile', 'execFileSync', 'spawn', 'spawnSync'], `${relative(ROOT, f)} imports ${name}`).toContain(name);
      expect(src, `${relative(ROOT, f)} passes shell: true`).not.toMatch(/shell\s*:\s*true/);
    }
    console.log(`git safety: ${users.length} modules use child_process: ${users.map((f) => relative(ROOT, f)).join(', ')}`);
  });

  it('in every git argument list, data comes after -- or --end-of-options', () => {
    let lists = 0;
    for (const f of users) {
      const src = readFileSync(f, 'utf8');
      // git(…, [ … ]) / git([ … ], …) / runGit([ … ]) / execFileSync('git', [ … ])
      for (const m of src.matchAll(/\b(?:git|runGit|execFileSync|execFile|spawn|spawnSync)\((?:'git',\s*|[\w.]+,\s*)?\[([^\]]*)\]/g)) {
        if (!/'(?:diff|log|show|rev-parse|ls-tree|ls-files|cat-file|add|commit|config|init|status|blame|hash-object|update-index)'/.test(m[1])) continue;
        lists++;
        const items = m[1].split(/,(?![^(]*\))/).map((x) => x.trim()).filter(Boolean);
        let guarded = false;
        items.forEach((it, i) => {
          if (it === "'--'" || it === "'--end-of-options'") { guarded = true; return; }
          if (/^'[^']*'$/.test(it)) return; // a literal
          const prev = items[i - 1];
          if (prev === "'-m'" || prev === "'-c'") return; // an option's own value
          if (HASHES.has(it)) return;
          if (/^`\$\{[\w.]+\}\^\{commit\}`$/.test(it) && guarded) return;
          expect(guarded, `${relative(ROOT, f)}: git [${m[1]}] passes ${it} before -- / --end-of-options`).toBe(true);
        });
      }
    }
    expect(lists).toBeGreaterThan(5);
  });
});

describe('git safety by behaviour: file and ref names that look like options', () => {
  it('files named --output=x.yaml and -rf.yaml, refs --output=FILE: no command writes FILE', () => {
    const root = mkdtempSync(join(tmpdir(), 'kzp-git-'));
    const dir = join(root, 'ws');
    try {
      cpSync(BASE_DIR, dir, { recursive: true });
      const g = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@example.gov.cn', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@example.gov.cn' } });
      g('init', '-q');
      g('add', '.');
      g('commit', '-q', '-m', 'init');
      writeFileSync(join(dir, 'projects/--output=x.yaml'), 'id: x\n');
      writeFileSync(join(dir, 'units/-rf.yaml'), 'id: rf\n');
      g('add', '--', 'projects/--output=x.yaml', 'units/-rf.yaml');
      g('commit', '-q', '-m', 'option-like names');
      const trap = (n: number) => join(root, `pwned-${n}.txt`);
      const runs: { args: string[]; code: number; stderr: string }[] = [];
      const run = (...args: string[]) => { const r = kzp(['-C', dir, ...args]); runs.push({ args, code: r.code, stderr: r.stderr }); return r; };
      run('validate');
      run('validate', '--changed');
      run('validate', '--changed', 'HEAD~1');
      run(`--changed=--output=${trap(1)}`, 'validate');
      run('validate', `--changed=--output=${trap(2)}`);
      run('overdue', '--as-of', '2022-03-05');
      run('overdue', '--as-of', '2022-03-05', `--at=--output=${trap(3)}`);
      run('status', '--as-of', '2022-03-05', '--at', `--output=${trap(4)}`);
      run('log', 'projects/--output=x.yaml');
      run('log', `--output=${trap(5)}`);
      run('audit', '--as-of', '2022-03-05');
      for (const r of runs) {
        expect(r.stderr, r.args.join(' ')).not.toMatch(/\n\s+at /);
        expect([0, 1, 2], `${r.args.join(' ')}: ${r.stderr}`).toContain(r.code);
      }
      for (let n = 1; n <= 5; n++) expect(existsSync(trap(n)), `pwned-${n}.txt was written`).toBe(false);
      expect(readdirSync(root).sort()).toEqual(['ws']);
      expect(existsSync(join(dir, 'x.yaml'))).toBe(false);
      // the option-like ref is refused with a message, not taken as an option
      expect(runs[4].code).toBe(2);
      expect(runs[6].code).toBe(2);
    } finally { rmSync(root, { recursive: true, force: true }); }
  });
});
