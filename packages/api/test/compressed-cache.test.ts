// The compressed bodies a server keeps (server.ts, compressedBodies): bounded in bytes, and a body
// nobody asked for within the idle limit is dropped at the next one kept, so the lists a write left
// under ETags nobody will ask for again do not stay until the byte bound (bench/soak.mjs showed a
// writing process growing by that much). A clock of the test's own stands in for time.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compressedBodies } from '../src/server.js';

const body = (n: number) => Buffer.alloc(n, 1);

test('a compressed body asked for again stays; one idle past the limit is dropped at the next kept', () => {
  let now = 1_000;
  const cache = compressedBodies(1024 * 1024, 60_000, { now: () => now });
  cache.set('"a"|gzip', body(1000));
  cache.set('"b"|gzip', body(2000));
  assert.equal(cache.size, 1000 + 8 + 2000 + 8);
  now += 40_000;
  assert.equal(cache.get('"a"|gzip')?.length, 1000, 'asked for within the limit');
  now += 30_000; // "b" idle for 70 s, "a" for 30 s
  cache.set('"c"|br', body(500));
  assert.equal(cache.get('"b"|gzip'), undefined, 'idle past the limit: dropped');
  assert.equal(cache.get('"a"|gzip')?.length, 1000);
  assert.equal(cache.size, 1000 + 8 + 500 + 6, 'the dropped body no longer counts');
});

test('the byte bound holds whatever the idle limit: the least recently used goes first', () => {
  const now = 0;
  const cache = compressedBodies(3000, 60_000, { now: () => now });
  cache.set('"a"|gzip', body(1200));
  cache.set('"b"|gzip', body(1200));
  cache.get('"a"|gzip');
  cache.set('"c"|gzip', body(1200));
  assert.equal(cache.get('"b"|gzip'), undefined);
  assert.ok(cache.get('"a"|gzip') && cache.get('"c"|gzip'));
  assert.ok(cache.size <= 3000);
});
