import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEventPhrases } from '../../src/extract/rules/event-phrases';
import { extractArticle, toArticle } from '../../src/extract/index';
import { annotateForTest } from '../support/nlp';
import type { ExtractedEntity, ExtractionResult } from '../../src/extract/types';

// Invented sentences: none of these people, places or events comes from the seed or dev sets.
async function run(text: string, title = 'Test article', published?: string): Promise<ExtractionResult> {
  const article = toArticle(published ? { title, text, published } : { title, text });
  return extractArticle(article, await annotateForTest(article));
}
function event(r: ExtractionResult, alias: string): ExtractedEntity | undefined {
  return r.entities.find((e) => e.type === 'Event' && (e.name === alias || e.aliases.includes(alias)));
}
function hasRel(r: ExtractionResult, type: string, from: string, to: string): boolean {
  const n = new Map(r.entities.map((e) => [e.key, [e.name, ...e.aliases]]));
  return r.relations.some(
    (x) => x.type === type && (n.get(x.from) ?? []).includes(from) && (n.get(x.to) ?? []).includes(to),
  );
}

void test('findEventPhrases: modifiers, complements, verbs and conflicts', () => {
  const text =
    'Leaders met for Monday’s formal talks and a lavish state banquet, before the closing meeting of the session; the minister is meeting with donors.';
  const ph = findEventPhrases(text);
  assert.deepEqual(
    ph.map((p) => [p.surface, p.type]),
    [
      ['formal talks', 'Talks'],
      ['lavish state banquet', 'Banquet'],
      ['closing meeting of the session', 'Meeting'],
    ],
  );
  const w = 'They discussed the fighting in Sudan and the war on poverty.';
  const sudan = w.indexOf('Sudan');
  const ws = findEventPhrases(w, { placeSpans: [{ start: sudan, end: sudan + 5 }] });
  assert.deepEqual(
    ws.map((p) => [p.surface, p.conflict]),
    [['fighting in Sudan', true]],
  );
});

void test('lowercase events get dates from their own clause, places and both people of a visit', async () => {
  const r = await run(
    'After hosting Ghanaian President Kofi Mensah over private dinner the previous night, Chilean President Rosa Vidal greeted him for Tuesday’s official talks in the Grand Andes Palace.',
    'Vidal hosts Mensah',
    '2024-04-17',
  );
  const dinner = event(r, 'private dinner');
  const talks = event(r, 'official talks');
  assert.equal(dinner?.properties.eventType, 'Banquet');
  assert.equal(dinner.properties.date, '2024-04-16');
  assert.equal(talks?.properties.eventType, 'Talks');
  assert.equal(talks.properties.date, '2024-04-16');
  assert.ok(hasRel(r, 'MET', 'Rosa Vidal', 'Kofi Mensah') || hasRel(r, 'MET', 'Kofi Mensah', 'Rosa Vidal'));
  for (const p of ['Rosa Vidal', 'Kofi Mensah']) {
    assert.ok(hasRel(r, 'PARTICIPATED_IN', p, 'official talks'), p);
    assert.ok(hasRel(r, 'PARTICIPATED_IN', p, 'private dinner'), p);
  }
  assert.ok(hasRel(r, 'HELD_AT', 'official talks', 'Grand Andes Palace'));
});

void test('summits named by a body, dated from another sentence; wars carry no date', async () => {
  const r = await run(
    'The ASEAN summit opened in Jakarta, the host said on Thursday. The summit is taking place from May 8 to 10. ' +
      'Delegates also discussed the fighting in Sudan.',
    'Summit',
    '2025-05-09',
  );
  const summit = event(r, 'ASEAN summit');
  assert.equal(summit?.properties.eventType, 'Summit');
  assert.equal(summit.properties.date, '2025-05-08');
  assert.ok(hasRel(r, 'HELD_AT', 'ASEAN summit', 'Jakarta'));
  const war = event(r, 'war in Sudan');
  assert.equal(war?.properties.eventType, 'Other');
  assert.equal(war.properties.date, undefined);
});

void test('messages and calls are events between two people, not meetings', async () => {
  const r = await run(
    'Kenyan President Amani Wekesa on Friday sent a message to his Ghanaian counterpart, Kofi Mensah, congratulating him. ' +
      'Foreign Minister Lena Kraus spoke today with Foreign Minister Tomas Berg about trade.',
    'Messages',
    '2024-03-09',
  );
  const msg = event(r, 'message');
  assert.equal(msg?.properties.eventType, 'Other');
  assert.equal(msg.properties.date, '2024-03-08');
  assert.ok(hasRel(r, 'PARTICIPATED_IN', 'Kofi Mensah', 'message'));
  assert.ok(hasRel(r, 'LEADER_OF', 'Kofi Mensah', 'Ghana'));
  const call = event(r, 'spoke today with');
  assert.equal(call?.properties.date, '2024-03-09');
  assert.ok(hasRel(r, 'PARTICIPATED_IN', 'Lena Kraus', 'spoke today with'));
  assert.ok(hasRel(r, 'PARTICIPATED_IN', 'Tomas Berg', 'spoke today with'));
  assert.ok(!r.relations.some((x) => x.type === 'MET'));
});

void test('a first-person text: "I" is the speaker the title names', async () => {
  const r = await run(
    'Good morning. I have come to Lima to talk trade. I also met with Prime Minister Jorge Salas and the speaker, Marta Ruiz. ' +
      'My last visit to Peru was in June 2019.',
    'Remarks by President Elena Novak following her meeting with Peruvian President Luis Campos',
    '2024-09-02',
  );
  assert.ok(hasRel(r, 'MET', 'Elena Novak', 'Jorge Salas') || hasRel(r, 'MET', 'Jorge Salas', 'Elena Novak'));
  assert.ok(hasRel(r, 'MET', 'Elena Novak', 'Marta Ruiz') || hasRel(r, 'MET', 'Marta Ruiz', 'Elena Novak'));
  assert.ok(hasRel(r, 'VISITED', 'Elena Novak', 'Lima'));
  assert.ok(hasRel(r, 'VISITED', 'Elena Novak', 'Peru'));
  assert.equal(event(r, 'last visit to Peru')?.properties.date, '2019-06');
});

void test('visits: "visit of X to Y", "visit to Y by X", and nobody visits the country they lead', async () => {
  const r = await run(
    'Prime Minister Anna Berg of Sweden welcomed the visit to Oslo by Prime Minister Lars Dahl of Norway, and thanked him for the hospitality during her visit to Norway in March. ' +
      'She also recalled the visit of Vice President Omar Said to Sweden in 2018.',
    'Visits',
    '2023-05-20',
  );
  assert.ok(hasRel(r, 'VISITED', 'Lars Dahl', 'Oslo'));
  assert.ok(hasRel(r, 'VISITED', 'Anna Berg', 'Norway'));
  assert.ok(!hasRel(r, 'VISITED', 'Lars Dahl', 'Norway'));
  assert.ok(hasRel(r, 'VISITED', 'Omar Said', 'Sweden'));
  const v = r.entities.find((e) => e.aliases.includes('visit of Vice President Omar Said to Sweden'));
  assert.equal(v?.properties.eventType, 'Other');
  assert.equal(v.properties.date, '2018');
});

void test('membership lists in parentheses, permanent representatives, and placed signings', async () => {
  const r = await run(
    'New members will join the BRICS group (Brazil, Russia, India, China and South Africa) next year. ' +
      'She is the Ambassador of the Republic of Peru to Chile and Permanent Representative to the African Union. ' +
      'The Nairobi Accord was signed in Kenya’s capital Nairobi in May 2010 by Uganda and Tanzania.',
    'Bodies',
    '2024-01-10',
  );
  for (const c of ['Brazil', 'Russia', 'India', 'China', 'South Africa'])
    assert.ok(hasRel(r, 'MEMBER_OF', c, 'BRICS'), c);
  assert.ok(hasRel(r, 'MEMBER_OF', 'Peru', 'African Union'));
  const signing = r.entities.find((e) => e.type === 'Event' && e.properties.eventType === 'Signing');
  assert.equal(signing?.properties.date, '2010-05');
  assert.ok(hasRel(r, 'HELD_AT', signing.name, 'Nairobi'));
  assert.ok(hasRel(r, 'PARTICIPATED_IN', 'Uganda', signing.name));
});
