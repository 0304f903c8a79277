// The last output of a read-only command whose answer depends on nothing but the workspace's
// files, its git history and the command line (`kzp audit`: no clock, no terminal width), kept
// in `.kzp/cache/<name>.json` and printed again when all of those are what they were.
//
// The key is the verdict cache's (workspace/fast/verdict.ts: every listed file's stamp, taken
// before anything is read, the kzp build and the language), the commit of HEAD (or of `--at`)
// with whether the clone is shallow, and every option of the run. A run in which some file was
// modified less than 2 s before it began keeps nothing (git's racy rule), nor a run during which
// HEAD moved, nor one that failed. Signed like every cache (G18); `KZP_CACHE=0` turns it off.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gitState } from '../history/index.js';
import { CACHE_DIR, listRecordFiles, readSigned, SignedWriter, stampListing } from '../workspace/index.js';
import type { CliContext } from './errors.js';

interface Kept { out: string; err: string; code: number }
/** The first line of the file; the text of stderr and then of stdout follow it as they were printed. */
interface Header { key: string; code: number; err: number }

const fileOf = (root: string, name: string) => join(root, CACHE_DIR, `${name}.json`);

/** Where the command stands in git: HEAD's commit and shallowness, or why there is none. */
function gitKey(root: string, ctx: CliContext): string {
  if (ctx.opts.git === false) return 'no-git';
  const s = gitState(root, { at: ctx.opts.at });
  return s.ok ? `${s.head}\0${s.shallow}\0${s.prefix}` : `${s.reason}\0${s.detail ?? ''}`;
}

/**
 * Run `body` (which prints through ctx) or print what it printed the last time on the same
 * inputs. `parts`: the command's own options.
 */
export async function replayed(ctx: CliContext, root: string, name: string, parts: unknown, body: (ctx: CliContext) => Promise<number>): Promise<number> {
  const since = Date.now();
  const stamped = stampListing(listRecordFiles(root), ctx.lang, since);
  if (!stamped) return body(ctx);
  const git = gitKey(root, ctx);
  const key = createHash('sha1').update(JSON.stringify([name, stamped.key, git, root, ctx.opts, parts, ctx.colorEnabled])).digest('base64');
  const file = fileOf(root, name);
  if (existsSync(file)) {
    const kept = readKept(file, key);
    if (kept) {
      if (kept.err) ctx.err(kept.err);
      if (kept.out) ctx.out(kept.out);
      return kept.code;
    }
  }
  let out = '', err = '';
  const code = await body({ ...ctx, out: (s) => { out += s; ctx.out(s); }, err: (s) => { err += s; ctx.err(s); } });
  if (!stamped.racy && gitKey(root, ctx) === git) {
    const w = SignedWriter.open(file, '');
    if (w) { w.write(`${JSON.stringify({ key, code, err: err.length } satisfies Header)}\n`); w.write(err); w.write(out); w.finish(); }
  }
  return code;
}

function readKept(file: string, key: string): Kept | null {
  const body = readSigned(file);
  if (body === null) return null;
  const nl = body.indexOf('\n');
  try {
    const h = JSON.parse(body.slice(0, nl)) as Partial<Header>;
    if (nl < 0 || h.key !== key || typeof h.code !== 'number' || typeof h.err !== 'number') return null;
    const at = nl + 1 + h.err;
    return { code: h.code, err: body.slice(nl + 1, at), out: body.slice(at) };
  } catch {
    return null;
  }
}
