// checkChange (src/entry/write.ts): a change is checked against the workspace read once, the
// changed files from their new text and every other file as that read had it. What it
// reports must be exactly what two independent full reads report.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateLoaded } from '../../src/rules/index.js';
import { checkChange } from '../../src/entry/write.js';
import { loadModel } from '../../src/model/load.js';
import { BASE_DIR } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'kzp-check-change-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(BASE_DIR, dir, { recursive: true });
// a fault already in the workspace, in another file: not the change's
const other = 'ledgers/2022-01/KZ-2022-001.yaml';
writeFileSync(join(dir, other), readFileSync(join(dir, other), 'utf8') + 'stray_key: 1\n');
const ledger = readFileSync(join(dir, 'ledgers/2022-02/KZ-2022-001.yaml'), 'utf8');

/** The same question answered the slow way: the workspace written with the change, read again. */
function independently(changes: Record<string, string>) {
  const key = (d: { file: string; rule: string; message: string }) => `${d.file}\u0000${d.rule}\u0000${d.message}`;
  const before = new Set(validateLoaded(loadModel(dir, { lang: 'en' }), 'en').map(key));
  const copy = mkdtempSync(join(tmpdir(), 'kzp-check-change-copy-'));
  try {
    cpSync(dir, copy, { recursive: true });
    for (const [rel, text] of Object.entries(changes)) writeFileSync(join(copy, rel), text);
    return validateLoaded(loadModel(copy, { lang: 'en' }), 'en').filter((d) => d.file in changes || !before.has(key(d)));
  } finally { rmSync(copy, { recursive: true, force: true }); }
}

describe('checkChange', () => {
  it('reports what the change brings, and not the fault already elsewhere', () => {
    for (const changes of [
      { 'ledgers/2022-02/KZ-2022-001.yaml': ledger.replace(/month: 2022-02/, 'month: 2022-13') },   // the changed file breaks
      { 'ledgers/2022-02/KZ-2022-001.yaml': ledger },                                                 // unchanged text: nothing
      { 'ledgers/2022-02/KZ-2022-001.yaml': ledger.replace('project: KZ-2022-001', 'project: KZ-2099-001') }, // a reference elsewhere
    ]) {
      const got = checkChange(dir, 'en', changes).diagnostics;
      expect(got).toEqual(independently(changes));
      expect(got.some((d) => d.file === other)).toBe(false);
    }
    expect(checkChange(dir, 'en', { 'ledgers/2022-02/KZ-2022-001.yaml': ledger.replace(/month: 2022-02/, 'month: 2022-13') }).errors.length).toBeGreaterThan(0);
  });
});
