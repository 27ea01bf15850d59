// An example page (docs/examples) as a benchmark serves it with another CDN build than the one
// its files were generated from (--cdn DIR): its `<link rel="modulepreload">` lines name that
// build's chunks. A chunk's name changes with each build (its hash), and a line naming another
// build's file would preload nothing but a 404, which would slow that build's load unfairly.
import { readdirSync, readFileSync } from 'node:fs';

/** The page `name` with its modulepreload lines naming the chunks of the CDN folder `cdn`. */
export function examplePage(name, cdn) {
  const files = readdirSync(`${cdn}/chunks`).filter((f) => f.endsWith('.js'));
  const named = (f) => /^(.*)-[\w-]{8}\.js$/.exec(f)?.[1];
  return readFileSync(`docs/examples/${name}`, 'utf8').replace(
    /(<link rel="modulepreload" href="[^"]*chunks\/)([^"]+)"/g,
    (line, head, file) => {
      const same = files.find((f) => named(f) === named(file));
      return same ? `${head}${same}"` : line;
    },
  );
}

/**
 * The example page `name` (of the CDN build `cdn`) with every server-renderable element rendered on
 * the server (renderToString, as GET /v1/render/ gives them), and the strict policy with the hashes
 * of the rendered `<style>` elements, as a CMS would serve it. The page's elements are rendered
 * together (ssrPage: an answer two of them need is carried once); `apart`: each on its own, as
 * separate CMS includes are. `served`: the origin the page is loaded from (the hydrated elements
 * ask that API); `origin`: where the server itself is reached (the data is loaded from there).
 */
export async function ssrExamplePage(name, cdn, { served, origin = served, apart = false }) {
  const { STRICT_CSP } = await import('@pact/api/node');
  const { renderToString, ssrPage, SSR_TAGS } = await import('@pact/elements/ssr');
  let html = examplePage(name, cdn);
  const styles = new Set();
  const together = apart ? undefined : ssrPage();
  for (const tag of SSR_TAGS) {
    const re = new RegExp(`<${tag}((?:\\s+[a-z-]+(?:="[^"]*")?)*)\\s*>[^]*?</${tag}>`, 'g');
    for (const m of [...html.matchAll(re)]) {
      const attributes = Object.fromEntries(
        [...m[1].matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map(([, n, v]) => [n, v ?? '']),
      );
      // The language of the page, as a CMS include would pass it (the server sees no ancestors).
      attributes.lang ??= /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'en';
      const rendered = await renderToString(tag, attributes, {
        api: `${served}/v1`,
        fetch: (url, init) => fetch(String(url).replace(served, origin), init),
        page: together,
      });
      html = html.replace(m[0], rendered.html);
      for (const hash of rendered.styleHashes) styles.add(hash);
    }
  }
  // No data preloaded: the page carries the answers, and the map's outlines are only needed to take
  // over its server-drawn SVG (webmaster guide, "And its data"; preloaded, they slowed the page).
  html = html.replace(/^[ \t]*<link rel="preload" as="fetch"[^>]*>\n/gm, '');
  const csp = STRICT_CSP.replace("style-src 'self'", ["style-src 'self'", ...styles].join(' '));
  return { html, csp };
}
