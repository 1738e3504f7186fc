import assert from 'node:assert/strict';
import { test } from 'node:test';
import { events, facts, relation, run } from './helpers';

void test('a meeting: both sides, the place, the event named after its participants with the verb as alias', async () => {
  const r = await run(
    'Chilean President Gabriel Boric met with Peruvian Foreign Minister Elmer Schialer in Lima on Tuesday.',
  );
  const f = facts(r);
  assert.ok(f.includes('MET Gabriel Boric -> Elmer Schialer'), f.join('\n'));
  const meeting = events(r).find((e) => e.type === 'Meeting');
  assert.ok(meeting, JSON.stringify(events(r)));
  assert.ok(meeting.aliases.includes('met'));
  assert.ok(f.includes(`PARTICIPATED_IN Gabriel Boric -> ${meeting.name}`), f.join('\n'));
  assert.ok(f.includes(`PARTICIPATED_IN Elmer Schialer -> ${meeting.name}`), f.join('\n'));
  assert.ok(f.includes(`HELD_AT ${meeting.name} -> Lima`), f.join('\n'));
});

void test('a passive with a list of attendees: every conjunct through "the leaders of"', async () => {
  const r = await run(
    'The Pacific Islands Forum opened in Suva on Monday. The opening session was attended by the leaders of Fiji, Tonga and Samoa.',
  );
  const f = facts(r);
  const forum = r.entities.find((e) => e.type === 'Event');
  assert.ok(forum, JSON.stringify(events(r)));
  for (const country of ['Fiji', 'Tonga', 'Samoa'])
    assert.ok(
      f.some((x) => x.startsWith(`PARTICIPATED_IN ${country} -> `)),
      `${country}\n${f.join('\n')}`,
    );
});

void test('a future or negated clause states nothing', async () => {
  const r = await run(
    'Kenyan President William Ruto will visit Ghana next month. Ruto did not meet Ghanaian President John Mahama in Accra.',
  );
  const f = facts(r);
  assert.ok(!f.some((x) => x.startsWith('VISITED')), f.join('\n'));
  assert.ok(!f.some((x) => x.startsWith('MET')), f.join('\n'));
});

void test('a pronoun subject is the person last named as a subject; a visit needs a destination', async () => {
  const r = await run(
    'Prime Minister Kristen Michal arrived in Helsinki on Wednesday. He visited Finland to discuss energy, and he held talks with Finnish President Alexander Stubb.',
  );
  const f = facts(r);
  assert.ok(f.includes('VISITED Kristen Michal -> Finland'), f.join('\n'));
  assert.ok(f.includes('MET Kristen Michal -> Alexander Stubb'), f.join('\n'));
  assert.ok(
    events(r).some((e) => e.type === 'Talks' && e.aliases.includes('talks')),
    JSON.stringify(events(r)),
  );
});

void test("a signing of a document makes a signing event; a signing during the same day's talks does not", async () => {
  const alone = await run('Norway and Iceland signed an agreement on fisheries in Oslo on Friday.');
  assert.ok(
    events(alone).some((e) => e.type === 'Signing'),
    JSON.stringify(events(alone)),
  );
  const during = await run(
    'Mexican President Claudia Sheinbaum held talks with Guatemalan President Bernardo Arevalo in Mexico City on Monday. After the talks, Sheinbaum and Arevalo signed five agreements.',
  );
  assert.ok(!events(during).some((e) => e.type === 'Signing'), JSON.stringify(events(during)));
});

void test('a delegation: those who accompany a visitor take part in the visit the sentence names', async () => {
  const r = await run(
    'Peruvian President Dina Boluarte is visiting Chile. During her state visit to Chile, Boluarte is accompanied by Foreign Minister Elmer Schialer and Economy Minister Jose Arista.',
  );
  const f = facts(r);
  const visit = events(r).find((e) => e.type === 'StateVisit');
  assert.ok(visit, JSON.stringify(events(r)));
  assert.ok(visit.aliases.includes('state visit to Chile'), JSON.stringify(visit));
  for (const p of ['Dina Boluarte', 'Elmer Schialer', 'Jose Arista'])
    assert.ok(f.includes(`PARTICIPATED_IN ${p} -> ${visit.name}`), `${p}\n${f.join('\n')}`);
});

void test('"the Secretary-General" is the one person holding that title; the parse overrides a surface guess of who met whom', async () => {
  const r = await run(
    'The Secretary-General of the Commonwealth, Shirley Botchwey, arrived in Apia on Friday. ' +
      'The Secretary-General held a meeting with Fiame Naomi Mataafa, Prime Minister of Samoa, as well as a meeting with Mark Brown, Prime Minister of the Cook Islands.',
    'Commonwealth chief in Samoa',
    '2025-03-14',
  );
  const f = facts(r);
  assert.ok(f.includes('MET Shirley Botchwey -> Fiame Naomi Mataafa'), f.join('\n'));
  assert.ok(f.includes('MET Shirley Botchwey -> Mark Brown'), f.join('\n'));
  assert.ok(
    !f.some((x) => x.startsWith('MET Fiame Naomi Mataafa') || x === 'MET Mark Brown -> Fiame Naomi Mataafa'),
    f.join('\n'),
  );
});

void test('"met with Minister of X of the Y Republic Name": the name under the title is who was met', async () => {
  const r = await run(
    'On 3 May Ana Lopez met with Minister of Trade of the Slovak Republic Peter Novak at the castle.',
  );
  assert.ok(relation(r, 'MET', 'Ana Lopez', 'Peter Novak'));
});
