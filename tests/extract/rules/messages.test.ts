import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairs, relation, run } from './helpers';

const TEXT =
  'President Sara Lind of Finland sent a congratulatory message to her Swedish counterpart, Omar Nasser, on Monday. Lind spoke by phone with Jonas Weber.';

void test('a message is an event with a speaker and a guest, not a meeting', async () => {
  const r = await run(TEXT, 'Messages', '2025-04-14');
  assert.equal(relation(r, 'PARTICIPATED_IN', 'Sara Lind', 'congratulatory message')?.properties['role'], 'speaker');
  assert.equal(relation(r, 'PARTICIPATED_IN', 'Omar Nasser', 'congratulatory message')?.properties['role'], 'guest');
  assert.deepEqual(pairs(r, 'MET'), []);
});

void test('"her Swedish counterpart, X": X leads Sweden with the sender\'s title', async () => {
  const r = await run(TEXT, 'Messages', '2025-04-14');
  const led = relation(r, 'LEADER_OF', 'Omar Nasser', 'Sweden');
  assert.equal(led?.properties['title'], 'President');
  assert.equal(led.confidence, 0.6);
});

void test('a phone call: both are attendees of a "call" event', async () => {
  const r = await run(TEXT, 'Messages', '2025-04-14');
  assert.equal(relation(r, 'PARTICIPATED_IN', 'Sara Lind', 'call')?.properties['role'], 'attendee');
  assert.equal(relation(r, 'PARTICIPATED_IN', 'Jonas Weber', 'call')?.properties['role'], 'attendee');
});
