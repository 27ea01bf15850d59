// The elements' formatting and wording helpers, in Node: numbers, money, dates, lists, plurals and
// collation through Intl (core/format.ts, projects/format.ts, timeline/dates.ts), the catalogs'
// loading and language choice (core/i18n.ts), and the labels of the closed lists (core/labels.ts,
// timeline/labels.ts). What a reader sees is written here by hand. The process runs in a time zone
// west of Greenwich, so a calendar date read in local time instead of UTC shows the day before.
process.env['TZ'] = 'America/Los_Angeles';

import { strict as assert } from 'node:assert';
import { after, before, describe, it, mock } from 'node:test';
import { EVENT_KINDS } from '@pact/schema';
import { collator, formatList, formatNumber, pluralCategory } from '../../src/core/format.js';
import { formatPercent } from '../../src/route-map/model.js';
import { catalogError, catalogReady, retryCatalog, uiLocaleOf, withLocale } from '../../src/core/i18n.js';
import { kindLabel, membershipLabel, planRoleLabel, projectStatusLabel, routeLabel } from '../../src/core/labels.js';
import { countText } from '../../src/core/count.js';
import { dateRangeText, formatDate, formatMoney, moneyText } from '../../src/projects/format.js';
import { datetimeOf, firstDay, formatPartialDate, isUpcoming, lastDay, yearOf } from '../../src/timeline/dates.js';
import { EVENTS, attendanceLabel, confidenceLabel, eventKindLabel, pillarsLabel } from '../../src/timeline/labels.js';

/** Intl's narrow no-break space (French thousands and percent) and no-break space. */
const NNBSP = '\u202f';
const NBSP = '\u00a0';
/** The dash of Intl's date ranges, between thin spaces (the fallback of two dates uses plain spaces). */
const TO = '\u2009–\u2009';

describe('core/format: numbers, money, dates, lists in the reader’s language', () => {
  it('formats a number per language, each language its own separators', () => {
    // Asked in turn, so that a formatter cached for one language and reused for another shows.
    assert.equal(formatNumber('en', 1234567.5), '1,234,567.5');
    assert.equal(formatNumber('de', 1234567.5), '1.234.567,5');
    assert.equal(formatNumber('fr', 1234567.5), `1${NNBSP}234${NNBSP}567,5`);
    assert.equal(formatNumber('en', 1234567.5), '1,234,567.5');
  });

  it('makes one formatter per language and keeps at most 256 of them', async () => {
    // A fresh copy of the module (its cache empty), and Intl.NumberFormat counted while it runs.
    const fresh = (await import(
      `../../src/core/format.js?bound=${Date.now()}`
    )) as typeof import('../../src/core/format.js');
    const Original = Intl.NumberFormat;
    let made = 0;
    Intl.NumberFormat = new Proxy(Original, {
      construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>) {
        made += 1;
        return new target(...args);
      },
    });
    try {
      // Languages of their own (private-use tags): en-x-n0, en-x-n1, …
      const madeFor = (i: number) => {
        const before = made;
        assert.equal(fresh.formatNumber(`en-x-n${i}`, 1234), '1,234');
        return made - before;
      };
      assert.equal(madeFor(0), 1);
      assert.equal(madeFor(0), 0, 'the second number in a language reuses its formatter');
      for (let i = 1; i < 256; i++) assert.equal(madeFor(i), 1);
      assert.equal(madeFor(0), 0, 'the first of 256 languages is still kept');
      assert.equal(madeFor(256), 1);
      assert.equal(madeFor(0), 1, 'the 257th language made room: the first one is made again');
    } finally {
      Intl.NumberFormat = Original;
    }
  });

  it('works out a date range once, and keeps at most 5,001 of them', async () => {
    const fresh = (await import(
      `../../src/projects/format.js?bound=${Date.now()}`
    )) as typeof import('../../src/projects/format.js');
    const original = Intl.DateTimeFormat.prototype.formatRange;
    let made = 0;
    Intl.DateTimeFormat.prototype.formatRange = function (this: Intl.DateTimeFormat, a, b) {
      made += 1;
      return original.call(this, a, b);
    };
    try {
      // Ranges of their own: from 2001-01-01 to a day i days after 2001-01-02.
      const end = (i: number) => new Date(Date.UTC(2001, 0, 2 + i)).toISOString().slice(0, 10);
      const madeFor = (i: number) => {
        const before = made;
        assert.match(fresh.dateRangeText('en', '2001-01-01', end(i)), /^Jan 1\b/);
        return made - before;
      };
      assert.equal(madeFor(0), 1);
      assert.equal(madeFor(0), 0, 'the same range again is not worked out again');
      for (let i = 1; i <= 5000; i++) madeFor(i);
      assert.equal(madeFor(0), 0, 'the first of 5,001 ranges is still kept');
      assert.equal(madeFor(5001), 1);
      assert.equal(madeFor(0), 1, 'the 5,002nd range made room: the first one is worked out again');
    } finally {
      Intl.DateTimeFormat.prototype.formatRange = original;
    }
  });

  it('formats a share as a whole percentage', () => {
    assert.equal(formatPercent('en', 0.456), '46%');
    assert.equal(formatPercent('fr', 0.456), `46${NBSP}%`);
    assert.equal(formatPercent('en', 0.4449), '44%');
  });

  it('formats money without cents, and an unknown currency code after the number', () => {
    assert.equal(formatMoney('en', 1234.5, 'EUR'), '€1,235');
    assert.equal(formatMoney('de', 1234.5, 'EUR'), `1.235${NBSP}€`);
    assert.equal(formatMoney('en', 1234.5, 'USD'), '$1,235');
    assert.equal(formatMoney('en', 1234.5, 'EURO'), '1,234.5 EURO');
    assert.equal(moneyText, formatMoney);
  });

  it('shows a calendar date on its own day, whatever the time zone, and a bad date as given', () => {
    assert.equal(formatDate('en', '2024-03-05'), 'Mar 5, 2024');
    assert.equal(formatDate('en', '2024-03-05', 'long'), 'March 5, 2024');
    assert.equal(formatDate('en', '2024-03-05T23:00:00-08:00'), 'Mar 5, 2024');
    assert.equal(formatDate('ru', '2024-03-05', 'long'), '5 марта 2024 г.');
    assert.equal(formatDate('en', 'soon'), 'soon');
  });

  it('joins a list with the language’s “and”', () => {
    assert.equal(
      formatList('en', ['Kazakhstan', 'Tajikistan', 'Uzbekistan']),
      'Kazakhstan, Tajikistan, and Uzbekistan',
    );
    assert.equal(
      formatList('fr', ['Kazakhstan', 'Tajikistan', 'Ouzbékistan']),
      'Kazakhstan, Tajikistan et Ouzbékistan',
    );
  });

  it('chooses the plural category of each language', () => {
    assert.deepEqual(
      [0, 1, 3, 5, 21].map((n) => pluralCategory('ru', n)),
      ['many', 'one', 'few', 'many', 'one'],
    );
    assert.deepEqual(
      [0, 1, 2].map((n) => pluralCategory('en', n)),
      ['other', 'one', 'other'],
    );
  });

  it('sorts names ignoring case and accents, numbers by value', () => {
    const c = collator('en');
    assert.equal(c.compare('Éire', 'eire'), 0);
    assert.deepEqual(['Item 10', 'item 9', 'Item 1'].sort(c.compare), ['Item 1', 'item 9', 'Item 10']);
    // Swedish sorts Ö after Z; English beside O.
    assert.deepEqual(['Österreich', 'Zypern'].sort(collator('sv').compare), ['Zypern', 'Österreich']);
    assert.deepEqual(['Österreich', 'Zypern'].sort(collator('en').compare), ['Österreich', 'Zypern']);
  });
});

describe('projects/format: date ranges', () => {
  it('shows a project’s dates as one range, in the reader’s language', () => {
    assert.equal(dateRangeText('en', '2023-01-01', '2026-07-31'), `Jan 1, 2023${TO}Jul 31, 2026`);
    assert.equal(dateRangeText('de', '2023-01-01', '2026-07-31'), `01.01.2023${TO}31.07.2026`);
    assert.equal(dateRangeText('en', '2023-01-01', '2023-01-20'), `Jan 1${TO}20, 2023`);
    // Asked again (the memo): the same answers.
    assert.equal(dateRangeText('en', '2023-01-01', '2026-07-31'), `Jan 1, 2023${TO}Jul 31, 2026`);
  });

  it('shows an end before its start, or a bad date, as two dates rather than failing', () => {
    assert.equal(dateRangeText('en', '2026-07-31', '2023-01-01'), 'Jul 31, 2026 – Jan 1, 2023');
    assert.equal(dateRangeText('en', '2023-01-01', 'never'), 'Jan 1, 2023 – never');
    assert.equal(dateRangeText('en', 'once', '2023-01-01'), 'once – Jan 1, 2023');
    assert.equal(dateRangeText('en', '2023-01-05', '2023-01-05'), 'Jan 5, 2023');
  });
});

describe('timeline/dates: dates to the day, the month or the year', () => {
  const day = (value: string) => ({ value, precision: 'day' as const });
  const month = (value: string) => ({ value, precision: 'month' as const });
  const year = (value: string) => ({ value, precision: 'year' as const });
  const iso = (d: Date) => d.toISOString().slice(0, 10);

  it('gives the first and last day of a day, a month and a year', () => {
    assert.equal(iso(firstDay(day('2006-06-26'))), '2006-06-26');
    assert.equal(iso(firstDay(month('2006-06'))), '2006-06-01');
    assert.equal(iso(firstDay(year('2003'))), '2003-01-01');
    assert.equal(iso(lastDay(day('2006-06-26'))), '2006-06-26');
    assert.equal(iso(lastDay(month('2024-02'))), '2024-02-29');
    assert.equal(iso(lastDay(month('2006-06'))), '2006-06-30');
    assert.equal(iso(lastDay(year('2003'))), '2003-12-31');
    assert.equal(Number.isNaN(firstDay(year('soon')).getTime()), true);
    // A day-precision date the data gives without its day lasts to the end of its month.
    assert.equal(iso(lastDay(day('2006-06'))), '2006-06-30');
    // And a month or a year given with a stray day or month still lasts to its end.
    assert.equal(iso(lastDay(month('2006-06-15'))), '2006-06-30');
    assert.equal(iso(lastDay(year('2003-05'))), '2003-12-31');
  });

  it('shows only the parts the data knows, and a span as one range', () => {
    assert.equal(formatPartialDate('en', day('2006-06-26')), 'June 26, 2006');
    assert.equal(formatPartialDate('en', day('2006-06-26'), day('2006-06-28')), `June 26${TO}28, 2006`);
    assert.equal(formatPartialDate('en', month('2006-06')), 'June 2006');
    assert.equal(formatPartialDate('en', year('2013'), year('2016')), `2013${TO}2016`);
    assert.equal(formatPartialDate('en', year('2013'), year('2013')), '2013');
    assert.equal(formatPartialDate('ru', month('2006-06')), 'июнь 2006 г.');
  });

  it('shows the start alone when the end is of another precision or malformed, and a bad date as given', () => {
    assert.equal(formatPartialDate('en', year('2013'), month('2016-05')), '2013');
    assert.equal(formatPartialDate('en', year('2013'), year('later')), '2013');
    assert.equal(formatPartialDate('en', year('soon')), 'soon');
  });

  it('counts an event as upcoming until its last day has passed', () => {
    const today = new Date(Date.UTC(2006, 5, 28, 15));
    assert.equal(isUpcoming(day('2006-06-28'), undefined, today), true);
    assert.equal(isUpcoming(day('2006-06-27'), undefined, today), false);
    assert.equal(isUpcoming(day('2006-06-26'), day('2006-06-28'), today), true);
    assert.equal(isUpcoming(month('2006-06'), undefined, today), true);
    assert.equal(isUpcoming(month('2006-05'), undefined, today), false);
    assert.equal(isUpcoming(year('2005'), undefined, today), false);
  });

  it('gives the year and the machine-readable value', () => {
    assert.equal(yearOf(month('2006-06')), '2006');
    assert.equal(datetimeOf(month('2006-06')), '2006-06');
  });
});

describe('core/i18n: which catalog speaks', () => {
  let warn: ReturnType<typeof mock.method>;
  before(() => {
    warn = mock.method(console, 'warn', () => {});
  });
  after(() => warn.mock.restore());

  it('maps a tag to its language, ignoring region, script and case', () => {
    assert.equal(uiLocaleOf('fr-CA'), 'fr');
    assert.equal(uiLocaleOf('ZH-Hans-CN'), 'zh');
    assert.equal(uiLocaleOf('ar-EG'), 'ar');
    assert.equal(uiLocaleOf('en'), 'en');
    assert.equal(warn.mock.callCount(), 0);
  });

  it('falls back to English for a language without texts, warning once per language', () => {
    assert.equal(uiLocaleOf('ja'), 'en');
    assert.equal(uiLocaleOf('ja-JP'), 'en');
    assert.equal(uiLocaleOf(''), 'en');
    assert.equal(warn.mock.callCount(), 1);
    assert.equal(
      warn.mock.calls[0]?.arguments[0],
      'Pact Embed has no "ja" interface texts (it speaks en, ar, de, es, fr, it, ru, zh); showing English.',
    );
    assert.equal(uiLocaleOf('ko'), 'en');
    assert.equal(warn.mock.callCount(), 2);
  });

  it('needs no catalog for English, loads one for another language, then has it at once', async () => {
    assert.equal(catalogReady('en'), null);
    const loading = catalogReady('it');
    assert.ok(loading instanceof Promise);
    assert.equal(catalogReady('it'), loading, 'a second element waits for the same load');
    await loading;
    assert.equal(catalogReady('it'), null);
    assert.equal(catalogError('it'), undefined);
    retryCatalog('it');
    assert.equal(catalogReady('it'), null);
  });

  it('speaks a language only inside withLocale, and English again after, even when the render throws', async () => {
    await catalogReady('fr');
    assert.equal(
      withLocale('fr', () => kindLabel('country')),
      'Pays',
    );
    assert.equal(kindLabel('country'), 'Country');
    assert.throws(() =>
      withLocale('fr', () => {
        throw new Error('render failed');
      }),
    );
    assert.equal(kindLabel('country'), 'Country');
    assert.equal(
      withLocale('fr', () => withLocale('en', () => kindLabel('country')) + ' / ' + kindLabel('country')),
      'Country / Pays',
    );
  });
});

describe('labels of the closed lists', () => {
  before(async () => {
    await Promise.all([catalogReady('fr'), catalogReady('ru')]);
  });

  it('names partner kinds, memberships and routes in English and French', () => {
    const labels = () => [
      kindLabel('country'),
      kindLabel('organization'),
      membershipLabel('paris-pact'),
      membershipLabel('pompidou-group', 'member'),
      membershipLabel('osce'),
      membershipLabel('paris-pact', 'possible'),
      membershipLabel('pompidou-group', 'former'),
      membershipLabel('paris-pact', 'partner'),
      membershipLabel('osce', 'partner'),
      routeLabel('northern'),
      routeLabel('balkan'),
      routeLabel('southern'),
    ];
    assert.deepEqual(labels(), [
      'Country',
      'Organization',
      'Paris Pact',
      'Pompidou Group',
      'OSCE',
      'Paris Pact: possible member',
      'Pompidou Group: former member',
      'Paris Pact: partner',
      'OSCE Partner for Co-operation',
      'Northern route',
      'Balkan route',
      'Southern route',
    ]);
    assert.deepEqual(withLocale('fr', labels), [
      'Pays',
      'Organisation',
      'Pacte de Paris',
      'Groupe Pompidou',
      'OSCE',
      'Pacte de Paris : membre possible',
      'Groupe Pompidou : ancien membre',
      'Pacte de Paris : partenaire',
      'Partenaire pour la coopération de l’OSCE',
      'Route du Nord',
      'Route des Balkans',
      'Route du Sud',
    ]);
  });

  it('names project statuses and Paris Action Plan roles', () => {
    assert.deepEqual(
      (['pipeline', 'implementation', 'finalisation', 'closed', 'cancelled', 'suspended'] as const).map(
        projectStatusLabel,
      ),
      ['Planned', 'Under way', 'Finishing', 'Completed', 'Cancelled', 'Suspended'],
    );
    assert.deepEqual((['information-centre', 'operational-centre', 'network'] as const).map(planRoleLabel), [
      'Information-exchange centre',
      'Maritime operational centre',
      'Network or regional organization',
    ]);
  });

  it('names timeline events, attendance, pillars and confidence', () => {
    assert.deepEqual(
      // Every kind of @pact/schema, in its order.
      EVENT_KINDS.map(eventKindLabel),
      [
        'Conference',
        'Decision',
        'Declaration',
        'Action plan',
        'Expert working group',
        'Policy Consultative Group meeting',
        'Workshop',
        'Working group',
        'Programme phase',
      ],
    );
    assert.deepEqual(
      [attendanceLabel('virtual'), attendanceLabel('hybrid'), attendanceLabel('in-person'), attendanceLabel(undefined)],
      ['Online', 'In person and online', '', ''],
    );
    const list = (items: string[]) => formatList('en', items);
    assert.equal(pillarsLabel([2], list), 'Pillar II');
    assert.equal(pillarsLabel([1, 3], list), 'Pillars I and III');
    assert.equal(pillarsLabel([4, 1], list), 'Pillars IV and I');
    assert.equal(
      withLocale('ru', () => pillarsLabel([1, 3], (items) => formatList('ru', items))),
      'Направления I и III',
    );
    assert.deepEqual((['high', 'medium', 'low'] as const).map(confidenceLabel), [
      'high confidence',
      'medium confidence',
      'low confidence',
    ]);
  });

  it('counts events in English, Russian and Arabic', async () => {
    const counts = (locale: 'en' | 'ru') =>
      [0, 1, 2, 5, 21].map((n) => withLocale(locale, () => countText(locale, n, EVENTS)));
    assert.deepEqual(counts('en'), ['0 events', '1 event', '2 events', '5 events', '21 events']);
    assert.deepEqual(counts('ru'), ['0 событий', '1 событие', '2 события', '5 событий', '21 событие']);
    // Russian's "other" is for fractions; Arabic uses all six forms (zero, one, two, few, many, other).
    assert.equal(
      withLocale('ru', () => countText('ru', 1.5, EVENTS)),
      '1,5 события',
    );
    await catalogReady('ar');
    assert.deepEqual(
      [0, 1, 2, 3, 11, 100].map((n) => withLocale('ar', () => countText('ar', n, EVENTS))),
      ['0 فعالية', '1 فعالية', '2 فعاليتان', '3 فعاليات', '11 فعالية', '100 فعالية'],
    );
  });
});
