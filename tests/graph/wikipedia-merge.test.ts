import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ExtractionResult } from '../../src/extract/types';
import type { GraphConnection } from '../../src/graph/connection';
import { entitiesByIds, entitiesByWikipedia } from '../../src/graph/entity.repository';
import { Neo4jLinkStore } from '../../src/graph/link-store';
import { clearGraph } from '../../src/graph/maintenance.repository';
import { applyWikipediaMerges, mergeEntities, splitAlias, undoMerge } from '../../src/graph/review.repository';
import { analyzeForLinking, linkArticle, type LinkedArticle } from '../../src/link';
import { WikipediaIndex } from '../../src/wikipedia';
import { article } from '../link/helpers';
import { openEmptyTestGraph } from '../support/graph';

let graph: GraphConnection;
const index = WikipediaIndex.open();

async function ingestOne(store: Neo4jLinkStore, result: ExtractionResult): Promise<LinkedArticle> {
  const linked = await linkArticle(result, store, analyzeForLinking(result, index));
  await store.saveArticle(linked);
  return linked;
}

/**
 * "Liz Truss" (no dictionary anchor: untitled), "Elizabeth Truss" (an anchor of her article, titled "Liz Truss"
 * today), then an article naming her both ways.
 */
async function trussGraph(): Promise<{ store: Neo4jLinkStore; linked: LinkedArticle }> {
  await clearGraph(graph.executor);
  const store = new Neo4jLinkStore(graph.executor);
  await ingestOne(store, article('a', [{ type: 'Person', name: 'Liz Truss' }]));
  await ingestOne(store, article('b', [{ type: 'Person', name: 'Elizabeth Truss' }]));
  const linked = await ingestOne(
    store,
    article('c', [{ type: 'Person', name: 'Elizabeth Truss', aliases: ['Elizabeth Truss', 'Liz Truss'] }]),
  );
  return { store, linked };
}

describe('Wikipedia-driven merges in Neo4j', () => {
  before(async () => {
    graph = await openEmptyTestGraph();
  });
  after(async () => {
    index.close();
    await graph.close();
  });

  test('the untitled node merges into the titled one through the reviewable merge, and the merge undoes', async () => {
    const { linked } = await trussGraph();
    const [merge] = await applyWikipediaMerges(graph.executor, [linked]);
    assert.ok(merge !== undefined, 'one merge');
    assert.equal(merge.keptId, 'person:elizabeth-truss');
    const [kept, gone] = await entitiesByIds(graph.executor, ['person:elizabeth-truss', 'person:liz-truss']);
    assert.ok(kept !== null && kept !== undefined);
    assert.equal(kept.wikipedia, 'Liz Truss');
    assert.equal(kept.wikipediaUrl, 'https://en.wikipedia.org/wiki/Liz_Truss');
    assert.ok(kept.aliases.includes('Liz Truss'));
    assert.equal(gone, null, 'the merged id now redirects');

    assert.deepEqual(await undoMerge(graph.executor, merge.mergeId), ['person:elizabeth-truss', 'person:liz-truss']);
    const [restored, back] = await entitiesByIds(graph.executor, ['person:elizabeth-truss', 'person:liz-truss']);
    assert.equal(restored?.wikipedia, 'Liz Truss');
    assert.ok(back !== null && back !== undefined);
    assert.equal(back.name, 'Liz Truss');
    assert.equal(back.wikipedia, null);
  });

  test('a split after the merge keeps the title on the remaining node, and linking by title finds it again', async () => {
    const { store, linked } = await trussGraph();
    await applyWikipediaMerges(graph.executor, [linked]);
    const splitId = await splitAlias(graph.executor, 'person:elizabeth-truss', 'Liz Truss');
    const [remaining, split] = await entitiesByIds(graph.executor, ['person:elizabeth-truss', splitId]);
    assert.equal(remaining?.wikipedia, 'Liz Truss');
    assert.equal(split?.wikipedia, null);
    const again = await ingestOne(store, article('d', [{ type: 'Person', name: 'Elizabeth Truss' }]));
    assert.deepEqual(
      again.entities.map((e) => e.id),
      ['person:elizabeth-truss'],
    );
    assert.deepEqual(
      (await entitiesByWikipedia(graph.executor, ['Liz Truss'])).map((e) => e.id),
      ['person:elizabeth-truss'],
    );
  });

  test('review refuses to merge two nodes with different titles', async () => {
    await clearGraph(graph.executor);
    const store = new Neo4jLinkStore(graph.executor);
    await ingestOne(store, article('a', [{ type: 'Person', name: 'Vladimir Putin' }]));
    await ingestOne(store, article('b', [{ type: 'Person', name: 'Xi Jinping' }]));
    await assert.rejects(
      mergeEntities(graph.executor, 'person:vladimir-putin', ['person:xi-jinping']),
      /different Wikipedia articles/,
    );
  });
});
