// Names in all eight languages over real HTTP: CLDR names for the countries the dataset names only
// in English, French and Russian, marked as such; organizations without one fall back to English;
// `q` finds names in every script; `sort=name` follows each language's collation.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Meta, Page, Partner } from '@pact/schema';
import { notOnEdge, readServer, type ReadServer } from './read-server.js';

let server: ReadServer;
before(async () => {
  server = await readServer();
});
after(() => server.close());

async function json<T>(path: string): Promise<T> {
  const res = await fetch(server.url + path);
  assert.equal(res.status, 200, path);
  return (await res.json()) as T;
}
const found = async (q: string) => {
  const page = await json<Page<Partner>>(`/v1/partners?q=${encodeURIComponent(q)}`);
  return { total: page.total, ids: page.data.map((p) => p.id) };
};

describe('names in eight languages', () => {
  test('a country the dataset names in en, fr and ru gets its CLDR names, marked', async () => {
    const germany = await json<Partner>('/v1/partners/deu');
    assert.deepEqual(germany.name, {
      en: 'Germany',
      fr: 'Allemagne',
      ru: 'Германия',
      ar: 'ألمانيا',
      zh: '德国',
      es: 'Alemania',
      de: 'Deutschland',
      it: 'Germania',
    });
    assert.deepEqual(germany.cldrNames, ['ar', 'zh', 'es', 'de', 'it']);
    // The dataset's own names are never replaced.
    assert.equal((await json<Partner>('/v1/partners/rus')).name.en, 'Russian Federation');
  });

  test(
    'a UN M49 region gets its CLDR names in the languages the dataset lacks, marked; never another label',
    notOnEdge("workerd's ICU names no UN M49 region code (143, 030, …): the edge serves the dataset's en/fr/ru names"),
    async () => {
      const { regions } = await json<Meta>('/v1/meta');
      const central = regions.find((r) => r.id === 'central-asia')!;
      assert.deepEqual(central.name, {
        en: 'Central Asia',
        fr: 'Asie centrale',
        ru: 'Центральная Азия',
        ar: 'وسط آسيا',
        zh: '中亚',
        es: 'Asia central',
        de: 'Zentralasien',
        it: 'Asia centrale',
      });
      assert.deepEqual(central.cldrNames, ['ar', 'zh', 'es', 'de', 'it']);
      // CLDR calls 419 "Latin America" and 053 "Australasia": not the UN's names for these regions.
      for (const id of ['latin-america-caribbean', 'australia-new-zealand']) {
        const r = regions.find((x) => x.id === id)!;
        assert.deepEqual(Object.keys(r.name).sort(), ['en', 'fr', 'ru'], id);
        assert.equal(r.cldrNames, undefined, id);
      }
      // Every other region is named in all eight languages.
      const named = regions.filter((r) => Object.keys(r.name).length === 8).length;
      assert.equal(named, regions.length - 2);
    },
  );

  test('an organization keeps only the names the dataset gives (clients fall back to English)', async () => {
    const unodc = await json<Partner>('/v1/partners/unodc');
    assert.deepEqual(Object.keys(unodc.name).sort(), ['en', 'fr', 'ru']);
    assert.equal(unodc.cldrNames, undefined);
  });

  test('an organization’s seat is named in every language (place names are data like names)', async () => {
    const who = await json<Partner>('/v1/partners/who');
    assert.ok(who.kind === 'organization');
    assert.deepEqual(who.seat.names, {
      en: 'Geneva',
      fr: 'Genève',
      ru: 'Женева',
      es: 'Ginebra',
      ar: 'جنيف',
      zh: '日内瓦',
      de: 'Genf',
      it: 'Ginevra',
    });
    assert.equal(who.seat.city, 'Geneva');
    // Every seat of the dataset is in the table.
    const orgs = await json<Page<Partner>>('/v1/partners?kind=organization&limit=100');
    assert.equal(orgs.total, 44);
    assert.deepEqual(
      orgs.data.filter((p) => p.kind === 'organization' && !p.seat.names).map((p) => p.id),
      [],
    );
    // And every name is in its language's script: a missing or misplaced one shows here by its city.
    const inScript = (script: string) =>
      new RegExp(`^(?=.*\\p{Script=${script}})[\\p{Script=${script}} .,'’()（）،·-]+$`, 'u');
    const scripts: Record<string, RegExp> = {
      en: inScript('Latin'),
      fr: inScript('Latin'),
      es: inScript('Latin'),
      de: inScript('Latin'),
      it: inScript('Latin'),
      ru: inScript('Cyrillic'),
      ar: inScript('Arabic'),
      zh: inScript('Han'),
    };
    const wrong: string[] = [];
    for (const p of orgs.data) {
      if (p.kind !== 'organization') continue;
      const names = p.seat.names as Record<string, string | undefined> | undefined;
      for (const [lang, script] of Object.entries(scripts))
        if (!script.test(names?.[lang] ?? '')) wrong.push(`${p.seat.city} (${lang}): ${JSON.stringify(names?.[lang])}`);
      if (names?.['en'] !== p.seat.city) wrong.push(`${p.seat.city} (en): ${JSON.stringify(names?.['en'])}`);
    }
    assert.deepEqual(wrong, []);
  });

  test('q finds names in every script, with or without accents, diacritics and ß', async () => {
    const germany = { total: 1, ids: ['deu'] };
    assert.deepEqual(await found('Alemania'), germany);
    assert.deepEqual(await found('Deutschland'), germany);
    assert.deepEqual(await found('ألمانيا'), germany);
    // Without the hamza, and fully vowelled (harakat)
    assert.deepEqual(await found('المانيا'), germany);
    assert.deepEqual(await found('أَلْمَانِيَا'), germany);
    assert.deepEqual(await found('德国'), germany);
    assert.deepEqual(await found('塔吉克斯坦'), { total: 1, ids: ['tjk'] });
    // Spanish accents: Kazajistán, written with and without its accent
    assert.deepEqual(await found('Kazajistán'), { total: 1, ids: ['kaz'] });
    assert.deepEqual(await found('kazajistan'), { total: 1, ids: ['kaz'] });
    // German ß and ss are one: "Rußland" finds Russland
    assert.deepEqual(await found('Rußland'), { total: 1, ids: ['rus'] });
    assert.deepEqual(await found('Túnez'), { total: 1, ids: ['tun'] });
    assert.equal((await found('Allemania')).total, 0);
  });

  test('Content-Language names the language a list was sorted for', async () => {
    const es = await fetch(`${server.url}/v1/partners?lang=es&limit=1`);
    assert.equal(es.headers.get('content-language'), 'es');
    await es.body?.cancel();
    const none = await fetch(`${server.url}/v1/partners?limit=1`);
    assert.equal(none.headers.get('content-language'), null);
    await none.body?.cancel();
  });

  test('sort=name follows the collation of lang', async () => {
    const countries = async (lang: string) =>
      (await json<Page<Partner>>(`/v1/partners?kind=country&sort=name&lang=${lang}&limit=100`)).data.map(
        (p) => p.name[lang as 'es'] ?? '',
      );
    const es = await countries('es');
    assert.equal(es.length, 82);
    // Spanish: accents do not count (Emiratos Árabes before Eslovaquia), ñ after n (España after Eslovenia)
    assert.deepEqual(
      es.filter((n) => n.startsWith('E')),
      ['Egipto', 'Emiratos Árabes Unidos', 'Eslovaquia', 'Eslovenia', 'España', 'Estados Unidos', 'Estonia'],
    );
    const de = await countries('de');
    // German: Ö sorts as O (Österreich among the Os, not after Z)
    assert.deepEqual(
      de.filter((n) => /^[OÖ]/.test(n)),
      ['Oman', 'Österreich'],
    );
    const zh = await countries('zh');
    // Chinese: by pinyin (阿 a, 埃 ai, 爱 ai, 安 an, 奥 ao)
    assert.deepEqual(zh.slice(0, 2), ['阿尔巴尼亚', '阿尔及利亚']);
  });
});
