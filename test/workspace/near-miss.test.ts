// YAML files in a top-level folder named like a record folder but not one (Ledgers/, ledger/,
// project/, lists with a typo) are listed, with the folder meant, so that the read reports them;
// folders of other names are not kzp's business.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classify, listPaths, listRecordFiles } from '../../src/workspace/index.js';
import { meantFolder } from '../../src/workspace/listing.js';

const root = mkdtempSync(join(tmpdir(), 'kzp-near-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('top-level folders kzp does not read', () => {
  it('are matched to the record folder meant: another case, the singular, one letter off', () => {
    expect(['Ledgers', 'LEDGERS', 'ledger', 'project', 'Projects', 'unit', 'list', 'review', 'ledgrs', 'reveiws'].map(meantFolder))
      .toEqual(['ledgers', 'ledgers', 'ledgers', 'projects', 'projects', 'units', 'lists', 'reviews', 'ledgers', '']);
    expect(['ledgers', 'docs', 'tools', 'tests', '.github', '.kzp', 'templates', 'constructor', '__proto__'].map(meantFolder)).toEqual(Array(9).fill(''));
  });

  it('have their YAML files listed, with the place and the folder meant, as classify() gives them', () => {
    const files = ['kzp.yaml', 'ledgers/2022-01/a.yaml', 'Ledgers/2022-02/a.yaml', 'ledger/2022-03/a.yaml', 'project/p.yaml', 'Units/u.yml',
      'docs/x.yaml', 'tools/ci.yml', '.github/workflows/ci.yml', 'Ledgers/notes.txt', 'Ledgers/.hidden.yaml'];
    for (const f of files) { mkdirSync(dirname(join(root, f)), { recursive: true }); writeFileSync(join(root, f), 'x: 1\n'); }
    const listed = listRecordFiles(root);
    const near = listed.filter((l) => l.meant);
    expect(near.map((l) => [l.rel, l.meant, l.kind, l.expected, l.yml])).toEqual([
      ['Ledgers/2022-02/a.yaml', 'ledgers', null, 'ledgers/<YYYY-MM>/<项目id>.yaml', false],
      ['Units/u.yml', 'units', null, 'units/<单位id>.yaml', true],
      ['ledger/2022-03/a.yaml', 'ledgers', null, 'ledgers/<YYYY-MM>/<项目id>.yaml', false],
      ['project/p.yaml', 'projects', null, 'projects/<项目id>.yaml', false],
    ]);
    for (const l of near) { const { abs, plain, ...rest } = l; expect(rest).toEqual(classify(l.rel)); }
    expect(listed.some((l) => /^(docs|tools|\.github)\//.test(l.rel))).toBe(false);
    // the listing of a commit's files (--at) keeps them too
    expect(listPaths(files.filter((f) => !f.includes('/.'))).filter((l) => l.meant).map((l) => l.rel)).toEqual(['Ledgers/2022-02/a.yaml', 'Units/u.yml', 'ledger/2022-03/a.yaml', 'project/p.yaml']);
  });
});
