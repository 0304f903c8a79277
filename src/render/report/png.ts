// A chart's PNG for readers that do not show SVG in a .docx (Word before 2016, some WPS
// versions): rendered from the same SVG by resvg (docs/decisions.md: no browser, no Cairo, one
// prebuilt binary in the npm package). Chinese labels need a CJK font on the machine that makes
// the document (any of the families the chart names, e.g. 仿宋 on Windows, Noto CJK on Linux:
// `apt-get install fonts-noto-cjk`). resvg is given the CJK font files of the usual font folders,
// found once a process: loading every system font for each chart took half of a month's
// documents in `kzp site`; where none is found, resvg looks through the system's fonts itself.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

type ResvgCtor = new (svg: string, opts: object) => { render(): { asPng(): Uint8Array } };
let Resvg: ResvgCtor | null | undefined;

function resvg(): ResvgCtor | null {
  if (Resvg === undefined) {
    try {
      Resvg = (createRequire(import.meta.url)('@resvg/resvg-js') as { Resvg: ResvgCtor }).Resvg;
    } catch {
      Resvg = null;   // no binary for this platform: the docx keeps its SVG and a blank fallback
    }
  }
  return Resvg;
}

// a 1×1 white PNG: the fallback where resvg cannot run (Word still shows the SVG)
const BLANK = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC', 'base64'));

const FONT_DIRS = [
  '/usr/share/fonts', '/usr/local/share/fonts', join(homedir(), '.fonts'), join(homedir(), '.local/share/fonts'),
  '/System/Library/Fonts', '/Library/Fonts', join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts'),
];
// the families the charts name (仿宋, 宋体, 黑体, 楷体, Noto CJK, Source Han, PingFang, 微软雅黑, WenQuanYi) by their file names
const CJK_FILE = /(cjk|sourcehan|simfang|simsun|simhei|simkai|fangsong|kaiti|songti|stsong|pingfang|heiti|msyh|wqy)[^/\\]*\.(ttf|ttc|otf)$/i;
let cjkFonts: string[] | undefined;

function findCjkFonts(): string[] {
  if (cjkFonts) return cjkFonts;
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    let entries;
    try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory() && depth < 4) walk(p, depth + 1);
      else if (e.isFile() && CJK_FILE.test(e.name)) found.push(p);
    }
  };
  for (const d of FONT_DIRS) walk(d, 0);
  return (cjkFonts = found.sort());
}

/** The SVG as a PNG `width` pixels wide on white (print resolution for a chart as wide as the text). */
export function svgToPng(svg: string, width: number): Uint8Array {
  const R = resvg();
  if (!R) return BLANK;
  const fontFiles = findCjkFonts();
  const font = fontFiles.length ? { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Noto Serif CJK SC' } : { loadSystemFonts: true, defaultFontFamily: 'Noto Serif CJK SC' };
  const r = new R(svg, { fitTo: { mode: 'width', value: width }, background: '#ffffff', font });
  return r.render().asPng();
}
