import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entity, pairs, relation, run } from './helpers';

void test("a head of state's visit is a StateVisit held at the destination, hosted by its leader", async () => {
  const r = await run(
    'President Anna Virtanen of Finland began a state visit to Norway. Norwegian Prime Minister Erik Solberg greeted her at the airport.',
    'Virtanen in Oslo',
    '2025-04-14',
  );
  assert.deepEqual(relation(r, 'VISITED', 'Anna Virtanen', 'Norway')?.properties, {
    kind: 'state visit',
    date: '2025-04',
  });
  const visit = entity(r, 'state visit to Norway');
  assert.equal(visit?.properties.eventType, 'StateVisit');
  assert.ok(relation(r, 'HELD_AT', 'state visit to Norway', 'Norway'));
  assert.equal(relation(r, 'PARTICIPATED_IN', 'Anna Virtanen', 'state visit to Norway')?.properties['role'], 'guest');
  assert.equal(relation(r, 'PARTICIPATED_IN', 'Erik Solberg', 'state visit to Norway')?.properties['role'], 'host');
});

void test('"the visit of X to Y" names the visitor after the noun; a vice president\'s visit is not a state visit', async () => {
  const r = await run('The visit of Vice President Ama Boateng to Zambia ended on Friday.', 'Visit', '2025-04-14');
  assert.ok(relation(r, 'VISITED', 'Ama Boateng', 'Zambia'));
  assert.equal(entity(r, 'visit of Vice President Ama Boateng to Zambia')?.properties.eventType, 'Other');
});

void test('the leader of the destination who speaks of "X\'s visit" is not the visitor', async () => {
  const r = await run(
    "Prime Minister Erik Solberg of Norway said that President Anna Virtanen's visit to Norway was welcome.",
    'Visit',
    '2025-04-14',
  );
  assert.ok(relation(r, 'VISITED', 'Anna Virtanen', 'Norway'));
  assert.ok(!relation(r, 'VISITED', 'Erik Solberg', 'Norway'));
});

// Needs the LEADER_OF that titles found earlier in the same pass (rules/index.ts order).
void test('"her visit" told by the leader of the destination does not make that leader the visitor', async () => {
  const r = await run(
    'Anna Virtanen arrived on Sunday. Prime Minister Erik Solberg of Norway praised her visit to Norway.',
    'Visit',
    '2025-04-14',
  );
  assert.ok(relation(r, 'LEADER_OF', 'Erik Solberg', 'Norway'));
  assert.deepEqual(pairs(r, 'VISITED'), []);
});

void test('"arrived in" is a visit without an event', async () => {
  const r = await run('Prime Minister Tomas Novak arrived in Sweden on Sunday.', 'Arrival', '2025-04-14');
  assert.equal(relation(r, 'VISITED', 'Tomas Novak', 'Sweden')?.properties['date'], '2025-04-13');
  assert.equal(r.entities.filter((e) => e.type === 'Event').length, 0);
});

void test('an arrival that names no place is at the place of the arrival told before it', async () => {
  const r = await run(
    'Foreign Minister Lena Ortiz arrived in Cartagena on Monday for the regional forum. Her Peruvian counterpart, Hugo Salas, arrived on Sunday.',
    'Forum',
    '2025-04-15',
  );
  assert.ok(relation(r, 'VISITED', 'Lena Ortiz', 'Cartagena'));
  assert.ok(relation(r, 'VISITED', 'Hugo Salas', 'Cartagena'));
});

void test('an arrival told as a participle or a journey without a place adds no visit', async () => {
  const r = await run(
    'Foreign Minister Lena Ortiz arrived in Cartagena on Monday. Arriving at the airport, Hugo Salas travelled on the same plane as Rosa Vidal.',
    'Forum',
    '2025-04-15',
  );
  assert.ok(relation(r, 'VISITED', 'Lena Ortiz', 'Cartagena'));
  assert.ok(!relation(r, 'VISITED', 'Hugo Salas', 'Cartagena'));
  assert.ok(!relation(r, 'VISITED', 'Rosa Vidal', 'Cartagena'));
});

void test('"arrived in City, Country" visits the country too; "stopped in" a country is a visit', async () => {
  const r = await run(
    'Secretary-General Maria Lund arrived in Nairobi, Kenya, on Friday night. On his way home, President Tomas Novak stopped in Panama for the inauguration.',
    'Trip',
    '2025-04-14',
  );
  assert.ok(relation(r, 'VISITED', 'Maria Lund', 'Nairobi'));
  assert.ok(relation(r, 'VISITED', 'Maria Lund', 'Kenya'));
  assert.ok(relation(r, 'VISITED', 'Tomas Novak', 'Panama'));
});
