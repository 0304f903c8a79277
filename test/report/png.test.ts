// svgToPng hands resvg the CJK font files of the usual font folders instead of every system font
// (faster by half a chart's time): the picture must be the one resvg draws from all of them.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { svgToPng } from '../../src/render/report/png.js';

const { Resvg } = createRequire(import.meta.url)('@resvg/resvg-js') as { Resvg: new (svg: string, o: object) => { render(): { asPng(): Uint8Array } } };
const FONT = `'FangSong','仿宋_GB2312','仿宋','SimSun','Noto Serif CJK SC','Source Han Serif SC','Songti SC','Noto Sans CJK SC',serif`;
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="120"><rect width="600" height="120" fill="#fff"/><text x="20" y="60" font-family="${FONT}" font-size="20">开州区 1—12月 完成投资 123.4 万元（%）</text></svg>`;

describe('svgToPng', () => {
  it('draws what resvg draws with every system font', () => {
    const all = new Resvg(SVG, { fitTo: { mode: 'width', value: 1200 }, background: '#ffffff', font: { loadSystemFonts: true, defaultFontFamily: 'Noto Serif CJK SC' } }).render().asPng();
    expect(Buffer.from(svgToPng(SVG, 1200)).equals(Buffer.from(all))).toBe(true);
  });
});
