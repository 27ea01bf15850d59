#!/usr/bin/env node
/**
 * The Node entry of the API alone: `pact-api [--db DIR | --data DIR] [--port N]` (see serve-main.ts).
 * `npm start` runs @pact/server's entry, which adds the pages that compose the API and the elements.
 */
import { runServe } from './serve-main.js';

await runServe(process.argv.slice(2));
