// The API over the data snapshot, for snapshot.ts (a chunk of its own, loaded on the first request).
import { createApp, validateDataset } from '@pact/api';
import partners from '../packages/api/data/partners.json';
import pillars from '../packages/api/data/pillars.json';
import routes from '../packages/api/data/routes.json';
import projects from '../packages/api/data/projects.json';
import meta from '../packages/api/data/meta.json';
import partnerships from '../packages/api/data/partnerships.json';
import events from '../packages/api/data/events.json';
import flows from '../packages/api/data/flows.json';
import geo from '../packages/api/geo/countries.json';

export const api = createApp(
  validateDataset({ partners, pillars, routes, projects, partnerships, events, meta, geo, flows }),
);
