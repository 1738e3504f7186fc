import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ExtractionResult } from '../../src/extract/types';
import type { GraphConnection } from '../../src/graph/connection';
import { entitiesByIds } from '../../src/graph/entity.repository';
import { Neo4jLinkStore } from '../../src/graph/link-store';
import { clearGraph } from '../../src/graph/maintenance.repository';
import { applyEventMerges, undoMerge } from '../../src/graph/review.repository';
import { linkArticle, type LinkedArticle } from '../../src/link';
import { article } from '../link/helpers';
import { openEmptyTestGraph } from '../support/graph';

// Invented people and events: none comes from the seed or dev sets.
let graph: GraphConnection;

async function ingestOne(store: Neo4jLinkStore, result: ExtractionResult): Promise<LinkedArticle> {
  const linked = await linkArticle(result, store);
  await store.saveArticle(linked);
  return linked;
}

/** A report of Kofi Mensah's state visit to Chile, in this article's words, with talks on one day of it. */
function report(id: string, words: string, date: string, talksDate: string): ExtractionResult {
  return article(
    id,
    [
      { key: 'guest', type: 'Person', name: 'Kofi Mensah' },
      { key: 'host', type: 'Person', name: 'Rosa Vidal' },
      { key: 'cl', type: 'Country', name: 'Chile' },
      {
        key: 'visit',
        type: 'Event',
        name: "Kofi Mensah's state visit to Chile",
        aliases: [words],
        properties: { eventType: 'StateVisit', date },
      },
      {
        key: 'talks',
        type: 'Event',
        name: 'Rosa Vidal–Kofi Mensah talks',
        aliases: ['talks'],
        properties: { eventType: 'Talks', date: talksDate },
      },
    ],
    [
      { type: 'PARTICIPATED_IN', from: 'guest', to: 'visit', properties: { role: 'guest' } },
      { type: 'PARTICIPATED_IN', from: 'host', to: 'visit', properties: { role: 'host' } },
      { type: 'HELD_AT', from: 'visit', to: 'cl' },
      { type: 'PARTICIPATED_IN', from: 'guest', to: 'talks', properties: { role: 'guest' } },
      { type: 'PARTICIPATED_IN', from: 'host', to: 'talks', properties: { role: 'host' } },
      { type: 'PART_OF', from: 'talks', to: 'visit' },
    ],
  );
}

/** A report of a visit by these people, held at this place (if any), on this date. */
function partial(id: string, people: string[], place: string | undefined, date: string): ExtractionResult {
  return article(
    id,
    [
      { key: 'v', type: 'Event', name: 'visit', properties: { eventType: 'StateVisit', date } },
      ...people.map((name, i) => ({ key: `p${i}`, type: 'Person' as const, name })),
      ...(place === undefined ? [] : [{ key: 'at', type: 'Place' as const, name: place }]),
    ],
    [
      ...people.map((_n, i) => ({ type: 'PARTICIPATED_IN' as const, from: `p${i}`, to: 'v' })),
      ...(place === undefined ? [] : [{ type: 'HELD_AT' as const, from: 'v', to: 'at' }]),
    ],
  );
}

function visitId(a: LinkedArticle): string {
  const e = a.entities.find((x) => x.properties.eventType === 'StateVisit');
  assert.ok(e);
  return e.id;
}

describe('event merges in Neo4j', () => {
  before(async () => {
    graph = await openEmptyTestGraph();
  });
  after(async () => {
    await graph.close();
  });

  test('two reports of one visit become one node with its reason, PART_OF follows, and the merge undoes', async () => {
    await clearGraph(graph.executor);
    const store = new Neo4jLinkStore(graph.executor);
    const a = await ingestOne(store, report('a', 'state visit to Chile', '2031-04-14', '2031-04-15'));
    const b = await ingestOne(store, report('b', 'three-day visit to Chile', '2031-04', '2031-04-16'));
    const [first, second] = [visitId(a), visitId(b)];
    assert.notEqual(first, second, 'each report is written as its own node first');
    assert.equal(b.eventMerges?.length, 1);

    const [merge] = await applyEventMerges(graph.executor, [a, b]);
    assert.ok(merge, 'one merge');
    assert.equal(merge.keptId, first, 'the fuller date keeps its id');
    const reason = await graph.executor.read((tx) =>
      tx.run('MATCH (r:MergeRecord {id: $id}) RETURN r.reason AS reason', { id: merge.mergeId }),
    );
    assert.match(String(reason.records[0]?.get('reason')), /same event: StateVisit/);
    const [kept, gone] = await entitiesByIds(graph.executor, [first, second]);
    assert.ok(kept?.aliases.includes('three-day visit to Chile'));
    assert.equal(gone, null);
    // Both days' talks are PART_OF the one visit node (child → parent).
    const parts = await graph.executor.read((tx) =>
      tx.run('MATCH (c:Event)-[:PART_OF]->(p:Event {id: $id}) RETURN count(DISTINCT c) AS n', { id: first }),
    );
    assert.equal(Number(parts.records[0]?.get('n')), 2);

    assert.deepEqual(await undoMerge(graph.executor, merge.mergeId), [first, second]);
    const [restored, back] = await entitiesByIds(graph.executor, [first, second]);
    assert.ok(restored && back, 'both reports are nodes again');
    assert.ok(!restored.aliases.includes('three-day visit to Chile'));
    assert.ok(back.aliases.includes('three-day visit to Chile'));
  });
  test('a report that bridges two nodes of one event makes the three one node in one undoable merge', async () => {
    await clearGraph(graph.executor);
    const store = new Neo4jLinkStore(graph.executor);
    const reports = [
      partial('a', ['Kofi Mensah', 'Rosa Vidal'], undefined, '2031-04'),
      partial('b', ['Kofi Mensah'], 'Valparaiso', '2031-04'),
      partial('c', ['Kofi Mensah', 'Rosa Vidal'], 'Valparaiso', '2031-04-14'),
    ];
    const linked: LinkedArticle[] = [];
    for (const r of reports) linked.push(await ingestOne(store, r));
    const ids = linked.map(visitId);
    assert.equal(new Set(ids).size, 3, 'each report is written as its own node first');
    assert.equal(linked[1]?.eventMerges, undefined, 'one person and no place in common: a candidate only');
    const [merge] = await applyEventMerges(graph.executor, linked);
    assert.ok(merge, 'one merge');
    const nodes = await entitiesByIds(graph.executor, ids);
    assert.deepEqual(
      nodes.map((n) => n?.id ?? null),
      ids.map((id) => (id === merge.keptId ? id : null)),
    );
    assert.deepEqual([...(await undoMerge(graph.executor, merge.mergeId))].sort(), [...ids].sort());
  });
});
