#!/usr/bin/env node
/**
 * `npm start`: the API (all of `pact-api`'s options and commands) with the pages in PAGES.
 */
import { runServe } from '@pact/api/node';
import { PAGES } from './pages.js';

await runServe(process.argv.slice(2), { handlers: PAGES });
