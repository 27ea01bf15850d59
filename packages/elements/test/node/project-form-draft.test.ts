// The project form's draft (project-form/draft.ts), in Node: what the form shows for a record, the
// record it sends to the API from what was typed (empty fields left out, other languages kept), the
// field an API error points at, and the message shown under it, in English and French.
import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import type { Project } from '@pact/sdk';
import { catalogReady, withLocale } from '../../src/core/i18n.js';
import { FIELD_ORDER, draftOf, fieldOf, inputOf, ruleMessage } from '../../src/project-form/draft.js';

const PROJECT = {
  id: 'cargo-2024',
  title: { en: 'Container control', fr: 'Contrôle des conteneurs', es: 'Control de contenedores' },
  summary: { en: 'Ports.', ru: 'Порты.' },
  pillar: 3,
  status: 'implementation',
  start: '2024-01-01',
  end: '2026-12-31',
  beneficiaries: ['kaz', 'uzb'],
  donors: ['deu'],
  implementer: 'unodc',
  accountable: 'unodc-hq',
  extending: 'eu',
  routes: ['northern'],
  budget: { amount: 1250000, currency: 'EUR' },
  iatiIdentifier: 'XM-DAC-41114-CARGO',
} as unknown as Project;

describe('project-form/draft: from a record to the form and back', () => {
  before(async () => {
    await catalogReady('fr');
  });

  it('shows a record’s values as the inputs hold them, and an empty form for no record', () => {
    const d = draftOf(PROJECT);
    assert.deepEqual(d, {
      id: 'cargo-2024',
      title: { en: 'Container control', fr: 'Contrôle des conteneurs', ru: '' },
      summary: { en: 'Ports.', fr: '', ru: 'Порты.' },
      pillar: '3',
      status: 'implementation',
      start: '2024-01-01',
      end: '2026-12-31',
      beneficiaries: ['kaz', 'uzb'],
      donors: ['deu'],
      implementer: 'unodc',
      accountable: 'unodc-hq',
      extending: 'eu',
      routes: ['northern'],
      amount: '1250000',
      currency: 'EUR',
      iatiIdentifier: 'XM-DAC-41114-CARGO',
    });
    // The draft's lists are its own: editing them leaves the record as it was.
    d.donors.push('fra');
    d.beneficiaries.pop();
    d.routes.push('balkan');
    assert.deepEqual([PROJECT.donors, PROJECT.beneficiaries, PROJECT.routes], [['deu'], ['kaz', 'uzb'], ['northern']]);
    const empty = draftOf();
    assert.deepEqual(empty, {
      id: '',
      title: { en: '', fr: '', ru: '' },
      summary: { en: '', fr: '', ru: '' },
      pillar: '',
      status: '',
      start: '',
      end: '',
      beneficiaries: [],
      donors: [],
      implementer: '',
      accountable: '',
      extending: '',
      routes: [],
      amount: '',
      currency: '',
      iatiIdentifier: '',
    });
  });

  it('sends back the same record it was given, the languages the form does not show kept', () => {
    assert.deepEqual(inputOf(draftOf(PROJECT), PROJECT), {
      id: 'cargo-2024',
      title: { en: 'Container control', fr: 'Contrôle des conteneurs', es: 'Control de contenedores' },
      summary: { en: 'Ports.', ru: 'Порты.' },
      pillar: 3,
      status: 'implementation',
      donors: ['deu'],
      beneficiaries: ['kaz', 'uzb'],
      implementer: 'unodc',
      accountable: 'unodc-hq',
      extending: 'eu',
      iatiIdentifier: 'XM-DAC-41114-CARGO',
      routes: ['northern'],
      budget: { amount: 1250000, currency: 'EUR' },
      start: '2024-01-01',
      end: '2026-12-31',
    });
  });

  it('trims what was typed, removes a cleared language, and leaves empty fields out', () => {
    const d = draftOf(PROJECT);
    d.id = '  cargo-2025 ';
    d.title = { en: ' Container control ', fr: '   ', ru: ' Контроль ' };
    d.summary = { en: '', fr: '', ru: '' };
    d.pillar = '';
    d.status = '';
    d.start = '';
    d.end = '';
    d.implementer = '';
    d.accountable = '';
    d.extending = '';
    d.iatiIdentifier = '   ';
    d.amount = ' 0 ';
    d.currency = ' usd ';
    assert.deepEqual(inputOf(d, PROJECT), {
      id: 'cargo-2025',
      title: { en: 'Container control', es: 'Control de contenedores', ru: 'Контроль' },
      // English is required: an empty one is sent for the API to name.
      summary: { en: '' },
      donors: ['deu'],
      beneficiaries: ['kaz', 'uzb'],
      routes: ['northern'],
      budget: { amount: 0, currency: 'USD' },
    });
    d.amount = '  ';
    assert.deepEqual(inputOf(d).budget, { currency: 'USD' });
    assert.deepEqual(inputOf(draftOf()).title, { en: '' });
    // An IATI identifier typed with spaces around it is sent without them.
    d.iatiIdentifier = ' XM-DAC-41114-CARGO  ';
    assert.equal(inputOf(d, PROJECT).iatiIdentifier, 'XM-DAC-41114-CARGO');
  });

  it('opens a partial record without a budget with empty amount and currency', () => {
    const { budget: _, ...unbudgeted } = PROJECT;
    const d = draftOf(unbudgeted);
    assert.deepEqual([d.amount, d.currency, d.title.en], ['', '', 'Container control']);
  });

  it('focuses the fields in the form’s order', () => {
    assert.deepEqual(FIELD_ORDER, [
      'id',
      'title/en',
      'title/fr',
      'title/ru',
      'summary/en',
      'summary/fr',
      'summary/ru',
      'pillar',
      'status',
      'start',
      'end',
      'beneficiaries',
      'donors',
      'implementer',
      'accountable',
      'extending',
      'routes',
      'budget/amount',
      'budget/currency',
      'iatiIdentifier',
    ]);
  });

  it('finds the field an API error points at', () => {
    assert.equal(fieldOf('/donors/0'), 'donors');
    assert.equal(fieldOf('/title/fr'), 'title/fr');
    assert.equal(fieldOf('/summary/en'), 'summary/en');
    assert.equal(fieldOf('/budget/currency'), 'budget/currency');
    assert.equal(fieldOf('/iatiIdentifier'), 'iatiIdentifier');
    assert.equal(fieldOf('/title/es'), undefined);
    assert.equal(fieldOf('/updated'), undefined);
    assert.equal(fieldOf(''), undefined);
  });

  it('words each broken rule for the person typing, in their language', () => {
    const messages = () => [
      ruleMessage('title/en', 'required', 'API'),
      ruleMessage('title/en', 'minLength', 'API'),
      ruleMessage('donors', 'minItems', 'API'),
      ruleMessage('budget/amount', 'minimum', 'API'),
      ruleMessage('budget/amount', 'type', 'API'),
      ruleMessage('pillar', 'type', 'must be integer'),
      ruleMessage('start', 'format', 'API'),
      ruleMessage('status', 'enum', 'API'),
      ruleMessage('id', 'pattern', 'API'),
      ruleMessage('budget/currency', 'pattern', 'API'),
      ruleMessage('iatiIdentifier', 'pattern', 'API'),
      ruleMessage('id', 'taken', 'API'),
      ruleMessage('end', 'after-start', 'must not be before start'),
    ];
    assert.deepEqual(messages(), [
      'Fill in this field.',
      'Fill in this field.',
      'Choose at least one.',
      'Enter 0 or more.',
      'Enter a number.',
      'must be integer',
      'Enter a date.',
      'Choose one of the options.',
      'Use lowercase letters, digits and hyphens, starting with a letter or digit.',
      'Enter a three-letter currency code (ISO 4217), such as EUR.',
      'Use letters, digits, dots, hyphens and underscores.',
      'This id is already taken (perhaps by a withdrawn project): choose another one.',
      'must not be before start',
    ]);
    const fr = withLocale('fr', messages);
    assert.equal(fr[0], 'Remplissez ce champ.');
    assert.equal(fr[5], 'must be integer');
    assert.equal(new Set(fr).size, new Set(messages()).size);
    assert.ok(
      fr.every((m, i) => i === 5 || i === 12 || m !== messages()[i]),
      'every message is French',
    );
  });
});
