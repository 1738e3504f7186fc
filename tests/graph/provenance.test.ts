import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { deleteArticle } from '../../src/graph/article.repository';
import { MAX_EVIDENCE_PER_RELATION } from '../../src/graph/article-write';
import type { GraphConnection } from '../../src/graph/connection';
import { Neo4jLinkStore } from '../../src/graph/link-store';
import { clearGraph } from '../../src/graph/maintenance.repository';
import { applyDataMigrations } from '../../src/graph/migrations';
import { relationsOfArticles, statementsOfRelations } from '../../src/graph/relation.repository';
import { mergeEntities, undoMerge } from '../../src/graph/review.repository';
import { relationId } from '../../src/link';
import type { LinkedArticle, LinkedEntity } from '../../src/link/types';
import { linkedEntity, linkedRelation } from '../../bench/linked-facts';
import { openEmptyTestGraph } from '../support/graph';

let graph: GraphConnection;

const ANNA = linkedEntity('Person', 'person:anna-berg', 'Anna Berg');
const OTTO = linkedEntity('Person', 'person:otto-lind', 'Otto Lind');
const OTTO_TWIN = linkedEntity('Person', 'person:otto-lindqvist', 'Otto Lindqvist');

/** Article `n`, published on day `n` of 2024, in which `from` meets `to`. */
function meeting(n: number, from: LinkedEntity, to: LinkedEntity): LinkedArticle {
  const text = `${from.name} met ${to.name} on day ${n}.`;
  const published = new Date(Date.UTC(2024, 0, n)).toISOString().slice(0, 10);
  return {
    article: { id: `article-${n}`, contentHash: `hash-${n}`, title: `Meeting ${n}`, text, published },
    sentences: [{ index: 0, start: 0, end: text.length, text }],
    entities: [from, to],
    relations: [linkedRelation('MET', from, to, text)],
    mergeCandidates: [],
    redirects: [],
  };
}

async function relationship(id: string): Promise<Record<string, unknown> | null> {
  const result = await graph.executor.read((tx) =>
    tx.run('MATCH ()-[r {id: $id}]->() RETURN properties(r) AS p', { id }),
  );
  return (result.records[0]?.get('p') as Record<string, unknown> | undefined) ?? null;
}

async function statementCount(id: string): Promise<number> {
  const result = await graph.executor.read((tx) =>
    tx.run('OPTIONAL MATCH (:Article)-[s:STATES]->(:Fact {id: $id}) RETURN count(s) AS n', { id }),
  );
  return Number(result.records[0]?.get('n'));
}

async function sourceIds(id: string, first = 100): Promise<string[]> {
  const [rows] = await statementsOfRelations(graph.executor, [id], { first, after: null, withSentence: false });
  return (rows ?? []).map((row) => row.article.id);
}

const FACT = relationId('MET', ANNA.id, OTTO.id);

describe('provenance kept apart from the relationship', () => {
  before(async () => {
    graph = await openEmptyTestGraph();
  });
  after(async () => {
    await graph.close();
  });
  beforeEach(async () => {
    await clearGraph(graph.executor);
  });

  test('a fact stated by many articles keeps a count and bounded evidence; its sources come newest first', async () => {
    const store = new Neo4jLinkStore(graph.executor);
    const articles = Array.from({ length: 40 }, (_, i) =>
      meeting(i + 1, i % 2 === 0 ? ANNA : OTTO, i % 2 === 0 ? OTTO : ANNA),
    );
    // One article per transaction for half, then batches: the count must not depend on how they were written.
    for (const article of articles.slice(0, 20)) await store.saveBatch([article]);
    await store.saveBatch(articles.slice(20, 30));
    await store.saveBatch(articles.slice(30));
    await store.saveBatch(articles.slice(0, 5)); // already present: changes nothing

    const r = await relationship(FACT);
    assert.ok(r !== null);
    assert.equal(r['sourceCount'], 40);
    assert.equal(r['firstSeen'], '2024-01-01');
    assert.equal(r['lastSeen'], '2024-02-09');
    assert.equal(r['sources'], undefined, 'no list of sources on the relationship');
    for (const [key, value] of Object.entries(r)) {
      if (Array.isArray(value)) assert.ok(value.length <= MAX_EVIDENCE_PER_RELATION, `${key} grows with the corpus`);
    }
    assert.equal(await statementCount(FACT), 40);

    const page =
      (await statementsOfRelations(graph.executor, [FACT], { first: 3, after: null, withSentence: true }))[0] ?? [];
    assert.deepEqual(
      page.map((row) => row.article.id),
      ['article-40', 'article-39', 'article-38', 'article-37'],
      'newest first, first + 1 rows',
    );
    const [newest, , third] = page;
    assert.equal(newest?.sentence, 'Otto Lind met Anna Berg on day 40.');
    assert.ok(third !== undefined);
    const last = third.article;
    const [next] = await statementsOfRelations(graph.executor, [FACT], {
      first: 2,
      after: { published: last.published ?? '', id: last.id },
      withSentence: false,
    });
    assert.deepEqual(
      next?.map((row) => row.article.id),
      ['article-37', 'article-36', 'article-35'],
    );
    const [ofArticle] = await relationsOfArticles(graph.executor, ['article-7']);
    assert.deepEqual(
      ofArticle?.map((relation) => [relation.id, relation.sourceCount]),
      [[FACT, 40]],
    );
  });

  test('deleting articles lowers the count and the dates; the last one takes the relation and its Fact', async () => {
    const store = new Neo4jLinkStore(graph.executor);
    await store.saveBatch([meeting(1, ANNA, OTTO), meeting(2, ANNA, OTTO), meeting(3, OTTO, ANNA)]);
    assert.equal(await deleteArticle(graph.executor, 'article-3'), true);
    let r = await relationship(FACT);
    assert.equal(r?.['sourceCount'], 2);
    assert.equal(r['lastSeen'], '2024-01-02');
    assert.deepEqual(r['evidenceArticles'], ['article-1', 'article-2']);
    assert.deepEqual(await sourceIds(FACT), ['article-2', 'article-1']);

    // Re-ingesting it puts its statement back.
    await store.saveBatch([meeting(3, OTTO, ANNA)]);
    assert.equal((await relationship(FACT))?.['sourceCount'], 3);
    assert.deepEqual(await sourceIds(FACT), ['article-3', 'article-2', 'article-1']);

    for (const id of ['article-1', 'article-2', 'article-3']) await deleteArticle(graph.executor, id);
    r = await relationship(FACT);
    assert.equal(r, null);
    const facts = await graph.executor.read((tx) => tx.run('MATCH (f:Fact) RETURN count(f) AS n'));
    assert.equal(Number(facts.records[0]?.get('n')), 0);
  });

  test('a merge joins two facts into one with both sources; undoing it puts both back', async () => {
    const store = new Neo4jLinkStore(graph.executor);
    await store.saveBatch([meeting(1, ANNA, OTTO), meeting(2, ANNA, OTTO), meeting(3, ANNA, OTTO_TWIN)]);
    await store.saveBatch([meeting(4, ANNA, OTTO_TWIN)]);
    const twinFact = relationId('MET', ANNA.id, OTTO_TWIN.id);
    const merge = await mergeEntities(graph.executor, OTTO.id, [OTTO_TWIN.id]);
    assert.equal((await relationship(FACT))?.['sourceCount'], 4);
    assert.deepEqual(await sourceIds(FACT), ['article-4', 'article-3', 'article-2', 'article-1']);
    assert.equal(await relationship(twinFact), null);
    assert.equal(await statementCount(twinFact), 0);

    await undoMerge(graph.executor, merge.mergeId);
    assert.equal((await relationship(FACT))?.['sourceCount'], 2);
    assert.deepEqual(await sourceIds(FACT), ['article-2', 'article-1']);
    assert.equal((await relationship(twinFact))?.['sourceCount'], 2);
    assert.deepEqual(await sourceIds(twinFact), ['article-4', 'article-3']);
  });

  test('the migration moves provenance off a graph written in the old shape, and a second run changes nothing', async () => {
    // The shape before: every source listed on the relationship, sentences only for the first few.
    await graph.executor.write((tx) =>
      tx.run(
        `UNWIND range(1, 3) AS n
         CREATE (:Article {id: 'article-' + n, title: 'Meeting ' + n, text: 'Anna Berg met Otto Lind.', contentHash: 'h' + n,
                           published: '2024-01-0' + n, ingestedAt: datetime()})
         WITH count(*) AS done
         CREATE (a:Entity:Person {id: $anna, type: 'Person', name: 'Anna Berg', aliases: ['Anna Berg']})
         CREATE (o:Entity:Person {id: $otto, type: 'Person', name: 'Otto Lind', aliases: ['Otto Lind']})
         CREATE (a)-[:MET {id: $fact, confidence: 0.8, sources: ['article-2', 'article-1', 'article-3'],
                           evidenceArticles: ['article-2', 'article-1'],
                           evidenceSentences: ['Anna Berg met Otto Lind.', 'Anna Berg met Otto Lind.'],
                           evidenceStarts: [0, 0], evidenceEnds: [24, 24]}]->(o)`,
        { anna: ANNA.id, otto: OTTO.id, fact: FACT },
      ),
    );
    assert.equal(await applyDataMigrations(graph.executor), 1);
    const r = await relationship(FACT);
    assert.equal(r?.['sources'], undefined);
    assert.equal(r?.['sourceCount'], 3);
    assert.equal(r['firstSeen'], '2024-01-01');
    assert.equal(r['lastSeen'], '2024-01-03');
    assert.deepEqual(await sourceIds(FACT), ['article-3', 'article-2', 'article-1']);
    const [evidence] = await statementsOfRelations(graph.executor, [FACT], {
      first: 10,
      after: null,
      withSentence: true,
    });
    assert.deepEqual(
      evidence?.map((row) => [row.article.id, row.start, row.end]),
      [
        ['article-2', 0, 24],
        ['article-1', 0, 24],
      ],
      'sentences where the old shape kept them',
    );
    const firstSource = await graph.executor.read((tx) =>
      tx.run('MATCH (f:Fact {id: $id}) RETURN f.firstSource AS s', { id: FACT }),
    );
    assert.equal(firstSource.records[0]?.get('s'), 'article-2');

    // Recorded as done: the next start skips it; run again by hand, it finds nothing to do.
    assert.equal(await applyDataMigrations(graph.executor), 0);
    await graph.executor.write((tx) => tx.run('MATCH (m:DataMigration) DELETE m'));
    assert.equal(await applyDataMigrations(graph.executor), 0);
    assert.equal(await statementCount(FACT), 3);
  });
});
