/**
 * The Store over the SQL database (PGlite or PostgreSQL): reads are answered from an in-memory
 * snapshot of the current revision (a StaticStore, with its indexes), rebuilt when the revision
 * changes. A write through this process refreshes it at once. A change made by another process
 * (another API process on the same PostgreSQL, `pact-api db import`): once {@link watch} listens,
 * its notification marks the snapshot stale, so the next read loads the new revision; the
 * revision is still checked every `recheckMs` (default 1 s) as a safety net, and at once after
 * the listening connection was lost and came back. A read waits for a load at most `waitMs`
 * (default 1 s), then is answered from the snapshot it has.
 *
 * When the database does not answer that check (an error, or no answer within the connection's
 * timeouts: db/connection.ts), reads go on from the last snapshot at once (/readyz
 * answers 503 meanwhile, so a load balancer can turn to another process), and the database is
 * asked again after `recheckMs`; `log` is told once when it stops answering and once when it is
 * back. Without a snapshot yet, the read fails.
 */
import type { PactDatabase } from '../db/index.js';
import { StaticStore } from './static.js';
import type { EventFilter, PageRequest, PartnerFilter, ProjectFilter, Store } from './store.js';

export class SqlStore implements Store {
  private current: { revision: number; store: StaticStore } | undefined;
  private checked = 0;
  /** Counts the notifications: one that arrives while a snapshot loads leaves it stale. */
  private notified = 0;
  private unwatch: (() => Promise<void>) | undefined;
  private loading: Promise<StaticStore> | undefined;
  /** Refreshes begun, and the latest of them whose snapshot is `current`. */
  private begun = 0;
  private applied = 0;
  /** The database did not answer the last check: reads are served from the last snapshot. */
  private down = false;

  /**
   * `waitMs` (default 1 s): how long a read waits for a snapshot being loaded when it has one
   * already; past it, and at once while the database does not answer, it is answered from that one.
   */
  constructor(
    readonly db: PactDatabase,
    private readonly recheckMs = 1000,
    private readonly log: (message: string, level: 'warn' | 'info') => void = (message) => console.error(message),
    private readonly waitMs = 1000,
  ) {}

  /**
   * Loads the snapshot of the database's current revision (call after a write). Loads can finish
   * out of order (a read's recheck begun before a write, the write's own refresh after it): the one
   * begun last wins, so reads never go back to an older revision.
   */
  async refresh(): Promise<StaticStore> {
    const notified = this.notified;
    const begun = ++this.begun;
    const { revision, dataset } = await this.db.snapshot();
    if (begun > this.applied) {
      this.applied = begun;
      if (!this.current || revision !== this.current.revision) {
        this.current = { revision, store: new StaticStore({ ...dataset, meta: { ...dataset.meta, revision } }) };
      }
      if (notified === this.notified) this.checked = Date.now();
    }
    return this.current!.store;
  }

  /**
   * Listens for the revisions other processes commit (PostgreSQL; nothing to do for the embedded
   * database). Resolves once listening.
   */
  async watch(): Promise<void> {
    // Stale: the next read waits for the new snapshot (at most `waitMs`), which starts loading now.
    const stale = () => {
      this.notified++;
      this.checked = 0;
      this.store().catch(() => undefined);
    };
    this.unwatch ??= await this.db.watchRevisions((revision) => {
      if (revision !== this.current?.revision) stale();
    }, stale);
  }

  /** Stops listening (before closing the database). */
  async unwatchRevisions(): Promise<void> {
    await this.unwatch?.();
    this.unwatch = undefined;
  }

  private async store(): Promise<StaticStore> {
    if (this.current && Date.now() - this.checked < this.recheckMs) return this.current.store;
    this.loading ??= this.refresh()
      .then(
        (store) => {
          if (this.down) this.log(`pact-api: the database answers again; reads are current.`, 'info');
          this.down = false;
          return store;
        },
        async (e: unknown) => {
          const last = this.current;
          // Not an outage (the database answers, but the snapshot failed): the read fails with it.
          if (!last || (await this.db.notReady()) === null) throw e;
          this.checked = Date.now();
          if (!this.down)
            this.log(
              `pact-api: the database does not answer (${e instanceof Error ? e.message : String(e)}); reads are served from revision ${last.revision} until it does.`,
              'warn',
            );
          this.down = true;
          return last.store;
        },
      )
      .finally(() => (this.loading = undefined));
    const loading = this.loading;
    const last = this.current;
    if (!last) return loading;
    loading.catch(() => undefined); // a read that does not wait for it still sees its failure handled
    if (this.down) return last.store;
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<StaticStore>((ok) => (timer = setTimeout(() => ok(last.store), this.waitMs)));
    return Promise.race([loading, waited]).finally(() => clearTimeout(timer));
  }

  async revision() {
    await this.store();
    return `sql|${this.current?.revision ?? 0}`;
  }
  async listPartners(f: PartnerFilter, page: PageRequest) {
    return (await this.store()).listPartners(f, page);
  }
  async getPartner(id: string) {
    return (await this.store()).getPartner(id);
  }
  async listProjects(f: ProjectFilter, page: PageRequest) {
    return (await this.store()).listProjects(f, page);
  }
  async getProject(id: string) {
    return (await this.store()).getProject(id);
  }
  async listPillars() {
    return (await this.store()).listPillars();
  }
  async getPillar(n: Parameters<Store['getPillar']>[0]) {
    return (await this.store()).getPillar(n);
  }
  async listRoutes() {
    return (await this.store()).listRoutes();
  }
  async getRoute(id: string) {
    return (await this.store()).getRoute(id);
  }
  async listFlows() {
    return (await this.store()).listFlows();
  }
  async listPartnerships() {
    return (await this.store()).listPartnerships();
  }
  async getPartnership(id: string) {
    return (await this.store()).getPartnership(id);
  }
  async listEvents(f: EventFilter, page: PageRequest) {
    return (await this.store()).listEvents(f, page);
  }
  async getEvent(id: string) {
    return (await this.store()).getEvent(id);
  }
  async countryShapes() {
    return (await this.store()).countryShapes();
  }
  async meta() {
    return (await this.store()).meta();
  }
}
