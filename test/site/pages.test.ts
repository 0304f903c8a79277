// The pages and the folder writer: record text escaped as in the html bulletin (G13), links
// relative to each page, the stamp on every page, and the site put in place as a whole.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DECLARED, snapshot } from '../../src/engine/index.js';
import { loadModel } from '../../src/model/load.js';
import { buildSite, MARKER, rel, targetState, writeSite, type SiteFile } from '../../src/site/index.js';
import { WriteFailed } from '../../src/util/io-error.js';
import { ROOT } from '../e2e/run.js';

const HOSTILE = '<script>alert("x")</script>&\'"`=\u202e';
const tmp = mkdtempSync(join(tmpdir(), 'kzp-site-unit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const validation = { ok: true, errors: 0, warnings: 0, forced: false };

async function build(edit?: (m: ReturnType<typeof loadModel>['model']) => void) {
  const { model } = loadModel(join(ROOT, 'sample-data'), { lang: 'zh' });
  edit?.(model);
  return buildSite({ snap: snapshot(model, DECLARED, '2023-01-10'), root: null, validation, audit: null, documents: false });
}
const text = (f: SiteFile) => ('content' in f && typeof f.content === 'string' ? f.content : '');

describe('the pages', () => {
  it('a hostile project, unit and problem name is escaped on every page, never markup', async () => {
    const { files } = await build((m) => {
      m.projects.get('KZ-2019-001')!.data.name = HOSTILE;
      m.units.get('kz-water-invest')!.data.name = HOSTILE;
      for (const tl of m.problems.values()) if (tl.project === 'KZ-2019-001') for (const e of tl.entries) e.problem.title = HOSTILE;
    });
    const pages = files.filter((f) => f.path.endsWith('.html')).map(text);
    const joined = pages.join('\n');
    expect(joined).not.toContain('<script>alert');
    expect(joined).not.toContain('\u202e');
    expect(joined).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;&quot;&#x60;&#x3D;');
    const project = text(files.find((f) => f.path === 'p/KZ-2019-001.html')!);
    expect(project).toContain('<title>&lt;script&gt;');
    // the only script is kzp's own file
    for (const f of files.filter((x) => x.path.endsWith('.html'))) {
      expect(text(f).match(/<script\b[^>]*>/g), f.path).toEqual([expect.stringMatching(/^<script src="(\.\.\/)?assets\/site\.js" defer>$/)]);
    }
  });

  it('every page carries the stamp: the as-of date and where the data comes from', async () => {
    const { files } = await build();
    for (const f of files.filter((x) => x.path.endsWith('.html'))) expect(text(f), f.path).toMatch(/数据截至 2023年1月10日/);
  });

  it('links are relative to the page: the folder works from any place', () => {
    expect(rel('index.html', 'p/KZ-1.html')).toBe('p/KZ-1.html');
    expect(rel('p/KZ-1.html', 'u/a.html')).toBe('../u/a.html');
    expect(rel('a/x.html', 'index.html')).toBe('../index.html');
  });
});

describe('writeSite(): the folder as a whole', () => {
  it('writes a new site, replaces a site kzp wrote, and leaves no hidden folder behind', async () => {
    const target = join(tmp, 'site');
    expect(targetState(target)).toBe('absent');
    await writeSite(target, [{ path: 'index.html', content: 'one' }, { path: 'p/a.html', content: 'a' }]);
    expect(targetState(target)).toBe('site');
    await writeSite(target, [{ path: 'index.html', content: 'two' }]);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('two');
    expect(existsSync(join(target, 'p/a.html'))).toBe(false);
    expect(readdirSync(tmp)).toEqual(['site']);
  });

  it('a failed write leaves the old site as it was', async () => {
    const target = join(tmp, 'kept');
    await writeSite(target, [{ path: 'index.html', content: 'old' }]);
    // a file and a folder of the same name: the second write fails part way
    await expect(writeSite(target, [{ path: 'index.html', content: 'new' }, { path: 'x', content: '1' }, { path: 'x/y.html', content: '2' }])).rejects.toBeInstanceOf(WriteFailed);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('old');
    expect(readdirSync(tmp).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('a folder that is not a kzp site is told apart from an empty one and from a site', () => {
    const foreign = join(tmp, 'foreign');
    mkdirSync(foreign);
    expect(targetState(foreign)).toBe('empty');
    writeFileSync(join(foreign, 'notes.txt'), 'mine');
    expect(targetState(foreign)).toBe('foreign');
    writeFileSync(join(foreign, MARKER), '');
    expect(targetState(foreign)).toBe('site');
    expect(targetState(join(foreign, 'notes.txt'))).toBe('not-a-folder');
  });
});
