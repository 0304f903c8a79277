// Editors other than VS Code get the schemas too: every YAML file `kzp init` writes (and every
// record `kzp new` writes) starts with a yaml-language-server modeline naming its JSON Schema.
// yaml-language-server — the YAML support of Neovim, Helix, Zed, Sublime Text, Emacs and VS
// Code alike — is driven over stdio here on a workspace `kzp init` made, with the VS Code
// settings removed and no settings sent: it reports a broken field at its line, and nothing
// for a good file.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kzp, ROOT } from './run.js';

let top: string, ws: string, server: ChildProcess;
interface Message { id?: number; method?: string; params?: { uri?: string; diagnostics?: { message: string; range: { start: { line: number } } }[] }; result?: unknown }
const inbox: Message[] = [];
const waiting: (() => void)[] = [];
let nextId = 1;

function send(m: object): void {
  const body = JSON.stringify({ jsonrpc: '2.0', ...m });
  server.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}
function request(method: string, params: unknown): number { const id = nextId++; send({ id, method, params }); return id; }
async function until(pred: (m: Message) => boolean): Promise<Message> {
  for (;;) {
    const i = inbox.findIndex(pred);
    if (i >= 0) return inbox.splice(i, 1)[0];
    await new Promise<void>((res) => waiting.push(res));
  }
}
async function diagnosticsOf(rel: string): Promise<{ message: string; line: number }[]> {
  const abs = join(ws, rel);
  const uri = pathToFileURL(abs).href;
  send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text: readFileSync(abs, 'utf8') } } });
  const m = await until((x) => x.method === 'textDocument/publishDiagnostics' && x.params?.uri === uri);
  return (m.params!.diagnostics ?? []).map((d) => ({ message: d.message, line: d.range.start.line + 1 }));
}

beforeAll(async () => {
  top = mkdtempSync(join(tmpdir(), 'kzp-yamlls-'));
  ws = join(top, 'ws');
  const r = kzp(['init', ws, '--as-of', '2024-10-05', '--no-git-init'], { cwd: top });
  expect(r.code, r.stderr).toBe(0);
  rmSync(join(ws, '.vscode'), { recursive: true, force: true });
  const unit = readFileSync(join(ws, 'units/drc.yaml'), 'utf8');
  writeFileSync(join(ws, 'units/drc-broken.yaml'), unit.replace('id: drc', 'id: drc-broken').replace(/^type: .*$/m, 'type: 部门'));
  server = spawn(process.execPath, [join(ROOT, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'], { cwd: ws, stdio: ['pipe', 'pipe', 'ignore'] });
  let buf = Buffer.alloc(0);
  server.stdout!.on('data', (chunk: Buffer) => {
    buf = Buffer.concat([buf, chunk]);
    for (;;) {
      const head = buf.indexOf('\r\n\r\n');
      if (head < 0) break;
      const len = Number(/Content-Length: (\d+)/i.exec(buf.subarray(0, head).toString())?.[1]);
      if (buf.length < head + 4 + len) break;
      const msg = JSON.parse(buf.subarray(head + 4, head + 4 + len).toString()) as Message;
      buf = buf.subarray(head + 4 + len);
      // the server asks for its settings: it gets none, as from an editor that was never set up
      if (msg.method === 'workspace/configuration' && msg.id !== undefined) { send({ id: msg.id, result: ((msg.params as unknown as { items?: unknown[] })?.items ?? []).map(() => null) }); continue; }
      if (msg.method && msg.id !== undefined) { send({ id: msg.id, result: null }); continue; }
      inbox.push(msg);
      waiting.splice(0).forEach((w) => w());
    }
  });
  const id = request('initialize', { processId: process.pid, rootUri: pathToFileURL(ws).href, capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: {} } }, workspaceFolders: [{ uri: pathToFileURL(ws).href, name: 'ws' }] });
  await until((m) => m.id === id);
  send({ method: 'initialized', params: {} });
});
afterAll(() => { server?.kill(); rmSync(top, { recursive: true, force: true }); });

describe('yaml-language-server on a workspace kzp init made, without VS Code settings', () => {
  it('every YAML file init writes names its schema in a modeline', () => {
    for (const rel of ['kzp.yaml', 'units/drc.yaml', 'units/district-leadership.yaml']) expect(readFileSync(join(ws, rel), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\S+\.schema\.json\n/);
  });
  it('a broken field: a diagnostic at its line; a good file: none', async () => {
    const broken = await diagnosticsOf('units/drc-broken.yaml');
    const line = readFileSync(join(ws, 'units/drc-broken.yaml'), 'utf8').split('\n').findIndex((l) => l.startsWith('type:')) + 1;
    expect(broken.length, JSON.stringify(broken)).toBeGreaterThan(0);
    expect(broken.map((d) => d.line)).toContain(line);
    expect(broken.find((d) => d.line === line)!.message).toMatch(/enum|allowed|Value is not accepted|允许/i);
    expect(await diagnosticsOf('units/drc.yaml')).toEqual([]);
    expect(await diagnosticsOf('kzp.yaml')).toEqual([]);
  });
});
