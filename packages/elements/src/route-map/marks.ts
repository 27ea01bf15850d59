/**
 * The shapes the map draws over its layout, as SVG path data in view pixels: the route lines,
 * the arrowhead at the end of each line, the origin's star. Pure (tested in Node).
 */
export type Point = [number, number];

const fixed = (n: number) => n.toFixed(1);

/** One path through polylines: `M x,y L x,y …` for each. */
export function polylinePath(lines: readonly (readonly Point[])[]): string {
  return lines.map((l) => `M${l.map((p) => p.join(',')).join('L')}`).join('');
}

/**
 * An arrowhead at the end of a polyline, pointing the way it goes (the direction of the flow,
 * told without colour): its tip 3 pixels past the end, its sides `size` long. The direction is
 * taken from a point at least 6 pixels back, so that a last short segment does not skew it.
 */
export function arrowhead(line: readonly Point[], size = 11): string {
  const [x1, y1] = line[line.length - 1] ?? [0, 0];
  let [x0, y0] = line[line.length - 2] ?? [x1, y1];
  for (let i = line.length - 2; i >= 0 && Math.hypot(x1 - x0, y1 - y0) < 6; i--) [x0, y0] = line[i] ?? [x0, y0];
  const a = Math.atan2(y1 - y0, x1 - x0);
  const p = (angle: number, r: number) => `${fixed(x1 + r * Math.cos(angle))},${fixed(y1 + r * Math.sin(angle))}`;
  return `M${p(a, 3)}L${p(a + 2.7, size)}L${p(a - 2.7, size)}Z`;
}

/** A five-pointed star centred on [x, y], point up: outer radius `outer`, inner `inner`. */
export function star([x, y]: Point, outer = 8, inner = 3.2): string {
  const points = Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 ? inner : outer;
    const a = (Math.PI / 5) * i - Math.PI / 2;
    return `${fixed(x + r * Math.cos(a))},${fixed(y + r * Math.sin(a))}`;
  });
  return `M${points.join('L')}Z`;
}
