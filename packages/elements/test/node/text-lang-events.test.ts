// Two small pieces every element uses, in Node: which language a fallback text is in, so that it
// is marked with `lang` for screen readers (core/text-lang.ts), and the events an element sends
// when something is chosen (core/events.ts): their names, what they carry, and that a page
// listening outside the element's shadow root hears them.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { LocalizedText, Seat } from '@pact/schema';
import type { Partner, Pillar, Project, Route } from '@pact/sdk';
import { cityLang, cityOf, fallbackLang, withFallbackLang } from '../../src/core/text-lang.js';
import {
  PactCountrySelectEvent,
  PactPartnerSelectEvent,
  PactPillarSelectEvent,
  PactProjectSelectEvent,
  PactRouteSelectEvent,
} from '../../src/core/events.js';

const t = (o: Record<string, string>) => o as unknown as LocalizedText;

describe('core/text-lang: the language of a fallback text', () => {
  it('marks nothing when the text has the reader’s language, by tag or by its base language', () => {
    const name = t({ en: 'Paris Pact', fr: 'Pacte de Paris', 'zh-hant': '巴黎公約' });
    assert.equal(fallbackLang(name, 'fr'), undefined);
    assert.equal(fallbackLang(name, 'fr-CA'), undefined);
    assert.equal(fallbackLang(name, 'fr_BE'), undefined);
    assert.equal(fallbackLang(name, 'zh-Hant'), undefined);
    assert.equal(fallbackLang(name, 'en'), undefined);
    assert.equal(fallbackLang(undefined, 'fr'), undefined);
  });

  it('names English when the reader’s language is missing or empty, else the first language there is', () => {
    assert.equal(fallbackLang(t({ en: 'UNODC', fr: 'ONUDC' }), 'ru'), 'en');
    // English before the other languages, wherever it comes in the object.
    assert.equal(fallbackLang(t({ fr: 'ONUDC', en: 'UNODC' }), 'ru'), 'en');
    assert.equal(fallbackLang(t({ en: 'UNODC', ru: '' }), 'ru'), 'en');
    assert.equal(fallbackLang(t({ fr: 'ONUDC', ru: 'УНП ООН' }), 'de'), 'fr');
    assert.equal(fallbackLang(t({ en: '', ru: 'УНП ООН' }), 'de'), 'ru');
    assert.equal(fallbackLang(t({}), 'de'), undefined);
    // Only the text's own keys count, not what an object inherits.
    assert.equal(
      fallbackLang(Object.create({ de: 'geerbt' }, { en: { value: 'UNODC', enumerable: true } }), 'de'),
      'en',
    );
  });

  it('wraps a fallback in an element with its lang, and leaves the reader’s own text plain', () => {
    const name = t({ en: 'Paris Pact', fr: 'Pacte de Paris' });
    assert.equal(withFallbackLang(name, 'fr', 'Pacte de Paris'), 'Pacte de Paris');
    const marked = withFallbackLang(name, 'ru', 'Paris Pact');
    assert.equal(typeof marked, 'object');
    const { strings, values } = marked as { strings: readonly string[]; values: unknown[] };
    assert.deepEqual(values, ['en', 'Paris Pact']);
    assert.equal(strings.join('|'), '<span lang=|>|</span>');
  });

  it('gives a seat’s city in the reader’s language, and its English name marked otherwise', () => {
    const vienna = { city: 'Vienna', names: t({ en: 'Vienna', de: 'Wien', ru: 'Вена' }) } as unknown as Seat;
    const accra = { city: 'Accra' } as unknown as Seat;
    assert.deepEqual([cityOf(vienna, 'de'), cityLang(vienna, 'de')], ['Wien', undefined]);
    assert.deepEqual([cityOf(vienna, 'it'), cityLang(vienna, 'it')], ['Vienna', 'en']);
    assert.deepEqual([cityOf(accra, 'ru'), cityLang(accra, 'ru')], ['Accra', 'en']);
    assert.deepEqual([cityOf(accra, 'en'), cityLang(accra, 'en')], ['Accra', undefined]);
  });
});

describe('core/events: what an element sends when something is chosen', () => {
  const partner = { id: 'kaz' } as unknown as Partner;
  const cases: [Event & { detail: unknown }, string, unknown][] = [
    [new PactPartnerSelectEvent(partner), 'pact-partner-select', { partner }],
    [new PactPillarSelectEvent({ number: 2 } as unknown as Pillar), 'pact-pillar-select', { pillar: { number: 2 } }],
    [new PactProjectSelectEvent({ id: 'p1' } as unknown as Project), 'pact-project-select', { project: { id: 'p1' } }],
    [new PactRouteSelectEvent({ id: 'balkan' } as unknown as Route), 'pact-route-select', { route: { id: 'balkan' } }],
    [new PactCountrySelectEvent('kaz', partner), 'pact-country-select', { iso3: 'kaz', partner }],
    [new PactCountrySelectEvent('xkx', undefined), 'pact-country-select', { iso3: 'xkx', partner: undefined }],
  ];

  it('each has its name, what was chosen, and reaches listeners outside the shadow root', () => {
    for (const [event, type, detail] of cases) {
      assert.equal(event.type, type);
      assert.equal((event.constructor as unknown as { type: string }).type, type);
      assert.deepEqual(event.detail, detail);
      assert.equal(event.bubbles, true, `${type} bubbles`);
      assert.equal(event.composed, true, `${type} crosses shadow roots`);
    }
  });

  it('is heard by a listener of its name', () => {
    const target = new EventTarget();
    const heard: unknown[] = [];
    target.addEventListener('pact-partner-select', (e) => heard.push((e as PactPartnerSelectEvent).detail.partner.id));
    target.dispatchEvent(new PactPartnerSelectEvent(partner));
    target.dispatchEvent(new PactRouteSelectEvent({ id: 'balkan' } as unknown as Route));
    assert.deepEqual(heard, ['kaz']);
  });
});
