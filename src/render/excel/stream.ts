// What keeps the meeting workbook's memory flat (workbook.ts): the rows wait for the zip, and
// xl/sharedStrings.xml is appended as a stream. Both reach into exceljs 4.4.0's writer; if its
// internals change shape, each falls back to exceljs' own way.
import { createRequire } from 'node:module';
import { Readable, type Writable } from 'node:stream';
import type ExcelJS from 'exceljs';

// exceljs never waits for the zip: the sheet's StreamBuf writes every 64 KiB of row XML into the
// PassThrough archiver wraps it in (exceljs 4.4.0, archiver 5) and ignores the return value, so
// the PassThrough's write buffer grows with the sheet. Yielding one event-loop turn now and then
// is not enough (measured: the whole 56 MB of sheet XML of 100,000 rows was still
// buffered at commit), so wait for that buffer to be deflated whenever it passes SHEET_BACKLOG.
// If exceljs' internals change shape the lookup finds nothing and rows are simply not throttled.
const SHEET_BACKLOG = 1 << 20;
interface Piped { _writableState?: { length?: number }; once(ev: string, f: () => void): unknown; removeListener(ev: string, f: () => void): unknown }
function sheetPipe(ws: object): Piped | undefined {
  return (ws as unknown as { stream?: { pipes?: Piped[] } }).stream?.pipes?.[0];
}
export async function drained(ws: object, out: Writable): Promise<void> {
  const p = sheetPipe(ws);
  if (!p || (p._writableState?.length ?? 0) <= SHEET_BACKLOG || out.destroyed) return;
  await new Promise<void>((res) => {
    // the output failing stops the zip, and 'drain' would never come
    const done = () => { p.removeListener('drain', done); out.removeListener('close', done); out.removeListener('error', done); res(); };
    p.once('drain', done);
    out.once('close', done);
    out.once('error', done);
  });
}

// exceljs renders xl/sharedStrings.xml as one string at commit: an array of a few million
// pieces, joined, then copied into a Buffer. For 100,000 ledger rows (≈200,000 distinct texts,
// 12 MB of XML) that took the heap from 60 to ≈185 MB at the very end, the peak of
// the whole export. The same part is appended here as a stream instead, rendered 64 K
// characters at a time when the zip asks for it, each <si> by exceljs' own renderer, so the XML
// is byte for byte what exceljs writes (test/report/render.test.ts compares it). The table
// itself (the distinct texts) stays in memory: it is only complete at the end.
const require = createRequire(import.meta.url);
type SiRenderer = { toXml(value: unknown): string };
/** exceljs' own <si> renderer; null if this exceljs has no such file (then exceljs writes the part its own way). */
const SharedStringXform = ((): (new () => SiRenderer) | null => {
  try { return require('exceljs/lib/xlsx/xform/strings/shared-string-xform.js') as new () => SiRenderer; } catch { return null; }
})();
const SST_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const SST_CHUNK = 1 << 16;

/** xl/sharedStrings.xml as exceljs writes it (its count is the unique count, as in exceljs), in pieces. */
export function* sharedStringsXml(values: readonly unknown[]): Generator<Buffer> {
  const n = values.length;
  const si = new SharedStringXform!();
  let xml = `${SST_HEAD} count="${n}" uniqueCount="${n}">`;
  for (const v of values) {
    xml += si.toXml(v);
    if (xml.length >= SST_CHUNK) { yield Buffer.from(xml); xml = ''; }
  }
  yield Buffer.from(`${xml}</sst>`);
}

interface SstHost { sharedStrings?: { values?: unknown[] }; zip?: { append(source: Readable, data: { name: string }): unknown }; addSharedStrings?: () => Promise<void> }
export function streamSharedStrings(wb: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const host = wb as unknown as SstHost;
  const { sharedStrings, zip } = host;
  // exceljs 4.4.0's WorkbookWriter; anything else keeps exceljs' own way
  if (!SharedStringXform || typeof host.addSharedStrings !== 'function' || !Array.isArray(sharedStrings?.values) || typeof zip?.append !== 'function') return;
  host.addSharedStrings = async () => {
    const values = sharedStrings.values!;
    if (values.length) zip.append(Readable.from(sharedStringsXml(values), { objectMode: false }), { name: '/xl/sharedStrings.xml' });
  };
}
