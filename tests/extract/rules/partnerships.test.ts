import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairs, relation, run } from './helpers';

void test('"A and B … partnership" relates the pair, with the kind of partnership', async () => {
  const r = await run('Kenya and Uganda agreed to deepen their comprehensive strategic partnership.');
  const p = relation(r, 'PARTNER_OF', 'Kenya', 'Uganda');
  assert.ok(p);
  assert.match(p.properties['kind'] ?? '', /comprehensive strategic partnership$/);
});

void test('"the two countries" are the last two countries named before the sentence', async () => {
  const r = await run('Kenya and Uganda met again on trade. The two countries are close partners.');
  assert.deepEqual(pairs(r, 'PARTNER_OF'), ['Uganda -> Kenya']);
});

void test('a sentence without partnership words states no partnership', async () => {
  const r = await run('Kenya and Uganda agreed to build a railway.');
  assert.deepEqual(pairs(r, 'PARTNER_OF'), []);
});

void test('"<kind> cooperation between A and B" and "the ties between A and B" are partnerships of that kind', async () => {
  const r = await run(
    'The talks covered defence and trade cooperation between Chile and Peru. Analysts praised the growing ties between Ghana and Togo.',
  );
  assert.equal(relation(r, 'PARTNER_OF', 'Chile', 'Peru')?.properties['kind'], 'defence and trade cooperation');
  assert.equal(relation(r, 'PARTNER_OF', 'Ghana', 'Togo')?.properties['kind'], 'growing ties');
});

void test('"relations between A and B" states no partnership: relations can be bad ones', async () => {
  const r = await run('Tensions strained relations between Chile and Peru this year.');
  assert.deepEqual(pairs(r, 'PARTNER_OF'), []);
});
