import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairs, relation, run } from './helpers';

void test('"A and B, members of X" and "within the framework of X"', async () => {
  const members = await run('Argentina and Uruguay, members of Mercosur, met.');
  assert.ok(relation(members, 'MEMBER_OF', 'Argentina', 'MERCOSUR'));
  assert.ok(relation(members, 'MEMBER_OF', 'Uruguay', 'MERCOSUR'));
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

void test('"X, which groups A, B and C", up to the end of the clause', async () => {
  const r = await run(
    'Leaders praised the Southern African Development Community, which groups Angola, Zambia and Malawi, while Kenya watched.',
  );
  assert.deepEqual(pairs(r, 'MEMBER_OF').sort(), [
    'Angola -> Southern African Development Community',
    'Malawi -> Southern African Development Community',
    'Zambia -> Southern African Development Community',
  ]);
});

void test('a state\'s chairmanship of a body, and "A and other X member states"', async () => {
  const r = await run(
    "The forum opens under Ghana's chairmanship of ECOWAS next week. Germany wants to work with France and with other EU member states on energy.",
  );
  assert.ok(relation(r, 'MEMBER_OF', 'Ghana', 'Economic Community of West African States'));
  assert.ok(relation(r, 'MEMBER_OF', 'France', 'European Union'));
  assert.ok(!relation(r, 'MEMBER_OF', 'Germany', 'European Union'));
});

void test("the framework of a body's partnership with a state is no membership", async () => {
  const r = await run('Ministers discussed trade in the framework of the African Union’s partnership with Brazil.');
  assert.deepEqual(pairs(r, 'MEMBER_OF'), []);
});
