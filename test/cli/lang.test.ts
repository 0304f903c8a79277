// Which language kzp speaks: --lang, then KZP_LANG, then kzp.yaml `lang`, then the locale only
// when it names English or Chinese, else Chinese.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configLang, localeLang, resolveLang } from '../../src/cli/lang.js';

const root = mkdtempSync(join(tmpdir(), 'kzp-lang-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const ws = (name: string, yaml: string) => { const d = join(root, name); mkdirSync(join(d, 'units'), { recursive: true }); writeFileSync(join(d, 'kzp.yaml'), yaml); return d; };
const none = join(root, 'none');
mkdirSync(none);

describe('the locale', () => {
  it('names a language only when it says zh* or en*', () => {
    expect(localeLang({ LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(localeLang({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(localeLang({ LANG: 'C.UTF-8' })).toBeUndefined();
    expect(localeLang({ LANG: 'POSIX' })).toBeUndefined();
    expect(localeLang({ LANG: 'fr_FR.UTF-8' })).toBeUndefined();
    expect(localeLang({})).toBeUndefined();
    // LC_ALL, then LC_MESSAGES, then LANG (POSIX)
    expect(localeLang({ LC_ALL: 'en_GB', LANG: 'zh_CN' })).toBe('en');
    expect(localeLang({ LC_MESSAGES: 'zh_TW', LANG: 'en_US' })).toBe('zh');
  });
});

describe('resolveLang', () => {
  it('is Chinese when nothing says otherwise (an unset locale, as on Windows; C in containers)', () => {
    expect(resolveLang(undefined, {}, none).lang).toBe('zh');
    expect(resolveLang(undefined, { LANG: 'C.UTF-8' }, none).lang).toBe('zh');
    expect(resolveLang(undefined, { LANG: 'en_US.UTF-8' }, none).lang).toBe('en');
  });
  it('--lang, then KZP_LANG, then kzp.yaml lang, then the locale', () => {
    const en = ws('en', 'kzp: 1\nlang: en   # English\n');
    expect(resolveLang(undefined, { LANG: 'zh_CN.UTF-8' }, en).lang).toBe('en');
    expect(resolveLang(undefined, { KZP_LANG: 'zh', LANG: 'en_US' }, en).lang).toBe('zh');
    expect(resolveLang('en', { KZP_LANG: 'zh' }, none).lang).toBe('en');
    expect(resolveLang(undefined, {}, none, en).lang).toBe('en');             // -C DIR
    expect(resolveLang(undefined, {}, join(en, 'units')).lang).toBe('en');    // found upward
  });
  it('a value it does not know is named, not ignored', () => {
    expect(resolveLang('fr', {}, none).bad).toBe('--lang');
    expect(resolveLang(undefined, { KZP_LANG: 'english' }, none).bad).toBe('KZP_LANG');
    expect(resolveLang(undefined, { KZP_LANG: '' }, none).bad).toBeUndefined();
  });
  it('kzp.yaml: only a top-level lang of zh or en counts (validate reports anything else)', () => {
    expect(configLang(ws('q', 'kzp: 1\nlang: "en"\r\n'))).toBe('en');
    expect(configLang(ws('nested', 'kzp: 1\nunits:\n  lang: en\n'))).toBeUndefined();
    expect(configLang(ws('fr', 'kzp: 1\nlang: fr\n'))).toBeUndefined();
    expect(configLang(none)).toBeUndefined();
  });
});
