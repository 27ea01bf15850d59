/** A valid country partner and a valid project, as the schema's tests start from. */
export const country = {
  id: 'tjk',
  kind: 'country',
  name: { en: 'Tajikistan', fr: 'Tadjikistan', ru: 'Таджикистан' },
  iso2: 'TJ',
  iso3: 'TJK',
  isoNumeric: '762',
  region: 'central-asia',
  memberships: [{ partnership: 'paris-pact', status: 'member', verified: true }],
  priority: { value: true, confidence: 'high', basis: 'UNODC' },
  routes: [{ route: 'northern', role: 'transit' }],
};

export const project = {
  id: 'prj-1',
  title: { en: 'T' },
  summary: { en: 'S' },
  pillar: 2,
  status: 'closed',
  donors: ['fra'],
  beneficiaries: ['tjk'],
  implementer: 'unodc',
  routes: ['northern'],
  budget: { amount: 1000, currency: 'EUR' },
  start: '2020-01-01',
  end: '2021-12-31',
  updated: '2026-01-01T00:00:00Z',
  illustrative: true,
};
