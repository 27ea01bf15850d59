export {
  createApp,
  cacheControl,
  CACHE_CONTROL,
  PROBLEM_BASE,
  MAX_URL_LENGTH,
  type AppOptions,
  type PactApp,
} from './app.js';
export { ALL_KEY, READS, purgeKeys, surrogateKeys, type PurgeHook } from './surrogate.js';
export { purgeByUrl, type PurgeOptions } from './purge.js';
export { validateDataset, DatasetError, DATASET_FILES, type Dataset } from './dataset.js';
export { fold } from './fold.js';
export { ROUTES, type RouteSpec } from './routes.js';
export { StaticStore } from './store/static.js';
export type {
  Store,
  Page as StorePage,
  PageRequest,
  PartnerFilter,
  ProjectFilter,
  EventFilter,
} from './store/store.js';
export { SqlStore } from './store/sql.js';
export { RateLimiter, type RateLimitOptions } from './write/rate-limit.js';
