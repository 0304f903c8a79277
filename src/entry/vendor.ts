// What `kzp vendor` changes in a workspace, as text: tools/ (the single-file build and its
// launchers, scaffold.ts toolFiles), kzp.yaml's kzp_version (one line, comments kept) and the
// .gitattributes lines for tools/ (scaffold.ts withToolAttributes). Pure: the command reads the
// files and writes the result.

/** kzp.yaml with `kzp_version` set to `version`: the line replaced in place, or added after `since:` (else after `kzp:`, else at the end). */
export function withVersion(config: string, version: string): string {
  const line = /^kzp_version:[ \t]*(["']?)[^"'\s#]*\1/m;
  if (line.test(config)) return config.replace(line, `kzp_version: "${version}"`);
  const nl = config.includes('\r\n') ? '\r\n' : '\n';
  const add = `kzp_version: "${version}"                # 本工作区所用的 kzp 版本(tools/kzp.mjs);kzp vendor 更新 tools/ 时一并修改${nl}`;
  for (const key of ['since', 'kzp']) {
    const m = new RegExp(`^${key}:.*(?:\\r?\\n|$)`, 'm').exec(config);
    if (m) {
      const end = m.index + m[0].length;
      return config.slice(0, end) + (m[0].endsWith('\n') ? '' : nl) + add + config.slice(end);
    }
  }
  return config + (config === '' || config.endsWith('\n') ? '' : nl) + add;
}
