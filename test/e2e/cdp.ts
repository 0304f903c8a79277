// A headless Chromium driven over the DevTools protocol on a pipe (--remote-debugging-pipe:
// commands on fd 3, replies and events on fd 4, each message JSON ended by a NUL byte). No
// library: the few commands the site's browser test needs. The browser runs with a fresh
// profile and every background service off, so the only requests are the pages'.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

export const CHROMIUM = process.env.KZP_CHROMIUM ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);

type Message = { id?: number; method?: string; params?: Record<string, unknown>; result?: Record<string, unknown>; error?: { message: string }; sessionId?: string };

export class Browser {
  private next = 1;
  private waiting = new Map<number, { resolve: (r: Record<string, unknown>) => void; reject: (e: Error) => void }>();
  private listeners: ((m: Message) => void)[] = [];
  private buffer = '';
  private constructor(private proc: ChildProcess, private profile: string, private input: Writable, output: Readable) {
    output.setEncoding('utf8');
    output.on('data', (chunk: string) => {
      this.buffer += chunk;
      let end: number;
      while ((end = this.buffer.indexOf('\0')) >= 0) {
        const msg = JSON.parse(this.buffer.slice(0, end)) as Message;
        this.buffer = this.buffer.slice(end + 1);
        if (msg.id !== undefined && this.waiting.has(msg.id)) {
          const w = this.waiting.get(msg.id)!;
          this.waiting.delete(msg.id);
          if (msg.error) w.reject(new Error(msg.error.message)); else w.resolve(msg.result ?? {});
        } else for (const l of this.listeners) l(msg);
      }
    });
  }

  static launch(): Browser {
    const profile = mkdtempSync(join(tmpdir(), 'kzp-chromium-'));
    const proc = spawn(CHROMIUM, [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-extensions', '--mute-audio',
      `--user-data-dir=${profile}`, '--remote-debugging-pipe', '--window-size=1280,900', 'about:blank',
    ], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
    return new Browser(proc, profile, proc.stdio[3] as Writable, proc.stdio[4] as Readable);
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.next++;
    const p = new Promise<Record<string, unknown>>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    this.input.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
    return p;
  }

  on(fn: (m: Message) => void): void { this.listeners.push(fn); }

  /** The next event `method` (of `sessionId`), after `action` runs. */
  async event(method: string, sessionId: string, action: () => Promise<unknown>): Promise<Message> {
    let fn!: (m: Message) => void;
    const got = new Promise<Message>((resolve) => { fn = (m) => { if (m.method === method && m.sessionId === sessionId) resolve(m); }; this.listeners.push(fn); });
    await action();
    const m = await got;
    this.listeners = this.listeners.filter((l) => l !== fn);
    return m;
  }

  /** A new tab, attached: its session id. */
  async page(): Promise<string> {
    const { targetId } = await this.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await this.send('Target.attachToTarget', { targetId, flatten: true });
    return sessionId as string;
  }

  /** Close the browser, wait until it has ended (it writes to its profile until then), remove the profile. */
  async close(): Promise<void> {
    if (this.proc.exitCode === null && this.proc.signalCode === null) {
      const ended = new Promise<void>((resolve) => this.proc.once('exit', () => resolve()));
      this.send('Browser.close').catch(() => { /* the pipe closes as it ends */ });
      await ended;
    }
    rmSync(this.profile, { recursive: true, force: true, maxRetries: 5 });
  }
}

/** In the page of `session`: the value of `expression` (awaited, returned by value). */
export async function evaluate<T>(b: Browser, session: string, expression: string): Promise<T> {
  const r = await b.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, session) as { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
  if (r.exceptionDetails) throw new Error(`${r.exceptionDetails.text} ${r.exceptionDetails.exception?.description ?? ''}`);
  return r.result.value;
}
