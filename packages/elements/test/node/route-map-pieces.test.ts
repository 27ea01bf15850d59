// The pure pieces of <pact-route-map>: label placement, the arrowhead and star shapes, the keyed cache.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { placeLabels } from '../../src/route-map/labels.js';
import { arrowhead, polylinePath, star } from '../../src/route-map/marks.js';
import { KeyedCache, idOf } from '../../src/route-map/memo.js';

describe('route map labels', () => {
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
