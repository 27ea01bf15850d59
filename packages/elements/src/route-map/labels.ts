/**
 * Placement of the map's text labels beside their points, clear of each other and of the
 * route lines. Pure arithmetic (tested in Node).
 */
export type LabelSide = 'right' | 'left' | 'above' | 'below';

export interface LabelRequest {
  key: string;
  x: number;
  y: number;
  text: string;
  /** Distance from the point to the text. */
  gap: number;
  /** The sides to try, in order (default right, left, above, below). */
  sides?: readonly LabelSide[];
  /** Placed even when it collides (the origin's label). */
  required?: boolean;
}

export interface PlacedLabel {
  key: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Greedy label placement: each label goes right of its point, else left, above or below,
 * wherever it neither overlaps a label already placed or an obstacle nor leaves the map. A
 * label with no free place is left out (its point keeps its tooltip and its line in the text
 * summary and the table), unless it is required. Text width is estimated from `fontSize`.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  width: number,
  height: number,
  fontSize: number,
  obstacles: readonly Box[] = [],
): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  const half = fontSize * 0.6;
  for (const r of requests) {
    const tw = r.text.length * fontSize * 0.56 + 4;
    const at: Record<LabelSide, PlacedLabel> = {
      right: { key: r.key, text: r.text, x: r.x + r.gap, y: r.y, anchor: 'start' },
      left: { key: r.key, text: r.text, x: r.x - r.gap, y: r.y, anchor: 'end' },
      above: { key: r.key, text: r.text, x: r.x, y: r.y - r.gap - half, anchor: 'middle' },
      below: { key: r.key, text: r.text, x: r.x, y: r.y + r.gap + half, anchor: 'middle' },
    };
    const candidates = (r.sides ?? (['right', 'left', 'above', 'below'] as const)).map((side) => at[side]);
    const box = (c: PlacedLabel): Box => {
      const x0 = c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - tw : c.x - tw / 2;
      return { x0, y0: c.y - half, x1: x0 + tw, y1: c.y + half };
    };
    const inside = (b: Box) => b.x0 >= 2 && b.y0 >= 2 && b.x1 <= width - 2 && b.y1 <= height - 2;
    const ok = candidates.find((c) => {
      const b = box(c);
      return inside(b) && !taken.some((t) => overlaps(t, b));
    });
    const chosen = ok ?? (r.required ? (candidates.find((c) => inside(box(c))) ?? candidates[0]) : undefined);
    if (!chosen) continue;
    taken.push(box(chosen));
    placed.push(chosen);
  }
  return placed;
}
