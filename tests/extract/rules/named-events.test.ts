import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entity, relation, run } from './helpers';

void test('a named event takes its sentence\'s date and the place "held in" after it', async () => {
  const r = await run('The Baltic Energy Summit was held in Riga on June 3.', 'Summit', '2025-06-14');
  assert.equal(entity(r, 'Baltic Energy Summit')?.properties.date, '2025-06-03');
  assert.ok(relation(r, 'HELD_AT', 'Baltic Energy Summit', 'Riga'));
});

void test('a city inside the name is where it is held; the pair in "EU-Japan Summit" hosts it', async () => {
  const city = await run(
    'Kenya welcomed delegates to Nairobi. The Nairobi Water Summit opened on May 2.',
    'Summit',
    '2025-06-14',
  );
  assert.equal(relation(city, 'HELD_AT', 'Nairobi Water Summit', 'Nairobi')?.confidence, 0.6);
  const pair = await run('Japan and the EU prepared. The EU-Japan Summit discussed trade.');
  assert.equal(relation(pair, 'PARTICIPATED_IN', 'Japan', 'EU-Japan Summit')?.properties['role'], 'host');
  assert.equal(relation(pair, 'PARTICIPATED_IN', 'European Union', 'EU-Japan Summit')?.properties['role'], 'host');
});

void test('"X held its session" and "the summit of X": X hosts the event', async () => {
  const held = await run('The Supreme Council held its Twelfth Session in Muscat.');
  assert.ok(relation(held, 'PARTICIPATED_IN', 'Supreme Council', 'Twelfth Session'));
  const of = await run('Delegates praised the Annual Summit of the African Union.');
  assert.ok(relation(of, 'PARTICIPATED_IN', 'African Union', 'Annual Summit of the African Union'));
});

void test("a named event told as happening takes the report's day; one told ahead of time stays undated", async () => {
  const now = await run(
    'The Third Andean Water Forum opened in Quito with a call for cooperation.',
    'Forum',
    '2025-03-11',
  );
  assert.equal(entity(now, 'Third Andean Water Forum')?.properties.date, '2025-03-11');
  const ahead = await run('The Fourth Andean Water Forum will be held in Lima.', 'Forum', '2025-03-11');
  assert.equal(entity(ahead, 'Fourth Andean Water Forum')?.properties.date, undefined);
});

void test('a meeting of heads of state is a summit, and "the meeting" names it', async () => {
  const r = await run(
    'The Fifth Consultative Meeting of the Heads of State of the Danube Region began in Vienna. Six presidents attend the meeting.',
    'Meeting',
    '2025-03-11',
  );
  const e = entity(r, 'Fifth Consultative Meeting of the Heads of State of the Danube Region');
  assert.equal(e?.properties.eventType, 'Summit');
  assert.equal(e.properties.date, '2025-03-11');
  assert.equal(r.entities.filter((x) => x.type === 'Event').length, 1);
});
