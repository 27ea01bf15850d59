export { loadDataset, SEED_DATA_DIR, SEED_GEO_FILE } from './load.js';
export { startServer, STRICT_CSP, type PageHandler, type ServerOptions, type RunningServer } from './server.js';
export { runServe } from './serve-main.js';
export { cdnDir, type StaticDir } from './static.js';
