// What `npm run render-check` looks for in the PDFs LibreOffice makes, on text as pdftotext
// -bbox-layout gives it (the first case is LibreOffice's own output for a too narrow column).
import { describe, expect, it } from 'vitest';
import { bodyHeightRatio, parseBbox, signatureLines, signatureOnly, smallText, splitNumbers } from '../../scripts/render-check/pdf.mjs';

const word = (x0: number, y0: number, x1: number, y1: number, t: string) => `<word xMin="${x0}" yMin="${y0}" xMax="${x1}" yMax="${y1}">${t}</word>`;
const line = (...words: string[]) => `<line xMin="0" yMin="0" xMax="0" yMax="0">${words.join('')}</line>`;
const block = (...lines: string[]) => `<block xMin="0" yMin="0" xMax="0" yMax="0">${lines.join('')}</block>`;
const page = (...blocks: string[]) => `<page width="595" height="842"><flow>${blocks.join('')}</flow></page>`;
const doc = (...pages: string[]) => `<html><body><doc>${pages.join('')}</doc></body></html>`;

describe('a number split across two lines', () => {
  it('232,600.00 and 100.0% broken in narrow cells are found', () => {
    const pages = parseBbox(doc(page(
      block(line(word(77.8, 72.3, 98.8, 87.9, '232,')), line(word(77.8, 86.1, 98.8, 101.7, '600.')), line(word(77.8, 99.9, 89.8, 115.5, '00'))),
      block(line(word(112.8, 72.3, 133.8, 87.9, '100.')), line(word(112.8, 86.1, 128.8, 101.7, '0%'))),
    )));
    expect(splitNumbers(pages).map((f) => `${f.a}/${f.b}`)).toEqual(['232,/600.', '600./00', '100./0%']);
  });
  it('two table rows, or a number ending one line of text and a word starting the next, are not', () => {
    const pages = parseBbox(doc(page(
      // row "… 排名 3", next row "2 水利 …": the next line starts far left of the last number
      block(line(word(40, 100, 50, 112, '1'), word(60, 100, 90, 112, '交通'), word(400, 100, 406, 112, '3')), line(word(40, 114, 46, 126, '2'), word(60, 114, 90, 126, '水利'))),
      block(line(word(40, 200, 300, 216, '年度计划投资'), word(300, 200, 330, 216, '49.75')), line(word(40, 229, 80, 245, '亿元')))),
    ));
    expect(splitNumbers(pages)).toEqual([]);
  });
});

describe('text printed too small, and a page with only the signature', () => {
  it('sizes from box heights, calibrated on the bulletin body (3号, 16 pt)', () => {
    const body = parseBbox(doc(page(block(line(word(0, 0, 10, 20, '正文'), word(10, 0, 20, 20, '正文'), word(20, 0, 30, 30, '标题'))))));
    expect(bodyHeightRatio(body)).toBe(20 / 16);
    const sheet = parseBbox(doc(page(block(line(word(0, 0, 10, 12.5, '十磅'))), block(line(word(0, 20, 10, 27, '小字'))))));
    expect(smallText(sheet, 20 / 16).map((s) => [s.text, Math.round(s.pt * 10) / 10])).toEqual([['小字', 5.6]]);
  });
  it('a page of only the signers, the date and the 附注 is found; one with the last paragraph is not', () => {
    const sig = signatureLines('正文\n\n<!-- kzp:signature -->\n开州区人民政府督查办公室\n开州区发展和改革委员会\n2023年1月10日\n\n<!-- kzp:note -->\n（本通报数据截至……）\n');
    expect(sig).toEqual(['开州区人民政府督查办公室', '开州区发展和改革委员会', '2023年1月10日']);
    const w = (t: string, y: number) => line(word(0, y, 100, y + 16, t));
    const alone = page(block(w('附件：随机抽样记录', 10)), block(w('开州区人民政府督查办公室', 40), w('开州区发展和改革委员会', 60), w('2023年1月10日', 80)), block(w('（本通报数据截至2023年1月10日。）', 100)), block(w('—3—', 800)));
    const together = page(block(w('请各责任单位按期完成整改。', 10)), block(w('开州区人民政府督查办公室', 40), w('2023年1月10日', 60)));
    expect(signatureOnly(parseBbox(doc(together, alone)), sig)).toEqual([2]);
  });
});
