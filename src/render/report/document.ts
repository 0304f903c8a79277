// The bulletin as a document: the blocks the md template writes, read once, laid out by the html
// and the docx renderers. The md template is the one wording of a bulletin (a workspace may
// override it); md is that text as it is, html and docx are layouts of the same blocks, so the
// three say the same things.
//
// The md subset: `#` title, a bold line after it as subtitle, `##` / `###` / `####` headings
// (一、 / （一） / 1.), paragraphs, `- ` items, `> [!WARNING]` banners, `>` quotes, pipe tables
// (the alignment row says which columns hold numbers `---:` or short codes and dates `:---:`:
// those never wrap), `**bold**`. The parts of an official document that md has no syntax for are
// marked by a comment line `<!-- kzp:KIND -->` (invisible on a git forge), which applies to the
// lines that follow it up to the next blank line:
//   masthead   the issuer(s), one a line (版头 / 发文机关标志; two lines: 联合行文)
//   issue      the 期号 line, then the issuing date
//   chart NAME a chart of the bulletin (no lines): the html and the docx draw it here
//   signature  the signers, one a line, then the date (落款, kept together on one page)
//   note       the 附注 under the date: where the numbers come from, in small type
//   annex      the next heading starts an annex on a new page (附件)
//   imprint    the 版记: 抄送 / 呈送 / 印送 lines, then "印发机关　日期印发"
import { mdUnescape } from './templates.js';

export type Align = 'left' | 'right' | 'center';
export interface Inline { text: string; bold: boolean }
export interface TableBlock { kind: 'table'; head: string[]; aligns: Align[]; rows: string[][] }

export type Block =
  | { kind: 'masthead'; issuers: string[] }
  | { kind: 'issue'; number: string; date: string }
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  | { kind: 'warning'; text: Inline[] }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; annex: boolean }
  | { kind: 'para'; text: Inline[] }
  | { kind: 'item'; text: Inline[] }
  | { kind: 'quote'; text: Inline[] }
  | TableBlock
  | { kind: 'chart'; name: string }
  | { kind: 'signature'; lines: string[] }
  | { kind: 'note'; text: string }
  | { kind: 'imprint'; lines: string[]; issuer: string; date: string };

export interface BulletinDocument { title: string; blocks: Block[] }

/** `**bold**` spans, Markdown escapes undone. */
export function inlines(s: string): Inline[] {
  const out: Inline[] = [];
  const re = /\*\*(.+?)\*\*/g;
  let last = 0, m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    if (m.index > last) out.push({ text: mdUnescape(s.slice(last, m.index)), bold: false });
    out.push({ text: mdUnescape(m[1]), bold: true });
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push({ text: mdUnescape(s.slice(last)), bold: false });
  return out;
}
export const plain = (xs: Inline[]): string => xs.map((x) => x.text).join('');

function splitRow(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && i + 1 < s.length) { cur += s[i] + s[i + 1]; i++; continue; }
    if (s[i] === '|') { cells.push(cur.trim()); cur = ''; continue; }
    cur += s[i];
  }
  cells.push(cur.trim());
  return cells;
}

function table(lines: string[]): TableBlock {
  const head = splitRow(lines[0]).map(mdUnescape);
  const alignRow = lines[1] && /^\|?\s*:?-{3,}/.test(lines[1].trim()) ? splitRow(lines[1]) : null;
  const rows = lines.slice(alignRow ? 2 : 1).map((l) => splitRow(l).map((c) => plain(inlines(c))));
  const aligns = head.map((_, i): Align => {
    const a = alignRow?.[i] ?? '';
    return a.startsWith(':') && a.endsWith(':') ? 'center' : a.endsWith(':') ? 'right' : 'left';
  });
  return { kind: 'table', head, aligns, rows };
}

const DIRECTIVE = /^<!--\s*kzp:([a-z]+)(?:\s+([\w-]+))?\s*-->$/;

/** Read the md a bulletin template wrote into blocks. */
export function parseDocument(md: string): BulletinDocument {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let title = '', lastWasTitle = false, annexNext = false;
  const group = (i: number): [string[], number] => {
    const out: string[] = [];
    while (i < lines.length && lines[i].trim()) out.push(mdUnescape(lines[i++].trim()));
    return [out, i - 1];
  };
  for (let i = 0; i < lines.length; i++) {
    const tr = lines[i].trim();
    if (!tr) continue;
    const d = DIRECTIVE.exec(tr);
    if (d) {
      const kind = d[1];
      if (kind === 'chart') { blocks.push({ kind: 'chart', name: d[2] ?? '' }); continue; }
      if (kind === 'annex') { annexNext = true; continue; }
      const [body, end] = group(i + 1);
      i = end;
      if (kind === 'masthead') blocks.push({ kind: 'masthead', issuers: body });
      else if (kind === 'issue') blocks.push({ kind: 'issue', number: body[0] ?? '', date: body[1] ?? '' });
      else if (kind === 'signature') blocks.push({ kind: 'signature', lines: body });
      else if (kind === 'note') blocks.push({ kind: 'note', text: body.join('') });
      else if (kind === 'imprint') {
        const last = body.length ? body[body.length - 1] : '';
        const m = /^(.*?)[\s\u3000]*(\d{4}年\d{1,2}月\d{1,2}日印发)$/.exec(last);
        blocks.push({ kind: 'imprint', lines: m ? body.slice(0, -1) : body, issuer: m ? m[1] : '', date: m ? m[2] : '' });
      }
      continue;
    }
    if (tr.startsWith('<!--')) continue;
    if (tr.startsWith('|')) {
      const block: string[] = [];
      while (i < lines.length && lines[i].trim().startsWith('|')) block.push(lines[i++]);
      i--;
      blocks.push(table(block));
      lastWasTitle = false;
      continue;
    }
    if (tr.startsWith('>')) {
      const block: string[] = [];
      while (i < lines.length && lines[i].trim().startsWith('>')) block.push(lines[i++].trim().replace(/^>\s?/, ''));
      i--;
      const warn = /^\[!(WARNING|CAUTION|IMPORTANT)\]/.test(block[0] ?? '');
      const text = inlines(block.filter((b) => !/^\[!\w+\]$/.test(b)).join(''));
      blocks.push(warn ? { kind: 'warning', text } : { kind: 'quote', text });
      continue;
    }
    if (/^-{3,}$/.test(tr)) continue;
    const h = /^(#{1,4})\s+(.*)$/.exec(tr);
    if (h) {
      const text = mdUnescape(h[2]);
      if (h[1].length === 1) { blocks.push({ kind: 'title', text }); title ||= text; lastWasTitle = true; continue; }
      blocks.push({ kind: 'heading', level: (h[1].length - 1) as 1 | 2 | 3, text, annex: annexNext });
      annexNext = false; lastWasTitle = false;
      continue;
    }
    if (lastWasTitle && /^\*\*.*\*\*$/.test(tr)) { blocks.push({ kind: 'subtitle', text: mdUnescape(tr.slice(2, -2)) }); lastWasTitle = false; continue; }
    lastWasTitle = false;
    if (/^[-*]\s+/.test(tr)) { blocks.push({ kind: 'item', text: inlines(tr.replace(/^[-*]\s+/, '')) }); continue; }
    // a paragraph: its lines up to the next blank line or block
    const para = [tr];
    while (i + 1 < lines.length && lines[i + 1].trim() && !/^(\||>|#|<!--|[-*]\s|-{3,}$)/.test(lines[i + 1].trim())) para.push(lines[++i].trim());
    blocks.push({ kind: 'para', text: inlines(para.join('')) });
  }
  return { title, blocks };
}
