import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entity, pairs, relation, run } from './helpers';

void test('"the session" joins the named session, dates it, and the person chairing it attends', async () => {
  const r = await run(
    'The Supreme Council held its Twelfth Session in Muscat. The session ended on Tuesday. Nadia Karim, who chaired the session, said it went well.',
    'Session',
    '2025-06-14',
  );
  const session = entity(r, 'Twelfth Session');
  assert.ok(session);
  assert.ok(session.aliases.includes('session'));
  assert.equal(session.properties.date, '2025-06-10');
  assert.equal(r.entities.filter((e) => e.type === 'Event').length, 1);
  assert.equal(relation(r, 'PARTICIPATED_IN', 'Nadia Karim', 'Twelfth Session')?.properties['role'], 'attendee');
});

void test('a press conference held in "Peru\'s capital Lima" is held in Lima', async () => {
  const r = await run("Later a press conference was held in Peru's capital Lima.", 'Press', '2025-06-14');
  assert.equal(entity(r, 'press conference')?.properties.eventType, 'Other');
  assert.ok(relation(r, 'HELD_AT', 'press conference', 'Lima'));
});

void test('a war is named after its place and not dated by the article', async () => {
  const r = await run('Reporters asked about the war in Sudan.', 'War', '2025-06-14');
  const war = entity(r, 'war in Sudan');
  assert.equal(war?.type, 'Event');
  assert.equal(war.properties.date, undefined);
});

void test('one who only reports an event ("…, X said") does not attend it', async () => {
  const r = await run('The trade summit opened on Monday, Nadia Karim said.', 'Summit', '2025-06-14');
  assert.ok(r.entities.some((e) => e.type === 'Event' && e.properties.eventType === 'Summit'));
  assert.deepEqual(pairs(r, 'PARTICIPATED_IN'), []);
});

void test('a signing ceremony is a signing; a press statement is an occasion', async () => {
  const r = await run(
    'The two ministers attended the signing ceremony in Lisbon. Later they gave a joint press statement.',
    'Signing',
    '2025-06-14',
  );
  assert.equal(entity(r, 'signing ceremony')?.properties.eventType, 'Signing');
  assert.equal(entity(r, 'joint press statement')?.properties.eventType, 'Other');
});

void test('the one date of a sentence dates its one event, however far from it', async () => {
  const r = await run(
    'Nadia Karim made the remarks during a press statement she gave with her Chilean counterpart and several ministers on Sunday in Santiago.',
    'Remarks',
    '2025-06-17',
  );
  assert.equal(entity(r, 'press statement')?.properties.date, '2025-06-15');
});

void test('an article without a date narrates the last day it stated, not a day scheduled ahead', async () => {
  const r = await run(
    'The envoy arrived in Accra on Friday, 7 March.\n\nOn Saturday, 8 March, she met the finance minister.\n\nA summit is scheduled for Monday, 10 March.\n\nLater she held a meeting with Kofi Mensah, the trade minister.',
    'Envoy',
  );
  const meeting = entity(r, 'meeting with Kofi Mensah');
  assert.ok(meeting, JSON.stringify(r.entities.map((e) => [e.name, e.aliases])));
  assert.equal(meeting.properties.date, '--03-08');
});
