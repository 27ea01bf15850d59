import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Partner, Project } from '@pact/schema';
import { loadDataset } from '../../src/load.js';
import type { Account, PactDatabase, WriteResult } from '../../src/db/index.js';
import { accounts, backends } from './support.js';

const seed = await loadDataset();
const template = seed.projects.find((p) => p.implementer === 'osce')!;
const wco = seed.partners.find((p) => p.id === 'wco')!;
let serial = 0;

/** A new project; `own` makes OSCE its implementer, otherwise WCO implements it with Japan as donor. */
const newProject = (own: boolean): Project => ({
  ...template,
  id: `test-${++serial}-${own ? 'own' : 'other'}`,
  implementer: own ? 'osce' : 'wco',
  donors: own ? template.donors : ['jpn'],
  illustrative: true,
});
const newPartner = (): Partner => ({
  ...wco,
  id: `test-org-${++serial}`,
  name: { en: `Test organization ${serial}` },
  memberships: [{ partnership: 'osce', status: 'partner', verified: false }],
  routes: [],
});

const ok = <T>(r: WriteResult<T>) => {
  if (!r.ok) assert.fail(`write refused: ${JSON.stringify(r.error)}`);
  return r;
};

for (const backend of await backends()) {
  const t = (name: string, fn: () => Promise<void>) => test(`${backend.name}: ${name}`, fn);

  describe(`writes on ${backend.name}`, () => {
    let db: PactDatabase;
    let admin: Account;
    const etag = async (kind: 'project' | 'partner', id: string) => (await db.getRecord(kind, id))!.etag;
    const lastChange = async () => (await db.listChanges({ limit: 1000 })).data.at(-1)!;
    before(async () => {
      db = await backend.open();
      admin = (await accounts(db, 'unodc')).coordinator;
    });
    after(() => db?.close());

    t('create, update (merge patch), withdraw a project: snapshot, ETag and change log follow', async () => {
      const { partner } = await accounts(db, 'osce');
      const project = newProject(true);
      const created = ok(await db.createProject(partner, project));
      assert.equal(created.etag, '"v1"');
      assert.notEqual(created.record.updated, project.updated);
      assert.deepEqual((({ revision: _r, at: _a, patch: _p, ...c }) => c)(await lastChange()), {
        account: partner.id,
        organization: 'osce',
        kind: 'project',
        id: project.id,
        change: 'create',
      });
      const status = project.status === 'suspended' ? 'pipeline' : 'suspended';
      const updated = ok(
        await db.updateProject(
          partner,
          project.id,
          { status, title: { fr: null, en: 'New title' } },
          { ifMatch: created.etag },
        ),
      );
      assert.equal(updated.etag, '"v2"');
      assert.equal(updated.record.title.fr, undefined);
      const change = await lastChange();
      assert.equal(change.change, 'update');
      assert.deepEqual(
        change.patch.filter((op) => op.path !== '/updated').sort((a, b) => a.path.localeCompare(b.path)),
        [
          { op: 'replace', path: '/status', value: status },
          { op: 'replace', path: '/title/en', value: 'New title' },
          { op: 'remove', path: '/title/fr' },
        ].filter((op) => project.title.fr !== undefined || op.op !== 'remove'),
      );
      let snap = await db.snapshot();
      assert.equal(snap.dataset.projects.find((p) => p.id === project.id)?.status, status);
      const count = snap.dataset.projects.length;
      ok(await db.withdrawProject(partner, project.id, { ifMatch: updated.etag }));
      assert.equal((await lastChange()).change, 'withdraw');
      snap = await db.snapshot();
      assert.equal(snap.dataset.projects.length, count - 1);
      assert.equal(
        snap.dataset.projects.some((p) => p.id === project.id),
        false,
      );
      const again = await db.updateProject(partner, project.id, { status: 'closed' }, { ifMatch: '"v3"' });
      assert.deepEqual(again, { ok: false, error: { kind: 'not-found', record: `project/${project.id}` } });
      // Created again by its owner (the desk's undo): live again at a new version, logged as a create.
      const restored = ok(await db.createProject(partner, project));
      assert.equal(restored.etag, '"v4"');
      assert.equal((await lastChange()).change, 'create');
      snap = await db.snapshot();
      assert.equal(snap.dataset.projects.length, count);
      assert.equal(snap.dataset.projects.find((p) => p.id === project.id)?.title.en, project.title.en);
      const twice = await db.createProject(partner, project);
      assert.ok(!twice.ok && twice.error.kind === 'conflict' && /already exists/.test(twice.error.reason));
    });

    t('refusals name the field and rule, or the precondition, and change nothing', async () => {
      const { partner } = await accounts(db, 'osce');
      const p = ok(await db.createProject(partner, newProject(true)));
      const exported = await db.exportDataset();
      const pre = { ifMatch: p.etag };
      const cases: [Promise<WriteResult<unknown>>, unknown][] = [
        [
          db.updateProject(partner, p.record.id, { pillar: 9 }, pre),
          { kind: 'validation', pointer: '/pillar', rule: 'enum' },
        ],
        [
          db.updateProject(partner, p.record.id, { extra: 1 }, pre),
          { kind: 'validation', pointer: '/extra', rule: 'additionalProperties' },
        ],
        [
          db.updateProject(partner, p.record.id, { donors: ['nowhere', 'osce'] }, pre),
          { kind: 'validation', pointer: '/donors/0', rule: 'reference' },
        ],
        [
          db.updateProject(partner, p.record.id, { id: 'renamed' }, pre),
          { kind: 'validation', pointer: '/id', rule: 'const' },
        ],
        [db.updateProject(partner, p.record.id, [1], pre), { kind: 'validation', pointer: '', rule: 'type' }],
        [
          db.createProject(partner, { ...newProject(true), title: undefined }),
          { kind: 'validation', pointer: '/title', rule: 'required' },
        ],
        [db.updateProject(partner, p.record.id, { status: 'closed' }, {}), { kind: 'precondition-required' }],
        [
          db.updateProject(partner, p.record.id, { status: 'closed' }, { ifMatch: '"v9"' }),
          { kind: 'precondition-failed', etag: p.etag },
        ],
        [
          db.withdrawProject(partner, p.record.id, { ifMatch: 'W/"v1"' }),
          { kind: 'precondition-failed', etag: p.etag },
        ],
        [db.updateProject(partner, 'no-such-project', {}, pre), { kind: 'not-found' }],
        [db.updateProject(partner, p.record.id, { implementer: 'wco', donors: ['jpn'] }, pre), { kind: 'forbidden' }],
        [db.withdrawPartner(admin, 'osce', { ifMatch: await etag('partner', 'osce') }), { kind: 'conflict' }],
      ];
      for (const [promise, expected] of cases) {
        const r = await promise;
        assert.equal(r.ok, false, JSON.stringify(expected));
        if (r.ok) continue;
        const e = r.error;
        const flat =
          e.kind === 'validation' ? { kind: e.kind, pointer: e.errors[0]!.pointer, rule: e.errors[0]!.rule } : e;
        for (const [k, v] of Object.entries(expected as object))
          assert.equal((flat as Record<string, unknown>)[k], v, JSON.stringify(r));
      }
      assert.equal(await db.exportDataset(), exported);
    });

    t('If-Match (the db API; HTTP takes one strong tag only): "*", a list with spaces, never a weak tag', async () => {
      const { partner } = await accounts(db, 'osce');
      const p = ok(await db.createProject(partner, newProject(true)));
      const patch = (title: string, ifMatch: string) =>
        db.updateProject(partner, p.record.id, { title: { en: title } }, { ifMatch });
      // A weak tag, a list without the current tag, a tag that only contains it: refused.
      for (const ifMatch of [`W/${p.etag}`, '"v7", "v8"', `"x${p.etag.slice(1)}`]) {
        const r = await patch('refused', ifMatch);
        assert.ok(!r.ok && r.error.kind === 'precondition-failed', `${ifMatch}: ${JSON.stringify(r)}`);
      }
      const listed = ok(await patch('by a list', `"v7",  ${p.etag} ,"v9"`));
      assert.equal(listed.etag, '"v2"');
      const any = ok(await patch('by a star', ' * '));
      assert.equal(any.etag, '"v3"');
      assert.equal((await db.getRecord('project', p.record.id))?.etag, '"v3"');
    });

    t('each refusal of the db API in its own words: roles, references, dates, patches, memberships', async () => {
      const { partner, reader } = await accounts(db, 'osce');
      const refused = async (r: Promise<WriteResult<unknown>>) => {
        const res = await r;
        return res.ok ? assert.fail(`accepted: ${JSON.stringify(res.record).slice(0, 80)}`) : res.error;
      };
      const before = await db.exportDataset();
      assert.deepEqual(await refused(db.createProject(reader, newProject(true))), {
        kind: 'forbidden',
        reason: 'a reader key may not write',
      });
      const any = { ifMatch: '*' };
      const member = { partnership: 'paris-pact', status: 'member', verified: true };
      for (const [what, write] of [
        ['partner upsert', db.upsertPartner(partner, newPartner())],
        ['partner withdraw', db.withdrawPartner(partner, 'osce', any)],
        ['membership set', db.setMembership(partner, 'osce', member, any)],
        ['membership remove', db.removeMembership(partner, 'osce', 'osce', any)],
      ] as const)
        assert.deepEqual(await refused(write), { kind: 'forbidden', reason: `only a coordinator may ${what}` });
      // A route's id among the donors is no partner; each unknown partner named where it is.
      const unknown = await refused(
        db.createProject(admin, {
          ...newProject(false),
          donors: ['balkan'],
          beneficiaries: ['tjk', 'nowhere'],
          implementer: 'no-such-org',
        }),
      );
      const reference = (pointer: string, id: string) => ({
        pointer,
        rule: 'reference',
        message: `partner "${id}" does not exist`,
      });
      assert.deepEqual(unknown, {
        kind: 'validation',
        errors: [
          reference('/donors/0', 'balkan'),
          reference('/beneficiaries/1', 'nowhere'),
          reference('/implementer', 'no-such-org'),
        ],
        more: 0,
      });
      // Ending before it starts is refused; ending the day it starts is not.
      assert.deepEqual(
        await refused(db.createProject(admin, { ...newProject(false), start: '2026-05-01', end: '2026-04-30' })),
        {
          kind: 'validation',
          errors: [{ pointer: '/end', rule: 'order', message: 'ends (2026-04-30) before it starts' }],
          more: 0,
        },
      );
      const oneDay = ok(
        await db.createProject(admin, { ...newProject(false), start: '2026-05-01', end: '2026-05-01' }),
      );
      const pre = { ifMatch: oneDay.etag };
      assert.deepEqual(await refused(db.updateProject(admin, oneDay.record.id, [], pre)), {
        kind: 'validation',
        errors: [{ pointer: '', rule: 'type', message: 'a merge patch must be a JSON object' }],
      });
      assert.deepEqual(await refused(db.updateProject(admin, oneDay.record.id, { id: 'another-id' }, pre)), {
        kind: 'validation',
        errors: [{ pointer: '/id', rule: 'const', message: `must stay "${oneDay.record.id}"` }],
      });
      // Memberships: a body that is no object is the schema's refusal (not a crash); removing one
      // the partner does not have is not found.
      const org = ok(await db.upsertPartner(admin, newPartner()));
      const notObject = await refused(db.setMembership(admin, org.record.id, 'member', { ifMatch: org.etag }));
      assert.ok(
        notObject.kind === 'validation' && notObject.errors[0]?.pointer === '/memberships/1',
        JSON.stringify(notObject),
      );
      assert.deepEqual(
        await refused(db.removeMembership(admin, org.record.id, 'pompidou-group', { ifMatch: org.etag })),
        { kind: 'not-found', record: `partner/${org.record.id}/memberships/pompidou-group` },
      );
      // A withdrawn partner comes back with a PUT of its body, without If-Match.
      ok(await db.withdrawPartner(admin, org.record.id, { ifMatch: org.etag }));
      const back = ok(await db.upsertPartner(admin, { ...org.record, note: 'Back' }));
      assert.equal(back.etag, '"v3"');
      assert.equal((await db.snapshot()).dataset.partners.find((p) => p.id === org.record.id)?.note, 'Back');
      assert.notEqual(await db.exportDataset(), before);
    });

    t('a write on a closed database rejects: a failure, never a refusal', async () => {
      const closed = await backend.open();
      const coordinator = (await accounts(closed, 'unodc')).coordinator;
      await closed.close();
      await assert.rejects(closed.createProject(coordinator, newProject(false)));
    });

    t('coordinators keep partners and memberships', async () => {
      const partner = newPartner();
      const created = ok(await db.upsertPartner(admin, partner));
      const noEtag = await db.upsertPartner(admin, { ...partner, note: 'x' });
      assert.ok(!noEtag.ok && noEtag.error.kind === 'precondition-required');
      const renamed = ok(await db.upsertPartner(admin, { ...partner, note: 'Renamed' }, { ifMatch: created.etag }));
      const member = { partnership: 'paris-pact', status: 'member', verified: true };
      const joined = ok(await db.setMembership(admin, partner.id, member, { ifMatch: renamed.etag }));
      assert.deepEqual(joined.record.memberships.map((m) => m.partnership).sort(), ['osce', 'paris-pact']);
      const bad = await db.setMembership(
        admin,
        partner.id,
        { ...member, status: 'honorary' },
        { ifMatch: joined.etag },
      );
      assert.ok(!bad.ok && bad.error.kind === 'validation' && bad.error.errors[0]!.pointer === '/memberships/1/status');
      const left = ok(await db.removeMembership(admin, partner.id, 'osce', { ifMatch: joined.etag }));
      assert.deepEqual(left.record.memberships, [member]);
      const snap = await db.snapshot();
      assert.deepEqual(snap.dataset.partners.find((p) => p.id === partner.id)?.note, 'Renamed');
      ok(await db.withdrawPartner(admin, partner.id, { ifMatch: left.etag }));
      assert.equal(
        (await db.snapshot()).dataset.partners.some((p) => p.id === partner.id),
        false,
      );
    });

    t(
      'a partner that an event, a partnership, a flow set or an accountable project names is not withdrawn; every snapshot still loads',
      async () => {
        const exported = await db.exportDataset();
        const refusal = async (r: Promise<WriteResult<unknown>>) => {
          const res = await r;
          assert.equal(res.ok, false, 'the write was accepted');
          return !res.ok ? res.error : assert.fail();
        };
        const withdraw = async (id: string) => db.withdrawPartner(admin, id, { ifMatch: await etag('partner', id) });
        // Named only by the cocaine flow set (no project, no route): one request used to withdraw it,
        // and from then on every snapshot failed ("ameripol" is not an organization…).
        assert.deepEqual(await refusal(withdraw('ameripol')), {
          kind: 'conflict',
          reason: 'partner "ameripol" is still named by flow set "transatlantic-cocaine"',
          etag: await etag('partner', 'ameripol'),
        });
        assert.equal(await db.exportDataset(), exported);
        // A flow set's network stays a network, its centre a centre.
        const ameripol = seed.partners.find((p) => p.id === 'ameripol')!;
        const centre = seed.partners.find((p) => p.id === 'accra-info-centre')!;
        const roleOf = (p: Partner, role: string | undefined) =>
          p.kind === 'organization' && p.actionPlan
            ? { ...p, actionPlan: role ? { ...p.actionPlan, role } : undefined }
            : assert.fail(`${p.id} has no actionPlan`);
        const upsert = async (body: unknown, id: string) =>
          refusal(db.upsertPartner(admin, body, { ifMatch: await etag('partner', id) }));
        const networkRule =
          'flow set "transatlantic-cocaine" names this partner among its networks: it must stay an organization whose Action Plan role is "network"';
        assert.deepEqual(await upsert(roleOf(ameripol, 'operational-centre'), 'ameripol'), {
          kind: 'validation',
          errors: [{ pointer: '/actionPlan/role', rule: 'reference', message: networkRule }],
          more: 0,
        });
        assert.deepEqual(await upsert(JSON.parse(JSON.stringify(roleOf(ameripol, undefined))), 'ameripol'), {
          kind: 'validation',
          errors: [{ pointer: '/actionPlan', rule: 'reference', message: networkRule }],
          more: 0,
        });
        assert.deepEqual(await upsert(roleOf(centre, 'network'), 'accra-info-centre'), {
          kind: 'validation',
          errors: [
            {
              pointer: '/actionPlan/role',
              rule: 'reference',
              message:
                'flow set "transatlantic-cocaine" names this partner among its centres: it must stay an organization whose Action Plan role is "information-centre" or "operational-centre"',
            },
          ],
          more: 0,
        });
        // The OAS (a network of the set) rewritten as a country: the kind is named.
        const fra = seed.partners.find((p) => p.id === 'fra')!;
        assert.deepEqual(await upsert({ ...fra, id: 'oas', name: { en: 'OAS' } }, 'oas'), {
          kind: 'validation',
          errors: [{ pointer: '/kind', rule: 'reference', message: networkRule }],
          more: 0,
        });
        assert.equal(await db.exportDataset(), exported);
        // Another centre's role is still a centre's: accepted.
        ok(
          await db.upsertPartner(admin, roleOf(centre, 'operational-centre'), {
            ifMatch: await etag('partner', centre.id),
          }),
        );
        // The Council of Europe without its one project: still named by two events and a partnership.
        ok(await db.withdrawProject(admin, 'prj-0024', { ifMatch: await etag('project', 'prj-0024') }));
        assert.equal(
          ((await refusal(withdraw('coe'))) as { reason: string }).reason,
          'partner "coe" is still named by event "1980-03-pompidou-group-partial-agreement", event "2000-03-cm-decision-701-pompidou-group", partnership "pompidou-group"',
        );
        // Named by many: ten listed (in code-point order), the rest counted.
        const many = seed.projects.filter((p) => [p.implementer, ...p.donors, ...p.beneficiaries].includes('unodc'));
        assert.ok(many.length > 20, `${many.length} projects name UNODC in the seed`);
        const unodc = ((await refusal(withdraw('unodc'))) as { reason: string }).reason;
        assert.match(
          unodc,
          /^partner "unodc" is still named by event "2013-paris-pact-phase-iv", partnership "paris-pact", project "prj-\d+", /,
        );
        assert.equal(unodc.match(/project "/g)?.length, 8);
        assert.ok(unodc.endsWith(` and ${many.length + 2 - 10} more`), unodc);
        // An accountable or extending partner must exist, and is not withdrawn while a project names it.
        const org = newPartner();
        ok(await db.upsertPartner(admin, org));
        for (const field of ['accountable', 'extending'] as const) {
          const e = await refusal(db.createProject(admin, { ...newProject(false), [field]: 'no-such-org' }));
          assert.deepEqual(e.kind === 'validation' && e.errors, [
            { pointer: `/${field}`, rule: 'reference', message: 'partner "no-such-org" does not exist' },
          ]);
        }
        const accountable = ok(await db.createProject(admin, { ...newProject(false), accountable: org.id }));
        const extending = ok(await db.createProject(admin, { ...newProject(false), extending: org.id }));
        assert.equal(
          ((await refusal(withdraw(org.id))) as { reason: string }).reason,
          // Listed in code-point order ("test-10-…" before "test-9-…"), the same on both backends.
          `partner "${org.id}" is still named by ${[accountable, extending]
            .map((p) => `project "${p.record.id}"`)
            .sort()
            .join(', ')}`,
        );
        await db.snapshot();
      },
    );

    t('authorization matrix: every role x write x own/other organization; nothing changes on refusal', async () => {
      type Write =
        | 'project.create'
        | 'project.update'
        | 'project.withdraw'
        | 'partner.upsert'
        | 'partner.withdraw'
        | 'membership.set'
        | 'membership.remove';
      const writes: Write[] = [
        'project.create',
        'project.update',
        'project.withdraw',
        'partner.upsert',
        'partner.withdraw',
        'membership.set',
        'membership.remove',
      ];
      let checked = 0;
      for (const role of ['coordinator', 'partner', 'reader'] as const)
        for (const write of writes)
          for (const own of [true, false]) {
            const label = `${role} ${write} ${own ? 'own' : 'other'}`;
            let run: (a: Account) => Promise<WriteResult<unknown>>;
            let organization = 'osce';
            if (write.startsWith('project.')) {
              const target = newProject(own);
              if (write !== 'project.create') ok(await db.createProject(admin, target));
              const pre = write === 'project.create' ? {} : { ifMatch: await etag('project', target.id) };
              run = (a) =>
                write === 'project.create'
                  ? db.createProject(a, target)
                  : write === 'project.update'
                    ? db.updateProject(a, target.id, { status: 'suspended' }, pre)
                    : db.withdrawProject(a, target.id, pre);
            } else {
              const target = newPartner();
              const pre = { ifMatch: ok(await db.upsertPartner(admin, target)).etag };
              if (own) organization = target.id;
              run = (a) =>
                write === 'partner.upsert'
                  ? db.upsertPartner(a, { ...target, note: 'changed' }, pre)
                  : write === 'partner.withdraw'
                    ? db.withdrawPartner(a, target.id, pre)
                    : write === 'membership.set'
                      ? db.setMembership(a, target.id, { partnership: 'osce', status: 'member', verified: true }, pre)
                      : db.removeMembership(a, target.id, 'osce', pre);
            }
            const account = (await accounts(db, organization))[role];
            const allowed = role === 'coordinator' || (role === 'partner' && own && write.startsWith('project.'));
            const before = await db.exportDataset();
            const { cursor } = await db.listChanges({ limit: 1000 });
            const r = await run(account);
            const feed = await db.listChanges({ since: cursor });
            if (allowed) {
              assert.equal(r.ok, true, `${label}: ${JSON.stringify(r)}`);
              assert.equal(feed.data.length, 1, label);
              assert.equal(feed.data[0]!.account, account.id, label);
              assert.equal(feed.data[0]!.organization, organization, label);
            } else {
              assert.ok(
                !r.ok && r.error.kind === 'forbidden' && r.error.reason.length > 0,
                `${label}: ${JSON.stringify(r)}`,
              );
              assert.equal(feed.data.length, 0, label);
              assert.equal(await db.exportDataset(), before, label);
            }
            checked++;
          }
      assert.equal(checked, 42);
    });

    t('50 concurrent updates with the same If-Match: one wins, 49 get the current ETag, one log entry', async () => {
      const p = ok(await db.createProject(admin, newProject(true)));
      const { cursor } = await db.listChanges({ limit: 1000 });
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          db.updateProject(admin, p.record.id, { summary: { en: `writer ${i}` } }, { ifMatch: p.etag }),
        ),
      );
      const winners = results.filter((r) => r.ok);
      const losers = results.filter((r) => !r.ok);
      assert.equal(winners.length, 1);
      assert.equal(losers.length, 49);
      const winner = winners[0]!;
      assert.ok(winner.ok);
      for (const r of losers)
        assert.deepEqual(!r.ok && r.error, {
          kind: 'precondition-failed',
          record: `project/${p.record.id}`,
          etag: winner.etag,
        });
      const feed = await db.listChanges({ since: cursor });
      assert.equal(feed.data.length, 1);
      const stored = (await db.snapshot()).dataset.projects.find((x) => x.id === p.record.id)!;
      assert.equal(stored.summary.en, winner.record.summary.en);
    });

    t('an idempotent create: a retry replays the first answer; another body with the key is a conflict', async () => {
      const { partner } = await accounts(db, 'osce');
      const project = newProject(true);
      const { cursor } = await db.listChanges({ limit: 1000 });
      const results = await Promise.all(
        Array.from({ length: 5 }, () => db.createProject(partner, project, { idempotencyKey: 'k-1' })),
      );
      const first = results.find((r) => r.ok && !r.replayed);
      assert.ok(first?.ok);
      assert.equal(
        results.filter((r) => r.ok && r.replayed).length,
        4,
        JSON.stringify(results.map((r) => (r.ok ? { replayed: r.replayed, seq: r.seq } : r.error))),
      );
      for (const r of results) assert.ok(r.ok && r.etag === first.etag && r.seq === first.seq);
      assert.equal((await db.listChanges({ since: cursor })).data.length, 1);
      const other = await db.createProject(partner, newProject(true), { idempotencyKey: 'k-1' });
      assert.ok(!other.ok && other.error.kind === 'conflict' && /different request/.test(other.error.reason));
      // Keys are per account: another account may use the same key for its own create.
      const second = await accounts(db, 'osce');
      ok(await db.createProject(second.partner, newProject(true), { idempotencyKey: 'k-1' }));
    });

    t('concurrent writers of different projects all commit; the log follows the revisions, one per write', async () => {
      const { partner } = await accounts(db, 'osce');
      const created = await Promise.all(Array.from({ length: 10 }, () => db.createProject(partner, newProject(true))));
      const { cursor } = await db.listChanges({ limit: 1000 });
      const before = (await db.snapshot()).revision;
      const results = await Promise.all(
        created.map((c, i) =>
          db.updateProject(partner, ok(c).record.id, { summary: { en: `Edit ${i}` } }, { ifMatch: ok(c).etag }),
        ),
      );
      results.forEach((r) => assert.equal(ok(r).etag, '"v2"'));
      const feed = (await db.listChanges({ since: cursor })).data;
      assert.deepEqual(
        feed.map((c) => c.revision),
        Array.from({ length: 10 }, (_, i) => before + 1 + i),
      );
      assert.deepEqual(new Set(feed.map((c) => c.id)), new Set(created.map((c) => ok(c).record.id)));
      const stored = (await db.snapshot()).dataset.projects;
      created.forEach((c, i) => assert.equal(stored.find((x) => x.id === ok(c).record.id)?.summary.en, `Edit ${i}`));
    });

    t('two concurrent creates of one id without a key: one is created, the other is a conflict', async () => {
      const { partner } = await accounts(db, 'osce');
      const project = newProject(true);
      const results = await Promise.all([db.createProject(partner, project), db.createProject(partner, project)]);
      assert.equal(results.filter((r) => r.ok).length, 1);
      const refused = results.find((r) => !r.ok);
      assert.ok(refused && !refused.ok && refused.error.kind === 'conflict');
      assert.equal((await db.snapshot()).dataset.projects.filter((x) => x.id === project.id).length, 1);
    });
  });
}
