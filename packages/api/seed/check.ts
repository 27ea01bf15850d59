// Checks the assembled dataset before anything is written, with the very check the API runs
// when it loads a dataset (validateDataset of @pact/api: every record against its JSON Schema
// with the generated validators of @pact/schema, then the references between records), and
// names the record that fails by its id.
import { readFileSync } from 'node:fs';
import { DatasetError, validateDataset, type Dataset as ServedDataset } from '@pact/api';

/** The collections the seed writes (the country shapes come from packages/api/geo). */
export type Dataset = Omit<ServedDataset, 'geo'>;

/** Why the dataset is refused: the file, the record, the JSON path inside it and the reason. */
export class SeedError extends Error {
  constructor(
    readonly file: string,
    readonly record: string,
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${file}: record ${record} at ${path || '(root)'}: ${reason}`);
    this.name = 'SeedError';
  }
}

const GEO_FILE = new URL('../geo/countries.json', import.meta.url);

/** The record a DatasetError path (`/<index>/<path inside the record>`) points at. */
function recordOf(data: Dataset, error: DatasetError): SeedError {
  const lists: Record<string, readonly { id?: string; number?: number }[]> = {
    'partners.json': data.partners,
    'pillars.json': data.pillars,
    'routes.json': data.routes,
    'projects.json': data.projects,
    'partnerships.json': data.partnerships,
    'events.json': data.events,
  };
  const at = /^\/(\d+)(\/.*)?$/.exec(error.path);
  const item = at ? lists[error.file]?.[Number(at[1])] : undefined;
  if (!at || !item) return new SeedError(error.file, error.file.replace(/\.json$/, ''), error.path, error.reason);
  const id = item.id ?? (item.number === undefined ? `#${at[1]}` : String(item.number));
  return new SeedError(error.file, id, at[2] ?? '', error.reason);
}

/** Throws a SeedError naming the first invalid record; returns when the whole dataset is valid. */
export function checkDataset(data: Dataset): void {
  try {
    validateDataset({ ...data, geo: JSON.parse(readFileSync(GEO_FILE, 'utf8')) as unknown });
  } catch (error) {
    throw error instanceof DatasetError ? recordOf(data, error) : error;
  }
}
