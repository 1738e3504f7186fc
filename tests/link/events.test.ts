import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { EventType, ExtractionResult } from '../../src/extract/types';
import { InMemoryLinkStore, linkArticle, linkArticlesInMemory, type LinkedArticle } from '../../src/link';
import { compatibleDates, compatibleNodes } from '../../src/link/events';
import { article, permutations, type EntitySpec, type RelationSpec } from './helpers';

// Invented people and events: none comes from the seed or dev sets.

function visitReport(
  visitName: string,
  date: string | undefined,
  guest = 'Kofi Mensah',
  host = 'Rosa Vidal',
): { entities: EntitySpec[]; relations: RelationSpec[] } {
  return {
    entities: [
      { key: 'guest', type: 'Person', name: guest },
      { key: 'host', type: 'Person', name: host },
      { key: 'cl', type: 'Country', name: 'Chile' },
      {
        key: 'visit',
        type: 'Event',
        name: `${guest}'s state visit to Chile`,
        aliases: [visitName],
        properties: { eventType: 'StateVisit', ...(date === undefined ? {} : { date }) },
      },
    ],
    relations: [
      { type: 'PARTICIPATED_IN', from: 'guest', to: 'visit', properties: { role: 'guest' } },
      { type: 'PARTICIPATED_IN', from: 'host', to: 'visit', properties: { role: 'host' } },
      { type: 'HELD_AT', from: 'visit', to: 'cl' },
    ],
  };
}

function meeting(id: string, type: EventType, date: string): ReturnType<typeof article> {
  return article(
    id,
    [
      { key: 'a', type: 'Person', name: 'Rosa Vidal' },
      { key: 'b', type: 'Person', name: 'Kofi Mensah' },
      { key: 'm', type: 'Event', name: 'Rosa Vidal–Kofi Mensah talks', properties: { eventType: type, date } },
    ],
    [
      { type: 'PARTICIPATED_IN', from: 'a', to: 'm', properties: { role: 'host' } },
      { type: 'PARTICIPATED_IN', from: 'b', to: 'm', properties: { role: 'guest' } },
    ],
  );
}

/** A report of a visit by these people, held at this place (if any), on this date. */
function partialReport(
  id: string,
  people: string[],
  place: string | undefined,
  date: string,
): ReturnType<typeof article> {
  const entities: EntitySpec[] = [
    {
      key: 'v',
      type: 'Event',
      name: 'visit',
      aliases: ['official visit'],
      properties: { eventType: 'StateVisit', date },
    },
    ...people.map((name, i): EntitySpec => ({ key: `p${i}`, type: 'Person', name })),
    ...(place === undefined ? [] : [{ key: 'at', type: 'Place' as const, name: place }]),
  ];
  const relations: RelationSpec[] = [
    ...people.map((_n, i): RelationSpec => ({ type: 'PARTICIPATED_IN', from: `p${i}`, to: 'v' })),
    ...(place === undefined ? [] : [{ type: 'HELD_AT' as const, from: 'v', to: 'at' }]),
  ];
  return article(id, entities, relations);
}

/** Which articles' events share a node, e.g. "ab | c", whatever order they were linked in. */
async function eventGroups(results: ReturnType<typeof article>[]): Promise<string> {
  const byNode = new Map<string, string[]>();
  for (const a of await linkArticlesInMemory(results))
    for (const e of a.entities.filter((x) => x.type === 'Event'))
      byNode.set(e.id, [...(byNode.get(e.id) ?? []), a.article.id].sort());
  return [...byNode.values()]
    .map((ids) => ids.join(''))
    .sort()
    .join(' | ');
}

/** An article of one sentence naming one undated event by `name`, written where the sentence has it. */
function namedIn(id: string, sentence: string, name: string): ExtractionResult {
  const start = sentence.indexOf(name);
  return {
    article: { id, contentHash: id, title: `Article ${id}`, text: sentence },
    sentences: [{ index: 0, start: 0, end: sentence.length, text: sentence }],
    entities: [
      {
        key: 'e',
        type: 'Event',
        name,
        aliases: [name],
        mentions: [{ start, end: start + name.length, surface: name, sentenceIndex: 0 }],
        properties: { eventType: 'Other' },
        confidence: 0.9,
      },
    ],
    relations: [],
  };
}

function eventOf(a: LinkedArticle | undefined): string {
  const e = a?.entities.find((x) => x.type === 'Event' && x.properties.eventType !== 'Talks');
  assert.ok(e, 'an event');
  return e.id;
}

void describe('one node per real event', () => {
  void test('two reports of one visit, in other words and at another precision of date, are one node', async () => {
    const a = visitReport('state visit to Chile', '2031-04-14');
    const b = visitReport('three-day visit to Chile', '2031-04');
    const store = new InMemoryLinkStore();
    const first = await linkArticle(article('a', a.entities, a.relations), store);
    await store.saveArticle(first);
    const second = await linkArticle(article('b', b.entities, b.relations), store);
    await store.saveArticle(second);
    const [merge] = second.eventMerges ?? [];
    assert.ok(merge, 'the second report is merged into the first');
    assert.match(merge.reason, /same event: StateVisit.*Kofi Mensah.*Rosa Vidal/);
    const resolved = store.resolvedArticles();
    assert.equal(eventOf(resolved[0]), eventOf(resolved[1]));
    // The node keeps both articles' words as aliases.
    const node = store.node(eventOf(resolved[0]));
    assert.ok(node?.aliases.includes('three-day visit to Chile') && node.aliases.includes('state visit to Chile'));
    // The surviving id is the one with the fuller date, whichever report came first.
    assert.match(eventOf(resolved[0]), /2031-04-14/);
  });

  void test('the same two people meeting on two days are two events', async () => {
    const linked = await linkArticlesInMemory([
      meeting('a', 'Talks', '2031-04-14'),
      meeting('b', 'Talks', '2031-09-02'),
      meeting('c', 'Meeting', '2031-04-14'),
    ]);
    const ids = linked.map((a) => a.entities.find((e) => e.type === 'Event')?.id);
    assert.equal(new Set(ids).size, 3, ids.join(', '));
  });

  void test('a report with no date of its own is a merge candidate, never a silent merge', async () => {
    const a = visitReport('state visit to Chile', '2031-04-14');
    const b = visitReport('visit to Chile', undefined);
    const store = new InMemoryLinkStore();
    const linked = await linkArticlesInMemory(
      [article('a', a.entities, a.relations), article('b', b.entities, b.relations)],
      store,
    );
    assert.notEqual(eventOf(linked[0]), eventOf(linked[1]));
    const candidates = store.mergeCandidates().filter((c) => c.type === 'Event');
    assert.equal(candidates.length, 1);
    assert.match(candidates[0]?.reason ?? '', /may be the same event/);
  });

  void test('talks reported on a day of a visit another article reported are PART_OF that visit', async () => {
    const a = visitReport('state visit to Chile', '2031-04');
    const linked = await linkArticlesInMemory([
      article('a', a.entities, a.relations),
      meeting('b', 'Talks', '2031-04-15'),
      meeting('c', 'Talks', '2031-06-01'),
    ]);
    const visit = eventOf(linked[0]);
    const partOf = (x: LinkedArticle | undefined): string[] =>
      (x?.relations ?? []).filter((r) => r.type === 'PART_OF').map((r) => r.to);
    assert.deepEqual(partOf(linked[1]), [visit]);
    assert.deepEqual(partOf(linked[2]), [], 'talks outside the visit are no part of it');
  });

  void test('a report that is the same event as two nodes holding it in part makes them one, in every order', async () => {
    // a and b share one person and no place (a candidate only); c has both people and b's place.
    const reports = [
      partialReport('a', ['Kofi Mensah', 'Rosa Vidal'], undefined, '2031-04'),
      partialReport('b', ['Kofi Mensah'], 'Valparaiso', '2031-04'),
      partialReport('c', ['Kofi Mensah', 'Rosa Vidal'], 'Valparaiso', '2031-04-14'),
    ];
    for (const order of permutations(reports))
      assert.equal(await eventGroups(order), 'abc', `order ${order.map((r) => r.article.id).join('')}`);
  });

  void test('two meetings on two days never share a node, whatever order a month-dated report comes in', async () => {
    const reports = [
      partialReport('a', ['Kofi Mensah', 'Rosa Vidal'], undefined, '2031-04'),
      partialReport('b', ['Kofi Mensah', 'Rosa Vidal'], undefined, '2031-04-14'),
      partialReport('c', ['Kofi Mensah', 'Rosa Vidal'], undefined, '2031-04-20'),
    ];
    for (const order of permutations(reports)) {
      const groups = await eventGroups(order);
      // The month's report joins the first day it meets or stays a candidate of both; the days stay apart.
      assert.ok(!groups.split(' | ').some((g) => g.includes('b') && g.includes('c')), groups);
    }
  });

  void test('nodes can be one event: a kind in common, dates that can be one day, no disagreement on place', () => {
    const node = (date: string, place?: string): string[] => [
      'event:type:StateVisit',
      `event:on:${date}`,
      ...(place === undefined ? [] : [`event:at:${place}`]),
    ];
    assert.ok(compatibleNodes(node('2031-04', 'place:a'), node('2031-04-14')));
    assert.ok(!compatibleNodes(node('2031-04-14'), node('2031-04-20')));
    assert.ok(!compatibleNodes(node('2031-04', 'place:a'), node('2031-04', 'place:b')));
    assert.ok(!compatibleNodes(node('2031-04'), ['event:type:Talks', 'event:on:2031-04']));
  });

  void test('one capitalized head word inside a sentence is a proper name; opening a sentence it is not', async () => {
    const ids = async (results: ExtractionResult[]): Promise<number> =>
      new Set((await linkArticlesInMemory(results)).map((a) => a.entities[0]?.id)).size;
    assert.equal(
      await ids([
        namedIn('a', 'The ministers spent the morning on Brexit and its trade rules.', 'Brexit'),
        namedIn('b', 'Fishing quotas after Brexit dominated the dinner.', 'Brexit'),
      ]),
      1,
    );
    assert.equal(
      await ids([
        namedIn('a', 'Reforms were the first item of the morning.', 'Reforms'),
        namedIn('b', 'Reforms of the pension system came up again.', 'Reforms'),
      ]),
      2,
      'any word opening a sentence is capitalized',
    );
    assert.equal(
      await ids([
        namedIn('a', 'The mayor condemned the Northern strikes on the port.', 'Northern strikes'),
        namedIn('b', 'Officials counted the Northern strikes of the week.', 'Northern strikes'),
      ]),
      2,
      'a capitalized modifier of a kind names no one event',
    );
  });

  void test('dates: a month holds its days, a year-less day fits its dated day, two days do not', () => {
    assert.ok(compatibleDates('2031-04', '2031-04-14'));
    assert.ok(compatibleDates('--04-14', '2031-04-14'));
    assert.ok(!compatibleDates('2031-04-14', '2031-04-15'));
    assert.ok(!compatibleDates('--04-14', '2031-05-14'));
  });
});
