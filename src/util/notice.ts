// One-line warnings from layers that print nothing themselves (a cache folder kzp will not use):
// the CLI decides where they go and in which language. Each is said once per run.
export type NoticeSink = (key: string, params: Record<string, unknown>) => void;

let sink: NoticeSink | null = null;
const said = new Set<string>();

/** Where notices go from now on (null: nowhere); forgets which were said. */
export function setNoticeSink(s: NoticeSink | null): void {
  sink = s;
  said.clear();
}

/** Tell `key` (an i18n key) with `params`, unless the same notice was told already. */
export function noticeOnce(key: string, params: Record<string, unknown> = {}): void {
  const id = `${key}\0${JSON.stringify(params)}`;
  if (said.has(id)) return;
  said.add(id);
  sink?.(key, params);
}
