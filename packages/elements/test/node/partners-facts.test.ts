// What <pact-partners> says about the certainty of its list (partners/facts.ts), in Node: the counts
// of listed, confirmed and possible members, the sentence built from them in English and Russian,
// the count noun of each partnership, and the dataset's caveats that concern the list shown. The
// fixture mixes every case (confirmed, unconfirmed, possible, former, other partnership, none), so a
// count that takes the wrong records differs from the right one.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import type { Partner } from '@pact/sdk';
import { PARTNERS } from '../../src/core/count.js';
import { catalogReady, withLocale } from '../../src/core/i18n.js';
import {
  MEMBERS,
  PARTICIPATING_STATES,
  caveatsFor,
  certaintyText,
  countFormsFor,
  membershipCertainty,
} from '../../src/partners/facts.js';

type Membership = Partner['memberships'][number];
const partner = (id: string, ...memberships: Partial<Membership>[]): Partner =>
  ({ id, memberships: memberships.map((m) => ({ verified: false, ...m })) }) as unknown as Partner;

const PARTNERS_FIXTURE: Partner[] = [
  partner('a', { partnership: 'pompidou-group', status: 'member', verified: true }),
  partner('b', { partnership: 'pompidou-group', status: 'member', verified: false }),
  partner(
    'c',
    { partnership: 'pompidou-group', status: 'member', verified: true },
    { partnership: 'osce', status: 'member' },
  ),
  partner('d', { partnership: 'pompidou-group', status: 'possible' }),
  partner('e', { partnership: 'osce', status: 'possible' }, { partnership: 'pompidou-group', status: 'former' }),
  partner('f', { partnership: 'paris-pact', status: 'member', verified: true }),
  partner('g', { partnership: 'pompidou-group', status: 'possible' }),
  partner('h'),
];

describe('partners/facts: how certain a member list is', () => {
  before(async () => {
    await catalogReady('ru');
  });

  it('counts listed and confirmed members and collects the possible ones of one partnership', () => {
    const pompidou = membershipCertainty(PARTNERS_FIXTURE, 'pompidou-group');
    assert.deepEqual(
      {
        listed: pompidou.listed,
        confirmed: pompidou.confirmed,
        possible: pompidou.possible,
        members: pompidou.possibleMembers?.map((p) => p.id),
      },
      { listed: 3, confirmed: 2, possible: 2, members: ['d', 'g'] },
    );
    const osce = membershipCertainty(PARTNERS_FIXTURE, 'osce');
    assert.deepEqual(
      {
        listed: osce.listed,
        confirmed: osce.confirmed,
        possible: osce.possible,
        members: osce.possibleMembers?.map((p) => p.id),
      },
      { listed: 1, confirmed: 0, possible: 1, members: ['e'] },
    );
    assert.deepEqual(membershipCertainty([], 'paris-pact'), {
      listed: 0,
      confirmed: 0,
      possible: 0,
      possibleMembers: [],
    });
  });

  it('says how many are listed and confirmed, and how many possible members are not shown', () => {
    const c = membershipCertainty(PARTNERS_FIXTURE, 'pompidou-group');
    assert.equal(
      certaintyText('en', c, MEMBERS, false),
      '3 members listed, 2 of them confirmed by the sources; the list is incomplete. Not shown: 2 possible members.',
    );
    assert.equal(
      certaintyText('en', c, MEMBERS, true),
      '3 members listed, 2 of them confirmed by the sources; the list is incomplete.',
    );
    assert.equal(
      withLocale('ru', () => certaintyText('ru', { listed: 34, confirmed: 6, possible: 1 }, PARTNERS, false)),
      '34 партнёра в списке; подтверждено источниками: 6. Список неполный. Не показаны: 1 возможный член.',
    );
  });

  it('says nothing when every listed member is confirmed and none is only possible', () => {
    assert.equal(certaintyText('en', { listed: 4, confirmed: 4, possible: 0 }, MEMBERS, false), '');
    // All confirmed but some possible, or none possible but some unconfirmed: a sentence.
    assert.equal(
      certaintyText('en', { listed: 4, confirmed: 4, possible: 1 }, MEMBERS, false),
      '4 members listed, 4 of them confirmed by the sources; the list is incomplete. Not shown: 1 possible member.',
    );
    assert.equal(
      certaintyText('en', { listed: 1, confirmed: 0, possible: 0 }, PARTICIPATING_STATES, false),
      '1 participating State listed, 0 of them confirmed by the sources; the list is incomplete.',
    );
  });

  it('counts each partnership’s members by its own word', () => {
    assert.equal(countFormsFor('osce'), PARTICIPATING_STATES);
    assert.equal(countFormsFor('pompidou-group'), MEMBERS);
    assert.equal(countFormsFor('paris-pact'), PARTNERS);
    assert.equal(countFormsFor(''), PARTNERS);
  });

  it('picks the dataset’s caveats that name the partnership listed', () => {
    const { caveats } = JSON.parse(readFileSync(new URL('../../../api/data/meta.json', import.meta.url), 'utf8')) as {
      caveats: string[];
    };
    const about = (member: Parameters<typeof caveatsFor>[1]) => caveatsFor(caveats, member);
    // Each partnership's caveats, and never one about another partnership only.
    const pompidou = about('pompidou-group');
    const paris = about('paris-pact');
    assert.ok(pompidou.length >= 2 && pompidou.length < caveats.length);
    assert.ok(pompidou.every((c) => /pompidou/i.test(c)));
    assert.ok(paris.length >= 2 && paris.length < caveats.length);
    assert.ok(paris.every((c) => /Paris Pact|UNODC/i.test(c)));
    assert.ok(!paris.includes(pompidou[0] ?? ''));
    assert.deepEqual(about(''), []);
    // Whole words, any case: "UNODC's" counts, "OSCEX" does not.
    assert.deepEqual(caveatsFor(['the osce list', 'OSCEX list', 'UNODC’s page', 'a pompidou note'], 'osce'), [
      'the osce list',
    ]);
    assert.deepEqual(caveatsFor(['the osce list', 'the paris pact page', 'UNODC’s page', 'unodcs'], 'paris-pact'), [
      'the paris pact page',
      'UNODC’s page',
    ]);
    assert.deepEqual(caveatsFor(['Pompidou Group', 'pompidou', 'Pompidous'], 'pompidou-group'), [
      'Pompidou Group',
      'pompidou',
    ]);
  });
});
