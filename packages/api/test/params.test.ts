// The query parser and the list cursors, called directly (the HTTP suites check the problem
// documents they become): every error names its parameter, with the exact text a developer reads,
// and each bound is checked at its edge.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkIds, parseParams, type ParamSpecs } from '../src/params.js';
import { fingerprintOf, makeCursor, readCursor } from '../src/cursor.js';

const SPECS: ParamSpecs = {
  pillar: { kind: 'enum', values: [1, 2, 3, 4], description: 'A pillar.' },
  flag: { kind: 'enum', values: [true, false], description: 'A flag.' },
  sort: { kind: 'enum', values: ['name', '-name'], description: 'An order.' },
  limit: { kind: 'int', min: 1, max: 100, default: 20, description: 'A page.' },
  q: { kind: 'text', maxLength: 5, description: 'Words.' },
  lang: { kind: 'lang', values: ['en', 'fr', 'ru', 'zh'], description: 'A language.' },
  country: { kind: 'id', example: 'afg', description: 'A country.' },
  donor: { kind: 'id', example: 'afg', description: 'A donor.' },
  cursor: { kind: 'cursor', description: 'A cursor.' },
  from: { kind: 'date', description: 'A date.' },
};
const parse = (query: string, specs = SPECS) => parseParams(new URLSearchParams(query), specs);

describe('parseParams', () => {
  test('a closed list keeps its values’ type; anything else is refused with the list', () => {
    assert.deepEqual(parse('pillar=2&flag=false&sort=-name').values, { pillar: 2, flag: false, sort: '-name' });
    assert.deepEqual(parse('pillar=5').errors, [
      { param: 'pillar', message: '"5" is not one of 1, 2, 3, 4', allowed: ['1', '2', '3', '4'] },
    ]);
    // The wire's text, not a loose comparison: " 2" and "02" are not 2.
    assert.equal(parse('pillar=02').errors.length, 1);
    assert.equal(parse('flag=1').errors.length, 1);
  });

  test('a whole number within its bounds, both edges included', () => {
    assert.deepEqual(parse('limit=1').values, { limit: 1 });
    assert.deepEqual(parse('limit=100').values, { limit: 100 });
    for (const raw of ['0', '101', '-1', '1.5', '1e2', '', ' 5', '0x10', '1234567890']) {
      assert.deepEqual(
        parse(`limit=${encodeURIComponent(raw)}`).errors,
        [{ param: 'limit', message: `${JSON.stringify(raw)} is not a whole number from 1 to 100` }],
        raw,
      );
    }
  });

  test('text up to its length exactly', () => {
    assert.deepEqual(parse('q=abcde').values, { q: 'abcde' });
    assert.deepEqual(parse('q=abcdef').errors, [{ param: 'q', message: 'is longer than 5 characters' }]);
  });

  test('a language by lookup; a tag that matches none is no value; a malformed one an error', () => {
    assert.deepEqual(parse('lang=fr-CA').values, { lang: 'fr' });
    assert.deepEqual(parse('lang=pt-BR'), { values: {}, errors: [], ids: [] });
    assert.deepEqual(parse('lang=en_US').errors, [
      { param: 'lang', message: '"en_US" is not a well-formed BCP 47 language tag (e.g. en, fr, ru, zh-Hant-TW)' },
    ]);
    // Up to 64 characters; a longer tag is refused before Intl reads it, well-formed or not.
    const tag64 = `en-x-${'abcdefgh-'.repeat(6)}abcde`;
    assert.equal(tag64.length, 64);
    assert.deepEqual(parse(`lang=${tag64}`).values, { lang: 'en' });
    assert.deepEqual(parse(`lang=${tag64}f`).errors, [
      {
        param: 'lang',
        message: `${JSON.stringify(`${tag64.slice(0, 60)}…`)} is not a well-formed BCP 47 language tag (e.g. en, fr, ru, zh-Hant-TW)`,
      },
    ]);
  });

  test('a date that exists in the calendar', () => {
    assert.deepEqual(parse('from=2024-02-29').values, { from: '2024-02-29' });
    assert.deepEqual(parse('from=2023-02-29').errors, [
      {
        param: 'from',
        message: '"2023-02-29" is not a date: give a year, a month or a day (2006, 2006-06 or 2006-06-26)',
      },
    ]);
  });

  test('a value is shown up to 60 characters, then cut with an ellipsis', () => {
    const sixty = 'a'.repeat(60);
    assert.equal(parse(`sort=${sixty}`).errors[0]?.message, `"${sixty}" is not one of name, -name`);
    assert.equal(parse(`sort=${sixty}b`).errors[0]?.message, `"${sixty}…" is not one of name, -name`);
  });

  test('the first unknown parameter lists what the endpoint accepts; the others are named only', () => {
    const { errors, values } = parse('zzz=1&limit=5&yyy=2&zzz=3');
    assert.deepEqual(errors, [
      {
        param: 'zzz',
        message: `unknown parameter; this endpoint accepts ${Object.keys(SPECS).join(', ')}`,
        allowed: Object.keys(SPECS),
      },
      { param: 'yyy', message: 'unknown parameter' },
    ]);
    assert.deepEqual(values, { limit: 5 });
    // The first unknown one lists them even when another parameter's error came before it.
    assert.deepEqual(parse('limit=0&zzz=1').errors[1], {
      param: 'zzz',
      message: `unknown parameter; this endpoint accepts ${Object.keys(SPECS).join(', ')}`,
      allowed: Object.keys(SPECS),
    });
    assert.deepEqual(parse('a=1', {}).errors, [
      { param: 'a', message: 'unknown parameter; this endpoint accepts no parameters', allowed: [] },
    ]);
    // A name is kept to 100 characters in the answer.
    assert.equal(parse(`${'n'.repeat(500)}=1`).errors[0]?.param, 'n'.repeat(100));
    // Not the specs' prototype.
    assert.equal(parse('constructor=1&toString=1').errors.length, 2);
  });

  test('a parameter given twice is one error, whatever the count (the request is refused)', () => {
    const { errors, values } = parse('limit=5&limit=6&limit=7&sort=name&sort=name');
    assert.deepEqual(errors, [
      { param: 'limit', message: 'given more than once; give it once' },
      { param: 'sort', message: 'given more than once; give it once' },
    ]);
    // Its first value was read before the second was seen; with an error, the request is refused.
    assert.deepEqual(Object.keys(values).sort(), ['limit', 'sort']);
  });

  test('a repeated parameter whose first value was wrong is still named once', () => {
    assert.deepEqual(parse('limit=0&limit=0').errors, [
      { param: 'limit', message: '"0" is not a whole number from 1 to 100' },
    ]);
  });
});

describe('checkIds', () => {
  test('known ids become values; unknown ones errors, in the order of the query', async () => {
    const parsed = parse('country=zzz&limit=0&donor=yyy&pillar=9&cursor=c');
    await checkIds(parsed, async (id) => id === 'afg');
    assert.deepEqual(
      parsed.errors.map((e) => e.param),
      ['country', 'limit', 'donor', 'pillar'],
    );
    assert.deepEqual(parsed.errors[0], {
      param: 'country',
      message: '"zzz" is not a known partner id (for example "afg"; see /v1/partners)',
    });
    const ok = parse('country=afg&donor=afg');
    await checkIds(ok, async (id) => id === 'afg');
    assert.deepEqual(ok, {
      values: { country: 'afg', donor: 'afg' },
      errors: [],
      ids: ok.ids,
    });
  });
});

describe('cursors', () => {
  test('a cursor gives back its sort key for the query it was made for, and only for it', () => {
    const f = fingerprintOf({ kind: 'country', sort: 'name' });
    for (const after of [
      ['Afghanistan', 'afg'],
      ['Кыргызстан', 'kgz'],
      ['中国', 'chn'],
      ['2012-05-01', '2013-01-31', 'e-1'],
      ['USD', 1_250_000.5, 'p-1'],
      ['', 'x'],
    ])
      assert.deepEqual(readCursor(makeCursor(after, f), f), { after });
    const other = fingerprintOf({ kind: 'organization', sort: 'name' });
    assert.deepEqual(readCursor(makeCursor(['Afghanistan', 'afg'], f), other), {
      error: 'was made for another query; keep the same filters and sort when you follow `next`',
    });
  });

  test('a cursor is URL-safe text with no padding', () => {
    // Names in other scripts, and lengths that would end in = padding in plain base64.
    for (let n = 0; n < 300; n += 7) {
      const text = 'Ἀ'.repeat(n % 5) + 'ş'.repeat(n % 3) + 'a'.repeat(n);
      const c = makeCursor([text, `id-${n}`], fingerprintOf({ n }));
      assert.match(c, /^[A-Za-z0-9_-]+$/, c);
      // Past 200 characters, a text keeps its first 200 (the next test).
      assert.deepEqual(readCursor(c, fingerprintOf({ n })), { after: [text.slice(0, 200), `id-${n}`] });
    }
  });

  test('a long text is kept to its first 200 characters, whole characters', () => {
    const f = fingerprintOf({ sort: 'title' });
    // 199 letters, then characters outside the BMP (two UTF-16 units each): the cut falls between them.
    const title = `${'a'.repeat(199)}${'😀'.repeat(1000)}`;
    const c = makeCursor([title, 'p-1'], f);
    assert.ok(c.length < 400, `${c.length} characters`);
    assert.deepEqual(readCursor(c, f), { after: [`${'a'.repeat(199)}😀`, 'p-1'] });
    assert.deepEqual(readCursor(makeCursor(['b'.repeat(5000), 'p-2'], f), f), { after: ['b'.repeat(200), 'p-2'] });
  });

  test('what is not a cursor of this API is refused as such', () => {
    const f = fingerprintOf({});
    const NOT_OURS = 'is not a cursor from this API; pass the `next` value of a previous page unchanged';
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    for (const c of [
      'not a cursor',
      '%%%',
      btoa(`12.${f}`), // an offset cursor of the versions before keys
      b64({ f, key: ['a', 'b'] }),
      b64([f]),
      b64([f, 'only-an-id']),
      b64([f, 'a', 'b', 'c', 'd', 'e']),
      b64([f, 'a', null]),
      b64([f, 'a', Infinity]),
      b64([f, 'x'.repeat(2001), 'id']),
      b64([42, 'a', 'b']),
      b64(['NOT A HASH', 'a', 'b']),
      Buffer.from([0x5b, 0x22, 0xff, 0x22, 0x5d]).toString('base64url'), // not UTF-8
    ])
      assert.deepEqual(readCursor(c, f), { error: NOT_OURS }, c);
  });

  test('a fingerprint is of the filters only: not their order, the page size, the cursor or an unset value', () => {
    const f = fingerprintOf({ kind: 'country', route: 'balkan' });
    assert.equal(fingerprintOf({ route: 'balkan', kind: 'country' }), f);
    assert.equal(fingerprintOf({ kind: 'country', route: 'balkan', limit: 5, cursor: 'x', q: undefined }), f);
    assert.notEqual(fingerprintOf({ kind: 'country' }), f);
    assert.notEqual(fingerprintOf({ kind: 'country', route: 'northern' }), f);
    // The name is part of it, not only the value; no text passes for another pair or another type.
    assert.notEqual(fingerprintOf({ a: 'x' }), fingerprintOf({ b: 'x' }));
    assert.notEqual(fingerprintOf({ q: 'a&sort=name' }), fingerprintOf({ q: 'a', sort: 'name' }));
    assert.notEqual(fingerprintOf({ q: 'asort=name' }), fingerprintOf({ q: 'a', sort: 'name' }));
    assert.notEqual(fingerprintOf({ pillar: 2 }), fingerprintOf({ pillar: '2' }));
  });
});
