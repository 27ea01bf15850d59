import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { API_URL } from '/__pact/env.js';
import '@pact/elements/project-form/pact-project-form';
import type { PactProjectForm, PactProjectSubmitEvent } from '@pact/elements/project-form/pact-project-form';
import type { Project } from '@pact/sdk';
import { loadedWhole } from './mount.js';

const loaded = (el: Element) => loadedWhole(el, 'the partner list');
const $ = <T extends Element = HTMLInputElement>(el: PactProjectForm, sel: string) =>
  el.shadowRoot!.querySelector(sel) as T;
const errors = (el: PactProjectForm) =>
  Object.fromEntries([...el.shadowRoot!.querySelectorAll('[part~="error"]')].map((e) => [e.id, e.textContent!.trim()]));
const focused = (el: PactProjectForm) => el.shadowRoot!.activeElement?.id;
function type(el: PactProjectForm, id: string, value: string) {
  const input = $(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}
function choose(el: PactProjectForm, id: string, value: string) {
  const select = $<HTMLSelectElement>(el, `#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change'));
}
async function pick(el: PactProjectForm, picker: string, search: string, id: string) {
  type(el, `f-${picker}`, search);
  await el.updateComplete;
  $(el, `#f-${picker}-options input[value="${id}"]`).click();
  await el.updateComplete;
}
const save = async (el: PactProjectForm) => {
  $<HTMLButtonElement>(el, '[part~="submit"]').click();
  await el.updateComplete;
  await el.updateComplete;
};

/** Fills in a valid new project (a fictitious one) as a person would, field by field. */
async function fillIn(el: PactProjectForm) {
  type(el, 'f-id', 'test-form-1');
  type(el, 'f-title-en', 'Drug interdiction course (form test)');
  type(el, 'f-title-ru', 'Курс по пресечению наркотрафика (тест формы)');
  type(el, 'f-summary-en', 'A record made by a browser test; not a real project.');
  choose(el, 'f-pillar', '2');
  choose(el, 'f-status', 'pipeline');
  type(el, 'f-start', '2031-03-01');
  type(el, 'f-end', '2032-02-29');
  await el.updateComplete;
  await pick(el, 'beneficiaries', 'Tajik', 'tjk');
  await pick(el, 'donors', 'Germany', 'deu');
  choose(el, 'f-implementer', 'osce');
  type(el, 'f-budget-amount', '180000');
  type(el, 'f-budget-currency', 'EUR');
  await el.updateComplete;
}

describe('<pact-project-form>', () => {
  it('is accessible; the titles and summaries carry their language; partners come from the API', async () => {
    const el = await fixture<PactProjectForm>(html`<pact-project-form api=${API_URL}></pact-project-form>`);
    await loaded(el);
    await expect(el).to.be.accessible();
    expect(['en', 'fr', 'ru'].map((l) => $(el, `#f-title-${l}`).lang)).to.deep.equal(['en', 'fr', 'ru']);
    expect($(el, '#f-summary-fr').lang).to.equal('fr');
    const countries = [...el.shadowRoot!.querySelectorAll('#f-beneficiaries-options input')].length;
    const partners = [...el.shadowRoot!.querySelectorAll('#f-donors-options input')].length;
    expect(countries).to.equal(40, 'the first 40 countries, until a search narrows them');
    expect(partners).to.equal(40);
  });

  it('the search narrows the partners; a chosen one shows with a Remove button', async () => {
    const el = await fixture<PactProjectForm>(html`<pact-project-form api=${API_URL}></pact-project-form>`);
    await loaded(el);
    type(el, 'f-beneficiaries', 'kaz');
    await el.updateComplete;
    const shown = [...el.shadowRoot!.querySelectorAll('#f-beneficiaries-options label')].map((l) =>
      l.textContent!.trim(),
    );
    expect(shown).to.deep.equal(['Kazakhstan']);
    $(el, '#f-beneficiaries-options input').click();
    await el.updateComplete;
    const remove = el.shadowRoot!.querySelector<HTMLButtonElement>('.picker .remove')!;
    expect(remove.getAttribute('aria-label')).to.equal('Remove Kazakhstan');
    expect(el.value.beneficiaries).to.deep.equal(['kaz']);
    remove.click();
    await el.updateComplete;
    expect(el.value.beneficiaries).to.deep.equal([]);
  });

  it('an empty save shows each error under its field, focuses the first, fires nothing and keeps what was typed', async () => {
    const el = await fixture<PactProjectForm>(html`<pact-project-form api=${API_URL}></pact-project-form>`);
    await loaded(el);
    let fired = 0;
    el.addEventListener('pact-project-submit', () => fired++);
    type(el, 'f-title-fr', 'Un titre en français');
    await save(el);
    const e = errors(el);
    expect(e['e-id']).to.equal('Fill in this field.');
    expect(e['e-title-en']).to.equal('Fill in this field.');
    expect(e['e-donors']).to.equal('Choose at least one.');
    expect(e['e-budget-currency']).to.equal('Fill in this field.');
    expect(e['e-title-fr']).to.equal(undefined);
    expect($(el, '#f-id').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#f-id').getAttribute('aria-describedby')).to.equal('e-id');
    expect(focused(el)).to.equal('f-id');
    expect($(el, '[part~="summary"]').getAttribute('role')).to.equal('alert');
    expect(fired).to.equal(0);
    expect($(el, '#f-title-fr').value).to.equal('Un titre en français');
    await expect(el).to.be.accessible();
  });

  it('a valid record is sent with pact-project-submit, exactly as typed', async () => {
    const el = await fixture<PactProjectForm>(html`<pact-project-form api=${API_URL}></pact-project-form>`);
    await loaded(el);
    await fillIn(el);
    setTimeout(() => $<HTMLButtonElement>(el, '[part~="submit"]').click());
    const ev = (await oneEvent(el, 'pact-project-submit')) as PactProjectSubmitEvent;
    expect(ev.project).to.deep.equal({
      id: 'test-form-1',
      title: { en: 'Drug interdiction course (form test)', ru: 'Курс по пресечению наркотрафика (тест формы)' },
      summary: { en: 'A record made by a browser test; not a real project.' },
      pillar: 2,
      status: 'pipeline',
      donors: ['deu'],
      beneficiaries: ['tjk'],
      implementer: 'osce',
      routes: [],
      budget: { amount: 180000, currency: 'EUR' },
      start: '2031-03-01',
      end: '2032-02-29',
    });
    expect(errors(el)).to.deep.equal({});
  });

  it('maps the API’s 422 pointers onto the same fields and focuses the first in the form’s order', async () => {
    const el = await fixture<PactProjectForm>(html`<pact-project-form api=${API_URL}></pact-project-form>`);
    await loaded(el);
    await fillIn(el);
    el.showErrors([
      { pointer: '/budget/currency', rule: 'pattern', message: 'must match pattern "^[A-Z]{3}$"' },
      { pointer: '/donors/0', rule: 'enum', message: 'must be a partner id' },
      { pointer: '/updated', rule: 'readOnly', message: 'is set by the server' },
    ]);
    await el.updateComplete;
    const e = errors(el);
    expect(e['e-budget-currency']).to.equal('Enter a three-letter currency code (ISO 4217), such as EUR.');
    expect(e['e-donors']).to.equal('Choose one of the options.');
    expect($(el, '[part~="summary"]').textContent).to.include('/updated: is set by the server');
    expect(focused(el)).to.equal('f-donors', 'donors come before the budget');
    expect(el.value.budget).to.deep.equal({ amount: 180000, currency: 'EUR' }, 'nothing typed is lost');
  });

  it('edits a record: the id is fixed, and languages the form does not show are kept', async () => {
    const project = {
      id: 'prj-x',
      title: { en: 'Old title', de: 'Alter Titel' },
      summary: { en: 'Summary.' },
      pillar: 1,
      status: 'implementation',
      donors: ['jpn'],
      beneficiaries: ['kaz'],
      implementer: 'unodc',
      routes: ['northern'],
      budget: { amount: 5, currency: 'USD' },
      start: '2024-01-01',
      end: '2025-01-01',
      updated: '2025-01-01T00:00:00Z',
      illustrative: true,
    } as Project;
    const el = await fixture<PactProjectForm>(
      html`<pact-project-form api=${API_URL} .project=${project}></pact-project-form>`,
    );
    await loaded(el);
    expect($(el, '#f-id').disabled).to.equal(true);
    $(el, '#f-title-en').focus();
    $(el, '#f-title-en').select();
    await sendKeys({ type: 'New title' });
    await el.updateComplete;
    expect(el.value.title).to.deep.equal({ en: 'New title', de: 'Alter Titel' });
    expect(el.validate()).to.equal(true);
  });

  it('speaks French with lang="fr": labels and messages', async () => {
    const el = await fixture<PactProjectForm>(html`<pact-project-form api=${API_URL} lang="fr"></pact-project-form>`);
    await loaded(el);
    await save(el);
    expect(errors(el)['e-id']).to.equal('Remplissez ce champ.');
    expect(el.shadowRoot!.querySelector('label[for="f-start"]')!.textContent).to.include('Date de début');
  });

  it('errors already shown follow a change of language', async () => {
    const el = await fixture<PactProjectForm>(html`<pact-project-form api=${API_URL}></pact-project-form>`);
    await loaded(el);
    await save(el);
    expect(errors(el)['e-donors']).to.equal('Choose at least one.');
    el.setAttribute('lang', 'ru');
    await waitUntil(() => errors(el)['e-donors'] === 'Выберите хотя бы один вариант.', 'the error stayed in English');
    expect(errors(el)['e-id']).to.equal('Заполните это поле.');
  });
});
