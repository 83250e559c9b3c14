#!/usr/bin/env node
// The `briefbot` bin: runs the CLI from the bundle in dist/ (built by `npm install`, rebuilt when
// the sources changed), or through tsx when it cannot be built.
import { importEntry } from '../launch/importEntry.mjs';

const { runCli } = await importEntry('cli');
process.exitCode = await runCli(process.argv.slice(2));
