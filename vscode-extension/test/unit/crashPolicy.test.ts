import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CrashPolicy } from '../../src/crashPolicy';

const MINUTE = 60_000;

test('crashes are restarted and reported, up to the limit within the window', () => {
  const policy = new CrashPolicy(2, 3 * MINUTE);
  const first = policy.onCrash(0);
  assert.equal(first.restart, true);
  assert.match(first.message, /stopped unexpectedly and was restarted \(1 of 2/);
  assert.equal(policy.onCrash(1 * MINUTE).restart, true);
  const third = policy.onCrash(2 * MINUTE);
  assert.equal(third.restart, false);
  assert.match(third.message, /crashed 3 times in 3 minutes and will not be restarted/);
});

test('crashes older than the window are forgotten', () => {
  const policy = new CrashPolicy(2, 3 * MINUTE);
  policy.onCrash(0);
  policy.onCrash(1 * MINUTE);
  assert.equal(policy.onCrash(10 * MINUTE).restart, true);
});

test('a manual restart resets the count', () => {
  const policy = new CrashPolicy(1, 3 * MINUTE);
  policy.onCrash(0);
  policy.reset();
  assert.equal(policy.onCrash(1).restart, true);
});
