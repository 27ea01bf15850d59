/**
 * The map model of a flow set other than the opiate routes (`<pact-route-map flows="cocaine">`:
 * the 2011 Paris Action Plan's transatlantic cocaine flows): its lines as approximate directions
 * (arrowheads, no waypoint dots: the points are placed arbitrarily inside their regions), its
 * information and operational centres, the networks it calls on, the text summary and the rows
 * of its tables. No country is marked: the plan names none as origin, transit or destination.
 * Pure: no DOM; tested in Node (test/node/route-map-flows.test.ts).
 */
import { cityOf, fallbackLang } from '../core/text-lang.js';
import { msg, str } from '@lit/localize';
import { text, type FlowSet, type OrganizationPartner, type PlanRole } from '@pact/sdk';
import { countText, type CountForms } from '../core/count.js';
import { formatList } from '../core/format.js';
import { planRoleLabel } from '../core/labels.js';
import type { LayoutInput, MapLayout } from './geometry.js';
import type { Centre, MapData, MapModel, RouteInfo } from './map-model.js';
import { centreOn } from './centre.js';
import { flowCaption, flowKeys, flowLegend, flowTable } from './flow-templates.js';

/** "3 approximate directions described in the 2011 Paris Action Plan." */
const LINES: CountForms = {
  zero: (n) =>
    msg(str`${n} approximate directions described in the 2011 Paris Action Plan.`, { id: 'flows.summary.zero' }),
  one: (n) =>
    msg(str`${n} approximate direction described in the 2011 Paris Action Plan.`, { id: 'flows.summary.one' }),
  two: (n) =>
    msg(str`${n} approximate directions described in the 2011 Paris Action Plan.`, { id: 'flows.summary.two' }),
  few: (n) =>
    msg(str`${n} approximate directions described in the 2011 Paris Action Plan.`, { id: 'flows.summary.few' }),
  many: (n) =>
    msg(str`${n} approximate directions described in the 2011 Paris Action Plan.`, { id: 'flows.summary.many' }),
  other: (n) =>
    msg(str`${n} approximate directions described in the 2011 Paris Action Plan.`, { id: 'flows.summary.other' }),
};

/** The organizations of `ids`, in that order (those missing from the data left out). */
function organizations(data: MapData, ids: readonly string[]): OrganizationPartner[] {
  const byId = new Map(data.partners.map((p) => [p.id, p]));
  return ids.flatMap((id) => {
    const p = byId.get(id);
    return p?.kind === 'organization' ? [p] : [];
  });
}

/** What the layout of a flow set is made from: its lines, fitted with its centres' seats. */
export function flowLayoutInput(
  data: MapData,
  set: FlowSet,
  width: number,
  height: number,
  padding: number,
): LayoutInput {
  return {
    countries: data.shapes,
    routes: set.lines.map((l) => ({ id: l.id, lines: [l.points.map((p) => [p.lon, p.lat])], countries: [] })),
    extent: organizations(data, set.centres).map((o) => [o.seat.lon, o.seat.lat]),
    width,
    height,
    padding,
  };
}

/** The model of a flow set on its layout, in `locale`. */
export function deriveFlowModel(data: MapData, set: FlowSet, locale: string, layout: MapLayout): MapModel {
  const routes = new Map<string, RouteInfo>(
    set.lines.map((l) => [l.id, { id: l.id, name: text(l.name, locale), summary: text(l.summary, locale) }]),
  );
  const centres: Centre[] = organizations(data, set.centres).map((org) =>
    centreOn(org, layout, locale, org.actionPlan ? planRoleLabel(org.actionPlan.role) : msg('Regional centre')),
  );
  const summary = [countText(locale, set.lines.length, LINES)];
  for (const l of set.lines) {
    const name = text(l.name, locale);
    const from = text(l.points[0]?.name, locale);
    const to = text(l.points[l.points.length - 1]?.name, locale);
    summary.push(msg(str`${name}: from ${from} to ${to}.`));
  }
  const named = (role: PlanRole) =>
    formatList(
      locale,
      centres
        .filter((c) => c.org.actionPlan?.role === role)
        .map((c) => `${c.org.acronym} (${cityOf(c.org.seat, locale)})`),
    );
  const info = named('information-centre');
  const operational = named('operational-centre');
  if (info) summary.push(msg(str`Information-exchange centres: ${info}.`));
  if (operational) summary.push(msg(str`Maritime operational centres: ${operational}.`));
  return {
    locale,
    selected: set.lines,
    layout,
    routes,
    countries: new Map(),
    order: [],
    routeOrder: new Map(),
    stops: new Map(),
    land: layout.countries.map((c) => c.d).join(''),
    marked: [],
    origin: undefined,
    centres,
    summary: summary.join(' '),
    disclaimers: [text(set.disclaimer, locale)].filter(Boolean),
    disclaimerLang: fallbackLang(set.disclaimer, locale),
    table: [],
    flowSet: set,
    networks: organizations(data, set.networks),
    flowViews: { legend: flowLegend, caption: flowCaption, table: flowTable, keys: flowKeys },
  };
}
