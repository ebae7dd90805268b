#!/usr/bin/env node
// Runs the compiled CLI (npm run build first).
import { runCli } from '../dist/cli/index.js';

process.exit(await runCli(process.argv));
