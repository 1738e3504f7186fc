/**
 * Events in the API over a small graph written here: one state visit that
 * three articles from two publishers report, its talks and banquet pointing
 * at it (PART_OF), and a person linked to the visit twice (she took part in
 * it and addressed it).
 */
import 'reflect-metadata';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startEmptyServer, type TestServer } from '../support/server';

let api: TestServer;

interface EdgeList<T> {
  edges: { node: T; cursor: string }[];
  totalCount?: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Runs a query that must succeed; returns its data and the Neo4j reads it cost. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the shape it queried
async function ok<T>(query: string, variables: Record<string, unknown> = {}): Promise<{ data: T; reads: number }> {
  const before = api.graph.executor.transactions.read;
  const { body } = await api.query<T>(query, variables);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  assert.ok(body.data !== undefined);
  return { data: body.data, reads: api.graph.executor.transactions.read - before };
}

const ENTITIES = [
  { id: 'person:ilse-marnov', type: 'Person', name: 'Ilse Marnov' },
  { id: 'person:tomas-berg', type: 'Person', name: 'Tomas Berg' },
  { id: 'place:vantor', type: 'Place', name: 'Vantor' },
  { id: 'place:lantern-hall', type: 'Place', name: 'Lantern Hall' },
  {
    id: 'event:marnov-visit',
    type: 'Event',
    name: "Ilse Marnov's state visit to Quenland",
    eventType: 'StateVisit',
    date: '2031-03-20',
  },
  {
    id: 'event:marnov-berg-talks',
    type: 'Event',
    name: 'Ilse Marnov–Tomas Berg talks',
    eventType: 'Talks',
    date: '2031-03-21',
  },
  {
    id: 'event:state-banquet',
    type: 'Event',
    name: 'state banquet for Ilse Marnov',
    eventType: 'Banquet',
    date: '2031-03-21',
  },
  { id: 'event:harbour-forum', type: 'Event', name: 'Harbour Cities Forum', eventType: 'Forum', date: '2030-05' },
  { id: 'event:reading-circle', type: 'Event', name: 'Marnov reading circle', eventType: 'Meeting' },
];

const ARTICLES = [
  { id: 'a-1', title: 'Marnov arrives in Quenland', published: '2031-03-20', source: 'Northwire' },
  { id: 'a-2', title: 'Marnov and Berg hold talks', published: '2031-03-21', source: 'Harbour Post' },
  { id: 'a-3', title: 'Marnov ends visit', published: '2031-03-23', source: 'Northwire' },
];

const MENTIONS = [
  ['a-1', 'event:marnov-visit'],
  ['a-2', 'event:marnov-visit'],
  ['a-3', 'event:marnov-visit'],
  ['a-2', 'event:marnov-berg-talks'],
  ['a-3', 'event:state-banquet'],
  ['a-1', 'person:ilse-marnov'],
  ['a-2', 'person:ilse-marnov'],
];

const RELATIONS: { type: string; from: string; to: string; role?: string; sources: string[] }[] = [
  { type: 'PARTICIPATED_IN', from: 'person:ilse-marnov', to: 'event:marnov-visit', role: 'guest', sources: ['a-1'] },
  { type: 'ADDRESSED', from: 'person:ilse-marnov', to: 'event:marnov-visit', sources: ['a-2'] },
  { type: 'PARTICIPATED_IN', from: 'person:ilse-marnov', to: 'event:marnov-berg-talks', sources: ['a-2'] },
  { type: 'PARTICIPATED_IN', from: 'person:tomas-berg', to: 'event:marnov-berg-talks', role: 'host', sources: ['a-2'] },
  { type: 'ADDRESSED', from: 'person:ilse-marnov', to: 'event:harbour-forum', sources: ['a-3'] },
  { type: 'PARTICIPATED_IN', from: 'person:ilse-marnov', to: 'event:reading-circle', sources: ['a-3'] },
  { type: 'HELD_AT', from: 'event:marnov-berg-talks', to: 'place:lantern-hall', sources: ['a-2'] },
  { type: 'LOCATED_IN', from: 'place:lantern-hall', to: 'place:vantor', sources: ['a-2'] },
];

const PARTS = [
  ['event:marnov-berg-talks', 'event:marnov-visit'],
  ['event:state-banquet', 'event:marnov-visit'],
];

/** Writes the graph above as linking would lay it out (labels, MENTIONS, one relationship per fact). */
async function writeGraph(): Promise<void> {
  await api.graph.executor.write(async (tx) => {
    await tx.run(
      `UNWIND $entities AS row
       CREATE (e:Entity {id: row.id, type: row.type, name: row.name, aliases: [row.name]})
       SET e:$(row.type), e.eventType = row.eventType, e.date = row.date`,
      { entities: ENTITIES },
    );
    await tx.run(
      `UNWIND $articles AS row
       CREATE (:Article {id: row.id, title: row.title, published: row.published, source: row.source,
                         contentHash: row.id, text: row.title})`,
      { articles: ARTICLES },
    );
    await tx.run(
      `UNWIND $mentions AS row
       MATCH (a:Article {id: row[0]}), (e:Entity {id: row[1]})
       CREATE (a)-[:MENTIONS {count: 1}]->(e)`,
      { mentions: MENTIONS },
    );
    for (const relation of RELATIONS) {
      await tx.run(
        `MATCH (f:Entity {id: $from}), (t:Entity {id: $to})
         CREATE (f)-[r:$($type) {id: $type + '(' + $from + ',' + $to + ')', sources: $sources, confidence: 0.9}]->(t)
         SET r.role = $role`,
        { ...relation, role: relation.role ?? null },
      );
    }
    await tx.run(
      `UNWIND $parts AS row
       MATCH (part:Event {id: row[0]}), (whole:Event {id: row[1]})
       CREATE (part)-[:PART_OF]->(whole)`,
      { parts: PARTS },
    );
  });
}

const ids = <T extends { id: string }>(list: EdgeList<T>): string[] => list.edges.map((edge) => edge.node.id);

describe('events in the API', () => {
  before(async () => {
    api = await startEmptyServer();
    await writeGraph();
  });
  after(async () => {
    await api.close();
  });

  test('a timeline lists an event once, though the person is linked to it twice, and pages by cursor', async () => {
    type Entry = { event: { id: string }; relationType: string; role: string | null; cursor: string };
    const { data } = await ok<{ timeline: Entry[] }>(
      '{ timeline(entityId: "person:ilse-marnov") { event { id } relationType role cursor } }',
    );
    assert.deepEqual(
      data.timeline.map((entry) => entry.event.id),
      ['event:harbour-forum', 'event:marnov-visit', 'event:marnov-berg-talks', 'event:reading-circle'],
    );
    // Her part in the visit, not that she addressed it.
    const visit = data.timeline[1];
    assert.equal(visit?.relationType, 'PARTICIPATED_IN');
    assert.equal(visit.role, 'guest');

    const first = await ok<{ timeline: Entry[] }>(
      '{ timeline(entityId: "person:ilse-marnov", first: 2) { event { id } cursor } }',
    );
    const rest = await ok<{ timeline: Entry[] }>(
      'query($a: String) { timeline(entityId: "person:ilse-marnov", first: 2, after: $a) { event { id } } }',
      { a: first.data.timeline.at(-1)?.cursor },
    );
    assert.deepEqual(
      [...first.data.timeline, ...rest.data.timeline].map((entry) => entry.event.id),
      data.timeline.map((entry) => entry.event.id),
    );
    const bad = await api.query('{ timeline(entityId: "person:ilse-marnov", after: "bm90IGEgY3Vyc29y") { date } }');
    assert.equal(bad.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  test('events lists every event newest first, undated last, a page at a time, with a total', async () => {
    const all = await ok<{ events: EdgeList<{ id: string; date: string | null }> }>(
      '{ events(first: 100) { edges { cursor node { id date } } pageInfo { hasNextPage endCursor } totalCount } }',
    );
    assert.deepEqual(ids(all.data.events), [
      'event:marnov-berg-talks',
      'event:state-banquet',
      'event:marnov-visit',
      'event:harbour-forum',
      'event:reading-circle',
    ]);
    assert.equal(all.data.events.totalCount, 5);
    assert.equal(all.data.events.pageInfo.hasNextPage, false);

    const paged: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const result: { data: { events: EdgeList<{ id: string }> } } = await ok(
        'query($a: String) { events(first: 2, after: $a) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { a: after },
      );
      paged.push(...ids(result.data.events));
      if (!result.data.events.pageInfo.hasNextPage) break;
      after = result.data.events.pageInfo.endCursor;
    }
    assert.deepEqual(paged, ids(all.data.events));
  });

  test('events narrows by kind, participant, place (and what lies in it) and dates', async () => {
    const filtered = async (filter: Record<string, unknown>): Promise<string[]> => {
      const { data } = await ok<{ events: EdgeList<{ id: string }> }>(
        'query($f: EventFilterInput) { events(filter: $f) { edges { node { id } } totalCount } }',
        { f: filter },
      );
      assert.equal(data.events.totalCount, data.events.edges.length, JSON.stringify(filter));
      return ids(data.events);
    };
    assert.deepEqual(await filtered({ type: 'StateVisit' }), ['event:marnov-visit']);
    assert.deepEqual(await filtered({ participant: 'person:tomas-berg' }), ['event:marnov-berg-talks']);
    assert.deepEqual(await filtered({ place: 'place:vantor' }), ['event:marnov-berg-talks']);
    assert.deepEqual(await filtered({ place: 'place:vantor', participant: 'person:ilse-marnov' }), [
      'event:marnov-berg-talks',
    ]);
    assert.deepEqual(await filtered({ participant: 'person:ilse-marnov', type: 'StateVisit' }), ['event:marnov-visit']);
    // She addressed the forum; she did not take part in it.
    assert.deepEqual(await filtered({ participant: 'person:ilse-marnov', type: 'Forum' }), []);
    assert.deepEqual(await filtered({ from: '2031-03-21' }), ['event:marnov-berg-talks', 'event:state-banquet']);
    assert.deepEqual(await filtered({ from: '2030', to: '2031-03-20' }), ['event:marnov-visit', 'event:harbour-forum']);
    assert.deepEqual(await filtered({ participant: 'person:nobody' }), []);
  });

  test('Event.articles lists every article that reports the event, newest first, with a total', async () => {
    const { data } = await ok<{
      entity: { articles: EdgeList<{ id: string; source: string }> };
    }>(
      '{ entity(id: "event:marnov-visit") { ... on Event { articles { edges { node { id source } } totalCount } } } }',
    );
    assert.deepEqual(ids(data.entity.articles), ['a-3', 'a-2', 'a-1']);
    assert.equal(data.entity.articles.totalCount, 3);
  });

  test('Event.parts and Event.partOf read PART_OF, batched across a page of events', async () => {
    type EventNode = { id: string; parts: { id: string }[]; partOf: { id: string } | null };
    const { data, reads } = await ok<{ events: EdgeList<EventNode> }>(
      '{ events(first: 100) { edges { node { id parts { id } partOf { id } } } } }',
    );
    const byId = new Map(data.events.edges.map((edge) => [edge.node.id, edge.node]));
    assert.deepEqual(
      byId.get('event:marnov-visit')?.parts.map((part) => part.id),
      // Same day: by name.
      ['event:marnov-berg-talks', 'event:state-banquet'],
    );
    assert.equal(byId.get('event:marnov-visit')?.partOf, null);
    assert.equal(byId.get('event:marnov-berg-talks')?.partOf?.id, 'event:marnov-visit');
    assert.equal(byId.get('event:state-banquet')?.partOf?.id, 'event:marnov-visit');
    assert.deepEqual(byId.get('event:harbour-forum')?.parts, []);
    // The list, the parts of all its events, their wholes: three round trips, not one per event.
    assert.equal(reads, 3);
  });
});
