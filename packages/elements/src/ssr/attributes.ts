/**
 * What server rendering checks of its input before loading anything: the attributes an element
 * would only warn about in the browser (a wrong value the API never sees), and the render
 * parameters that are not attributes (`width` of `<pact-route-map>`, `cursor` of `<pact-projects>`).
 */
import { ROUTE_IDS } from '@pact/schema';
import { parseRoutes } from '../route-map/model.js';
import { RENDER_WIDTH } from '../route-map/server.js';

/** Refused attributes and tags, with the reason (the server answers a problem document naming it). */
export class SsrInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
    /** 400 for a wrong value, 404 for a record the API does not have (e.g. `partnership="nope"`). */
    readonly status: 400 | 404 = 400,
  ) {
    super(message);
    this.name = 'SsrInputError';
  }
}

/** The attributes and render parameters of one render, checked. */
export interface Checked {
  /** The element's attributes (without the render parameters). */
  attributes: Record<string, string>;
  /** `<pact-route-map>`: the width its map is drawn at. */
  width?: number;
  /** `<pact-projects>`: the API's cursor of the page shown first (a link to a further page). */
  cursor?: string;
}

const oneOf = (tag: string, name: string, value: string | undefined, allowed: readonly string[]) => {
  if (value !== undefined && !allowed.includes(value))
    throw new SsrInputError(
      name,
      `<${tag}> ${name}="${value}" is not one of: ${allowed.map((a) => `"${a}"`).join(', ')}.`,
    );
};

/** Takes the render parameters out of `attributes` and checks what the API does not check. */
export function checkAttributes(tag: string, attributes: Readonly<Record<string, string>>): Checked {
  const { width, cursor, ...rest } = attributes;
  if (tag === 'pact-route-map') {
    const { unknown } = parseRoutes(rest.routes);
    if (unknown.length)
      throw new SsrInputError(
        'routes',
        `<pact-route-map> routes="${rest.routes}": unknown route ${unknown.join(' ')}; use ${ROUTE_IDS.join(', ')}, separated by spaces.`,
      );
    oneOf(tag, 'flows', rest.flows, ['opiates', 'cocaine']);
    oneOf(tag, 'highlight', rest.highlight, ['', 'priority']);
    oneOf(tag, 'view', rest.view, ['map', 'table']);
    if (width === undefined) return { attributes: rest };
    const w = /^\d{1,5}$/.test(width) ? Number(width) : NaN;
    if (!(w >= RENDER_WIDTH.min && w <= RENDER_WIDTH.max))
      throw new SsrInputError(
        'width',
        `width="${width}": the width the map is drawn at, in pixels, from ${RENDER_WIDTH.min} to ${RENDER_WIDTH.max}.`,
      );
    return { attributes: rest, width: w };
  }
  if (tag === 'pact-projects') {
    if (cursor !== undefined && !/^[\w-]{1,200}$/.test(cursor))
      throw new SsrInputError('cursor', `cursor="${cursor.slice(0, 40)}" is not a cursor of the API.`);
    return { attributes: width === undefined ? rest : { ...rest, width }, ...(cursor ? { cursor } : {}) };
  }
  return { attributes: { ...attributes } };
}
