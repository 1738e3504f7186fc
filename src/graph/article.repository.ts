import type { EntityType } from '../extract/types';
import { count, type GraphExecutor } from './executor';
import { FACT_TYPES } from './fact-types';
import type { ArticleRecord, EntityRecord } from './records';
import {
  ARTICLE_FIELDS,
  ENTITY_FIELDS,
  toArticleRecord,
  toEntityRecord,
  readString,
  readNumber,
  readList,
  readBoolean,
  readMap,
  readMaps,
  type Row,
} from './records';

/** Position in the article order (newest first, then id): what a cursor encodes. */
export interface ArticlePosition {
  published: string;
  id: string;
}

const ARTICLES_BY_ID = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a ${ARTICLE_FIELDS} AS a`;

const ENTITIES_OF_ARTICLES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})-[m:MENTIONS]->(e:Entity)
WHERE $types IS NULL OR e.type IN $types
WITH a, e, m ORDER BY m.starts[0]
RETURN a.id AS articleId, collect(e ${ENTITY_FIELDS}) AS entities`;

// Articles that report the same event (an Event node both mention) first;
// then shared entities weighted by rarity (an inverse document frequency), so
// two articles that both name a rare person rank above two that both name
// China. Each entity brings at most $perEntity other articles, the ones
// written last (Neo4j keeps a node's relationships newest first), without
// sorting all of them: an entity named by half the corpus costs no more than
// a rare one, and the ranking costs O(entities of the article), whatever the
// corpus size. An entity's article count is its MENTIONS degree, read from
// Neo4j's degree store. A fragment other statements embed, with `a` bound:
// it returns `related`.
const RELATED_LIST = `
  CALL (a) {
    MATCH (a)-[:MENTIONS]->(e:Entity)
    WITH DISTINCT a, e
    WITH a, e, 1.0 / log(2.0 + COUNT { (e)<-[:MENTIONS]-() }) AS weight, e:Event AS event
    CALL (a, e) {
      MATCH (e)<-[:MENTIONS]-(b:Article)
      WHERE b <> a
      RETURN b LIMIT $perEntity
    }
    WITH b, collect(e) AS shared, sum(weight) AS score, any(x IN collect(event) WHERE x) AS sameEvent
    RETURN b, shared, score, sameEvent
    ORDER BY sameEvent DESC, score DESC, size(shared) DESC, b.id
    LIMIT $relatedLimit
  }
  RETURN collect({article: b ${ARTICLE_FIELDS}, shared: [e IN shared | e ${ENTITY_FIELDS}], score: score, sameEvent: sameEvent}) AS related`;

const RELATED_ARTICLES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {${RELATED_LIST}
}
RETURN id, related`;

// An article and its related articles: what `article(id) { relatedArticles }` asks, in one round trip.
const ARTICLE_WITH_RELATED = `
MATCH (a:Article {id: $id})
CALL (a) {${RELATED_LIST}
}
RETURN a ${ARTICLE_FIELDS} AS a, related`;

const SEARCH_ARTICLES = `
CALL db.index.fulltext.queryNodes('article_search', $query, {limit: $limit})
YIELD node, score
WITH node ORDER BY score DESC, node.id
RETURN node ${ARTICLE_FIELDS} AS a`;

// Removes the article, its statements (and its evidence on each relation it
// states), the relations no other article states with their Fact nodes, and
// the entities no other article mentions. A relation that keeps sources gets
// its count lowered, and its dates and first source read again from the
// statements left.
const DELETE_ARTICLE = `
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
WITH a, collect(e) AS entities
CALL (a) {
  MATCH (a)-[st:STATES]->(f:Fact)
  MATCH (:Entity {id: f.from})-[r:${FACT_TYPES} {id: f.id}]->(:Entity {id: f.to})
  DELETE st
  WITH r, f, [i IN range(0, size(r.evidenceArticles) - 1) WHERE r.evidenceArticles[i] <> $id] AS keep
  SET r.sourceCount = r.sourceCount - 1,
      r.evidenceSentences = [i IN keep | r.evidenceSentences[i]],
      r.evidenceStarts = [i IN keep | r.evidenceStarts[i]],
      r.evidenceEnds = [i IN keep | r.evidenceEnds[i]],
      r.evidenceArticles = [i IN keep | r.evidenceArticles[i]]
  WITH r, f
  CALL (r, f) {
    WITH r, f WHERE r.sourceCount > 0
    MATCH (b:Article)-[:STATES]->(f)
    WITH r, f, min(b.published) AS firstSeen, max(b.published) AS lastSeen, collect(b) AS sources
    SET r.firstSeen = firstSeen, r.lastSeen = lastSeen
    WITH f, sources WHERE f.firstSource = $id
    UNWIND sources AS b
    WITH f, b ORDER BY b.ingestedAt, b.id LIMIT 1
    SET f.firstSource = b.id
  }
  CALL (r, f) {
    WITH r, f WHERE r.sourceCount <= 0
    DELETE r
    DETACH DELETE f
  }
}
DETACH DELETE a
WITH entities
UNWIND entities AS e
WITH e WHERE NOT EXISTS { (e)<-[:MENTIONS]-(:Article) }
OPTIONAL MATCH (k:Alias)-[:ALIAS_OF]->(e)
DETACH DELETE e
WITH k WHERE k IS NOT NULL AND NOT EXISTS { (k)-[:ALIAS_OF]->() }
DELETE k`;

/** How many articles one shared entity may bring into a related-articles ranking. */
const RELATED_PER_ENTITY = 200;

export interface RelatedArticleRecord {
  article: ArticleRecord;
  shared: EntityRecord[];
  score: number;
  /** Both articles mention one Event node. */
  sameEvent: boolean;
}

function relatedParameters(first: number): Record<string, unknown> {
  return { relatedLimit: count(first), perEntity: count(RELATED_PER_ENTITY) };
}

function toRelatedRecords(row: Row): RelatedArticleRecord[] {
  return readMaps(row, 'related').map((related) => ({
    article: toArticleRecord(readMap(related, 'article')),
    shared: readList(related, 'shared').map(toEntityRecord),
    score: readNumber(related, 'score'),
    sameEvent: readBoolean(related, 'sameEvent'),
  }));
}

/** For each article, the articles that share entities with it, those reporting the same event first, then by score. */
export async function relatedArticles(
  executor: GraphExecutor,
  ids: readonly string[],
  first: number,
): Promise<RelatedArticleRecord[][]> {
  const result = await executor.read((tx) => tx.run(RELATED_ARTICLES, { ids, ...relatedParameters(first) }));
  const byId = new Map<string, RelatedArticleRecord[]>();
  for (const record of result.records) byId.set(readString(record, 'id'), toRelatedRecords(record));
  return ids.map((id) => byId.get(id) ?? []);
}

/** An article with its first related articles (as `relatedArticles` ranks them), in one round trip; null when none has the id. */
export async function articleWithRelated(
  executor: GraphExecutor,
  id: string,
  first: number,
): Promise<{ article: ArticleRecord; related: RelatedArticleRecord[] } | null> {
  const result = await executor.read((tx) => tx.run(ARTICLE_WITH_RELATED, { id, ...relatedParameters(first) }));
  const record = result.records[0];
  if (record === undefined) return null;
  return { article: toArticleRecord(readMap(record, 'a')), related: toRelatedRecords(record) };
}

/** Articles whose title or text match a Lucene query (see `luceneQuery`), best first. */
export async function searchArticles(executor: GraphExecutor, query: string, limit: number): Promise<ArticleRecord[]> {
  const result = await executor.read((tx) => tx.run(SEARCH_ARTICLES, { query, limit: count(limit) }));
  return result.records.map((record) => toArticleRecord(record.get('a')));
}

/** Deletes an article and everything only it supported; false when there was no such article. */
export async function deleteArticle(executor: GraphExecutor, id: string): Promise<boolean> {
  return executor.write(async (tx) => {
    const exists = await tx.run('MATCH (a:Article {id: $id}) RETURN count(a) AS n', { id });
    const found = exists.records[0];
    if (found === undefined || readNumber(found, 'n') === 0) return false;
    await tx.run(DELETE_ARTICLE, { id });
    return true;
  });
}

/** Which articles a list holds; every condition given must hold. */
export interface ArticleFilter {
  source: string | null;
  /** Published on or after this date (a date string: stored dates compare in date order). */
  from: string | null;
  /** Published on or before this date, all of it (`2024-05` reaches to May 31). */
  to: string | null;
  /** Ids of entities the article must all mention. */
  mentions: readonly string[];
}

/**
 * The MATCH and WHERE of an article list, from fixed fragments (no input
 * reaches the text): it starts where the fewest rows are, at the first
 * mentioned entity (its unique id) when there is one, else at the
 * `article_published` / `article_source` indexes the conditions name.
 */
function articleMatch(filter: ArticleFilter): string {
  const start =
    filter.mentions.length > 0 ? 'MATCH (:Entity {id: $anchor})<-[:MENTIONS]-(a:Article)' : 'MATCH (a:Article)';
  const conditions = [
    filter.source === null ? null : 'a.source = $source',
    filter.from === null ? null : 'a.published >= $from',
    filter.to === null ? null : "a.published <= $to + '~'",
    filter.mentions.length > 1 ? 'all(id IN $others WHERE EXISTS { (a)-[:MENTIONS]->(:Entity {id: id}) })' : null,
  ].filter((condition) => condition !== null);
  return conditions.length === 0 ? start : `${start}\nWHERE ${conditions.join(' AND ')}`;
}

function articleFilterParameters(filter: ArticleFilter): Record<string, unknown> {
  return { ...filter, anchor: filter.mentions[0] ?? null, others: filter.mentions.slice(1) };
}

/** One page of the articles a filter admits, newest first; asks for `first + 1` so the caller knows if more follow. */
export async function listArticles(
  executor: GraphExecutor,
  filter: ArticleFilter,
  first: number,
  after: ArticlePosition | null,
): Promise<ArticleRecord[]> {
  const query = `${articleMatch(filter)}
WITH a, coalesce(a.published, '') AS published
WHERE $after IS NULL OR published < $after.published OR (published = $after.published AND a.id > $after.id)
WITH a ORDER BY published DESC, a.id ASC LIMIT $limit
RETURN a ${ARTICLE_FIELDS} AS a`;
  const result = await executor.read((tx) =>
    tx.run(query, { ...articleFilterParameters(filter), after, limit: count(first + 1) }),
  );
  return result.records.map((record) => toArticleRecord(record.get('a')));
}

/** How many articles a filter admits, counted up to `bound` (a count past it stops there). */
export async function countListedArticles(
  executor: GraphExecutor,
  filter: ArticleFilter,
  bound: number,
): Promise<number> {
  const query = `${articleMatch(filter)}
WITH a LIMIT $bound
RETURN count(a) AS n`;
  const result = await executor.read((tx) =>
    tx.run(query, { ...articleFilterParameters(filter), bound: count(bound) }),
  );
  return Number(result.records[0]?.get('n') ?? 0);
}

/** Articles by id, in the order asked, `null` where none has that id. */
export async function articlesByIds(
  executor: GraphExecutor,
  ids: readonly string[],
): Promise<(ArticleRecord | null)[]> {
  const result = await executor.read((tx) => tx.run(ARTICLES_BY_ID, { ids }));
  const byId = new Map(
    result.records.map((record) => {
      const article = toArticleRecord(record.get('a'));
      return [article.id, article] as const;
    }),
  );
  return ids.map((id) => byId.get(id) ?? null);
}

/** The entities each article mentions, in order of first mention; one query for many articles. */
export async function entitiesOfArticles(
  executor: GraphExecutor,
  ids: readonly string[],
  types: readonly EntityType[] | null,
): Promise<EntityRecord[][]> {
  const result = await executor.read((tx) => tx.run(ENTITIES_OF_ARTICLES, { ids, types }));
  const byArticle = new Map<string, EntityRecord[]>();
  for (const record of result.records) {
    byArticle.set(readString(record, 'articleId'), readList(record, 'entities').map(toEntityRecord));
  }
  return ids.map((id) => byArticle.get(id) ?? []);
}

const TEXTS_OF_ARTICLES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, a.text AS text`;

/** The full texts of articles, in the order asked (empty where there is no such article). */
export async function articleTexts(executor: GraphExecutor, ids: readonly string[]): Promise<string[]> {
  const result = await executor.read((tx) => tx.run(TEXTS_OF_ARTICLES, { ids }));
  const byId = new Map(result.records.map((record) => [readString(record, 'id'), readString(record, 'text')]));
  return ids.map((id) => byId.get(id) ?? '');
}

/** Number of articles in the graph. */
export async function countArticles(executor: GraphExecutor): Promise<number> {
  const result = await executor.read((tx) => tx.run('MATCH (a:Article) RETURN count(a) AS n'));
  const record = result.records[0];
  return record === undefined ? 0 : readNumber(record, 'n');
}
