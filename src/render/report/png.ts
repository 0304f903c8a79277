// A chart's PNG for readers that do not show SVG in a .docx (Word before 2016, some WPS
// versions): rendered from the same SVG by resvg (docs/decisions.md: no browser, no Cairo, one
// prebuilt binary in the npm package). Chinese labels need a CJK font on the machine that makes
// the document (any of the families the chart names, e.g. 仿宋 on Windows, Noto CJK on Linux:
// `apt-get install fonts-noto-cjk`); resvg finds the system's fonts itself.
import { createRequire } from 'node:module';

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

/** The SVG as a PNG `width` pixels wide on white (print resolution for a chart as wide as the text). */
export function svgToPng(svg: string, width: number): Uint8Array {
  const R = resvg();
  if (!R) return BLANK;
  const r = new R(svg, { fitTo: { mode: 'width', value: width }, background: '#ffffff', font: { loadSystemFonts: true, defaultFontFamily: 'Noto Serif CJK SC' } });
  return r.render().asPng();
}
