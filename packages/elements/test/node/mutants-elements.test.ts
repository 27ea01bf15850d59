// What the mutation bench found untested in the elements' pure modules (bench/mutation-reports/
// elements-survivors.md has the verdict of each mutant): the route map's path builder used without
// start(), and rings wholly beyond one edge of the map that the shortening of off-screen runs does
// not already leave out (route-map/planar.ts); the keyed cache's has() (route-map/memo.ts); a
// text whose language is there without a string (core/text-lang.ts); a project's dates given as
// timestamps (projects/format.ts); and the flow model's wording in translated catalogs, a centre
// without a part in the Paris Action Plan, and the flow map's own caption (route-map/flow-model.ts).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { isFlowSet, isPartner } from '@pact/schema';
import { text, type FlowSet, type LocalizedText } from '@pact/sdk';
import { catalogReady, withLocale, type UiLocale } from '../../src/core/i18n.js';
import { fallbackLang } from '../../src/core/text-lang.js';
import { dateRangeText } from '../../src/projects/format.js';
import { deriveFlowModel } from '../../src/route-map/flow-model.js';
import type { MapLayout } from '../../src/route-map/geometry.js';
import type { MapData } from '../../src/route-map/map-model.js';
import { KeyedCache } from '../../src/route-map/memo.js';
import { PathBuilder } from '../../src/route-map/planar.js';
import { caption } from '../../src/route-map/templates.js';

/** The path of one ring on a 100 × 100 map, begun with start() or, as a new builder allows, without. */
function ring(points: [number, number][], start = true): string {
  const b = new PathBuilder(100, 100);
  if (start) b.start();
  for (const [x, y] of points) b.point(x, y);
  b.end();
  return b.d;
}

describe('route map path builder: its first ring, and rings wholly beyond one edge', () => {
  it('draws the first ring of a new builder without start() as it would after start()', () => {
    assert.equal(
      ring(
        [
          [10, 10],
          [20, 10],
          [20, 20],
        ],
        false,
      ),
      'M10,10L20,10L20,20Z',
    );
    // Its box starts empty too: a ring under a pixel is left out.
    assert.equal(
      ring(
        [
          [0, 0],
          [0.5, 0],
          [0.5, 0.4],
        ],
        false,
      ),
      '',
    );
  });

  it('leaves out a ring beyond one edge even when three of its points are written', () => {
    // The run beyond the corner narrows to the edge its second point is beyond, so the ring's
    // third point, beyond both again, ends that run and is written with the fourth: three points
    // written, all beyond the same edge (their line is off the map), the second one not written.
    const left: [number, number][] = [
      [-20, -20],
      [50, -20],
      [-20, -30],
      [-20, 50],
    ];
    const right: [number, number][] = [
      [120, -20],
      [50, -20],
      [120, -30],
      [120, 50],
    ];
    const top: [number, number][] = [
      [-20, -20],
      [-20, 50],
      [-30, -20],
      [50, -20],
    ];
    const bottom: [number, number][] = [
      [-20, 120],
      [-20, 50],
      [-30, 120],
      [50, 120],
    ];
    assert.deepEqual([ring(left), ring(right), ring(top), ring(bottom)], ['', '', '', '']);
    // The same rings moved onto the map by 30 pixels are drawn, as the three points written.
    const moved = (points: [number, number][], dx: number, dy: number) =>
      ring(points.map(([x, y]): [number, number] => [x + dx, y + dy]));
    assert.equal(moved(left, 30, 0), 'M10,-20L10,-30L10,50Z');
    assert.equal(moved(bottom, 0, -30), 'M-20,90L-30,90L50,90Z');
  });
});

describe('route map keyed cache: has()', () => {
  it('tells whether a key is cached: not before its value is made, yes after, not once it is dropped', () => {
    const cache = new KeyedCache<string>(1);
    assert.equal(cache.has('a'), false);
    cache.get('a', () => 'A');
    assert.equal(cache.has('a'), true);
    cache.get('b', () => 'B');
    assert.deepEqual([cache.has('a'), cache.has('b')], [false, true]);
  });
});

describe('core/text-lang: a language without a string', () => {
  it('counts a language whose value is not a string as missing, as text() does', () => {
    // As a page's script may build it: French left undefined, Russian null.
    const name = { en: 'Paris Pact', fr: undefined, ru: null } as unknown as LocalizedText;
    assert.equal(text(name, 'fr'), 'Paris Pact');
    assert.equal(fallbackLang(name, 'fr'), 'en');
    assert.equal(fallbackLang(name, 'ru'), 'en');
    const noEnglish = { en: 7, de: 'Pariser Pakt' } as unknown as LocalizedText;
    assert.equal(text(noEnglish, 'fr'), 'Pariser Pakt');
    assert.equal(fallbackLang(noEnglish, 'fr'), 'de');
  });
});

describe('projects/format: a date range given as timestamps', () => {
  it('shows the calendar days of two timestamps as one range, like two dates', () => {
    const TO = '\u2009–\u2009';
    assert.equal(dateRangeText('en', '2023-01-01T00:00:00Z', '2026-07-31T23:59:59Z'), `Jan 1, 2023${TO}Jul 31, 2026`);
    assert.equal(dateRangeText('en', '2023-01-01', '2026-07-31'), `Jan 1, 2023${TO}Jul 31, 2026`);
  });
});

describe('route map: the flow model in other languages and with other centres', () => {
  const json = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
  const partners = (json('../../../api/data/partners.json') as unknown[]).filter(isPartner);
  const flowSet = (json('../../../api/data/flows.json') as unknown[]).find(isFlowSet) as FlowSet;
  // No shapes and no projection: what is said of the lines and centres does not depend on them.
  const layout: MapLayout = { width: 800, height: 600, countries: [], routes: [], project: () => null };
  const data: MapData = { routes: [], partners, shapes: [], layoutMap: () => layout, flowSet };
  const model = (set: FlowSet, locale: UiLocale) =>
    withLocale(locale, () => deriveFlowModel(data, set, locale, layout));

  before(async () => {
    for (const locale of ['ar', 'ru', 'fr'] as const) await catalogReady(locale);
  });

  it('counts its directions in each plural form of the reader’s language', () => {
    const counted = (locale: UiLocale, n: number) => {
      const lines = Array.from({ length: n }, (_, i) => ({ ...flowSet.lines[i % 3]!, id: `line-${i}` }));
      return model({ ...flowSet, lines }, locale).summary.split('. ')[0];
    };
    // zero (Arabic 0), one (Russian 1), two (Arabic 2), few (Russian 3), many (Russian 5), other (French 3).
    assert.deepEqual(
      [counted('ar', 0), counted('ru', 1), counted('ar', 2), counted('ru', 3), counted('ru', 5), counted('fr', 3)],
      [
        '0 اتجاه تقريبي ورد في خطة عمل باريس لعام 2011',
        '1 примерное направление, описанное в Парижском плане действий 2011 года',
        '2 اتجاهان تقريبيان وردا في خطة عمل باريس لعام 2011',
        '3 примерных направления, описанных в Парижском плане действий 2011 года',
        '5 примерных направлений, описанных в Парижском плане действий 2011 года',
        '3 directions approximatives décrites dans le plan d’action de Paris de 2011',
      ],
    );
  });

  it('calls a centre without a part in the Paris Action Plan a regional centre, and names it in no part', () => {
    const m = model({ ...flowSet, centres: ['unodc', 'maoc-n'] }, 'en');
    assert.deepEqual(
      m.centres.map((c) => [c.org.id, c.role]),
      [
        ['unodc', 'Regional centre'],
        ['maoc-n', 'Maritime operational centre'],
      ],
    );
    assert.ok(m.summary.endsWith('. Maritime operational centres: MAOC (N) (Lisbon).'), m.summary);
    assert.ok(!m.summary.includes('UNODC'), m.summary);
  });

  it('has the flow map’s own caption: approximate directions, not actual routes', () => {
    /** The text of a lit template: its strings and values, tags and spacing left out. */
    const textOf = (v: unknown): string => {
      if (Array.isArray(v)) return v.map(textOf).join('');
      if (typeof v === 'string' || typeof v === 'number') return String(v);
      if (v && typeof v === 'object' && 'strings' in v && 'values' in v) {
        const { strings, values } = v as { strings: readonly string[]; values: readonly unknown[] };
        return strings.map((s, i) => s + (i < values.length ? textOf(values[i]) : '')).join('');
      }
      return '';
    };
    const shown = textOf(caption(model(flowSet, 'en')))
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    assert.equal(
      shown,
      'Approximate directions described in the 2011 Paris Action Plan; not actual trafficking routes. ' +
        `${flowSet.disclaimer.en} ` +
        'Boundaries and names shown do not imply official endorsement or acceptance.',
    );
  });
});
