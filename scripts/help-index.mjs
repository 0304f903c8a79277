#!/usr/bin/env node
// After tsc (`npm run build`): the index of every command's help (src/cli/help-index.ts), so that
// `kzp … --help` prints without loading the command's module; then dist/cli/help-index.js again,
// with the two modules it reads the command line with (globals.js, lang.js) inlined, because on
// the help path each module Node loads costs about as much as the help itself
// (docs/performance.md). Everything else it imports stays a separate module, loaded as before.
// A plain `tsc` writes the unbundled module back, which works the same.
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeHelpIndex } from '../dist/cli/help-index.js';
import { writeFileAtomic } from '../dist/util/atomic-file.js';

await writeHelpIndex();

const FILE = fileURLToPath(new URL('../dist/cli/help-index.js', import.meta.url));
const INLINE = new Set(['./globals.js', './lang.js']);
let build;
try { ({ build } = await import('esbuild')); } catch { process.exit(0); } // without dev dependencies: the unbundled module
const result = await build({
  entryPoints: [FILE],
  bundle: true,
  write: false,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  logLevel: 'warning',
  plugins: [{
    name: 'inline-the-help-path',
    setup(b) {
      b.onResolve({ filter: /^\./ }, (args) => (args.importer === FILE && INLINE.has(args.path) ? undefined : { path: args.path, external: true }));
    },
  }],
});
const head = `// ${basename(FILE)} with ${[...INLINE].join(' and ')} inlined (scripts/help-index.mjs); the source is src/cli/help-index.ts\n`;
const text = result.outputFiles[0].text;
if (!text.includes('function liftGlobals') || !text.includes('function resolveLang')) { console.error('kzp build: help-index.js not bundled as expected'); process.exit(1); }
writeFileAtomic(FILE, head + text);
