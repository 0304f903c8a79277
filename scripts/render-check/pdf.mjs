// What the render check reads in the PDFs LibreOffice made: `pdftotext -bbox-layout` pages of
// blocks of lines of words with their boxes, and the three faults a printed page must not show.
// Pure functions of that text, so test/report/render-check.test.ts runs them without LibreOffice.
export const MIN_PT = 9;

/** The signers and date of a bulletin: the lines after `<!-- kzp:signature -->` in its md. */
export function signatureLines(md) {
  const lines = md.split('\n');
  const i = lines.findIndex((l) => l.trim() === '<!-- kzp:signature -->');
  if (i < 0) return [];
  const out = [];
  for (let k = i + 1; k < lines.length && lines[k].trim(); k++) out.push(lines[k].trim());
  return out;
}

const unxml = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** pdftotext -bbox-layout: pages of blocks of lines of words, each with its box (points). */
export function parseBbox(xhtml) {
  const pages = [];
  for (const p of xhtml.split('<page ').slice(1)) {
    const blocks = [];
    for (const b of p.split('<block ').slice(1)) {
      const lines = [];
      for (const l of b.split('<line ').slice(1)) {
        const words = [...l.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
          .map((m) => ({ x0: +m[1], y0: +m[2], x1: +m[3], y1: +m[4], text: unxml(m[5]) }));
        if (words.length) lines.push(words);
      }
      if (lines.length) blocks.push(lines);
    }
    pages.push(blocks);
  }
  return pages;
}

const NUMERIC_END = /[0-9][0-9,.\-]*$/;
const NUMERIC_START = /^[0-9,.%\-]+/;
/**
 * A number broken over two lines of one block (a cell's or a paragraph's): the first line ends
 * in digits (or a digit and a separator), and the next line continues, right below that last
 * word (a cell's lines start or end in the same column), with digits, separators or "%". Two
 * rows of a table are not that: the next row starts in the first column, far from the last
 * word of the row above.
 */
export function splitNumbers(pages) {
  const out = [];
  pages.forEach((blocks, pi) => {
    for (const lines of blocks) {
      for (let i = 0; i + 1 < lines.length; i++) {
        const last = lines[i][lines[i].length - 1], next = lines[i + 1][0];
        const a = NUMERIC_END.exec(last.text)?.[0], b = NUMERIC_START.exec(next.text)?.[0];
        if (!a || !b || !/[0-9]/.test(a + b) || next.y0 <= last.y0) continue;
        if (next.y0 - last.y1 > (last.y1 - last.y0) * 1.5) continue;
        const below = next.x0 < last.x1 + 1 && next.x1 > last.x0 - 1;
        if (below) out.push({ page: pi + 1, a: last.text, b: next.text });
      }
    }
  });
  return out;
}

/**
 * The ratio of a word's box height to its type size, from the monthly bulletin's body text, which
 * is 3号 (16 pt): the most frequent height there.
 */
export function bodyHeightRatio(pages) {
  const counts = new Map();
  for (const blocks of pages) for (const lines of blocks) for (const words of lines) for (const w of words) {
    const h = Math.round((w.y1 - w.y0) * 10) / 10;
    counts.set(h, (counts.get(h) ?? 0) + 1);
  }
  const [h] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [16];
  return h / 16;
}

export function smallText(pages, ratio) {
  const out = [];
  pages.forEach((blocks, pi) => {
    let least = null;
    for (const lines of blocks) for (const words of lines) for (const w of words) {
      const pt = (w.y1 - w.y0) / ratio;
      if (pt < MIN_PT - 0.25 && (!least || pt < least.pt)) least = { page: pi + 1, pt, text: w.text };
    }
    if (least) out.push(least);
  });
  return out;
}

/** Pages whose only text (the page number aside) is the signers and the date. */
export function signatureOnly(pages, signature) {
  if (!signature.length) return [];
  const norm = (s) => s.replace(/\s+/g, '');
  const sig = new Set(signature.map(norm));
  const out = [];
  pages.forEach((blocks, pi) => {
    const lines = blocks.flatMap((ls) => ls.map((ws) => norm(ws.map((w) => w.text).join(''))));
    const text = lines.filter((l) => l && !/^—\d+—$/.test(l));
    if (text.length && text.some((l) => sig.has(l)) && text.every((l) => sig.has(l) || /^（本通报数据截至|^附件：/.test(l))) out.push(pi + 1);
  });
  return out;
}
