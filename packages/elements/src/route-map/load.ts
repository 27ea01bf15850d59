/**
 * What `<pact-route-map>` loads: the routes, the world topology and the partners from the API,
 * and the geometry chunk (d3-geo, topojson-client) with them; records that break the schema are
 * left out with a warning.
 */
import { isFlowSet, isPartner } from '@pact/schema';
import {
  PactSchemaError,
  type CountryPartner,
  type FlowSet,
  type PactReader,
  type Partner,
  type Route,
} from '@pact/sdk';
import { keepValid } from '../core/data-controller.js';
import { warmIntl } from '../core/format.js';
import type { CountryShape, LayoutInput, MapLayout } from './geometry.js';
import { runInSlices, yieldToMain } from './idle.js';
import { isRoute } from './model.js';
import { mapRequests } from './first-requests.js';

/**
 * Performance marks (only marks: nothing is measured unless a tool reads them): the routes,
 * topology and partners received (before anything is computed from them), and the map or table
 * painted (after the update, an animation frame and a task). bench/route-map.mjs measures
 * between the two.
 */
export const MARK_RECEIVED = 'pact-route-map:received';
export const MARK_RENDERED = 'pact-route-map:rendered';

export interface Loaded {
  routes: Route[];
  /** The flow set drawn instead of the opiate routes (flows="cocaine"). */
  flowSet?: FlowSet;
  partners: Partner[];
  shapes: CountryShape[];
  /** geometry.ts's `layoutMap` and `layoutSteps`, loaded with the data. */
  layoutMap: (input: LayoutInput) => MapLayout;
  layoutSteps: (input: LayoutInput) => Generator<void, MapLayout>;
  /** The lazily loaded chunk (geometry.ts): the map model and the drawing code. */
  lib: Geometry;
  /** What the map model is given: the same, with only the high-confidence priority flags (see {@link priorityFlags}). */
  model: Omit<Loaded, 'lib' | 'model' | 'flags'>;
  /** The priority flags, confirmed (high confidence) and presumed, for the table view. */
  flags: PriorityFlags;
}

export interface PriorityFlags {
  confirmed: CountryPartner[];
  presumed: CountryPartner[];
}

/**
 * No official list of Paris Pact priority countries exists; the dataset holds each flag with a
 * confidence. The map highlights only the flags held with high confidence; the others are
 * "presumed" and listed, with the basis of every flag, in the table view.
 */
export function priorityFlags(partners: readonly Partner[]): PriorityFlags & { highlighted: Partner[] } {
  const flags: PriorityFlags = { confirmed: [], presumed: [] };
  const highlighted = partners.map((p) => {
    if (p.kind !== 'country' || p.priority.value !== true) return p;
    if (p.priority.confidence === 'high') {
      flags.confirmed.push(p);
      return p;
    }
    flags.presumed.push(p);
    return { ...p, priority: { ...p.priority, value: null } };
  });
  return { ...flags, highlighted };
}

export type Geometry = typeof import('./geometry.js');

/**
 * The map's data; `onRoutes` is given the valid routes as soon as they arrive. With `cocaine`, the 2011 Paris Action Plan's flow set too (GET /v1/flows): a
 * response without it, or with a broken one, is an error (the map would otherwise draw nothing
 * and say nothing).
 */
export async function loadMap(
  client: PactReader,
  signal: AbortSignal,
  locale: string,
  tag: string,
  cocaine = false,
  onRoutes?: (routes: Route[]) => void,
): Promise<Loaded> {
  // The page's first Intl formatters, one per task, while the requests are out (core/format.ts):
  // made inside the render that first formats a list (the caption), they made it one long task
  // on a phone (174 ms under a 4× CPU slowdown).
  const intl = warmIntl(locale);
  const requests = mapRequests(client, signal, cocaine);
  // The routes alone (a few kB) arrive long before the outlines (65 kB): enough for the caption.
  // Records that break the schema are left out here and reported once, below. The caption and
  // legend they give format nothing, so they do not wait for the formatters above (issue 18).
  if (onRoutes)
    requests[0].then(
      (r) => onRoutes(r.data.filter(isRoute)),
      () => {},
    );
  const [routes, topology, partners, flows, geometry] = await Promise.all([...requests, import('./geometry.js'), intl]);
  performance.mark(MARK_RECEIVED);
  // The last answer's parsing was a task of its own: decode the shapes in the next ones.
  await yieldToMain();
  const shapes = await runInSlices(geometry.countryShapeSteps(topology));
  if (!shapes) {
    throw new PactSchemaError(`${client.baseUrl}/geo/countries`, {
      path: '/objects/countries',
      rule: 'type',
      message: 'must be a TopoJSON GeometryCollection of countries',
    });
  }
  const valid = keepValid(tag, partners.data, isPartner, partners.invalid);
  const flowSet = flows?.data.find((f) => f.id === 'transatlantic-cocaine');
  if (flows && !isFlowSet(flowSet)) {
    throw new PactSchemaError(`${client.baseUrl}/flows`, {
      path: '/data',
      rule: 'contains',
      message: 'must hold the flow set "transatlantic-cocaine" with its lines',
    });
  }
  const { highlighted, ...flags } = priorityFlags(valid);
  const data = {
    routes: keepValid(tag, routes.data, isRoute, routes.invalid),
    shapes,
    layoutMap: geometry.layoutMap,
    layoutSteps: geometry.layoutSteps,
    ...(flowSet ? { flowSet } : {}),
  };
  return { ...data, partners: valid, lib: geometry, model: { ...data, partners: highlighted }, flags };
}
