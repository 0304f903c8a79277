// listRecordFiles decides each file's kind on the way down (no split or spread per file);
// it must give exactly what classify() gives the same path, for placed and misplaced files alike.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classify, listRecordFiles } from '../../src/workspace/index.js';

const root = mkdtempSync(join(tmpdir(), 'kzp-listing-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const paths = [
  'kzp.yaml', 'units/a.yaml', 'units/b.yml', 'units/C.YAML', 'units/sub/d.yaml', 'units/notes.txt',
  'projects/p.yaml', 'projects/2022/p.yaml', 'lists/l.yaml', 'lists/x/y/z.yaml',
  'ledgers/2022-01/p.yaml', 'ledgers/2022-01/p.yml', 'ledgers/p.yaml', 'ledgers/2022-1/p.yaml', 'ledgers/2022-01/deep/p.yaml',
  'reviews/2022/r.yaml', 'reviews/r.yaml', 'reviews/22/r.yaml', 'reviews/2022/.hidden.yaml', 'other/o.yaml',
];

describe('listRecordFiles', () => {
  it('gives every YAML file the kind classify() gives its path', () => {
    for (const p of paths) { mkdirSync(dirname(join(root, p)), { recursive: true }); writeFileSync(join(root, p), 'x: 1\n'); }
    symlinkSync(join(root, 'units', 'a.yaml'), join(root, 'units', 'link.yaml'));
    const listed = listRecordFiles(root);
    expect(listed.map((l) => l.rel)).toEqual(['kzp.yaml', 'units/C.YAML', 'units/a.yaml', 'units/b.yml', 'units/link.yaml', 'units/sub/d.yaml',
      'projects/2022/p.yaml', 'projects/p.yaml', 'lists/l.yaml', 'lists/x/y/z.yaml',
      'ledgers/2022-01/deep/p.yaml', 'ledgers/2022-01/p.yaml', 'ledgers/2022-01/p.yml', 'ledgers/2022-1/p.yaml', 'ledgers/p.yaml',
      'reviews/2022/r.yaml', 'reviews/22/r.yaml', 'reviews/r.yaml']);
    for (const l of listed) {
      const { abs, plain, ...rest } = l;
      expect(rest).toEqual(classify(l.rel));
      expect(abs).toBe(join(root, ...l.rel.split('/')));
      if (l.rel !== 'kzp.yaml') expect(plain).toBe(l.rel !== 'units/link.yaml');
    }
  });
});
