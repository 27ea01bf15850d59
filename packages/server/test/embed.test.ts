// /embed/ pages and /oembed over real HTTP, as a partner site's server (WordPress, Drupal) reads them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDataset, startServer, type RunningServer } from '@pact/api/node';
import { embeddableElements, embedHandler, oembedHandler } from '../dist/index.js';
import { LOCALES } from '@pact/schema';

let server: RunningServer;
let base: string;

before(async () => {
  server = await startServer({
    dataset: await loadDataset(),
    handlers: [embedHandler({ frameAncestors: 'https://www.unodc.org https://*.osce.org' }), oembedHandler()],
    log: false,
  });
  base = server.url;
});
after(() => server.close());

const get = async (path: string) => {
  const res = await fetch(`${base}${path}`);
  return { res, text: await res.text() };
};
const oembed = (params: Record<string, string>) => fetch(`${base}/oembed?${new URLSearchParams(params)}`);

test('every element of the manifest has an embed page: its language, title, strict CSP, discovery link and the element', async () => {
  const tags = [...embeddableElements().keys()].sort();
  assert.deepEqual(tags, [
    'pact-partners',
    'pact-partnership',
    'pact-pillar-card',
    'pact-pillars',
    'pact-projects',
    'pact-route-map',
    'pact-timeline',
  ]);
  for (const tag of tags) {
    const { res, text } = await get(`/embed/${tag}?lang=fr`);
    assert.equal(res.status, 200, tag);
    assert.match(res.headers.get('Content-Type') ?? '', /^text\/html/);
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    assert.match(csp, /frame-ancestors https:\/\/www\.unodc\.org https:\/\/\*\.osce\.org(;|$)/, tag);
    assert.match(csp, /require-trusted-types-for 'script'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.match(text, /^<!doctype html><html lang="fr" dir="ltr">/);
    assert.match(text, new RegExp(`<body><${tag}></${tag}></body>`));
    assert.match(text, /<link rel="alternate" type="application\/json\+oembed" href="[^"]+\/oembed\?url=/);
    assert.doesNotMatch(text, /<script>|<style>| style=/, 'nothing inline');
  }
  assert.match((await get('/embed/pact-projects?lang=fr')).text, /<title>Projets<\/title>/);
  assert.match((await get('/embed/pact-route-map?lang=ru')).text, /<title>Карта маршрутов<\/title>/);
  assert.match((await get('/embed/pact-pillar-card?pillar=3')).text, /<title>Pillar 3<\/title>/);
  assert.match((await get('/embed/pact-pillars?lang=ar')).text, /<html lang="ar" dir="rtl">/);
});

test('an embed is named in each of the eight languages: the page title, the iframe title screen readers announce', async () => {
  const titleOf = async (path: string) => /<title>([^<]*)<\/title>/.exec((await get(path)).text)?.[1];
  for (const tag of [...embeddableElements().keys()]) {
    const english = await titleOf(`/embed/${tag}`);
    for (const lang of LOCALES.filter((l) => l !== 'en')) {
      const title = await titleOf(`/embed/${tag}?lang=${lang}`);
      assert.ok(title && title !== english, `${tag} in ${lang}: "${title}" (English: "${english}")`);
    }
  }
  assert.equal(await titleOf('/embed/pact-timeline?lang=ar'), 'التسلسل الزمني');
  assert.equal(await titleOf('/embed/pact-partners?lang=es'), 'Directorio de socios');
  assert.equal(await titleOf('/embed/pact-route-map?lang=zh'), '路线图');
  assert.equal(await titleOf('/embed/pact-pillar-card?pillar=3&lang=de'), 'Säule 3');
  const body = (await (await oembed({ url: `${base}/embed/pact-projects?lang=it`, format: 'json' })).json()) as {
    title: string;
    html: string;
  };
  assert.equal(body.title, 'Progetti');
  assert.match(body.html, / title="Progetti" /);
});

test('attributes reach the element as written, flags without a value, text escaped; theme links its style sheet', async () => {
  const { text } = await get('/embed/pact-partners?member=osce&layout=table&no-controls&limit=5&theme=osce&lang=ru');
  assert.match(text, /<pact-partners member="osce" layout="table" no-controls limit="5"><\/pact-partners>/);
  assert.match(text, /<link rel="stylesheet" href="[^"]+\/cdn\/themes\/osce\.css">/);
  const q = await get(`/embed/pact-projects?q=${encodeURIComponent('"><script>alert(1)</script>')}`);
  assert.equal(q.res.status, 200);
  assert.match(q.text, /<pact-projects q="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;"><\/pact-projects>/);
});

test('an embed URL that cannot be shown is a 400 page saying what is wrong', async () => {
  const cases: [string, RegExp][] = [
    ['/embed/pact-nope', /There is no element &quot;pact-nope&quot; to embed\. The elements are: pact-partners, /],
    ['/embed/pact-provider', /There is no element &quot;pact-provider&quot;/],
    [
      '/embed/pact-pillars?colour=red',
      /&lt;pact-pillars&gt; has no attribute &quot;colour&quot;\. It takes: heading-level, selected, plain, transparent, color-scheme, lang, theme\./,
    ],
    [
      '/embed/pact-partners?member=nato',
      /&quot;member&quot; takes one of &quot;paris-pact&quot;, &quot;pompidou-group&quot;, &quot;osce&quot;, not &quot;nato&quot;/,
    ],
    ['/embed/pact-projects?limit=ten', /&quot;limit&quot; takes a whole number, not &quot;ten&quot;/],
    ['/embed/pact-route-map?centres=no', /&quot;centres&quot; is a flag/],
    ['/embed/pact-pillars?lang=xx', /&quot;lang&quot; takes one of en, fr, ru/],
    ['/embed/pact-pillars?theme=dark', /&quot;theme&quot; takes one of paris-pact, pompidou-group, osce/],
    ['/embed/pact-pillars?lang=fr&lang=ru', /&quot;lang&quot; is given twice/],
    ['/embed/pact-partners?api=https://evil.example/v1', /has no attribute &quot;api&quot;/],
  ];
  for (const [path, message] of cases) {
    const { res, text } = await get(path);
    assert.equal(res.status, 400, path);
    // In English, but where the address asks for French first (lang=fr&lang=ru).
    const title = path.includes('lang=fr')
      ? /<title>Cet élément intégré ne peut pas être affiché<\/title>/
      : /<title>This embed cannot be shown<\/title>/;
    assert.match(text, title, path);
    assert.match(text, message, path);
    assert.match(res.headers.get('Content-Security-Policy') ?? '', /frame-ancestors https:\/\/www\.unodc\.org/);
  }
  // Every mistake at once, not only the first.
  const both = await get('/embed/pact-partners?member=nato&colour=red');
  assert.equal((both.text.match(/<li>/g) ?? []).length, 2);
});

test('the 400 page speaks the language the address asks for (what is wrong stays in English); Arabic right to left', async () => {
  const fr = await get('/embed/pact-partners?lang=fr&member=nato');
  assert.equal(fr.res.status, 400);
  assert.match(fr.text, /<html lang="fr" dir="ltr">/);
  assert.match(fr.text, /<title>Cet élément intégré ne peut pas être affiché<\/title>/);
  assert.match(fr.text, /<h1>Cet élément intégré ne peut pas être affiché<\/h1>/);
  // The reasons quote the address: English, marked as such for screen readers.
  assert.match(fr.text, /<ul lang="en" dir="ltr"><li>&quot;member&quot; takes one of /);
  assert.match(fr.text, /Vérifiez l’adresse du cadre/);
  const ar = await get('/embed/pact-pillars?colour=red&lang=ar');
  assert.match(ar.text, /<html lang="ar" dir="rtl">/);
  assert.match(ar.text, /<h1>لا يمكن عرض هذا العنصر المضمَّن<\/h1>/);
  // The publish page's address keeps its own direction inside the Arabic sentence.
  assert.match(ar.text, /<a href="[^"]*\/publish\/" target="_blank" rel="noopener" dir="ltr">/);
  // A language the kit does not speak, or none: English.
  for (const path of ['/embed/pact-pillars?lang=xx', '/embed/pact-pillars?colour=red']) {
    const { text } = await get(path);
    assert.match(text, /<html lang="en" dir="ltr">/, path);
    assert.match(text, /<h1>This embed cannot be shown<\/h1><ul><li>/, path);
  }
});

test('the scripts and style sheet the pages and their hosts load', async () => {
  for (const [path, type] of [
    ['/embed/frame.js', 'text/javascript'],
    ['/embed/resizer.js', 'text/javascript'],
    ['/embed/embed.css', 'text/css'],
  ]) {
    const { res, text } = await get(path as string);
    assert.equal(res.status, 200, path);
    assert.match(res.headers.get('Content-Type') ?? '', new RegExp(`^${type}`));
    assert.equal(res.headers.get('Access-Control-Allow-Origin'), '*');
    assert.ok(text.length > 100);
  }
  assert.match((await get('/embed/frame.js')).text, /message: 'height', value: height/);
  const post = await fetch(`${base}/embed/pact-pillars`, { method: 'POST' });
  assert.equal(post.status, 405);
});

test('a frame-ancestors value that is not a CSP source list stops the server at start', () => {
  assert.throws(
    () => embedHandler({ frameAncestors: "https://a.example; script-src 'unsafe-inline'" }),
    /frame-ancestors/,
  );
  assert.throws(() => embedHandler({ frameAncestors: ' ' }), /frame-ancestors/);
});

test('oEmbed: a rich answer whose html is an iframe of the embed page, within maxwidth and maxheight', async () => {
  const url = `${base}/embed/pact-partners?member=paris-pact&lang=fr`;
  const res = await oembed({ url, format: 'json' });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('Content-Type') ?? '', /^application\/json/);
  assert.equal(res.headers.get('Access-Control-Allow-Origin'), '*');
  const body = (await res.json()) as Record<string, unknown>;
  assert.deepEqual(
    { ...body, html: undefined },
    {
      version: '1.0',
      type: 'rich',
      title: 'Répertoire des partenaires',
      provider_name: 'Pact Embed',
      provider_url: `${base}/`,
      cache_age: 86400,
      width: 800,
      height: 720,
      html: undefined,
    },
  );
  assert.equal(
    body['html'],
    `<iframe src="${base}/embed/pact-partners?member=paris-pact&amp;lang=fr" title="Répertoire des partenaires" width="800" height="720" loading="lazy" frameborder="0" class="pact-embed"></iframe>`,
  );
  const small = (await (await oembed({ url, maxwidth: '480', maxheight: '300' })).json()) as Record<string, unknown>;
  assert.deepEqual([small['width'], small['height']], [480, 300]);
  assert.match(String(small['html']), /width="480" height="300"/);
});

test('oEmbed discovery: the link of an embed page gives the answer for that page', async () => {
  const { text } = await get('/embed/pact-timeline?partnership=osce&when=past&lang=ru');
  const href = /type="application\/json\+oembed" href="([^"]+)"/.exec(text)?.[1]?.replaceAll('&amp;', '&');
  assert.ok(href);
  const body = (await (await fetch(href)).json()) as { title: string; html: string };
  assert.equal(body.title, 'Хронология');
  const src = /src="([^"]+)"/.exec(body.html)?.[1]?.replaceAll('&amp;', '&');
  assert.equal(src, `${base}/embed/pact-timeline?partnership=osce&when=past&lang=ru`);
  assert.match((await get(src.slice(base.length))).text, /<pact-timeline partnership="osce" when="past">/);
});

test('oEmbed errors as the spec says: 404 for a foreign or unknown URL, 501 for xml, 400 for a missing url or bad size', async () => {
  const cases: [Record<string, string>, number, RegExp][] = [
    [{ url: 'https://evil.example/embed/pact-pillars' }, 404, /Not an embed page of http:\/\/127\.0\.0\.1/],
    [{ url: `${base}/embed/pact-nope` }, 404, /There is no element "pact-nope"/],
    [{ url: `${base}/embed/pact-pillars?colour=red` }, 404, /has no attribute "colour"/],
    [{ url: `${base}/paris-pact.html` }, 404, /Not an embed page/],
    [{ url: 'not a url' }, 404, /not an address/],
    [{ url: `${base}/embed/pact-pillars`, format: 'xml' }, 501, /Only format=json/],
    [{}, 400, /Give the url/],
    [{ url: `${base}/embed/pact-pillars`, maxwidth: '-3' }, 400, /"maxwidth" takes a whole number/],
  ];
  for (const [params, status, detail] of cases) {
    const res = await oembed(params);
    assert.equal(res.status, status, JSON.stringify(params));
    assert.match(res.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
    assert.match(((await res.json()) as { detail: string }).detail, detail, JSON.stringify(params));
  }
});
