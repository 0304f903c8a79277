#!/usr/bin/env node
// Starts the built CLI. No logic lives here (ARCHITECTURE.md).
import { start } from '../dist/cli/start.js';
start(process.argv.slice(2)).then((code) => { process.exitCode = code; });
