import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entity, pairs, relation, run } from './helpers';

void test('"X, in Y" and "Y\'s capital X" place a city in a country', async () => {
  const r = await run(
    "The delegation stayed in Mombasa, in Kenya, for two days. They drove on to Tanzania's capital Dodoma.",
  );
  assert.ok(relation(r, 'LOCATED_IN', 'Mombasa', 'Kenya'));
  assert.ok(relation(r, 'LOCATED_IN', 'Dodoma', 'Tanzania'));
});

void test('a known city is in the named country it belongs to, not in another named country', async () => {
  const r = await run('Trade ministers from Chile and Peru gathered. The talks in Lima lasted two days.');
  const inPeru = relation(r, 'LOCATED_IN', 'Lima', 'Peru');
  assert.equal(inPeru?.confidence, 0.5);
  assert.ok(!relation(r, 'LOCATED_IN', 'Lima', 'Chile'));
});

void test('a dateline city says where the reporter was, not where the city is', async () => {
  const r = await run('NAIROBI (Reuters) - Kenya raised interest rates on Tuesday.');
  assert.equal(entity(r, 'Nairobi')?.type, 'Place');
  assert.deepEqual(pairs(r, 'LOCATED_IN'), []);
});
