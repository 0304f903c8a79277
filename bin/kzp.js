#!/usr/bin/env node
// Starts the built CLI. No logic lives here (ARCHITECTURE.md).
import { main } from '../dist/cli/main.js';
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
