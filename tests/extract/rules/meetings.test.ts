import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entity, pairs, relation, run } from './helpers';

void test('"X received Y in Z": MET, a meeting X hosts and Y attends as guest, held at Z', async () => {
  const r = await run(
    'Chancellor Greta Lindqvist received Prime Minister Tomas Novak in Stockholm on Monday.',
    'Visit',
    '2025-04-14',
  );
  assert.equal(relation(r, 'MET', 'Greta Lindqvist', 'Tomas Novak')?.properties['date'], '2025-04-14');
  const meeting = r.entities.find((e) => e.type === 'Event' && e.properties.eventType === 'Meeting');
  assert.ok(meeting);
  assert.equal(relation(r, 'PARTICIPATED_IN', 'Greta Lindqvist', meeting.name)?.properties['role'], 'host');
  assert.equal(relation(r, 'PARTICIPATED_IN', 'Tomas Novak', meeting.name)?.properties['role'], 'guest');
  assert.ok(relation(r, 'HELD_AT', meeting.name, 'Stockholm'));
});

void test('every person coordinated with the object is met; a participial clause gives the subject later', async () => {
  const r = await run(
    'After hosting Amara Diallo over dinner, Yusuf Bello greeted him warmly. Bello later met with Diallo and Fatou Sow.',
  );
  assert.ok(relation(r, 'MET', 'Yusuf Bello', 'Amara Diallo'));
  assert.ok(relation(r, 'MET', 'Yusuf Bello', 'Fatou Sow'));
});

void test('received messages and credentials are not meetings; credentials are a ceremony', async () => {
  const msg = await run('Mirela Popescu received congratulatory messages from Dan Ionescu.');
  assert.deepEqual(pairs(msg, 'MET'), []);
  const cred = await run(
    'Queen Ingrid Dahl received the credentials of Ambassador Lucia Romero.',
    'Credentials',
    '2025-04-14',
  );
  assert.equal(entity(cred, 'presentation of letters of credence')?.properties.eventType, 'Ceremony');
  assert.ok(relation(cred, 'PARTICIPATED_IN', 'Lucia Romero', 'presentation of letters of credence'));
});

void test('with one meeting pair in the article, both attend its talks', async () => {
  const r = await run(
    'Hakon Berg met Leila Haddad in Oslo on Monday. The talks covered fisheries and shipping.',
    'Oslo',
    '2025-04-14',
  );
  assert.equal(relation(r, 'PARTICIPATED_IN', 'Hakon Berg', 'talks')?.confidence, 0.5);
  assert.equal(relation(r, 'PARTICIPATED_IN', 'Leila Haddad', 'talks')?.confidence, 0.5);
});
