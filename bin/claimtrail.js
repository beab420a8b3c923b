#!/usr/bin/env node
// The installed command: runs the compiled CLI (built by `npm run build`, which `npm ci` runs via `prepare`).
import { run } from "../dist/cli/main.js";

process.exitCode = await run(process.argv.slice(2));
