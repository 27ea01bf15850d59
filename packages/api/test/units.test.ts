// Small modules of the API, one function at a time, each against what it is specified to give:
// the calendar file of an event (content/ics.ts, RFC 5545), the CDN's cache tags (surrogate.ts),
// the folded text searches match (fold.ts) and the hash of ETags and cursors (hash.ts). Written for
// the mutants a run over these files left (bench/README.md, "Where the api stands").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RECORD_KINDS, type Partner, type TimelineEvent } from '@pact/schema';
import { cityNames, withPlaceNames } from '../src/place-names.js';
import { escapeText, eventCalendar, fold as foldLine, noCalendarReason } from '../src/content/ics.js';
import { purgeKeys, surrogateKeys } from '../src/surrogate.js';
import { fold, searchText } from '../src/fold.js';
import { hash } from '../src/hash.js';
import { negotiate } from '../src/encoding.js';
import { comment, el, text, xmlDocument } from '../src/iati/xml.js';
import { canonicalJson, mergePatch, type JsonValue } from '../src/db/json.js';

const meeting: TimelineEvent = {
  id: 'unit-meeting',
  kind: 'policy-consultative-group-meeting',
  partnerships: ['paris-pact'],
  title: { en: 'Policy Consultative Group; Vienna, 2006', fr: 'Groupe consultatif; Vienne, 2006' },
  summary: { en: 'Line one\nline two' },
  date: { value: '2006-12-30', precision: 'day' },
  end: { value: '2006-12-31', precision: 'day' },
  place: { city: { en: 'Vienna', fr: 'Vienne' }, country: 'aut', mode: 'in-person' },
  sources: [{ title: 'Minutes' }, { title: 'Report', url: 'https://example.org/r' }],
  note: { en: 'A note.' },
};
const lines = (ics: string) => {
  assert.ok(ics.endsWith('\r\n'), 'the file ends with CRLF');
  return ics.slice(0, -2).split('\r\n');
};

test('an event as a calendar file: every line, in French where the texts have it, English where not', () => {
  const ics = eventCalendar(meeting, 'fr', new Date('2026-11-22T10:20:30.456Z'));
  assert.deepEqual(lines(ics), [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Pact Embed//Pact coordination API//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    'UID:unit-meeting@pact-embed.org',
    'DTSTAMP:20261122T102030Z',
    'DTSTART;VALUE=DATE:20061230',
    'DTEND;VALUE=DATE:20070101', // the day after the last, across a year's end
    'SUMMARY;LANGUAGE=fr:Groupe consultatif\\; Vienne\\, 2006',
    'DESCRIPTION;LANGUAGE=en:Line one\\nline two\\n\\nA note.\\n\\nMinutes\\nReport: h', // 75 octets
    ' ttps://example.org/r',
    'LOCATION:Vienne',
    'URL;VALUE=URI:https://example.org/r',
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
});

test('a calendar file without a place or an address has no LOCATION or URL; a virtual event is "online"', () => {
  const bare: TimelineEvent = { ...meeting, place: undefined, sources: [{ title: 'Minutes' }], end: undefined };
  const one = lines(eventCalendar(bare, 'en', new Date('2026-11-22T00:00:00Z')));
  assert.deepEqual(one.slice(8, -3), [
    'DTSTART;VALUE=DATE:20061230',
    'DTEND;VALUE=DATE:20061231', // a one-day event ends the next day
    'SUMMARY;LANGUAGE=en:Policy Consultative Group\\; Vienna\\, 2006',
    'DESCRIPTION;LANGUAGE=en:Line one\\nline two\\n\\nA note.\\n\\nMinutes',
  ]);
  const online = (place: TimelineEvent['place']) =>
    lines(eventCalendar({ ...bare, place }, 'en', new Date(0))).find((l) => l.startsWith('LOCATION'));
  assert.equal(online({ mode: 'virtual' }), 'LOCATION:online');
  assert.equal(online({ city: { en: 'Vienna' }, mode: 'virtual' }), 'LOCATION:Vienna\\, online');
  assert.equal(online({ city: { en: 'Vienna' }, mode: 'hybrid' }), 'LOCATION:Vienna');
  assert.equal(online({ country: 'aut' }), undefined);
  const noNote = lines(eventCalendar({ ...bare, note: undefined }, 'en', new Date(0)));
  assert.ok(noNote.includes('DESCRIPTION;LANGUAGE=en:Line one\\nline two\\n\\nMinutes'), noNote.join('\n'));
});

test('TEXT values escape backslash, semicolon, comma and every line break', () => {
  assert.equal(escapeText('a\\b;c,d\ne\r\nf\rg'), 'a\\\\b\\;c\\,d\\ne\\nf\\ng');
});

test('content lines fold at 75 octets, never inside a character; a continuation counts its space', () => {
  const x = (n: number) => 'x'.repeat(n);
  assert.equal(foldLine(x(75)), x(75));
  assert.equal(foldLine(x(76)), `${x(75)}\r\n x`);
  assert.equal(foldLine(x(74) + 'é'), `${x(74)}\r\n é`, 'the two octets of é stay together');
  assert.equal(foldLine(x(73) + 'é'), `${x(73)}é`);
  assert.equal(foldLine(x(150)), `${x(75)}\r\n ${x(74)}\r\n x`);
});

test('only an event known to the day, to its last day, has a calendar file', () => {
  assert.equal(noCalendarReason(meeting), null);
  assert.equal(noCalendarReason({ ...meeting, end: undefined }), null);
  assert.match(noCalendarReason({ ...meeting, end: { value: '2007-01', precision: 'month' } }) ?? '', /dated only/);
  assert.equal(
    noCalendarReason({ ...meeting, date: { value: '2006-12', precision: 'month' }, end: undefined }),
    'The event "unit-meeting" is dated only to the month (2006-12); a calendar file needs the day, so none is served. Its date and a note on it are in /v1/events/unit-meeting.',
  );
});

test("each public read's cache tags name what it is made from; a write purges its record and its kind", () => {
  const expected: Record<string, string[]> = {
    '/v1/partners': ['partner'],
    '/v1/pillars': ['pillar'],
    '/v1/routes': ['route'],
    '/v1/flows': [],
    '/v1/projects': ['project'],
    '/v1/projects.iati.xml': ['project', 'partner', 'pillar', 'meta'],
    '/v1/partnerships': ['partnership', 'partner'],
    '/v1/events': ['event'],
    '/v1/geo/countries': [],
    '/v1/meta': [...RECORD_KINDS],
    '/v1/openapi.json': [],
  };
  for (const [path, keys] of Object.entries(expected)) assert.deepEqual(surrogateKeys(path), ['pact', ...keys], path);
  const records: [string, string, string[]][] = [
    ['/v1/partners/{id}', 'kaz', ['partner/kaz']],
    ['/v1/pillars/{n}', '2', ['pillar/2']],
    ['/v1/routes/{id}', 'balkan', ['route/balkan']],
    ['/v1/projects/{id}', 'prj-0001', ['project/prj-0001']],
    ['/v1/partnerships/{id}', 'osce', ['partnership/osce', 'partner']],
    ['/v1/events/{id}', 'pcg-1', ['event/pcg-1']],
    ['/v1/events/{id}.ics', 'pcg-1.ics', ['event/pcg-1', 'meta']],
  ];
  for (const [path, id, keys] of records) assert.deepEqual(surrogateKeys(path, id), ['pact', ...keys], path);
  assert.deepEqual(surrogateKeys('/v1/events/{id}.ics'), ['pact', 'event', 'meta'], 'without an id, the kinds');
  assert.deepEqual(surrogateKeys('/v1/unknown'), ['pact'], 'a path the table does not know: everything');
  assert.deepEqual(purgeKeys('partner', 'kaz'), ['partner/kaz', 'partner']);
});

test('search folding: case, accents, script variants, separators', () => {
  const cases: [string, string][] = [
    ['Türkiye', 'turkiye'],
    ['ÉTAT', 'etat'],
    ['ﬁnance', 'finance'], // a ligature, by NFKD
    ['Straße', 'strasse'],
    ['Øresund', 'oresund'],
    ['œuvre', 'oeuvre'],
    ['Æsir', 'aesir'],
    ['Łódź', 'lodz'],
    ['Iı', 'ii'],
    ['Алёша', 'алеша'],
    ['مـصر', 'مصر'], // the tatweel is no letter
    ['مصطفى', 'مصطفي'], // alif maqsura as ya
    ['  Bosnia -- and\u2013Herzegovina’s\t ', 'bosnia and herzegovina s'],
  ];
  for (const [given, folded] of cases) assert.equal(fold(given), folded, given);
  assert.equal(
    searchText(
      [
        { en: 'Ab', fr: undefined },
        { en: 'Cd', fr: 'Éf' },
      ],
      ['KZ'],
    ),
    'ab\u0001cd\u0001ef\u0001kz',
    'each text once, apart from the next; no "undefined"',
  );
});

test('the hash of ETags and cursors is cyrb53 (its published values), and its seed changes it', () => {
  const published: [string, number][] = [
    ['a', 7929297801672961],
    ['b', 8684336938537663],
    ['revenge', 4051478007546757],
    ['revenue', 8309097637345594],
  ];
  for (const [s, value] of published) assert.equal(hash(s), value.toString(36), s);
  assert.notEqual(hash('a', 1), hash('a'));
  assert.equal(hash('a', 1), hash('a', 1));
});

test("Accept-Encoding: a q-value is RFC 9110's (0 to 1, three decimals) or the element is ignored", () => {
  const coding = (header: string) => negotiate(header).coding;
  assert.equal(coding('br;q=0.25'), 'br');
  assert.equal(coding('br;q=1.000'), 'br');
  for (const bad of ['br;q=20', 'br;q=1.5', 'br;q=2', 'br;q=0.0001']) assert.equal(coding(bad), null, bad);
  assert.equal(coding('br;q =0'), null, 'spaces around "=" are allowed: br refused');
  assert.equal(coding('br;xq=0'), 'br', 'only a parameter named q is the weight');
  assert.equal(coding('*;q=1, br;q=abc'), 'br', 'an element with a malformed q-value is ignored: br is under *');
  assert.equal(
    coding(`${Array.from({ length: 64 }, (_, i) => `x-${i}`).join(', ')}, br`),
    null,
    'only 64 elements are read',
  );
  assert.equal(coding(`${Array.from({ length: 63 }, (_, i) => `x-${i}`).join(', ')}, br`), 'br');
});

test('the XML writer: escaped text and attributes, empty elements closed, text inline, element children indented', () => {
  const doc = xmlDocument(
    comment('made by  a\n test -- twice-'),
    el(
      'root',
      { a: 'x"<&>\t\r\ny', skip: undefined, n: 3, b: true },
      el('empty'),
      el('text', {}, text('a < b & c > d\r\n\u0085\u2028'), text(' and more')),
      el('mixed', {}, text('one'), el('inner', {}, el('leaf'))),
    ),
  );
  assert.equal(
    doc,
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<!-- made by a test - - twice-  -->', // no "--" inside, none before the end
      '<root a="x&quot;&lt;&amp;&gt;&#9;&#13;&#10;y" n="3" b="true">', // a tab kept as a reference
      '  <empty/>',
      '  <text>a &lt; b &amp; c &gt; d&#13;&#10;&#133;&#8232; and more</text>',
      '  <mixed>',
      '    one',
      '    <inner>',
      '      <leaf/>',
      '    </inner>',
      '  </mixed>',
      '</root>',
      '',
    ].join('\n'),
  );
});

test('JSON Merge Patch (PATCH with application/merge-patch+json): every example of RFC 7396, appendix A', () => {
  const examples: [JsonValue, JsonValue, JsonValue][] = [
    [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
    [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
    [{ a: 'b' }, { a: null }, {}],
    [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
    [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
    [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
    [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
    [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
    [
      ['a', 'b'],
      ['c', 'd'],
      ['c', 'd'],
    ],
    [{ a: 'b' }, ['c'], ['c']],
    [{ a: 'foo' }, null, null],
    [{ a: 'foo' }, 'bar', 'bar'],
    [{ e: null }, { a: 1 }, { e: null, a: 1 }],
    [[1, 2], { a: 'b', c: null }, { a: 'b' }],
    [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
  ];
  for (const [target, patch, result] of examples) {
    const before = JSON.stringify(target);
    // deepEqual compares prototypes too: the result is made of plain objects and arrays.
    assert.deepEqual(mergePatch(target, patch), result, `${before} + ${JSON.stringify(patch)}`);
    assert.equal(JSON.stringify(target), before, 'the target is not changed');
  }
  // An array in a record (a project's donors) is replaced whole, never merged index by index.
  assert.deepEqual(mergePatch({ donors: ['fra', 'deu', 'ita'] }, { donors: ['esp'] }), { donors: ['esp'] });
});

test('canonical JSON (the export; the import compares records by it): keys sorted at every level, two spaces, a final newline', () => {
  const value = { b: [{ z: 1, y: null }, 'x', 2, true], a: { d: 'é', c: { f: [], e: {} } } };
  assert.equal(
    canonicalJson(value),
    '{\n  "a": {\n    "c": {\n      "e": {},\n      "f": []\n    },\n    "d": "é"\n  },\n' +
      '  "b": [\n    {\n      "y": null,\n      "z": 1\n    },\n    "x",\n    2,\n    true\n  ]\n}\n',
  );
  assert.equal(canonicalJson(null), 'null\n');
  assert.equal(canonicalJson('text'), '"text"\n');
});

test('place names: a city the table lacks has none; a country, and a seat that names itself, are left as they are', () => {
  assert.equal(cityNames('Atlantis'), undefined);
  assert.equal(cityNames('toString'), undefined, 'not a key inherited from Object');
  assert.equal(cityNames('Geneva')?.de, 'Genf');
  const country = { id: 'tjk', kind: 'country', iso3: 'TJK', name: { en: 'Tajikistan' } } as unknown as Partner;
  assert.equal(withPlaceNames(country), country);
  const own = { kind: 'organization', seat: { city: 'Geneva', names: { en: 'Geneva', fr: 'Genève (siège)' } } };
  assert.equal(withPlaceNames(own as unknown as Partner), own);
  const unknown = { kind: 'organization', seat: { city: 'Atlantis' } };
  assert.equal(withPlaceNames(unknown as unknown as Partner), unknown);
});
