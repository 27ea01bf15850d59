import type { LocalizedText } from '@pact/schema';

/** Case-, accent- and script-variant-insensitive form of a string for matching. */
export function fold(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .replace(/[øœ]/g, (c) => (c === 'ø' ? 'o' : 'oe'))
      .replace(/æ/g, 'ae')
      .replace(/[łı]/g, (c) => (c === 'ł' ? 'l' : 'i'))
      .replace(/ё/g, 'е')
      // Arabic: the tatweel (a stretching stroke) is not a letter; alif maqsura is searched as ya
      // (harakat and the hamza on alif are marks, gone with NFKD above: أ -> ا).
      .replace(/\u0640/g, '')
      .replace(/ى/g, 'ي')
      .replace(/[\s\u2010-\u2015'’-]+/g, ' ')
      .trim()
  );
}

/** The folded search text of a record: every language version of its texts and its codes, joined. */
export function searchText(texts: LocalizedText[], codes: string[]): string {
  const all = texts.flatMap((t) => Object.values(t).filter((v): v is string => typeof v === 'string'));
  return fold([...all, ...codes].join('\u0001'));
}
