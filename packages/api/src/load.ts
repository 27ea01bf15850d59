import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATASET_FILES, DatasetError, FLOWS_FILE, validateDataset, type Dataset } from './dataset.js';

/** The seed dataset shipped with this package. */
export const SEED_DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));
/** Natural Earth country shapes (built by scripts/build-geo.mjs). */
export const SEED_GEO_FILE = fileURLToPath(new URL('../geo/countries.json', import.meta.url));

async function readJson(dir: string, file: string): Promise<unknown> {
  const path = join(dir, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new DatasetError(path, '', 'cannot be read (missing file?)');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new DatasetError(path, '', `is not valid JSON: ${(e as Error).message}`);
  }
}

/**
 * Reads a dataset directory (partners.json, pillars.json, routes.json, projects.json,
 * meta.json, and optionally geo-countries.json) and validates it. A broken file throws a
 * DatasetError naming the file, the JSON path and the reason.
 */
export async function loadDataset(dir: string = SEED_DATA_DIR): Promise<Dataset> {
  const abs = resolve(dir);
  const raw = Object.fromEntries(
    await Promise.all(
      Object.entries(DATASET_FILES).map(async ([key, file]) => [key, await readJson(abs, file)] as const),
    ),
  ) as Record<keyof typeof DATASET_FILES, unknown>;
  const ownGeo = join(abs, 'geo-countries.json');
  const geoFile = existsSync(ownGeo) ? ownGeo : SEED_GEO_FILE;
  const geo = JSON.parse(await readFile(geoFile, 'utf8')) as unknown;
  // The flow sets: the directory's own, else the package's (like the shapes).
  const flows = await readJson(existsSync(join(abs, FLOWS_FILE)) ? abs : SEED_DATA_DIR, FLOWS_FILE);
  try {
    return validateDataset({ ...raw, geo, flows }, geoFile);
  } catch (e) {
    if (e instanceof DatasetError && !e.file.startsWith('/'))
      throw new DatasetError(join(abs, e.file), e.path, e.reason);
    throw e;
  }
}
