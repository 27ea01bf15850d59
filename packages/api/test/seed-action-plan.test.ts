// The 2011 Paris Action Plan in the committed dataset: every quote that a partner's part in the
// plan or a flow line rests on is in the plan's English text (seed document 002), word for word;
// the seed's check refuses a changed quote, a quote that does not name its body, and a line that
// claims high confidence (the plan names no country of origin or destination).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FlowSet, OrganizationPartner, Partner } from '@pact/schema';
import { DATA_DIR, actionPlanPath } from '../seed/assemble.js';
import { SeedError } from '../seed/check.js';
import { checkPlanQuotes } from '../seed/facts.js';

const read = <T>(name: string): T => JSON.parse(readFileSync(join(DATA_DIR, name), 'utf8')) as T;
// The seed documents live beside the reference facts, outside the repository (shared/seeds).
const reference = [join(DATA_DIR, '../../../../shared/data/reference.json'), '/work/shared/data/reference.json'].find(
  (p) => existsSync(p),
);
assert.ok(reference, 'shared/data/reference.json (with shared/seeds beside it) is on this machine');
const plan = readFileSync(actionPlanPath(reference), 'utf8');
const data = () => ({ partners: read<Partner[]>('partners.json'), flows: read<FlowSet[]>('flows.json') });

function refusal(edit: (d: ReturnType<typeof data>) => void) {
  const d = data();
  edit(d);
  let caught: unknown;
  try {
    checkPlanQuotes(d, plan);
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof SeedError, `refused with a SeedError, got ${String(caught)}`);
  return { record: caught.record, path: caught.path, reason: caught.reason };
}

const org = (d: ReturnType<typeof data>, id: string) =>
  d.partners.find((p): p is OrganizationPartner => p.kind === 'organization' && p.id === id)!;

test('seed 002 is the 2011 Action Plan on transatlantic cocaine trafficking', () => {
  assert.match(plan, /^ACTION PLAN/);
  assert.match(plan, /in particular the trafficking of cocaine/);
});

test('every quote of the plan in the committed dataset is in its text, and names its body', () => {
  const d = data();
  assert.doesNotThrow(() => checkPlanQuotes(d, plan));
  const named = d.partners.filter((p) => p.kind === 'organization' && p.actionPlan);
  assert.equal(named.length, 18);
  assert.equal(d.flows[0]?.lines.length, 3);
});

test('a quote changed by one word is refused, naming the record and the field', () => {
  const r = refusal((d) => {
    const p = org(d, 'maoc-n');
    p.actionPlan = { ...p.actionPlan!, quote: p.actionPlan!.quote.replace('maritime', 'air') };
  });
  assert.deepEqual(r, {
    record: 'maoc-n',
    path: '/actionPlan/quote',
    reason: 'not in the text of the 2011 Action Plan',
  });
});

test("a quote of the plan that does not name its body is refused (Ameripol given Egmont's words)", () => {
  const r = refusal((d) => {
    org(d, 'ameripol').actionPlan = org(d, 'egmont-group').actionPlan;
  });
  assert.equal(r.record, 'ameripol');
  assert.match(r.reason, /does not name AMERIPOL/);
});

test("a flow line's quote not in the plan, or a line claimed with high confidence, is refused", () => {
  const moved = refusal((d) => {
    d.flows[0]!.lines[1]!.source.quote = 'cocaine is shipped from West Africa to Europe';
  });
  assert.deepEqual(moved, {
    record: 'transatlantic-cocaine',
    path: '/lines/1/source/quote',
    reason: 'not in the text of the 2011 Action Plan',
  });
  const sure = refusal((d) => {
    d.flows[0]!.lines[0]!.confidence = 'high';
  });
  assert.equal(sure.path, '/lines/0/confidence');
});
