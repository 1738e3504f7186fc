import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { corpus } from '../../bench/corpus';
import { PROJECT_ROOT } from '../../src/config';
import { detectAndRead, extractArticle, toArticle } from '../../src/extract';
import type { Article } from '../../src/extract/types';
import type { GraphConnection } from '../../src/graph/connection';
import { entitiesByIds } from '../../src/graph/entity.repository';
import { Neo4jLinkStore } from '../../src/graph/link-store';
import { canonicalDump, clearGraph } from '../../src/graph/maintenance.repository';
import { ingest } from '../../src/ingest/ingest.service';
import { linkArticle } from '../../src/link';
import { openEmptyTestGraph } from '../support/graph';
import { annotateForTest, testAnnotator } from '../support/nlp';

let graph: GraphConnection;

function seedArticles(): Article[] {
  const file = join(PROJECT_ROOT, 'seeds', '000_9158aa63fc4f2dea.txt');
  return detectAndRead(readFileSync(file, 'utf8'), file).articles;
}

/** Entity ids, names and aliases: what "the same nodes" means. */
function entityLines(dump: string): string[] {
  return dump
    .split('\n')
    .filter((line) => line.includes('"Entity"'))
    .map((line) => {
      const { properties } = JSON.parse(line) as { properties: { id: string; name: string; aliases: string[] } };
      return `${properties.id} ${properties.name} ${[...properties.aliases].sort().join('|')}`;
    })
    .sort();
}

describe('writing linked articles to Neo4j', () => {
  before(async () => {
    graph = await openEmptyTestGraph();
  });
  after(async () => {
    await graph.close();
  });

  test('a write that fails part-way leaves nothing of the article behind', async () => {
    await clearGraph(graph.executor);
    const store = new Neo4jLinkStore(graph.executor);
    const [article] = seedArticles();
    assert.ok(article !== undefined);
    const linked = await linkArticle(extractArticle(article, await annotateForTest(article)), store);
    assert.ok(linked.relations.length > 0);
    // A map is not a valid property value: the relation statement, which runs
    // after the article, entities and mentions were written, fails.
    const broken = {
      ...linked,
      relations: linked.relations.map((relation) => ({
        ...relation,
        properties: { nested: { not: 'allowed' } } as unknown as Record<string, string>,
      })),
    };
    await assert.rejects(store.saveBatch([broken]));
    assert.equal(await canonicalDump(graph.executor), '', 'the graph is still empty');
    assert.deepEqual([...(await store.saveBatch([linked]))], [article.id]);
    const entities = await entitiesByIds(
      graph.executor,
      linked.entities.map((entity) => entity.id),
    );
    assert.ok(entities.every((entity) => entity !== null));
  });

  test('re-ingesting is a no-op, and the same articles in another order give the same nodes', async () => {
    const articles = [...seedArticles(), ...corpus(11, 40).map(toArticle)];
    await clearGraph(graph.executor);
    const first = await ingest(graph.executor, testAnnotator(), articles, []);
    assert.equal(first.created, articles.length);
    const forward = await canonicalDump(graph.executor);
    const again = await ingest(graph.executor, testAnnotator(), articles, []);
    assert.equal(again.created, 0);
    assert.equal(await canonicalDump(graph.executor), forward, 'a second ingest changed nothing');

    await clearGraph(graph.executor);
    await ingest(graph.executor, testAnnotator(), [...articles].reverse(), []);
    assert.deepEqual(entityLines(await canonicalDump(graph.executor)), entityLines(forward));
  });
});
