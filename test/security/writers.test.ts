// The writers' second line of defence, on engine input no validation ever saw: record text with
// control characters, ESC sequences, bidi controls, non-characters and a lone surrogate is put
// into the model directly. The monthly .docx is still well-formed XML; the terminal renderers
// (status, overdue, escalations, audit, inspect sample) and the backstop on kzp's output print
// no raw ESC and no control character of the data.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bulletin } from '../../src/engine/bulletin/index.js';
import { DECLARED, escalations, overdue, snapshot, status, type AuditResult, type TrailCommit } from '../../src/engine/index.js';
import { auditText } from '../../src/render/audit.js';
import { makeColor } from '../../src/render/color.js';
import { escalationsText } from '../../src/render/escalations.js';
import { overdueText } from '../../src/render/overdue.js';
import { renderDocx, renderHtml, renderMd } from '../../src/render/report/index.js';
import { terminalText } from '../../src/render/safe-text.js';
import { sampleText } from '../../src/render/sample.js';
import { projectDetailText, statusText } from '../../src/render/status.js';
import { base, loadMemory } from '../helpers.js';

const ESC = '\u001b';
const tmp = mkdtempSync(join(tmpdir(), 'kzp-writers-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const NAME = `汉丰湖\u0001环湖路${ESC}[31m改造${ESC}]8;;https://evil.example\u0007工程\u202e\ufffe\ud800`;
const m = loadMemory(base()).model;
// straight into the model: no schema check has seen these
m.projects.get('KZ-2022-001')!.data.name = NAME;
m.units.get('kz-urban-invest')!.data.name = `城投${ESC}[2J集团\u0007`;
for (const l of m.ledgers) for (const p of l.data.problems) p.title = `${p.title}${ESC}]0;pwned\u0007\u0008`;
const snap = snapshot(m, DECLARED, '2022-04-05');
const ok = { ok: true, errors: 0, warnings: 0, forced: false };
// what no document and no terminal may carry from the data (kzp's own SGR colours aside)
const RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])/;

describe('documents from unchecked records', () => {
  it('the monthly .docx is well-formed XML and carries the name without the control text', async () => {
    const doc = { ...bulletin(snap, '2022-03'), validation: ok };
    const f = join(tmp, 'm.docx');
    writeFileSync(f, await renderDocx(null, doc, { epoch: 0 }));
    const xml = execFileSync('unzip', ['-p', f, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(xml).toContain('汉丰湖环湖路改造工程');
    expect(xml).not.toMatch(RAW);
    expect(() => execFileSync('python3', ['-c', 'import sys,xml.dom.minidom;xml.dom.minidom.parseString(sys.stdin.buffer.read())'], { input: xml })).not.toThrow();
    for (const text of [renderMd(null, doc), renderHtml(null, doc)]) {
      expect(text).toContain('汉丰湖环湖路改造工程');
      expect(text).not.toMatch(RAW);
    }
  });
});

describe('the terminal from unchecked records', () => {
  const commit: TrailCommit = { commit: 'a'.repeat(40), at: Date.UTC(2022, 2, 1), offset: '+0800', author: `陈杰${ESC}[5m`, email: 'chenjie@example.gov.cn', message: `改台账${ESC}]0;title\u0007${ESC}[2J`, changes: [] };
  const result: AuditResult = {
    history: { source: 'git', head: commit.commit, shallow: false, commits: 1, complete: true },
    findings: [{ kind: 'amended', rule: 'HI-2', file: 'ledgers/2022-02/KZ-2022-001.yaml', project: 'KZ-2022-001', month: '2022-02', commit, at: commit.at, date: '2022-03-01' }],
    unchecked: [],
  };
  it.each([false, true])('status, overdue, escalations, audit and inspect sample, colour %s', async (colour) => {
    const c = await makeColor(colour);
    const r = status(snap, {});
    const texts = [
      statusText(snap, r, 'zh', c, colour),
      projectDetailText(snap, r, r.rows.find((x) => x.project === 'KZ-2022-001'), 'KZ-2022-001', 'zh', c),
      overdueText(m, '2022-04-05', overdue(snap, {}), 'zh', c),
      escalationsText(m, '2022-04-05', escalations(snap, {}), false, 'zh', c),
      auditText(m, result, {}, () => [{ path: 'progress.invested', change: 'changed', from: 1, to: `2${ESC}[31m` }], 'zh', c),
      sampleText(m, { kind: 'projects', seed: 1, population: ['KZ-2022-001'], size: 1, sample: ['KZ-2022-001'] } as unknown as Parameters<typeof sampleText>[1], 'zh'),
    ];
    for (const text of texts) {
      // kzp's own colours are SGR; nothing else with an ESC, and none of the data's sequences
      const withoutOwn = colour ? text.replace(/\u001b\[(?:1|2|22|3[0-9]|39|9[0-7])m/g, '') : text;
      expect(withoutOwn).not.toMatch(RAW);
      expect(text).not.toMatch(/\u001b\[(?:2J|5m)|\u001b\]/);
    }
    expect(texts[1]).toContain('汉丰湖\\x01环湖路\\x1b[31m改造');
    expect(texts[4]).toContain('改台账\\x1b]0;title\\x07');
  });
});

describe('terminalText: the backstop on everything kzp prints', () => {
  it('keeps kzp\'s SGR colours when colour is on, shows every other sequence and control as a code', () => {
    expect(terminalText('plain 文本\n\ttab\r\n', false)).toBe('plain 文本\n\ttab\r\n');
    expect(terminalText(`${ESC}[1m粗${ESC}[22m`, true)).toBe(`${ESC}[1m粗${ESC}[22m`);
    expect(terminalText(`${ESC}[1m粗${ESC}[22m`, false)).toBe('\\u001b[1m粗\\u001b[22m');
    expect(terminalText(`a${ESC}[2Jb${ESC}]0;t\u0007c\u0001\u202e`, true)).toBe('a\\u001b[2Jb\\u001b]0;t\\u0007c\\u0001\\u202e');
  });
  it('leaves JSON valid: a C1 or bidi control JSON.stringify kept raw becomes a \\u escape of the same character', () => {
    const json = JSON.stringify({ name: 'x\u009by\u202ez\u0001' });
    const safe = terminalText(json, false);
    expect(safe).not.toMatch(RAW);
    expect(JSON.parse(safe)).toEqual({ name: 'x\u009by\u202ez\u0001' });
  });
});
