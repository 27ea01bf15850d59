// The per-key write limit (write/rate-limit.ts) on a clock the test moves: the burst exactly, the
// refill, the wait it names, the bound on the keys it tracks. writes-http.test.ts checks the 429
// a client sees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RateLimiter } from '../src/write/rate-limit.js';

function limiter(options: ConstructorParameters<typeof RateLimiter>[0] = {}) {
  const clock = { t: 1_000_000 };
  return { clock, l: new RateLimiter({ ...options, now: () => clock.t }) };
}
const takes = (l: RateLimiter, key: string, n: number) => Array.from({ length: n }, () => l.take(key));

test('by default a key makes 30 writes at once, then waits half a second a write (2 a second)', () => {
  const { clock, l } = limiter();
  assert.deepEqual(takes(l, 'k', 30), Array(30).fill(0));
  assert.equal(l.take('k'), 1, 'the wait is given in whole seconds, at least 1');
  clock.t += 499;
  assert.equal(l.take('k'), 1);
  clock.t += 1;
  assert.equal(l.take('k'), 0, 'half a second after the burst was spent');
  assert.equal(l.take('k'), 1);
  clock.t += 1000;
  assert.deepEqual(takes(l, 'k', 3), [0, 0, 1], 'a second later: two writes');
});

test('the burst is a bound: a long quiet period gives back the burst, no more', () => {
  const { clock, l } = limiter({ burst: 3, perSecond: 1 });
  assert.equal(l.take('k'), 0);
  clock.t += 3_600_000;
  assert.deepEqual(takes(l, 'k', 4), [0, 0, 0, 1]);
});

test('the wait named is the time until the next write may go, rounded up to a second', () => {
  const { clock, l } = limiter({ burst: 1, perSecond: 0.1 });
  assert.equal(l.take('k'), 0);
  assert.equal(l.take('k'), 10, '0.1 a second: 10 s to the next');
  clock.t += 4_000;
  assert.equal(l.take('k'), 6);
  clock.t += 5_600;
  assert.equal(l.take('k'), 1, '0.4 s left, rounded up');
  clock.t += 500;
  assert.equal(l.take('k'), 0);
});

test('a refused write spends nothing: waiting the time named is enough', () => {
  const { clock, l } = limiter({ burst: 1, perSecond: 1 });
  assert.equal(l.take('k'), 0);
  for (let i = 0; i < 5; i++) assert.equal(l.take('k'), 1);
  clock.t += 1000;
  assert.equal(l.take('k'), 0);
});

test('each key has its own bucket', () => {
  const { l } = limiter({ burst: 2, perSecond: 0.001 });
  assert.deepEqual(takes(l, 'a', 3), [0, 0, 1000]);
  assert.deepEqual(takes(l, 'b', 3), [0, 0, 1000]);
});

test('at most maxKeys buckets are kept: the least recently used one is forgotten (its key starts afresh)', () => {
  const { l } = limiter({ burst: 1, perSecond: 0.001, maxKeys: 2 });
  assert.equal(l.take('a'), 0);
  assert.equal(l.take('b'), 0);
  assert.equal(l.take('a'), 1000, 'a is still tracked (and now the more recent)');
  assert.equal(l.take('c'), 0, 'c evicts b, the least recently used');
  assert.equal(l.take('a'), 1000, 'a is still tracked');
  assert.equal(l.take('b'), 0, 'b was forgotten');
});
