/** The bin directory of the newest PostgreSQL under /usr/lib/postgresql, or null. */
export function postgresBin(): string | null;
/** Starts a throw-away cluster; `url` connects as superuser `pact`; `stop()` stops it and removes its files. */
export function startPostgres(options?: { fsync?: boolean }): Promise<{ url: string; stop: () => void }>;
