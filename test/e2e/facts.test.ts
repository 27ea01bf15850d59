// Issue 13, "Honest content": the three example pages, read as a visitor reads them, in each page's
// language. Each check fails if what an officer of UNODC, the OSCE or the Council of Europe spotted
// comes back: illustrative projects that look real, presumed priority flags shown as fact, the
// Paris Pact's pillars presented as the Pompidou Group's, a member list that hides how little of it
// is confirmed, a count noun that contradicts what is listed, calques, an unsourced UNODC address.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import type { Meta, Partner, Project } from '@pact/sdk';
import { deepText, launch, startSite, waitForWidgets, watchedPage, type Site } from './harness.js';
import { assertEvery } from '../support/assert-every.js';

let site: Site;
let browser: Browser;
let partners: Partner[];
let meta: Meta;
before(async () => {
  site = await startSite();
  browser = await launch();
  partners = ((await (await fetch(`${site.url}/v1/partners?limit=200`)).json()) as { data: Partner[] }).data;
  meta = (await (await fetch(`${site.url}/v1/meta`)).json()) as Meta;
});
after(async () => {
  await browser?.close();
  await site?.close();
});

async function open(file: string): Promise<Page> {
  const w = await watchedPage(browser);
  await w.page.goto(`${site.url}/${file}`, { waitUntil: 'load' });
  const widgets = await waitForWidgets(w.page);
  for (const wd of widgets) assert.ok(wd.loaded && !wd.error, `${wd.tag} loaded: ${wd.errorText ?? ''}`);
  return w.page;
}

/** The text of each element matching `selector` inside the shadow root of the first `host`. */
function shadowTexts(page: Page, host: string, selector: string): Promise<string[]> {
  return page.$eval(
    host,
    (el, sel) =>
      [...(el.shadowRoot?.querySelectorAll(sel) ?? [])].map((n) => (n.textContent ?? '').replace(/\s+/g, ' ').trim()),
    selector,
  );
}

/** Each partner card or table row: its name and the texts of its badges. */
function partnerRows(page: Page, host = 'pact-partners'): Promise<{ name: string; badges: string[] }[]> {
  return page.$eval(host, (el) =>
    [...(el.shadowRoot?.querySelectorAll('.card, tbody tr') ?? [])].map((row) => ({
      name: (row.querySelector('[part~="name"]')?.textContent ?? '').trim(),
      badges: [...row.querySelectorAll('[part~="badge"]')].map((b) =>
        (b.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ),
    })),
  );
}

const byName = (lang: 'en' | 'fr' | 'ru') => {
  const map = new Map<string, Partner>();
  for (const p of partners) map.set(p.name[lang] ?? p.name.en, p);
  return map;
};

/** Every priority badge of the page's partner list says what the flag's confidence allows. */
async function checkPriorityBadges(page: Page, lang: 'en' | 'fr' | 'ru', confirmed: string, presumed: string) {
  const names = byName(lang);
  const rows = await partnerRows(page);
  let seenPresumed = 0;
  let seenConfirmed = 0;
  for (const row of rows) {
    const p = names.get(row.name);
    assert.ok(p, `a partner named ${row.name}`);
    const flag = p.kind === 'country' && p.priority.value === true ? p.priority.confidence : null;
    const badges = row.badges.filter((b) => b === confirmed || b === presumed);
    if (flag === 'high') {
      assert.deepEqual(badges, [confirmed], `${row.name}: high confidence`);
      seenConfirmed++;
    } else if (flag) {
      assert.deepEqual(badges, [presumed], `${row.name}: ${flag} confidence is shown as presumed, not as fact`);
      seenPresumed++;
    } else assert.deepEqual(badges, [], `${row.name}: no priority flag`);
  }
  return { seenConfirmed, seenPresumed };
}

describe('paris-pact.html (English)', () => {
  let page: Page;
  before(async () => {
    page = await open('paris-pact.html');
  });
  after(() => page?.close());

  test('projects: a notice before the list and a "Fictitious example" mark on each illustrative row', async () => {
    const notice = await shadowTexts(page, 'pact-projects', '[part~="illustrative-notice"]');
    assert.equal(notice.length, 1);
    assert.match(notice[0]!, /^Fictitious examples\. .*not real projects/);
    const ids = await page.$eval('pact-projects', (el) =>
      [...(el.shadowRoot?.querySelectorAll('[part~="row"]') ?? [])].map((r) => ({
        id: r.getAttribute('data-id'),
        mark: r.querySelector('[part~="illustrative"]')?.textContent?.trim() ?? null,
      })),
    );
    assert.ok(ids.length >= 10, `rows shown: ${ids.length}`);
    const projects = ((await (await fetch(`${site.url}/v1/projects?limit=200`)).json()) as { data: Project[] }).data;
    for (const r of ids) {
      const p = projects.find((x) => x.id === r.id);
      assert.ok(p, `project ${r.id}`);
      assert.equal(r.mark, p.illustrative ? 'Fictitious example' : null, `${r.id} marked as its data says`);
    }
  });

  test('pillars: each count of illustrative projects says they are fictitious examples', async () => {
    const counts = await shadowTexts(page, 'pact-pillars', '[part~="count"]');
    assert.equal(counts.length, 4);
    assert.ok(meta.illustrative.some((i) => i.collection === 'projects'));
    for (const c of counts) assert.match(c, /^\d+ projects? \(fictitious examples, not real projects\)$/);
  });

  test('footer says "fictitious examples" plainly', async () => {
    const footer = await page.$eval('footer', (f) => (f.textContent ?? '').replace(/\s+/g, ' '));
    assert.match(footer, /fictitious examples/);
    assert.doesNotMatch(footer, /illustrative/);
  });

  test('partners: no medium-confidence flag shown as "Priority country"; what the badges mean is written out', async () => {
    const seen = await checkPriorityBadges(page, 'en', 'Priority country', 'Presumed priority country');
    assert.ok(seen.seenConfirmed >= 5 && seen.seenPresumed >= 5, JSON.stringify(seen));
    const bulgaria = (await partnerRows(page)).find((r) => r.name === 'Bulgaria');
    assert.ok(bulgaria?.badges.includes('Presumed priority country'));
    const [note] = await shadowTexts(page, 'pact-partners', '[part~="priority-note"]');
    assert.match(note ?? '', /There is no official list of Paris Pact priority countries/);
  });

  test('partners: the count is of partners, with the dataset caveats about the list next to it (the 22 of the UNODC page)', async () => {
    const [count] = await shadowTexts(page, 'pact-partners', '[part~="count"]');
    const total = partners.filter((p) =>
      p.memberships.some((m) => m.partnership === 'paris-pact' && m.status === 'member'),
    ).length;
    assert.equal(count, `${total} partners`);
    const [caveats] = await shadowTexts(page, 'pact-partners', '[part~="caveats"]');
    const expected = meta.caveats.filter((c) => /UNODC|Paris Pact/.test(c));
    assert.ok(
      expected.some((c) => /\b22\b/.test(c)),
      'the dataset has the caveat',
    );
    for (const c of expected) assert.ok(caveats?.includes(c), `caveat shown: ${c}`);
    const header = await page.$eval('header', (h) => h.textContent ?? '');
    assert.match(header, /UNODC page states\s+22/);
  });

  test('route map: only high-confidence flags are highlighted; the table lists the presumed ones with their basis', async () => {
    const highlighted = await page.$eval('pact-route-map', (el) =>
      [...(el.shadowRoot?.querySelectorAll('.country.priority') ?? [])].map((c) =>
        c.getAttribute('data-key')?.slice('country:'.length),
      ),
    );
    const iso3 = (id: string) => partners.find((p) => p.id === id && p.kind === 'country') as { iso3: string };
    for (const id of ['afg', 'tjk', 'pak']) assert.ok(highlighted.includes(iso3(id).iso3), id);
    for (const id of ['bgr', 'hrv', 'rou', 'tur'])
      assert.ok(!highlighted.includes(iso3(id).iso3), `${id} not highlighted`);
    await page.$eval('pact-route-map', (el) =>
      [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~="view-button"]') ?? [])]
        .find((b) => b.textContent?.trim() === 'Table')
        ?.click(),
    );
    await page.waitForFunction(
      () => !!document.querySelector('pact-route-map')?.shadowRoot?.querySelector('[part~="priority-table"]'),
    );
    const rows = await page.$eval('pact-route-map', (el) =>
      [...(el.shadowRoot?.querySelectorAll('[part~="priority-table"] tbody tr') ?? [])].map((r) =>
        [...r.children].map((c) => c.textContent?.trim()),
      ),
    );
    const flagged = partners.filter((p) => p.kind === 'country' && p.priority.value === true);
    assert.equal(rows.length, flagged.length);
    const bulgaria = partners.find((p) => p.id === 'bgr');
    assert.ok(bulgaria?.kind === 'country' && bulgaria.priority.confidence !== 'high');
    assert.deepEqual(
      rows.find((r) => r[0] === 'Bulgaria'),
      ['Bulgaria', 'Presumed priority country (not highlighted)', bulgaria.priority.basis],
    );
    assert.equal(rows.find((r) => r[0] === 'Tajikistan')?.[1], 'Priority country (highlighted)');
  });

  test('the UNODC link is the address the sources give', async () => {
    const hrefs = await page.$$eval('a[href*="unodc.org"]', (as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(hrefs, ['https://www.unodc.org/unodc/en/drug-trafficking/paris-pact-initiative.html']);
  });
});

describe('pompidou-group.html (French)', () => {
  let page: Page;
  before(async () => {
    page = await open('pompidou-group.html');
  });
  after(() => page?.close());

  test('the Paris Pact pillars are shown only with text that says they are the Paris Pact’s', async () => {
    const section = await page.$eval('pact-pillars', (el) => el.closest('section')?.textContent ?? '');
    assert.match(section, /piliers du Pacte de Paris/);
    assert.match(section, /ce ne sont pas ceux du Groupe Pompidou/);
    assert.doesNotMatch(await page.title(), /pilier/i);
  });

  test('members: counted as members, how many are confirmed, that the list is incomplete, unconfirmed rows marked, possible members shown', async () => {
    const members = partners.filter((p) =>
      p.memberships.some((m) => m.partnership === 'pompidou-group' && m.status === 'member'),
    );
    const confirmed = members.filter((p) =>
      p.memberships.some((m) => m.partnership === 'pompidou-group' && m.status === 'member' && m.verified),
    );
    const possible = partners.filter((p) =>
      p.memberships.some((m) => m.partnership === 'pompidou-group' && m.status === 'possible'),
    );
    assert.ok(
      confirmed.length < members.length && possible.length > 0,
      'the data has unconfirmed and possible members',
    );
    const [count] = await shadowTexts(page, 'pact-partners', '[part~="count"]');
    assert.equal(count, `${members.length} membres`);
    const [certainty] = await shadowTexts(page, 'pact-partners', '[part~="certainty"]');
    assert.equal(
      certainty,
      `${members.length} membres dans la liste ; confirmés par les sources : ${confirmed.length}. La liste est incomplète.`,
    );
    const rows = await partnerRows(page);
    assert.equal(rows.length, members.length);
    const unconfirmed = rows.filter((r) => r.badges.some((b) => /^Groupe Pompidou \(non confirmé\)$/.test(b)));
    assert.equal(unconfirmed.length, members.length - confirmed.length);
    const shown = await shadowTexts(page, 'pact-partners', '[part~="possible"] li');
    assert.deepEqual([...shown].sort(), possible.map((p) => p.name.fr ?? p.name.en).sort());
    const intro = await page.$eval('#membres + p', (p) => p.textContent ?? '');
    assert.match(intro, /41 membres/);
    assert.match(intro, /incomplète/);
  });

  test('projects and pillars in French: fictitious examples marked, French wording', async () => {
    const [notice] = await shadowTexts(page, 'pact-projects', '[part~="illustrative-notice"]');
    assert.match(notice ?? '', /^Exemples fictifs\./);
    const marks = await shadowTexts(page, 'pact-projects', '[part~="illustrative"]');
    const rows = await shadowTexts(page, 'pact-projects', '[part~="row"]');
    assert.equal(marks.length, rows.length);
    assertEvery(marks, (m) => m === 'Exemple fictif', 'marks');
    const text = await deepText(page, 'pact-projects');
    assert.match(text, /Organisme d’exécution/);
    assert.doesNotMatch(text, /Mise en œuvre/);
    const counts = await shadowTexts(page, 'pact-pillars', '[part~="count"]');
    for (const c of counts) assert.match(c, /\(exemples fictifs, pas de vrais projets\)$/);
    const footer = await page.$eval('footer', (f) => (f.textContent ?? '').replace(/\s+/g, ' '));
    assert.match(footer, /exemples fictifs/);
  });

  test('the reader’s controls in French: "Statut", "Les plus récents d’abord"', async () => {
    // The Pompidou page fixes the pillar; status and sort are still the reader's.
    const labels = await shadowTexts(page, 'pact-projects', 'label');
    assert.ok(labels.includes('Statut'), labels.join(' | '));
    const sorts = await shadowTexts(page, 'pact-projects', 'select option');
    assert.ok(sorts.includes('Les plus récents d’abord'), sorts.join(' | '));
    assert.ok(!sorts.some((s) => /Début le plus récent/.test(s)));
  });
});

describe('osce.html (Russian)', () => {
  let page: Page;
  before(async () => {
    page = await open('osce.html');
  });
  after(() => page?.close());

  test('the count names participating States, with the Russian plural form', async () => {
    const [count] = await shadowTexts(page, 'pact-partners', '[part~="count"]');
    const n = partners.filter((p) =>
      p.memberships.some((m) => m.partnership === 'osce' && m.status === 'member'),
    ).length;
    assert.equal(n, 57);
    assert.equal(count, '57 государств-участников');
  });

  test('priority flags in Russian: presumed ones are not shown as fact', async () => {
    const seen = await checkPriorityBadges(page, 'ru', 'Приоритетная страна', 'Предположительно приоритетная страна');
    assert.ok(seen.seenPresumed >= 5, JSON.stringify(seen));
  });

  test('fictitious projects marked, footer plain; no calque on the map', async () => {
    const [notice] = await shadowTexts(page, 'pact-projects', '[part~="illustrative-notice"]');
    assert.match(notice ?? '', /^Вымышленные примеры\./);
    const marks = await shadowTexts(page, 'pact-projects', '[part~="illustrative"]');
    assert.ok(marks.length > 0 && marks.every((m) => m === 'Вымышленный пример'));
    const footer = await page.$eval('footer', (f) => (f.textContent ?? '').replace(/\s+/g, ' '));
    assert.match(footer, /вымышленные примеры/);
    assert.doesNotMatch(footer, /для иллюстрации/);
    const labels = await page.$eval('pact-route-map', (el) =>
      [...(el.shadowRoot?.querySelectorAll('[aria-label]') ?? [])].map((c) => c.getAttribute('aria-label') ?? ''),
    );
    assert.ok(labels.some((l) => l.includes('Не находится на показанных маршрутах')));
    assert.ok(!labels.some((l) => l.includes('Не лежит')));
  });
});
