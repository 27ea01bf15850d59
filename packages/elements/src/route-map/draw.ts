/**
 * What the map draws over its countries at the current zoom and pan, in view pixels: the route
 * lines with their arrowheads and waypoints, the origin's star, the regional centres and the
 * labels placed clear of them. Pure: the view is given as a function from map coordinates
 * (zoom 1) to view pixels (tested in Node).
 */
import { placeLabels, type Box, type LabelRequest, type PlacedLabel } from './labels.js';
import type { Centre, MapModel } from './map-model.js';
import { arrowhead, polylinePath, star, type Point } from './marks.js';
import type { Target } from './templates.js';

/** Font size of the labels, in pixels (their width is estimated from it). */
export const LABEL_SIZE = 12;

export interface DrawnRoute {
  /** A route's id, or a flow line's. */
  id: string;
  /** The route's lines, one path. */
  path: string;
  /** An arrowhead at the end of each line, one path. */
  heads: string;
  /** Its waypoints. */
  stops: Point[];
}

export interface DrawnMap {
  routes: DrawnRoute[];
  /** The star on the origin, or '' when the origin is not drawn. */
  origin: string;
  /** The regional centres inside the map, where they are drawn (none unless `centres` is on). */
  centres: { centre: Centre; at: Point }[];
  labels: PlacedLabel[];
}

export function drawMap(d: MapModel, toView: (p: Point) => Point): DrawnMap {
  const routes = d.layout.routes.map((r): DrawnRoute => {
    const shown = r.lines.map((l) => l.map(toView));
    return {
      id: r.id,
      path: polylinePath(shown),
      heads: shown.map((l) => arrowhead(l)).join(''),
      stops: (d.stops.get(r.id) ?? []).map(toView),
    };
  });
  const centres = d.centres.flatMap((centre) => (centre.point ? [{ centre, at: toView(centre.point) }] : []));
  const originAt = d.origin ? toView([d.origin.x, d.origin.y]) : null;

  // Labels: the origin's name (always), the centres' acronyms where there is room, away from the
  // star, the centres and the route lines (sampled every few pixels).
  const requests: LabelRequest[] = [];
  const obstacles: Box[] = [];
  const originInfo = d.countries.get(d.origin?.iso3 ?? '');
  if (originAt && originInfo) {
    const [x, y] = originAt;
    obstacles.push({ x0: x - 9, y0: y - 9, x1: x + 9, y1: y + 9 });
    requests.push({
      key: 'origin',
      x,
      y,
      text: originInfo.name,
      gap: 11,
      sides: ['above', 'below', 'left', 'right'] as const,
      required: true,
    });
  }
  for (const r of d.layout.routes) {
    for (const line of r.lines) {
      let last: Point | undefined;
      for (const p of line) {
        const [x, y] = toView(p);
        if (last) {
          const steps = Math.ceil(Math.hypot(x - last[0], y - last[1]) / 6);
          for (let i = 1; i <= steps; i++) {
            const sx = last[0] + ((x - last[0]) * i) / steps;
            const sy = last[1] + ((y - last[1]) * i) / steps;
            obstacles.push({ x0: sx - 2, y0: sy - 2, x1: sx + 2, y1: sy + 2 });
          }
        }
        last = [x, y];
      }
    }
  }
  for (const { centre, at } of centres) {
    const [x, y] = at;
    obstacles.push({ x0: x - 7, y0: y - 7, x1: x + 7, y1: y + 7 });
    requests.push({ key: centre.org.id, x, y, text: centre.org.acronym, gap: 10 });
  }
  return {
    routes,
    origin: originAt ? star(originAt) : '',
    centres,
    labels: placeLabels(requests, d.layout.width, d.layout.height, LABEL_SIZE, obstacles),
  };
}

/** Where the tooltip of a focused country or route points, in view pixels. */
export function tipAnchor(d: MapModel, t: Target, toView: (p: Point) => Point): Point | null {
  if (t.kind === 'country') {
    const c = d.layout.countries.find((x) => x.iso3 === t.iso3);
    return c ? toView([c.x, c.y]) : null;
  }
  if (t.kind === 'route') {
    const lines = d.layout.routes.find((r) => r.id === t.id)?.lines ?? [];
    const longest = lines.reduce<Point[]>((a, b) => (b.length > a.length ? b : a), []);
    const mid = longest[Math.floor(longest.length / 2)];
    return mid ? toView(mid) : null;
  }
  return null;
}

/**
 * The tooltip's offset in the view (for a CSS `translate`): centred above the anchor, else below
 * it, always inside the view. In a right-to-left view it is laid out from the right edge.
 */
export function tipPlacement(
  anchor: Point,
  view: { w: number; h: number },
  tip: { w: number; h: number },
  rtl: boolean,
): Point {
  const x = Math.min(Math.max(4, anchor[0] - tip.w / 2), Math.max(4, view.w - tip.w - 4));
  let y = anchor[1] - tip.h - 14;
  if (y < 4) y = Math.min(anchor[1] + 18, Math.max(4, view.h - tip.h - 4));
  return [Math.round(rtl ? x - (view.w - tip.w) : x), Math.round(y)];
}

/**
 * Places the tooltip of `root` (a `.tooltip` over a `.viewport`) by `anchor`, with CSSOM
 * (allowed by a strict CSP, unlike style attributes); hides it without an anchor.
 */
export function placeTip(root: ParentNode, anchor: Point | null): void {
  const tip = root.querySelector<HTMLElement>('.tooltip');
  const viewport = root.querySelector<HTMLElement>('.viewport');
  if (!tip || !viewport || tip.hidden) return;
  if (!anchor) {
    tip.hidden = true;
    return;
  }
  const at = tipPlacement(
    anchor,
    { w: viewport.clientWidth, h: viewport.clientHeight },
    { w: tip.offsetWidth, h: tip.offsetHeight },
    getComputedStyle(viewport).direction === 'rtl',
  );
  tip.style.setProperty('translate', `${at[0]}px ${at[1]}px`);
}
