// Git repositories with known histories, for the audit trail's tests: fixed commit times and
// zone offsets (GIT_AUTHOR_DATE / GIT_COMMITTER_DATE), fixed names and e-mails, no user or
// system configuration of the machine.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { base, type Files } from '../helpers.js';

export const LIAISON = { name: '陈杰', email: 'chenjie@example.gov.cn' };        // staff of the owner kz-urban-invest
export const CENTER = { name: '李明', email: 'liming@example.gov.cn' };         // staff of the center drc-center
export const LEAD = { name: '王丽', email: 'wangli@example.gov.cn' };           // staff of the lead unit transport-bureau
export const OUTSIDER = { name: '赵某', email: 'zhao@outside.example.com' };    // staff of none of them

export const GIT_ENV: Record<string, string> = {
  GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', TZ: 'UTC',
};

export interface Who { name: string; email: string }

export class Repo {
  readonly dir: string;
  readonly ws: string;
  /** `sub`: the workspace folder inside the repository ('' = the repository itself) */
  constructor(readonly sub = '') {
    this.dir = mkdtempSync(join(tmpdir(), 'kzp-git-'));
    this.ws = sub ? join(this.dir, sub) : this.dir;
    mkdirSync(this.ws, { recursive: true });
    this.git('init', '-q', '-b', 'main');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
  }

  /** Path inside the workspace folder. */
  path(rel: string): string { return join(this.ws, rel); }
  private repoRel(rel: string): string { return this.sub ? `${this.sub}/${rel}` : rel; }

  write(rel: string, text: string | Uint8Array): this {
    mkdirSync(dirname(this.path(rel)), { recursive: true });
    writeFileSync(this.path(rel), text);
    return this;
  }
  writeAll(files: Files): this { for (const [k, v] of Object.entries(files)) this.write(k, v); return this; }
  read(rel: string): string { return readFileSync(this.path(rel), 'utf8'); }
  edit(rel: string, fn: (s: string) => string): this {
    const before = this.read(rel);
    const after = fn(before);
    if (after === before) throw new Error(`edit of ${rel} changed nothing`);
    return this.write(rel, after);
  }
  rm(rel: string): this { this.git('rm', '-q', '--', this.repoRel(rel)); return this; }
  mv(from: string, to: string): this {
    mkdirSync(dirname(this.path(to)), { recursive: true });
    this.git('mv', '--', this.repoRel(from), this.repoRel(to));
    return this;
  }

  /**
   * Commit everything, by `who`, at `date` (ISO with its offset: the committer time git
   * records); `authorDate` when the author time differs (it is easy to set by hand, HI-1).
   */
  commit(message: string, date: string, who: Who = LIAISON, authorDate = date): string {
    this.git('add', '-A');
    execFileSync('git', ['-c', `user.name=${who.name}`, '-c', `user.email=${who.email}`, 'commit', '-q', '--allow-empty', '-m', message], {
      cwd: this.dir, env: { ...process.env, ...GIT_ENV, GIT_AUTHOR_DATE: authorDate, GIT_COMMITTER_DATE: date }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    return this.head();
  }
  head(): string { return this.git('rev-parse', 'HEAD').trim(); }

  /** `git clone --depth 1 file://…`: a shallow clone, as CI checks out by default. */
  shallowClone(): Repo {
    const c = Object.create(Repo.prototype) as Repo;
    const dir = mkdtempSync(join(tmpdir(), 'kzp-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${this.dir}`, dir], { env: { ...process.env, ...GIT_ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
    Object.assign(c, { dir, ws: this.sub ? join(dir, this.sub) : dir, sub: this.sub });
    return c;
  }

  done(): void { rmSync(this.dir, { recursive: true, force: true }); }
}

/** The base fixture with `history: git` (it says `declared` so that rule tests need no repository). */
export function gitBase(): Files {
  const files = base();
  const cfg = new TextDecoder().decode(files['kzp.yaml'] as Uint8Array);
  files['kzp.yaml'] = cfg.replace('history: declared', 'history: git');
  return files;
}
