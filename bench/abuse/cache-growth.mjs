// Cache growth (issue 14, item 2): the server's RSS after 20,000 distinct hostile list queries,
// built to defeat a response cache: a `q` of only combining marks (which folds to nothing, so it
// matches every record), every page size up to 200, every sort and language, plain and
// compressed. Goal: RSS growth under 64 MB (peak, sampled during the run, against the value
// before it); and /v1/meta's p99 during such a flood at most 3× its value at rest.
export const name = 'cache-growth';

const MARKS = ['\u0300', '\u0301', '\u0302', '\u0303', '\u0308', '\u030a', '\u0327', '\u0328', '\u20dd', '\u0489'];
const SORTS = {
  '/v1/projects': ['start', '-start', 'title', '-title', 'budget', '-budget'],
  '/v1/partners': ['name', '-name'],
};
const LANGS = ['en', 'fr', 'ru', 'ar', 'zh', 'es', 'de', 'it', 'zh-Hant-TW', 'pt-BR'];
const ENCODINGS = [undefined, 'gzip', 'br'];

/** The `i`-th hostile query: distinct for every i (its q spells i in combining marks). */
export function hostile(i) {
  const q = String(i)
    .split('')
    .map((d) => MARKS[Number(d)])
    .join('');
  const path = i % 3 === 0 ? '/v1/partners' : '/v1/projects';
  const sorts = SORTS[path];
  const limit = 200 - (i % 60);
  const query = `q=${encodeURIComponent(q)}&limit=${limit}&sort=${sorts[i % sorts.length]}&lang=${LANGS[i % LANGS.length]}`;
  return { target: `${path}?${query}`, encoding: ENCODINGS[i % ENCODINGS.length] };
}

export async function run({ url, metaP99, rssMB }) {
  const total = 20_000;
  const concurrency = 8;
  const before = rssMB();
  let peak = before;
  let next = 0;
  let errors = 0;
  const worker = async () => {
    while (next < total) {
      const { target, encoding } = hostile(next++);
      const res = await fetch(url + target, { headers: encoding ? { 'Accept-Encoding': encoding } : {} });
      await res.arrayBuffer();
      if (res.status !== 200) errors++;
      if (next % 500 === 0) peak = Math.max(peak, rssMB());
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - t0) / 1000;
  const after = rssMB();
  peak = Math.max(peak, after);
  if (errors) throw new Error(`${errors} of ${total} hostile queries were not answered 200`);

  const rest = await metaP99();
  let k = total;
  const attack = async () => {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        const { target, encoding } = hostile(k++);
        const res = await fetch(url + target, { headers: encoding ? { 'Accept-Encoding': encoding } : {} });
        await res.arrayBuffer();
      }),
    );
  };
  const under = await metaP99(attack);
  return [
    {
      case: `20,000 distinct hostile queries in ${seconds.toFixed(0)} s (RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)}, end ${after.toFixed(0)} MB)`,
      metric: 'server RSS growth (peak)',
      value: peak - before,
      goal: 64,
      unit: 'MB',
      ok: peak - before < 64,
    },
    {
      case: `/v1/meta p99 during the flood (${under.toFixed(1)} ms vs ${rest.toFixed(1)} ms at rest)`,
      metric: 'p99 under attack / p99 at rest',
      value: under / rest,
      goal: 3,
      unit: '×',
      ok: under / rest <= 3,
    },
  ];
}
