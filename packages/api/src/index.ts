export { createApp, CACHE_CONTROL, PROBLEM_BASE, MAX_URL_LENGTH, type AppOptions, type PactApp } from './app.js';
export { validateDataset, DatasetError, DATASET_FILES, type Dataset } from './dataset.js';
export { fold } from './query.js';
