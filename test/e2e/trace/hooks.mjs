import { appendFileSync } from 'node:fs';

export async function load(url, context, next) {
  if (process.env.KZP_TRACE_FILE) appendFileSync(process.env.KZP_TRACE_FILE, `${url}\n`);
  return next(url, context);
}
