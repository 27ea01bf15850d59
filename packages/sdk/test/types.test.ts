// The public surface: what the types let through (checked by `npx tsc -p tsconfig.test.json`: every
// `@ts-expect-error` below must be an error, or the type-check fails), and what the entries export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type {
  LocaleCode,
  MembershipId,
  PartnerKind,
  PillarNumber,
  ProjectStatus,
  RegionId,
  RouteId,
} from '@pact/schema';
import * as sdk from '@pact/sdk';
import {
  createClient,
  PactError,
  PactHttpError,
  type ListResult,
  type PactClient,
  type PageResult,
  type Partner,
  type PartnerQuery,
  type Pillar,
  type ProjectQuery,
  type StaleInfo,
} from '@pact/sdk';
import { validators } from '@pact/sdk/validate';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const expectType = <T extends true>(): T | undefined => undefined;

// The filters take exactly the model's value lists.
expectType<Equal<PartnerQuery['kind'], PartnerKind | undefined>>();
expectType<Equal<PartnerQuery['member'], MembershipId | undefined>>();
expectType<Equal<PartnerQuery['route'], RouteId | undefined>>();
expectType<Equal<PartnerQuery['region'], RegionId | undefined>>();
expectType<Equal<PartnerQuery['lang'], LocaleCode | undefined>>();
expectType<Equal<ProjectQuery['pillar'], PillarNumber | undefined>>();
expectType<Equal<ProjectQuery['status'], ProjectStatus | undefined>>();
expectType<Equal<Awaited<ReturnType<PactClient['partners']['list']>>, PageResult<Partner>>>();
expectType<Equal<Awaited<ReturnType<PactClient['pillars']['list']>>, ListResult<Pillar>>>();
expectType<Equal<NonNullable<PageResult<Partner>['stale']>, StaleInfo>>();

/** Never called: only type-checked. */
export function wrongValuesDoNotCompile(pact: PactClient) {
  // @ts-expect-error: not a partner kind
  void pact.partners.list({ kind: 'planet' });
  // @ts-expect-error: not a partnership
  void pact.partners.list({ member: 'nato' });
  // @ts-expect-error: not a route
  void pact.partners.list({ route: 'arctic' });
  // @ts-expect-error: not a UN M49 sub-region id
  void pact.partners.list({ region: 'europe' });
  // @ts-expect-error: a boolean, not a string
  void pact.partners.list({ priority: 'true' });
  // @ts-expect-error: partners sort by name only
  void pact.partners.list({ sort: 'budget' });
  // @ts-expect-error: not a language of the API
  void pact.partners.list({ lang: 'pt' });
  // @ts-expect-error: not a filter of partners
  void pact.partners.list({ pillar: 1 });
  // @ts-expect-error: there are four pillars
  void pact.projects.list({ pillar: 5 });
  // @ts-expect-error: a number, not a string
  void pact.projects.list({ pillar: '2' });
  // @ts-expect-error: not an IATI status
  void pact.projects.list({ status: 'done' });
  // @ts-expect-error: projects do not sort by name
  void pact.projects.list({ sort: 'name' });
  // @ts-expect-error: all() follows the cursors itself
  void pact.partners.all({ cursor: 'abc' });
  // @ts-expect-error: there are four pillars
  void pact.pillars.get(0);
  // @ts-expect-error: not a route
  void pact.routes.get('arctic');
  // @ts-expect-error: not an option (timeoutMs is)
  createClient({ baseUrl: 'http://localhost/v1', timeout: 5 });
  // @ts-expect-error: validate takes the validators, not a boolean true
  createClient({ baseUrl: 'http://localhost/v1', validate: true });
  // Right values compile.
  void pact.partners.list({ kind: 'country', member: 'osce', route: 'balkan', region: 'central-asia', priority: true });
  void pact.projects.list({ pillar: 4, status: 'closed', sort: '-budget', lang: 'ru', limit: 10 });
  createClient({ baseUrl: 'http://localhost/v1', validate: validators, staleIfError: true, retries: 0 });
}

test('the core entry exports createClient, createReader, text and the error classes, and nothing else at run time', () => {
  assert.deepEqual(Object.keys(sdk).sort(), [
    'PactAbortError',
    'PactAuthError',
    'PactBodyTooLargeError',
    'PactConflictError',
    'PactError',
    'PactForbiddenError',
    'PactHttpError',
    'PactNetworkError',
    'PactPagingError',
    'PactSchemaError',
    'PactTimeoutError',
    'PactValidationError',
    'PactWriteError',
    'createClient',
    'createReader',
    'text',
  ]);
  for (const name of Object.keys(sdk).filter((k) => k.startsWith('Pact'))) {
    const Class = sdk[name as 'PactError'];
    assert.ok(Class.prototype instanceof Error, name);
    if (name !== 'PactError') assert.ok(Class.prototype instanceof PactError, name);
  }
  const e = new PactHttpError('http://x/v1/meta', 503, 'Service Unavailable', undefined, 2000);
  assert.equal(e.name, 'PactHttpError');
  assert.equal(e.retryAfter, 2000);
  assert.equal(e.message, 'GET http://x/v1/meta failed with 503 Service Unavailable. Try again later.');
});

test('the core entry loads no validator and no package but the closed lists of @pact/schema at run time, and evaluates no code', () => {
  const dist = new URL('../dist/', import.meta.url);
  // @pact/schema's main entry holds the closed lists (LOCALES, ...) the client checks against: it is
  // followed too, and held to the same rules (relative imports only, no validator, no eval).
  const schemaDist = new URL('../../schema/dist/', import.meta.url);
  const seen = new Set<string>();
  const visit = (file: string, root = dist) => {
    const url = new URL(file, root);
    if (seen.has(url.href)) return;
    seen.add(url.href);
    const code = readFileSync(fileURLToPath(url), 'utf8')
      .replace(/\/\*[^]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    assert.doesNotMatch(code, /\beval\s*\(|new Function\b/, file);
    for (const [, spec] of code.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]/g)) {
      if (spec === '@pact/schema' && root === dist) visit('index.js', schemaDist);
      else {
        assert.ok(spec?.startsWith('./'), `${file} imports ${spec} at run time`);
        visit((spec as string).slice(2), root);
      }
    }
  };
  visit('index.js');
  assert.ok(seen.size >= 4, `followed ${[...seen].join(', ')}`);
  assert.ok(![...seen].some((f) => /\/validate\.js$|validators\.js$/.test(f)), `no validator: ${[...seen].join(', ')}`);
  // The validate entry brings the precompiled validators, which are plain code too.
  assert.match(readFileSync(fileURLToPath(new URL('validate.js', dist)), 'utf8'), /@pact\/schema\/validate/);
  assert.equal(typeof validators.partner.check, 'function');
});
