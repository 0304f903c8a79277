#!/usr/bin/env node
// After tsc (`npm run build`): the index of every command's help (src/cli/help-index.ts), so that
// `kzp … --help` prints without loading the command's module.
import { writeHelpIndex } from '../dist/cli/help-index.js';

await writeHelpIndex();
