// The site of sample-data in a real browser: headless Chromium (Debian's `chromium`) opens the
// folder from disk and the test checks, through the DOM, that the overview shows the red list,
// that the project list searches and sorts, that a link leads to the project's page, whose chart
// has one point per ledger month, that a problem taken to the main leaders shows its three steps
// with dates, and that no request leaves the folder. Skipped, with the reason, without Chromium.
// KZP_SITE_SCREENSHOTS=DIR keeps a screenshot of each page kind (docs/site.md shows them).
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, CHROMIUM, evaluate, HAS_CHROMIUM } from './cdp.js';
import { kzp, ROOT } from './run.js';

const why = HAS_CHROMIUM ? '' : ` — skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set KZP_CHROMIUM)`;
if (!HAS_CHROMIUM) console.warn(`site-browser.test.ts${why}`);

describe.skipIf(!HAS_CHROMIUM)(`kzp site in headless Chromium${why}`, () => {
  const top = mkdtempSync(join(tmpdir(), 'kzp-e2e-browser-'));
  const site = join(top, 'site');
  const base = pathToFileURL(site).href + '/';
  const requests: string[] = [];
  const failed: string[] = [];
  let b: Browser, s: string;

  const go = (url: string) => b.event('Page.loadEventFired', s, () => b.send('Page.navigate', { url }, s));
  const js = <T>(expr: string) => evaluate<T>(b, s, expr);
  async function shot(name: string) {
    const dir = process.env.KZP_SITE_SCREENSHOTS;
    if (!dir) return;
    const { cssContentSize } = await b.send('Page.getLayoutMetrics', {}, s) as { cssContentSize: { width: number; height: number } };
    const clip = { x: 0, y: 0, width: 1280, height: Math.min(2400, Math.ceil(cssContentSize.height)), scale: 1 };
    const { data } = await b.send('Page.captureScreenshot', { format: 'png', clip, captureBeyondViewport: true }, s);
    writeFileSync(join(dir, `${name}.png`), Buffer.from(data as string, 'base64'));
  }

  beforeAll(async () => {
    const r = kzp(['-C', join(ROOT, 'sample-data'), 'site', '--as-of', '2023-01-10', '-o', site]);
    expect(r.code, r.stderr).toBe(0);
    b = Browser.launch();
    s = await b.page();
    b.on((m) => {
      if (m.sessionId !== s) return;
      if (m.method === 'Network.requestWillBeSent') requests.push(((m.params as { request: { url: string } }).request).url);
      if (m.method === 'Network.loadingFailed') failed.push(JSON.stringify(m.params));
    });
    await b.send('Page.enable', {}, s);
    await b.send('Network.enable', {}, s);
    await b.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 900, deviceScaleFactor: 1, mobile: false }, s);
  });
  afterAll(async () => { await b?.close(); rmSync(top, { recursive: true, force: true }); });

  it('the overview shows the figures and the red list; its script ran', async () => {
    await go(base + 'index.html');
    expect(await js('document.documentElement.getAttribute("data-ready")')).toBe('1');
    const red = await js<string[]>('[...document.querySelectorAll("#red tbody tr td:first-child a")].map(a => a.textContent)');
    expect(red.length).toBeGreaterThan(0);
    expect(red).toContain('开州区农产品加工园');
    expect(await js('document.querySelector(".stamp").textContent')).toContain('数据截至 2023年1月10日');
    await shot('overview');
  });

  it('the project list searches and sorts in the page, and keeps both in the address', async () => {
    const all = await js<number>('document.querySelectorAll("#project-list tbody tr").length');
    expect(all).toBe(readdirSync(join(ROOT, 'sample-data/projects')).filter((f) => f.endsWith('.yaml')).length);
    const shown = await js<string[]>(`(() => { const q = document.getElementById('q'); q.value = '水库'; q.dispatchEvent(new Event('input')); return [...document.querySelectorAll('#project-list tbody tr:not([hidden])')].map(r => r.textContent); })()`);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(all);
    for (const row of shown) expect(row).toContain('水库');
    expect(await js('document.getElementById("q-count").textContent')).toBe(`找到 ${shown.length} 个，共 ${all} 个`);
    expect(await js('location.hash')).toBe(`#q=${encodeURIComponent('水库')}`);
    // clear, then sort by this year's completion: ascending, then descending on a second click
    await js(`(() => { const q = document.getElementById('q'); q.value = ''; q.dispatchEvent(new Event('input')); })()`);
    const col = await js<number>('[...document.querySelectorAll("#project-list thead th")].findIndex(th => th.textContent === "本年完成率")');
    const values = () => js<number[]>(`[...document.querySelectorAll('#project-list tbody tr')].map(r => Number(r.cells[${col}].dataset.v))`);
    await js(`document.querySelectorAll('#project-list thead th')[${col}].click()`);
    const up = await values();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(await js(`document.querySelectorAll('#project-list thead th')[${col}].getAttribute('aria-sort')`)).toBe('ascending');
    await js(`document.querySelectorAll('#project-list thead th')[${col}].click()`);
    const down = await values();
    expect(down).toEqual([...down].sort((a, b) => b - a));
    expect(await js('location.hash')).toBe(`#sort=${col}&dir=desc`);
  });

  it('a link from the list leads to the project page; its chart has one point per ledger month', async () => {
    await js(`(() => { const q = document.getElementById('q'); q.value = 'KZ-2019-001'; q.dispatchEvent(new Event('input')); })()`);
    const href = await js<string>(`document.querySelector('#project-list tbody tr:not([hidden]) td:nth-child(2) a').getAttribute('href')`);
    expect(href).toBe('p/KZ-2019-001.html');
    await b.event('Page.loadEventFired', s, () => js(`document.querySelector('#project-list tbody tr:not([hidden]) td:nth-child(2) a').click()`));
    expect(await js('location.pathname')).toMatch(/\/site\/p\/KZ-2019-001\.html$/);
    const points = await js<string[]>('[...document.querySelectorAll("svg.chart circle.point")].map(c => c.getAttribute("data-month"))');
    const months = await js<string[]>('[...document.querySelectorAll("table.months tbody tr td:first-child")].map(td => td.textContent)');
    expect(points.length).toBe(12);
    expect(points).toEqual(months);
    await shot('project');
  });

  it('a problem taken to the main leaders shows the lead unit, district leader and main leaders steps, each with its date', async () => {
    const steps = await js<{ kind: string; date: string; text: string }[][]>(`[...document.querySelectorAll('article.problem')].filter(a => a.querySelector('li[data-step=L3]')).map(a => [...a.querySelectorAll('ol.timeline li')].map(li => ({ kind: li.dataset.step, date: li.querySelector('time').getAttribute('datetime'), text: li.textContent })))`);
    expect(steps.length).toBeGreaterThan(0);
    for (const p of steps) {
      const up = p.filter((x) => ['L1', 'L2', 'L3'].includes(x.kind));
      expect(up.map((x) => x.kind)).toEqual(['L1', 'L2', 'L3']);
      for (const x of up) expect(x.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(up.map((x) => x.text)).toEqual([expect.stringContaining('牵头单位协调'), expect.stringContaining('区领导调度'), expect.stringContaining('主要领导调度')]);
    }
  });

  it('a unit page and the archives open from the links; every link on them resolves', async () => {
    await b.event('Page.loadEventFired', s, () => js(`document.querySelector('dl.fields a[href^="../u/"]').click()`));
    expect(await js('location.pathname')).toMatch(/\/site\/u\/[a-z0-9-]+\.html$/);
    expect(await js<number>('document.querySelectorAll("#scores details").length')).toBeGreaterThan(0);
    // printing unfolds the items behind each score, and folds them again after
    expect(await js<boolean[]>('[...document.querySelectorAll("#scores details")].map(d => d.open)')).not.toContain(true);
    await js('window.dispatchEvent(new Event("beforeprint"))');
    expect(await js<boolean[]>('[...document.querySelectorAll("#scores details")].map(d => d.open)')).not.toContain(false);
    await js('window.dispatchEvent(new Event("afterprint"))');
    expect(await js<boolean[]>('[...document.querySelectorAll("#scores details")].map(d => d.open)')).not.toContain(true);
    await shot('unit');
    await b.event('Page.loadEventFired', s, () => js(`document.querySelector('header nav a[href$="archives.html"]').click()`));
    expect(await js<number>('document.querySelectorAll("#monthly tbody tr").length')).toBe(12);
    await shot('archives');
    await b.event('Page.loadEventFired', s, () => js(`document.querySelector('#monthly tbody tr a[href$=".html"]').click()`));
    expect(await js('location.pathname')).toMatch(/\/site\/a\/monthly-2022-12\.html$/);
    expect(await js<number>('document.querySelectorAll("svg").length')).toBe(2);
  });

  it('no request left the folder, and none failed', () => {
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter((u) => !u.startsWith(base))).toEqual([]);
    expect(failed).toEqual([]);
  });
});
