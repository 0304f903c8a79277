// Checks on the raw text, before the YAML parser sees it: the usual mistakes of Chinese
// editors and input methods, and leftovers of a git merge. The parser alone reports
// these badly (a full-width colon makes a key part of a plain string) or not at all.
// Values typed with the Chinese input method (full-width digits, Chinese quotes) parse as
// text and are explained where their field's type is known: src/schema/check.ts.
export interface TextFault { line: number; column: number; length: number; code: 'conflict' | 'fullwidth-colon' | 'fullwidth-space' | 'tab-indent'; text: string }

const CONFLICT = /^(<{7}|={7}|>{7}|\|{7})(?: |$)/;
const BLOCK_START = /(?:^|[:\-]\s+|^\s*-\s*)[|>][-+0-9]*\s*(?:#.*)?$/;

/** Every fault below needs one of these: a clean file (nearly all of them) is passed in one scan. */
const SUSPECT = /[\u3000\t：]|^(?:<{7}|={7}|>{7}|\|{7})/m;

export function checkText(text: string): TextFault[] {
  if (!SUSPECT.test(text)) return [];
  const faults: TextFault[] = [];
  const lines = text.split('\n');
  let blockIndent = -1; // > -1 while inside a block scalar started at that indent
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
    const indent = raw.length - raw.trimStart().length;
    if (CONFLICT.test(raw)) { faults.push({ line: i + 1, column: 1, length: 7, code: 'conflict', text: raw }); continue; }
    if (blockIndent >= 0) {
      if (raw.trim() === '' || indent > blockIndent) continue;
      blockIndent = -1;
    }
    const lead = /^[ \t\u3000]*/.exec(raw)![0];
    const fw = lead.indexOf('\u3000');
    if (fw >= 0) faults.push({ line: i + 1, column: fw + 1, length: 1, code: 'fullwidth-space', text: raw });
    else if (lead.includes('\t') && raw.trim() !== '' && !raw.trimStart().startsWith('#'))
      faults.push({ line: i + 1, column: lead.indexOf('\t') + 1, length: 1, code: 'tab-indent', text: raw });
    const content = raw.slice(lead.length);
    if (fw < 0 && !content.startsWith('#')) {
      // a full-width space where YAML needs an ASCII one: after a key's colon, or after a list dash
      const sp = /^((?:-[ ]+)?[^\s#'"{}[\],：:][^#：]*?:)\u3000/.exec(content) ?? /^(-)\u3000/.exec(content);
      if (sp && !/:(\s|$)/.test(sp[1].slice(0, -1))) faults.push({ line: i + 1, column: lead.length + sp[1].length + 1, length: 1, code: 'fullwidth-space', text: raw });
    }
    if (!content.startsWith('#')) {
      // a key written with a full-width colon: `名称：值` or `name：value` with no ASCII `: ` before it
      const m = /^((?:-[ \u3000]+)?)([^\s#'"{}[\],：:][^#：]*?)：/.exec(content);
      if (m && !/:(\s|$)/.test(m[2]) && !m[2].includes(': ')) {
        const col = lead.length + m[1].length + m[2].length + 1;
        faults.push({ line: i + 1, column: col, length: 1, code: 'fullwidth-colon', text: raw });
      }
    }
    if (BLOCK_START.test(raw.replace(/#.*$/, (c) => (/\s#/.test(' ' + c) ? '' : c)).trimEnd())) blockIndent = indent;
  }
  return faults;
}
