import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairs, relation, run } from './helpers';

void test('"A and B, members of X" and "within the framework of X"', async () => {
  const members = await run('Argentina and Uruguay, members of Mercosur, met.');
  assert.ok(relation(members, 'MEMBER_OF', 'Argentina', 'Southern Common Market'));
  assert.ok(relation(members, 'MEMBER_OF', 'Uruguay', 'Southern Common Market'));
  const frame = await run('Ghana, Senegal and Nigeria cooperate within the framework of the African Union.');
  assert.deepEqual(pairs(frame, 'MEMBER_OF'), [
    'Ghana -> African Union',
    'Senegal -> African Union',
    'Nigeria -> African Union',
  ]);
});

void test('the list in brackets after a body, and a permanent representative to it', async () => {
  const r = await run(
    'The BRICS group (Brazil, Russia, India, China and South Africa) met. Amina Yusuf is Ambassador of Chad to Ethiopia and Permanent Representative to the African Union.',
  );
  assert.equal(pairs(r, 'MEMBER_OF').filter((p) => p.endsWith('-> BRICS')).length, 5);
  assert.ok(relation(r, 'MEMBER_OF', 'Chad', 'African Union'));
  assert.ok(!relation(r, 'MEMBER_OF', 'Ethiopia', 'African Union'));
});

void test('joining, bids and observers are not membership', async () => {
  const r = await run('Indonesia and Brazil, seeking to join as members of the African Union, sent envoys.');
  assert.deepEqual(pairs(r, 'MEMBER_OF'), []);
});
