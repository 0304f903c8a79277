// `node --import ./register.mjs …`: record every module the process loads (one URL a line) in
// the file named by KZP_TRACE_FILE (test/e2e/startup.test.ts).
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
