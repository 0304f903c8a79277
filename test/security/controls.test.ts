// Record text with control characters, ANSI escape sequences or bidi overrides, through the
// built CLI: `kzp validate` may refuse it, but whatever is still printed or written shows it
// as text on a terminal (no raw ESC) and drops it from documents (a .docx that is valid XML).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_DIR } from '../helpers.js';
import { kzp } from '../e2e/run.js';

const ESC = '\u001b';
// in YAML double quotes: \x01, \e (ESC) and \u202e are escapes the parser turns into the characters
const NAME = '汉丰湖\\x01环湖路\\e[31m改造\\e]0;pwned\\a工程\\u202e';
const dir = mkdtempSync(join(tmpdir(), 'kzp-ctl-'));
cpSync(BASE_DIR, dir, { recursive: true });
const p = join(dir, 'projects/KZ-2022-001.yaml');
writeFileSync(p, readFileSync(p, 'utf8').replace('name: 汉丰湖环湖路改造工程', `name: "${NAME}"`));
const l = join(dir, 'ledgers/2022-02/KZ-2022-001.yaml');
writeFileSync(l, readFileSync(l, 'utf8').replace('title: 专项债资金到位滞后', 'title: "专项债\\e[2J资金\\x07到位滞后"'));
const u = join(dir, 'units/kz-urban-invest.yaml');
writeFileSync(u, readFileSync(u, 'utf8').replace('name: 重庆市开州区城市发展投资集团有限公司', 'name: "城投\\e[31m集团"'));
// a raw ESC in the file: the excerpt under the diagnostic shows the line
writeFileSync(join(dir, 'units/bad.yaml'), `id: bad\nname: 坏单位\ntype: ${ESC}[31mnonsense\n`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const AS_OF = ['--as-of', '2022-04-05'];

describe('the terminal never prints a raw ESC or control character from the records', () => {
  it.each([['status'], ['status', 'KZ-2022-001'], ['overdue'], ['escalations'], ['score', '--month', '2022-03'], ['validate']])('kzp %s', (...args) => {
    for (const env of [{ NO_COLOR: '1' }, { FORCE_COLOR: '1', NO_COLOR: '' }] as Record<string, string>[]) {
      const r = kzp(['-C', dir, ...args, ...AS_OF], { env });
      const text = r.stdout + r.stderr;
      // kzp's own colours are SGR sequences; none of the record's sequences survives
      expect(text).not.toMatch(/\u001b\[31m(改造|集团|nonsense)|\u001b\[2J|\u001b\]/);
      if (env.NO_COLOR) expect(text).not.toContain(ESC);
      expect(text).not.toMatch(/[\u0001\u0007\u202e]/);
    }
  });
  it('the backstop: a word kzp quotes back, and --json, carry no raw control character', () => {
    const r = kzp(['-C', dir, `st${ESC}[2Jatus`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('\\u001b[2J');
    expect(r.stderr).not.toContain(ESC);
    const j = kzp(['-C', dir, 'status', 'KZ-2022-001', '--json', ...AS_OF]);
    expect(j.stdout).not.toMatch(/[\u0001\u001b\u0007\u202e]/);
    expect(JSON.parse(j.stdout).project.name).toContain('\u202e');
  });
  it('what is printed shows the code, so the reader can find it in the file', () => {
    const r = kzp(['-C', dir, 'status', 'KZ-2022-001', ...AS_OF]);
    expect(r.stdout).toContain('汉丰湖\\x01环湖路\\x1b[31m改造');
  });
});

describe('documents drop them', () => {
  it('the monthly .docx is well-formed XML without them; md and html carry none', () => {
    const f = join(dir, 'm.docx');
    const r = kzp(['-C', dir, 'report', 'monthly', '--month', '2022-03', '--format', 'docx', '--force', '-o', f, ...AS_OF]);
    expect(r.code).toBe(0);
    const xml = execFileSync('unzip', ['-p', f, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(xml).toContain('汉丰湖环湖路改造工程');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e]/);
    // well-formed: xmllint-free check that the parser of a strict consumer (here: DOMParser-like) would accept it
    expect(() => execFileSync('python3', ['-c', 'import sys,xml.dom.minidom;xml.dom.minidom.parseString(sys.stdin.buffer.read())'], { input: xml })).not.toThrow();
    for (const format of ['md', 'html']) {
      const out = kzp(['-C', dir, 'report', 'monthly', '--month', '2022-03', '--format', format, '--force', ...AS_OF]).stdout;
      expect(out).toContain('汉丰湖环湖路改造工程');
      expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e]/);
    }
  });
  it('the workbook holds none of them', () => {
    const f = join(dir, 'w.xlsx');
    expect(kzp(['-C', dir, 'export', 'excel', '--month', '2022-03', '--force', '-o', f, ...AS_OF]).code).toBe(0);
    const strings = execFileSync('unzip', ['-p', f, 'xl/sharedStrings.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(strings).toContain('汉丰湖环湖路改造工程');
    expect(strings).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e]|_x001[bB]_/);
  });
});
