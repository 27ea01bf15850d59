/**
 * Operations (issue 21): liveness and readiness, Prometheus metrics, and the route label that
 * keeps the metrics' label set bounded (a request's route template, never its raw path).
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { BodyCache } from './http-cache.js';
import { ROUTES } from './routes.js';

const TEMPLATES = ROUTES.map((r) => ({
  method: r.method,
  path: r.path,
  match: new RegExp(`^${r.path.replace(/\./g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

/** The route template of a path (`/v1/partners/{id}`), `ops` for the operations' own paths, else `other`. */
export function routeLabel(path: string): string {
  if (path === '/healthz' || path === '/readyz' || path === '/metrics') return 'ops';
  if (!path.startsWith('/v1')) return 'other';
  return TEMPLATES.find((t) => t.match.test(path))?.path ?? 'other';
}

export interface MetricsSources {
  /** The serialized-body cache whose hits and misses are counted. */
  cache: BodyCache;
  /** Bytes of the compressed bodies held (server.ts, compressedBodies). */
  compressed?: (() => number) | undefined;
  /** The PostgreSQL pool's use, when the API runs on PostgreSQL. */
  pool?: (() => { total: number; idle: number; waiting: number } | undefined) | undefined;
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** The metrics of one server: requests by route, method and status, their latency, the pool and the cache. */
export class Metrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'route' | 'method' | 'status'>;
  private readonly latency: Histogram<'route' | 'method' | 'status'>;

  constructor(sources: MetricsSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'pact_' });
    this.requests = new Counter({
      name: 'pact_http_requests_total',
      help: 'Requests answered, by route template, method and status.',
      labelNames: ['route', 'method', 'status'],
      registers,
    });
    this.latency = new Histogram({
      name: 'pact_http_request_duration_seconds',
      help: 'Time from the request to its response headers, by route template, method and status.',
      labelNames: ['route', 'method', 'status'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
    const { cache, compressed, pool } = sources;
    new Gauge({
      name: 'pact_body_cache_lookups',
      help: 'Lookups of serialized bodies since start, answered from the cache (hit) or not (miss).',
      labelNames: ['result'],
      registers,
      collect() {
        this.set({ result: 'hit' }, cache.hits);
        this.set({ result: 'miss' }, cache.misses);
      },
    });
    new Gauge({
      name: 'pact_body_cache_bytes',
      help: 'Bytes of serialized bodies held (bounded).',
      registers,
      collect() {
        this.set(cache.size);
      },
    });
    if (compressed)
      new Gauge({
        name: 'pact_compressed_cache_bytes',
        help: 'Bytes of compressed bodies held, by ETag and coding (bounded; idle ones dropped).',
        registers,
        collect() {
          this.set(compressed());
        },
      });
    if (pool)
      new Gauge({
        name: 'pact_db_pool_connections',
        help: 'PostgreSQL pool connections: open, idle, and requests waiting for one.',
        labelNames: ['state'],
        registers,
        collect() {
          const s = pool();
          if (!s) return;
          this.set({ state: 'total' }, s.total);
          this.set({ state: 'idle' }, s.idle);
          this.set({ state: 'waiting' }, s.waiting);
        },
      });
  }

  observe(method: string, path: string, status: number, seconds: number): void {
    const labels = { route: routeLabel(path), method: METHODS.has(method) ? method : 'other', status: String(status) };
    this.requests.inc(labels);
    this.latency.observe(labels, seconds);
  }
}
