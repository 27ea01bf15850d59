#!/usr/bin/env node
// `node packages/api/dist/db/bin.js db migrate|seed|export FILE|import FILE`, `keys create|list|revoke`.
import { runDbCli } from './cli.js';

process.exitCode = await runDbCli(process.argv.slice(2));
