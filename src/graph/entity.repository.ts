import type { EntityType } from '../extract/types';
import type { ArticlePosition } from './article.repository';
import { count, type GraphExecutor } from './executor';
import { FACT_TYPES } from './fact-types';
import {
  NEIGHBOR_LIST,
  neighborParameters,
  toNeighborRecords,
  type NeighborFilter,
  type NeighborRecord,
} from './relation.repository';
import {
  ARTICLE_FIELDS,
  ENTITY_FIELDS,
  toArticleRecord,
  toEntityRecord,
  type ArticleRecord,
  type EntityRecord,
  readString,
  readNumber,
  readList,
  readMap,
} from './records';

/** Position in the entity list (by name, then id): what an entities cursor encodes. */
export interface EntityPosition {
  name: string;
  id: string;
}

export interface SearchHitRecord {
  entity: EntityRecord;
  score: number;
}

const ENTITIES_BY_ID = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e ${ENTITY_FIELDS} AS e`;

// Lucene query built from sanitized terms (see luceneQuery); a name match
// outranks a fuzzy one.
const SEARCH_ENTITIES = `
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $limit * 4})
YIELD node, score
WHERE $types IS NULL OR node.type IN $types
WITH node, score
ORDER BY score DESC, size(node.name), node.id
RETURN node ${ENTITY_FIELDS} AS e, score
LIMIT $limit`;

const ENTITIES_BY_WIKIPEDIA = `
UNWIND $titles AS title
MATCH (e:Entity {wikipedia: title})
WHERE $types IS NULL OR e.type IN $types
RETURN e ${ENTITY_FIELDS} AS e
ORDER BY e.id`;

const MENTION_COUNTS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, COLLECT { MATCH (e)<-[m:MENTIONS]-() RETURN m.count } AS counts`;

// The articles that mention `e` (a fragment other statements embed:
// `articles`), newest first, keyset paginated, at a cost that does not grow
// with the corpus: an entity named by few articles has them read and sorted
// (its MENTIONS degree, from Neo4j's degree store, bounds the work); for one
// named by many (mentioned² > page × articles: China, named by half the
// corpus) the `article_published` index is walked newest first and each
// article checked for a MENTIONS to it, which finds a page after about
// page × articles / mentioned index entries. Either way the work is at most
// about √(page × articles), and O(page) at both ends. Undated articles come
// last; the walk does not see them, so only the page that reaches the end of
// the dated ones reads them from the entity's MENTIONS. The nested CALLs keep
// the walk (and that read) from starting where they are not needed.
export const ARTICLE_PAGE = `
  CALL () { MATCH (x:Article) RETURN count(x) AS total }
  WITH e, total, COUNT { (e)<-[:MENTIONS]-() } AS mentioned
  CALL (e, total, mentioned) {
    WITH e WHERE mentioned * mentioned <= $articleLimit * total
    MATCH (e)<-[:MENTIONS]-(a:Article)
    WITH a, coalesce(a.published, '') AS published
    WHERE $articleAfter IS NULL OR published < $articleAfter.published
      OR (published = $articleAfter.published AND a.id > $articleAfter.id)
    RETURN a, published ORDER BY published DESC, a.id ASC LIMIT $articleLimit
    UNION ALL
    WITH e WHERE mentioned * mentioned > $articleLimit * total
    CALL (e) {
      MATCH (a:Article)
      WHERE a.published IS NOT NULL
        AND ($articleAfter IS NULL OR a.published < $articleAfter.published
          OR (a.published = $articleAfter.published AND a.id > $articleAfter.id))
        AND EXISTS { (a)-[:MENTIONS]->(e) }
      WITH a ORDER BY a.published DESC, a.id ASC LIMIT $articleLimit
      RETURN collect(a) AS dated
    }
    CALL (e, dated) {
      UNWIND dated AS a
      RETURN a
      UNION ALL
      WITH e, dated WHERE size(dated) < $articleLimit
      MATCH (e)<-[:MENTIONS]-(a:Article)
      WHERE a.published IS NULL AND ($articleAfter IS NULL OR $articleAfter.published > '' OR a.id > $articleAfter.id)
      RETURN a ORDER BY a.id LIMIT $articleLimit
    }
    RETURN a, coalesce(a.published, '') AS published
  }
  WITH a ORDER BY published DESC, a.id ASC LIMIT $articleLimit
  RETURN collect(a ${ARTICLE_FIELDS}) AS articles`;

// One round trip for many entities.
const ARTICLES_OF_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {${ARTICLE_PAGE}
}
RETURN id, articles`;

/**
 * An entity with a page of its articles and/or its neighbors, in one
 * statement: what `entity(id) { articles … neighbors … }` asks. One text per
 * combination of parts, from fixed fragments.
 */
function entityWithPartsQuery(articles: boolean, neighbors: boolean): string {
  return `
MATCH (e:Entity {id: $id})
${articles ? `CALL (e) {${ARTICLE_PAGE}\n}` : ''}
${neighbors ? `CALL (e) {${NEIGHBOR_LIST}\n}` : ''}
RETURN e ${ENTITY_FIELDS} AS e, ${articles ? 'articles' : 'null AS articles'}, ${neighbors ? 'neighbors' : 'null AS neighbors'}`;
}

const ENTITY_WITH_PARTS = {
  articles: entityWithPartsQuery(true, false),
  neighbors: entityWithPartsQuery(false, true),
  both: entityWithPartsQuery(true, true),
};

/** A page of an entity's articles: `first` wanted (`first + 1` are read, to know if more follow), after a position. */
export interface ArticlePage {
  first: number;
  after: ArticlePosition | null;
}

function articlePageParameters(page: ArticlePage): Record<string, unknown> {
  return { articleAfter: page.after, articleLimit: count(page.first + 1) };
}

export interface EntityWithParts {
  entity: EntityRecord;
  /** `first + 1` articles, when asked. */
  articles: ArticleRecord[] | null;
  neighbors: NeighborRecord[] | null;
}

/** An entity and the parts asked of it, in one round trip; null when no entity has the id. */
export async function entityWithParts(
  executor: GraphExecutor,
  id: string,
  parts: { articles: ArticlePage | null; neighbors: NeighborFilter | null },
): Promise<EntityWithParts | null> {
  const query =
    parts.articles === null
      ? ENTITY_WITH_PARTS.neighbors
      : parts.neighbors === null
        ? ENTITY_WITH_PARTS.articles
        : ENTITY_WITH_PARTS.both;
  const result = await executor.read((tx) =>
    tx.run(query, {
      id,
      ...(parts.articles === null ? {} : articlePageParameters(parts.articles)),
      ...(parts.neighbors === null ? {} : neighborParameters(parts.neighbors)),
    }),
  );
  const record = result.records[0];
  if (record === undefined) return null;
  return {
    entity: toEntityRecord(readMap(record, 'e')),
    articles: parts.articles === null ? null : readList(record, 'articles').map(toArticleRecord),
    neighbors: parts.neighbors === null ? null : toNeighborRecords(record),
  };
}

/** Entities by id, in the order asked; `null` where none has that id. */
export async function entitiesByIds(executor: GraphExecutor, ids: readonly string[]): Promise<(EntityRecord | null)[]> {
  const result = await executor.read((tx) => tx.run(ENTITIES_BY_ID, { ids }));
  const byId = new Map<string, EntityRecord>();
  for (const record of result.records) {
    const entity = toEntityRecord(record.get('e'));
    byId.set(entity.id, entity);
  }
  return ids.map((id) => byId.get(id) ?? null);
}

/** Which entities a list holds; every condition given must hold. */
export interface EntityFilter {
  type: EntityType | null;
  /** Part of the name, any case. */
  name: string | null;
  /** Id of a country the entity is directly related to (its leaders, places in it, events held there…). */
  country: string | null;
  /** Mentioned by an article published on or after this date. */
  mentionedFrom: string | null;
  /** … and on or before this date, all of it. */
  mentionedTo: string | null;
}

/**
 * The MATCH and WHERE of an entity list, from fixed fragments (no input
 * reaches the text). It starts where the fewest rows are: the country's
 * relations (its unique id), else the articles of the date range (the
 * `article_published` index), else the `entity_type` index; each condition
 * is written only when given, so the planner sees the bare comparison an
 * index answers.
 */
function entityMatch(filter: EntityFilter): string {
  const inRange = [
    filter.mentionedFrom === null ? null : 'a.published >= $from',
    filter.mentionedTo === null ? null : "a.published <= $to + '~'",
  ].filter((condition) => condition !== null);
  const dated = inRange.length > 0;
  const conditions = [
    filter.type === null ? null : 'found.type = $type',
    filter.name === null ? null : 'toLower(found.name) CONTAINS toLower($name)',
  ].filter((condition) => condition !== null);
  let start: string;
  if (filter.country !== null) {
    start = `MATCH (:Country {id: $country})-[:${FACT_TYPES}]-(found:Entity)`;
    if (dated) conditions.push(`EXISTS { MATCH (a:Article)-[:MENTIONS]->(found) WHERE ${inRange.join(' AND ')} }`);
  } else if (dated) {
    start = 'MATCH (a:Article)-[:MENTIONS]->(found:Entity)';
    conditions.unshift(...inRange);
  } else start = 'MATCH (found:Entity)';
  return `${start}${conditions.length === 0 ? '' : `\nWHERE ${conditions.join(' AND ')}`}
WITH DISTINCT found AS e`;
}

function entityFilterParameters(filter: EntityFilter): Record<string, unknown> {
  return { ...filter, from: filter.mentionedFrom, to: filter.mentionedTo };
}

/** One page of the entities a filter admits, by name; asks for `first + 1` so the caller knows if more follow. */
export async function listEntities(
  executor: GraphExecutor,
  filter: EntityFilter,
  first: number,
  after: EntityPosition | null,
): Promise<EntityRecord[]> {
  const query = `${entityMatch(filter)}
WITH e WHERE $after IS NULL OR e.name > $after.name OR (e.name = $after.name AND e.id > $after.id)
WITH e ORDER BY e.name, e.id LIMIT $limit
RETURN e ${ENTITY_FIELDS} AS e`;
  const result = await executor.read((tx) =>
    tx.run(query, { ...entityFilterParameters(filter), after, limit: count(first + 1) }),
  );
  return result.records.map((record) => toEntityRecord(record.get('e')));
}

/** How many entities a filter admits, counted up to `bound`. */
export async function countListedEntities(
  executor: GraphExecutor,
  filter: EntityFilter,
  bound: number,
): Promise<number> {
  const query = `${entityMatch(filter)}
WITH e LIMIT $bound
RETURN count(e) AS n`;
  const result = await executor.read((tx) => tx.run(query, { ...entityFilterParameters(filter), bound: count(bound) }));
  return Number(result.records[0]?.get('n') ?? 0);
}

const ARTICLE_COUNTS = `
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
RETURN id, CASE WHEN e IS NULL THEN 0 ELSE COUNT { (e)<-[:MENTIONS]-(:Article) } END AS n`;

/** How many articles mention each entity (only articles have MENTIONS edges, so this is a degree count). */
export async function articleCounts(executor: GraphExecutor, ids: readonly string[]): Promise<number[]> {
  const result = await executor.read((tx) => tx.run(ARTICLE_COUNTS, { ids }));
  const byId = new Map(result.records.map((record) => [readString(record, 'id'), readNumber(record, 'n')]));
  return ids.map((id) => byId.get(id) ?? 0);
}

const MAX_TERM_LENGTH = 64;

/**
 * The Lucene query for free text: only letters and digits survive, so no
 * query syntax from the user reaches the index. Each term matches exactly
 * (boosted), as a prefix, or within one edit (small typos).
 */
export function luceneQuery(text: string): string | null {
  const terms = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    // Lucene refuses fuzzy terms over ~1000 characters; no name has a word this long.
    .filter((term) => term.length > 0 && term.length <= MAX_TERM_LENGTH)
    .slice(0, 8);
  if (terms.length === 0) return null;
  return terms
    .map((term) => (term.length >= 4 ? `(${term}^3 OR ${term}* OR ${term}~1)` : `(${term}^3 OR ${term}*)`))
    .join(' AND ');
}

export async function searchEntities(
  executor: GraphExecutor,
  text: string,
  types: readonly EntityType[] | null,
  first: number,
): Promise<SearchHitRecord[]> {
  const query = luceneQuery(text);
  if (query === null) return [];
  const result = await executor.read((tx) => tx.run(SEARCH_ENTITIES, { query, types, limit: count(first) }));
  return result.records.map((record) => ({
    entity: toEntityRecord(record.get('e')),
    score: readNumber(record, 'score'),
  }));
}

/** How many times the articles mention each entity. */
export async function mentionCounts(executor: GraphExecutor, ids: readonly string[]): Promise<number[]> {
  const result = await executor.read((tx) => tx.run(MENTION_COUNTS, { ids }));
  const byId = new Map<string, number>();
  for (const record of result.records) {
    const counts = readList(record, 'counts').map(Number);
    byId.set(
      readString(record, 'id'),
      counts.reduce((sum, count) => sum + count, 0),
    );
  }
  return ids.map((id) => byId.get(id) ?? 0);
}

/** For each entity, a page of the articles that mention it (`first + 1` rows, newest first). */
export async function articlesOfEntities(
  executor: GraphExecutor,
  ids: readonly string[],
  page: ArticlePage,
): Promise<ArticleRecord[][]> {
  const result = await executor.read((tx) => tx.run(ARTICLES_OF_ENTITIES, { ids, ...articlePageParameters(page) }));
  const byId = new Map<string, ArticleRecord[]>();
  for (const record of result.records) {
    byId.set(readString(record, 'id'), readList(record, 'articles').map(toArticleRecord));
  }
  return ids.map((id) => byId.get(id) ?? []);
}

/**
 * The entities whose Wikipedia title is one of `titles` (at most one each:
 * linking never gives two nodes one title), in the order of `titles`.
 */
export async function entitiesByWikipedia(
  executor: GraphExecutor,
  titles: readonly string[],
  types: readonly EntityType[] | null = null,
): Promise<EntityRecord[]> {
  if (titles.length === 0) return [];
  const result = await executor.read((tx) => tx.run(ENTITIES_BY_WIKIPEDIA, { titles, types }));
  const found = result.records.map((record) => toEntityRecord(record.get('e')));
  return titles.flatMap((title) => found.filter((e) => e.wikipedia === title));
}
