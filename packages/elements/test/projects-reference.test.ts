// The names <pact-projects> shows beside its rows (partners, pillars, donors) are loaded once per
// API client and shared. A Retry pressed while the first attempt is still failing must not be
// answered by that failure: the names are asked again (the race a loaded CI machine showed: rows
// with "incb" where "International Narcotics Control Board" belonged, after a Retry).
import { expect } from '@open-wc/testing';
import type { PactReader, Partner } from '@pact/sdk';
import { referenceFor } from '@pact/elements/projects/reference';
import { API_URL } from '/__pact/env.js';

/** A real record (the guard keeps valid partners only), from the reference API. */
let INCB: Partner;
before(async () => {
  INCB = (await (await fetch(`${API_URL}/partners/incb`)).json()) as Partner;
});

/** A reader whose partner list fails the first time it is asked (when `release` is called), then answers. */
function flakyReader() {
  let asked = 0;
  let release!: () => void;
  const firstFails = new Promise<void>((ok) => (release = ok));
  const reader = {
    partners: {
      async *all() {
        asked++;
        if (asked === 1) {
          await firstFails;
          throw new Error('500 on purpose');
        }
        yield INCB;
      },
    },
    pillars: { list: async () => ({ data: [], invalid: [] }) },
  } as unknown as PactReader;
  return { reader, release: () => release(), asked: () => asked };
}

describe('the names beside the projects (reference.ts)', () => {
  it('a load that joins one still failing asks again, and gets the names', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const { reader, release, asked } = flakyReader();
      const first = referenceFor('pact-projects', reader); // the first attempt, still under way
      const retry = referenceFor('pact-projects', reader); // Retry pressed meanwhile
      release();
      const [a, b] = await Promise.all([first, retry]);
      expect(a.complete).to.equal(false);
      expect(a.partners.size).to.equal(0);
      expect(b.complete).to.equal(true);
      expect(b.partners.get('incb')?.name.en).to.equal('International Narcotics Control Board');
      // Twice for the names and twice for the donors: the failed attempt, then one more.
      expect(asked()).to.equal(4);
    } finally {
      console.warn = warn;
    }
  });

  it('a complete load is shared: asked once for every listing on the same API', async () => {
    const { reader, release, asked } = flakyReader();
    release();
    const warn = console.warn;
    console.warn = () => {};
    try {
      await referenceFor('pact-projects', reader); // fails (first ask), asked again by the next
      const [x, y] = await Promise.all([referenceFor('pact-projects', reader), referenceFor('pact-projects', reader)]);
      expect(x).to.equal(y);
      expect(x.complete).to.equal(true);
      expect(asked()).to.equal(4);
    } finally {
      console.warn = warn;
    }
  });
});
