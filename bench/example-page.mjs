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
