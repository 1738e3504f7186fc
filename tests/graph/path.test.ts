import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { GraphConnection } from '../../src/graph/connection';
import { Neo4jLinkStore } from '../../src/graph/link-store';
import { HUB_MIN_DEGREE, shortestPaths, type PathQuery } from '../../src/graph/path.repository';
import { analyzeForLinking, linkArticle } from '../../src/link';
import { WikipediaIndex } from '../../src/wikipedia';
import { article, type EntitySpec, type RelationSpec } from '../link/helpers';
import { openEmptyTestGraph } from '../support/graph';

let graph: GraphConnection;
const index = WikipediaIndex.open();

const FIRST_NAMES = ['Aino', 'Brita', 'Cecilie', 'Dagny', 'Eirik', 'Frode', 'Gunnar', 'Halvard'];
const SURNAMES = ['Aasen', 'Brekke', 'Dahle', 'Eide', 'Fjeld', 'Haugen', 'Lunde', 'Moen'];

/**
 * Two people, Ingrid Solberg and Kari Nygaard, connected two ways in two hops:
 * both are members of one council that has more members than the hub bound
 * (a hub), and both took part in one meeting held in Tromsø (three relations).
 */
async function twoWayGraph(): Promise<Record<'ingrid' | 'kari' | 'council' | 'meeting', string>> {
  const members: EntitySpec[] = FIRST_NAMES.flatMap((first) =>
    SURNAMES.map((last): EntitySpec => ({ type: 'Person', name: `${first} ${last}` })),
  ).slice(0, HUB_MIN_DEGREE + 4);
  const entities: EntitySpec[] = [
    { key: 'ingrid', type: 'Person', name: 'Ingrid Solberg' },
    { key: 'kari', type: 'Person', name: 'Kari Nygaard' },
    { key: 'council', type: 'Organization', name: 'Arctic Fisheries Council' },
    { key: 'meeting', type: 'Event', name: 'Solberg–Nygaard meeting', properties: { eventType: 'Meeting' } },
    { key: 'tromso', type: 'Place', name: 'Tromsø' },
    ...members.map((member, i) => ({ ...member, key: `m${i}` })),
  ];
  const relations: RelationSpec[] = [
    { type: 'MEMBER_OF', from: 'ingrid', to: 'council' },
    { type: 'MEMBER_OF', from: 'kari', to: 'council' },
    { type: 'PARTICIPATED_IN', from: 'ingrid', to: 'meeting' },
    { type: 'PARTICIPATED_IN', from: 'kari', to: 'meeting' },
    { type: 'HELD_AT', from: 'meeting', to: 'tromso' },
    ...members.map((_, i): RelationSpec => ({ type: 'MEMBER_OF', from: `m${i}`, to: 'council' })),
  ];
  const result = article('council-and-meeting', entities, relations);
  const store = new Neo4jLinkStore(graph.executor);
  const linked = await linkArticle(result, store, analyzeForLinking(result, index));
  await store.saveArticle(linked);
  const id = (key: string): string => {
    const found = linked.entities.find((entity) => entity.sourceKeys.includes(key))?.id;
    assert.ok(found !== undefined, `no node for ${key}`);
    return found;
  };
  return { ingrid: id('ingrid'), kari: id('kari'), council: id('council'), meeting: id('meeting') };
}

describe('paths: hubs and specificity', () => {
  let ids: Awaited<ReturnType<typeof twoWayGraph>>;
  const query = (overrides: Partial<PathQuery>): PathQuery => ({
    from: ids.ingrid,
    to: ids.kari,
    maxHops: 4,
    first: 10,
    types: null,
    throughHubs: false,
    ...overrides,
  });

  before(async () => {
    graph = await openEmptyTestGraph();
    ids = await twoWayGraph();
  });
  after(async () => {
    index.close();
    await graph.close();
  });

  test('a hub is not inside a path unless the query asks for it', async () => {
    const found = await shortestPaths(graph.executor, query({}));
    assert.ok(found.paths.length > 0, 'the path through the meeting');
    for (const path of found.paths) {
      const inner = path.nodes.slice(1, -1).map((node) => node.id);
      assert.ok(!inner.includes(ids.council), `no path through the council: ${inner.join(', ')}`);
    }
    assert.deepEqual(
      found.paths[0]?.nodes.map((node) => node.id),
      [ids.ingrid, ids.meeting, ids.kari],
    );
    const through = await shortestPaths(graph.executor, query({ throughHubs: true }));
    assert.ok(through.paths.some((path) => path.nodes.some((node) => node.id === ids.council)));
  });

  test('a hub may still end a path', async () => {
    const [direct] = (await shortestPaths(graph.executor, query({ to: ids.council }))).paths;
    assert.ok(direct !== undefined, 'the direct relation');
    assert.deepEqual(
      direct.nodes.map((node) => node.id),
      [ids.ingrid, ids.council],
    );
    assert.equal(direct.score, 1);
  });

  test('when the shortest paths are fewer than asked for, longer ones follow them', async () => {
    const found = await shortestPaths(graph.executor, query({ to: ids.council, first: 3 }));
    // The direct relation, then Ingrid → meeting → Kari → council; none through the
    // council's other members, whose paths to Ingrid run through the council itself.
    assert.deepEqual(
      found.paths.map((path) => path.nodes.map((node) => node.id)),
      [
        [ids.ingrid, ids.council],
        [ids.ingrid, ids.meeting, ids.kari, ids.council],
      ],
    );
    const only = await shortestPaths(graph.executor, query({ to: ids.council, first: 1 }));
    assert.equal(only.paths.length, 1);
  });

  test('an equal-length path through a hub ranks below one through a specific event', async () => {
    const found = await shortestPaths(graph.executor, query({ throughHubs: true }));
    const [best, second] = found.paths;
    assert.ok(best !== undefined && second !== undefined, 'both two-hop paths');
    assert.equal(best.relations.length, 2);
    assert.equal(second.relations.length, 2);
    assert.equal(best.nodes[1]?.id, ids.meeting);
    assert.equal(second.nodes[1]?.id, ids.council);
    // The meeting has three relations: 1 / log2(4).
    assert.equal(best.score, 0.5);
    assert.ok(second.score < best.score / 2, `the council's path scores ${second.score}`);
    const scores = found.paths.map((path) => path.score);
    assert.deepEqual(
      scores,
      [...scores].sort((a, b) => b - a),
    );
  });
});
