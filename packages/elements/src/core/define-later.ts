/**
 * Imported by the CDN file's entry (cdn.ts) before any element registers, after the on-demand
 * tags (whose turns come first): the registrations made while the core runs are made in the next
 * turn instead (define.ts).
 */
import { defineInNextTurn } from './define.js';

defineInNextTurn();
