// The pure pieces of <pact-route-map>: label placement, the arrowhead and star shapes, the keyed cache.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { placeLabels, type Box, type LabelSide } from '../../src/route-map/labels.js';
import { arrowhead, polylinePath, star } from '../../src/route-map/marks.js';
import { KeyedCache, idOf } from '../../src/route-map/memo.js';

describe('route map labels', () => {
  // Font size 5 and five letters: each box is 18 × 6 (the width estimate, 5 × 5 × 0.56 + 4, is
  // exact in floating point), 3 above and below the label's baseline point.
  const one = (x: number, y: number, sides?: LabelSide[], obstacles: Box[] = [], required = false) =>
    placeLabels(
      [{ key: 'k', x, y, text: 'ABCDE', gap: 4, ...(sides && { sides }), required }],
      100,
      100,
      5,
      obstacles,
    ).map((l) => [l.anchor, l.x, l.y]);

  it('places a label on each side of its point, at the gap', () => {
    assert.deepEqual(one(50, 50, ['right']), [['start', 54, 50]]);
    assert.deepEqual(one(50, 50, ['left']), [['end', 46, 50]]);
    assert.deepEqual(one(50, 50, ['above']), [['middle', 50, 43]]);
    assert.deepEqual(one(50, 50, ['below']), [['middle', 50, 57]]);
  });

  it('keeps a label 2 pixels inside the map, exactly', () => {
    // Right: the box ends at x 98 (76 + 4 + 18) and fits; half a pixel further, the label goes left.
    assert.deepEqual(one(76, 50), [['start', 80, 50]]);
    assert.deepEqual(one(76.5, 50), [['end', 72.5, 50]]);
    // Left: the box starts at x 2.
    assert.deepEqual(one(24, 50, ['left']), [['end', 20, 50]]);
    assert.deepEqual(one(23.5, 50, ['left']), []);
    // Top and bottom: the box spans y ± 3.
    assert.deepEqual(one(50, 5, ['right']), [['start', 54, 5]]);
    assert.deepEqual(one(50, 4.5, ['right']), []);
    assert.deepEqual(one(50, 95, ['right']), [['start', 54, 95]]);
    assert.deepEqual(one(50, 95.5, ['right']), []);
    // Above and below: centred, 41 to 59 wide.
    assert.deepEqual(one(11, 50, ['above']), [['middle', 11, 43]]);
    assert.deepEqual(one(10.5, 50, ['above']), []);
    assert.deepEqual(one(89, 50, ['below']), [['middle', 89, 57]]);
    assert.deepEqual(one(89.5, 50, ['below']), []);
  });

  it('a box that only touches an obstacle is free; one that overlaps it by a tenth is not', () => {
    // The right box of (50, 50) is x 54 to 72, y 47 to 53.
    const right = [['start', 54, 50]];
    assert.deepEqual(one(50, 50, undefined, [{ x0: 72, y0: 0, x1: 90, y1: 100 }]), right);
    assert.deepEqual(one(50, 50, undefined, [{ x0: 10, y0: 0, x1: 54, y1: 100 }]), right);
    assert.deepEqual(one(50, 50, undefined, [{ x0: 0, y0: 53, x1: 100, y1: 60 }]), right);
    assert.deepEqual(one(50, 50, undefined, [{ x0: 0, y0: 40, x1: 100, y1: 47 }]), right);
    assert.deepEqual(one(50, 50, undefined, [{ x0: 71.9, y0: 0, x1: 90, y1: 100 }]), [['end', 46, 50]]);
    assert.deepEqual(one(50, 50, undefined, [{ x0: 10, y0: 47, x1: 54.1, y1: 53 }]), [['middle', 50, 43]]);
    // Both sides taken along y 47 to 53 (one band): above (y 40 to 46) is free.
    assert.deepEqual(one(50, 50, undefined, [{ x0: 0, y0: 52.9, x1: 100, y1: 60 }]), [['middle', 50, 43]]);
    assert.deepEqual(one(50, 50, undefined, [{ x0: 0, y0: 40, x1: 100, y1: 47.1 }]), [['middle', 50, 57]]);
  });

  it('a required label with no free place: on the first side inside the map, else the first side', () => {
    const wall = [{ x0: 0, y0: 0, x1: 100, y1: 100 }];
    assert.deepEqual(one(50, 50, undefined, wall), []);
    assert.deepEqual(one(50, 50, undefined, wall, true), [['start', 54, 50]]);
    assert.deepEqual(one(90, 50, ['right', 'left'], wall, true), [['end', 86, 50]]);
    assert.deepEqual(one(50, 1, ['right', 'left'], wall, true), [['start', 54, 1]]);
  });

  it('puts a label right of its point, else left, and leaves out one with no free place', () => {
    const placed = placeLabels(
      [
        { key: 'a', x: 100, y: 100, text: 'Alpha', gap: 10 },
        { key: 'b', x: 100, y: 100, text: 'Bravo', gap: 10, sides: ['right', 'left'] },
        { key: 'c', x: 100, y: 100, text: 'Charlie', gap: 10, sides: ['right', 'left'] },
      ],
      400,
      300,
      12,
    );
    assert.deepEqual(
      placed.map((l) => [l.key, l.anchor, l.x]),
      [
        ['a', 'start', 110],
        ['b', 'end', 90],
      ],
    );
  });

  it('keeps labels inside the map and off obstacles, except a required one', () => {
    const wall = [{ x0: 0, y0: 0, x1: 400, y1: 300 }];
    assert.deepEqual(
      placeLabels([{ key: 'a', x: 390, y: 150, text: 'Alpha', gap: 10, sides: ['right'] }], 400, 300, 12),
      [],
    );
    assert.deepEqual(placeLabels([{ key: 'a', x: 50, y: 150, text: 'Alpha', gap: 10 }], 400, 300, 12, wall), []);
    const [required] = placeLabels(
      [{ key: 'a', x: 50, y: 150, text: 'Alpha', gap: 10, sides: ['above', 'below'], required: true }],
      400,
      300,
      12,
      wall,
    );
    assert.equal(required?.anchor, 'middle');
    assert.ok((required?.y ?? 150) < 150, 'above its point');
  });
});

describe('route map marks', () => {
  it('joins polylines into one path', () => {
    assert.equal(
      polylinePath([
        [
          [0, 0],
          [10, 5],
        ],
        [
          [1, 1],
          [2, 2],
        ],
      ]),
      'M0,0L10,5M1,1L2,2',
    );
  });

  it('points an arrowhead along the last segment, past the end', () => {
    // Going right: the tip 3 px right of the end, the two back corners to the left of it.
    const right = arrowhead([
      [0, 0],
      [100, 0],
    ]);
    const [tip, c1, c2] = right
      .slice(1, -1)
      .split('L')
      .map((p) => p.split(',').map(Number));
    assert.deepEqual(tip, [103, 0]);
    assert.ok((c1?.[0] ?? 200) < 100 && (c2?.[0] ?? 200) < 100);
    assert.ok(Math.abs((c1?.[1] ?? 0) + (c2?.[1] ?? 0)) < 0.2, 'symmetric about the line');
    // A last segment under 6 px does not decide the direction: the point before it does.
    const hook = arrowhead([
      [0, 0],
      [100, 0],
      [101, 3],
    ]);
    assert.ok(hook.startsWith('M104.0,3.'), hook);
  });

  it('an arrowhead exactly: its tip 3 px past the end, its sides 11 px at ±2.7 rad, from a point at least 6 px back', () => {
    const corners = (line: [number, number][], size?: number) =>
      arrowhead(line, size)
        .slice(1, -1)
        .split('L')
        .map((p) => p.split(',').map(Number));
    const at = (x: number, y: number, a: number, r: number) =>
      [x + r * Math.cos(a), y + r * Math.sin(a)].map((n) => Number(n.toFixed(1)));
    const expected = (x: number, y: number, a: number, size = 11) => [
      at(x, y, a, 3),
      at(x, y, a + 2.7, size),
      at(x, y, a - 2.7, size),
    ];
    assert.deepEqual(
      corners([
        [0, 0],
        [100, 0],
      ]),
      expected(100, 0, 0),
    );
    assert.deepEqual(
      corners([
        [10, 10],
        [40, 50],
      ]),
      expected(40, 50, Math.atan2(40, 30)),
    );
    assert.deepEqual(
      corners(
        [
          [50, 50],
          [20, 50],
        ],
        20,
      ),
      expected(20, 50, Math.PI, 20),
    );
    // The point exactly 6 px back decides (not the one before it).
    assert.deepEqual(
      corners([
        [0, 60],
        [94, 50],
        [100, 50],
      ]),
      expected(100, 50, 0),
    );
    // Two points under 6 px back are passed over.
    assert.deepEqual(
      corners([
        [0, 50],
        [100, 50],
        [103, 50],
        [104, 52],
      ]),
      expected(104, 52, Math.atan2(2, 104)),
    );
    // A whole line under 6 px: its first point; a single point: to the right.
    assert.deepEqual(
      corners([
        [10, 10],
        [12, 13],
      ]),
      expected(12, 13, Math.atan2(3, 2)),
    );
    assert.deepEqual(corners([[5, 5]]), expected(5, 5, 0));
  });

  it('a star’s ten corners exactly: outer and inner by turns, 36° apart, from the top', () => {
    const corners = star([50, 40], 10, 4)
      .slice(1, -1)
      .split('L')
      .map((p) => p.split(',').map(Number));
    const expected = Array.from({ length: 10 }, (_, i) => {
      const r = i % 2 ? 4 : 10;
      const a = ((36 * i - 90) * Math.PI) / 180;
      return [50 + r * Math.cos(a), 40 + r * Math.sin(a)].map((n) => Number(n.toFixed(1)));
    });
    assert.deepEqual(corners, expected);
  });

  it('draws a five-pointed star, point up', () => {
    const corners = star([50, 50])
      .slice(1, -1)
      .split('L')
      .map((p) => p.split(',').map(Number));
    assert.equal(corners.length, 10);
    assert.deepEqual(corners[0], [50, 42]);
    const radii = corners.map(([x = 0, y = 0]) => Math.round(Math.hypot(x - 50, y - 50) * 10) / 10);
    assert.deepEqual(radii, [8, 3.2, 8, 3.2, 8, 3.2, 8, 3.2, 8, 3.2]);
  });
});

describe('keyed cache', () => {
  it('makes a value once per key and drops the least recently used beyond its size', () => {
    const cache = new KeyedCache<number>(2);
    let made = 0;
    const get = (key: string) => cache.get(key, () => ++made);
    assert.equal(get('a'), 1);
    assert.equal(get('a'), 1);
    assert.equal(get('b'), 2);
    get('a'); // a is now the most recent
    assert.equal(get('c'), 3); // drops b
    assert.equal(get('a'), 1);
    assert.equal(get('b'), 4);
    assert.equal(made, 4);
  });

  it('names objects by identity', () => {
    const a = {};
    assert.equal(idOf(a), idOf(a));
    assert.notEqual(idOf(a), idOf({}));
  });
});
