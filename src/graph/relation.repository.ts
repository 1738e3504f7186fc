import { RELATION_TYPES, type RelationType } from '../extract/types';
import { count, type GraphExecutor } from './executor';
import { FACT_TYPES } from './fact-types';
import {
  ARTICLE_FIELDS,
  ENTITY_FIELDS,
  readList,
  readMaps,
  readNumber,
  readOptionalNumber,
  readOptionalString,
  readString,
  relationFields,
  toArticleRecord,
  toEntityRecord,
  toRelationRecord,
  type EntityRecord,
  type RelationRecord,
  type Row,
  readMap,
  type StatementRecord,
} from './records';

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface RelationFilter {
  types: readonly RelationType[] | null;
  direction: Direction;
  first: number;
  /** Only relations dated on or after this date (relations without a date drop out once a bound is given). */
  from?: string | null;
  /** … and on or before this date, all of it (`2024-05` reaches to May 31). */
  to?: string | null;
}

// `o:Entity` keeps MENTIONS (from articles) and ALIAS_OF (from alias keys) out:
// only relationships between entities are relations.
const RELATIONS_OF_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r:${FACT_TYPES}]-(o:Entity)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = e) OR ($direction = 'IN' AND endNode(r) = e))
    AND ($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to + '~')
  RETURN r, startNode(r).id AS fromId, endNode(r).id AS toId
  ORDER BY r.confidence DESC, r.sourceCount DESC, r.id
  LIMIT $limit
}
RETURN id, collect({r: ${relationFields('r')}, type: type(r), fromId: fromId, toId: toId}) AS relations`;

// An article's statements name its relations; each is found from its Fact's ends.
const RELATIONS_OF_ARTICLES = `
UNWIND $ids AS id
MATCH (:Article {id: id})-[:STATES]->(f:Fact)
MATCH (e:Entity {id: f.from})-[r:${FACT_TYPES} {id: f.id}]->(o:Entity {id: f.to})
WITH id, r, e, o ORDER BY r.id
RETURN id, collect({r: ${relationFields('r')}, type: type(r), fromId: e.id, toId: o.id}) AS relations`;

function toRelations(record: Row, key: string): RelationRecord[] {
  return readMaps(record, key).map((row) =>
    toRelationRecord(row['r'], readString(row, 'type'), readString(row, 'fromId'), readString(row, 'toId')),
  );
}

/** For each entity, its relations (strongest first), filtered; one round trip for many entities. */
export async function relationsOfEntities(
  executor: GraphExecutor,
  ids: readonly string[],
  filter: RelationFilter,
): Promise<RelationRecord[][]> {
  const result = await executor.read((tx) =>
    tx.run(RELATIONS_OF_ENTITIES, {
      ids,
      types: filter.types,
      direction: filter.direction,
      from: filter.from ?? null,
      to: filter.to ?? null,
      limit: count(filter.first),
    }),
  );
  const byId = new Map<string, RelationRecord[]>();
  for (const record of result.records) byId.set(readString(record, 'id'), toRelations(record, 'relations'));
  return ids.map((id) => byId.get(id) ?? []);
}

/** For each article, the relations it states. */
export async function relationsOfArticles(
  executor: GraphExecutor,
  ids: readonly string[],
): Promise<RelationRecord[][]> {
  const result = await executor.read((tx) => tx.run(RELATIONS_OF_ARTICLES, { ids }));
  const byId = new Map<string, RelationRecord[]>();
  for (const record of result.records) byId.set(readString(record, 'id'), toRelations(record, 'relations'));
  return ids.map((id) => byId.get(id) ?? []);
}

/**
 * How many relationships of each type a neighbor ranking reads at most per
 * entity. An entity with fewer (almost all of them) is ranked exactly; a hub
 * (China has tens of thousands) is ranked over the most recently written ones
 * of each type (Neo4j keeps a node's relationships of a type newest first),
 * so a page of neighbors costs the same at any corpus size.
 */
export const NEIGHBOR_SCAN_PER_TYPE = 50;

/**
 * The relationships of `node` to other entities, at most
 * NEIGHBOR_SCAN_PER_TYPE per type, one branch per ontology type (from the
 * fixed list, never from input), each kept or skipped by the `types` filter
 * named by the parameter.
 */
export function boundedRelations(node: string, other: string, typesParameter: string): string {
  return RELATION_TYPES.map(
    (type) =>
      `    WITH ${node} WHERE ${typesParameter} IS NULL OR '${type}' IN ${typesParameter}
    MATCH (${node})-[r:${type}]-(${other}:Entity)
    RETURN r, ${other} LIMIT ${NEIGHBOR_SCAN_PER_TYPE}`,
  ).join('\n    UNION ALL\n');
}

// The entities at the other end of the relations of `e` (a fragment other
// statements embed: `neighbors`), most informative first: the evidence for the link (summed confidence of the relations
// between the two) over log2(1 + the neighbor's own number of relations), so
// a shared meeting or a signed agreement comes before "China". Degrees come
// from Neo4j's degree store, not from walking the neighbor's relationships.
// The relations' evidence is not shipped (neighbors only need the nodes).
// With $nested, each neighbor comes with its own neighbors too, so a query
// two levels deep costs one round trip instead of two.
export const NEIGHBOR_LIST = `
  CALL (e) {
${boundedRelations('e', 'o', '$neighborTypes')}
  }
  WITH o, sum(r.confidence) / log(1.0 + COUNT { (o)-[:${FACT_TYPES}]-() }) AS weight
  ORDER BY weight DESC, o.id LIMIT $neighborLimit
  WITH o, CASE WHEN $nested IS NULL THEN null ELSE COLLECT {
    CALL (o) {
${boundedRelations('o', 'o2', '$nested.types')}
    }
    WITH o2, sum(r.confidence) / log(1.0 + COUNT { (o2)-[:${FACT_TYPES}]-() }) AS weight2
    ORDER BY weight2 DESC, o2.id LIMIT $nestedLimit
    RETURN o2 ${ENTITY_FIELDS}
  } END AS next
  RETURN collect({entity: o ${ENTITY_FIELDS}, next: next}) AS neighbors`;

const NEIGHBORS_OF_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {${NEIGHBOR_LIST}
}
RETURN id, neighbors`;

export interface NeighborFilter {
  types: readonly RelationType[] | null;
  first: number;
  /** Also fetch each neighbor's own neighbors, filtered so. */
  nested: { types: readonly RelationType[] | null; first: number } | null;
}

export interface NeighborRecord {
  entity: EntityRecord;
  /** Its own neighbors, when the filter asked for them (`nested`); null otherwise. */
  neighbors: EntityRecord[] | null;
}

/** The parameters of NEIGHBOR_LIST. */
export function neighborParameters(filter: NeighborFilter): Record<string, unknown> {
  return {
    neighborTypes: filter.types,
    neighborLimit: count(filter.first),
    nested: filter.nested,
    // LIMIT needs an integer even where the CASE never evaluates it.
    nestedLimit: count(filter.nested?.first ?? 1),
  };
}

/** What NEIGHBOR_LIST returns (`neighbors` of a row), as records. */
export function toNeighborRecords(row: Row): NeighborRecord[] {
  return readMaps(row, 'neighbors').map((neighbor) => ({
    entity: toEntityRecord(readMap(neighbor, 'entity')),
    neighbors: neighbor['next'] === null ? null : readList(neighbor, 'next').map(toEntityRecord),
  }));
}

/** For each entity, up to `first` distinct neighbors; one round trip for many entities. */
export async function neighborsOfEntities(
  executor: GraphExecutor,
  ids: readonly string[],
  filter: NeighborFilter,
): Promise<NeighborRecord[][]> {
  const result = await executor.read((tx) => tx.run(NEIGHBORS_OF_ENTITIES, { ids, ...neighborParameters(filter) }));
  const byId = new Map<string, NeighborRecord[]>();
  for (const record of result.records) {
    byId.set(readString(record, 'id'), toNeighborRecords(record));
  }
  return ids.map((id) => byId.get(id) ?? []);
}

/** Position in a relation's statements (newest article first, then article id). */
export interface StatementPosition {
  published: string;
  id: string;
}

// A relation's statements, newest article first: its Fact node (same id) is
// found by its unique id, then its STATES edges; a page asks for `first + 1`.
const STATEMENTS_OF_RELATIONS = `
UNWIND $ids AS id
MATCH (f:Fact {id: id})
CALL (f) {
  MATCH (a:Article)-[st:STATES]->(f)
  WITH a, st, coalesce(a.published, '') AS published
  WHERE (NOT $withSentence OR st.sentence IS NOT NULL)
    AND ($after IS NULL OR published < $after.published OR (published = $after.published AND a.id > $after.id))
  WITH a, st, published ORDER BY published DESC, a.id ASC LIMIT $limit
  RETURN collect({article: a ${ARTICLE_FIELDS}, sentence: st.sentence, start: st.start, end: st.end}) AS statements
}
RETURN id, statements`;

/**
 * For each relation id, a page of its statements (`first + 1` rows, newest
 * article first), only those with a sentence when `withSentence`; one round trip.
 */
export async function statementsOfRelations(
  executor: GraphExecutor,
  ids: readonly string[],
  page: { first: number; after: StatementPosition | null; withSentence: boolean },
): Promise<StatementRecord[][]> {
  const result = await executor.read((tx) =>
    tx.run(STATEMENTS_OF_RELATIONS, {
      ids,
      after: page.after,
      withSentence: page.withSentence,
      limit: count(page.first + 1),
    }),
  );
  const byId = new Map<string, StatementRecord[]>();
  for (const record of result.records) {
    byId.set(
      readString(record, 'id'),
      readMaps(record, 'statements').map((row) => ({
        article: toArticleRecord(row['article']),
        sentence: readOptionalString(row, 'sentence'),
        start: readOptionalNumber(row, 'start') ?? 0,
        end: readOptionalNumber(row, 'end') ?? 0,
      })),
    );
  }
  return ids.map((id) => byId.get(id) ?? []);
}

// Statements with a sentence: every statement written by ingest has one; a
// graph migrated from lists kept sentences only for the first
// MAX_EVIDENCE_PER_RELATION articles.
const EVIDENCE_COUNTS = `
UNWIND $ids AS id
OPTIONAL MATCH (f:Fact {id: id})
RETURN id, CASE WHEN f IS NULL THEN 0 ELSE COUNT { (:Article)-[st:STATES]->(f) WHERE st.sentence IS NOT NULL } END AS n`;

/** How many evidence sentences each relation has. */
export async function evidenceCounts(executor: GraphExecutor, ids: readonly string[]): Promise<number[]> {
  const result = await executor.read((tx) => tx.run(EVIDENCE_COUNTS, { ids }));
  const byId = new Map(result.records.map((record) => [readString(record, 'id'), readNumber(record, 'n')]));
  return ids.map((id) => byId.get(id) ?? 0);
}

// A relation by its id `TYPE(from,to)`: found again from its ends (symmetric
// types store either direction, hence the undirected pattern).
const RELATIONS_BY_KEYS = `
UNWIND $keys AS key
MATCH (:Entity {id: key.fromId})-[r:${FACT_TYPES}]-(:Entity {id: key.toId})
WHERE type(r) = key.type AND r.id = key.id
RETURN key.id AS id, ${relationFields('r')} AS r, type(r) AS type, startNode(r).id AS fromId, endNode(r).id AS toId`;

/** Relations by id and ends, in the order asked; `null` where there is no such relation. */
export async function relationsByKeys(
  executor: GraphExecutor,
  keys: readonly Pick<RelationRecord, 'id' | 'type' | 'fromId' | 'toId'>[],
): Promise<(RelationRecord | null)[]> {
  const result = await executor.read((tx) =>
    tx.run(RELATIONS_BY_KEYS, { keys: keys.map(({ id, type, fromId, toId }) => ({ id, type, fromId, toId })) }),
  );
  const byId = new Map<string, RelationRecord>();
  for (const record of result.records) {
    byId.set(
      readString(record, 'id'),
      toRelationRecord(
        record.get('r'),
        readString(record, 'type'),
        readString(record, 'fromId'),
        readString(record, 'toId'),
      ),
    );
  }
  return keys.map((key) => byId.get(key.id) ?? null);
}

const NEW_IN_ARTICLES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id,
  COLLECT {
    MATCH (a)-[:MENTIONS]->(e:Entity)
    WHERE NOT EXISTS { MATCH (b:Article)-[:MENTIONS]->(e) WHERE b.ingestedAt < a.ingestedAt }
    RETURN e ${ENTITY_FIELDS}
  } AS entities,
  COLLECT {
    MATCH (a)-[:STATES]->(f:Fact {firstSource: id})
    MATCH (s:Entity {id: f.from})-[r:${FACT_TYPES} {id: f.id}]->(o:Entity {id: f.to})
    RETURN {r: ${relationFields('r')}, type: type(r), fromId: s.id, toId: o.id} ORDER BY r.id
  } AS relations`;

/**
 * What each article brought to the graph: the entities no article written
 * before it mentions (articles written in one batch share their write time,
 * so an entity new to a batch is new to each of its articles that names it),
 * and the relations it was the first source of.
 */
export async function newInArticles(
  executor: GraphExecutor,
  ids: readonly string[],
): Promise<{ entities: EntityRecord[]; relations: RelationRecord[] }[]> {
  const result = await executor.read((tx) => tx.run(NEW_IN_ARTICLES, { ids }));
  const byId = new Map<string, { entities: EntityRecord[]; relations: RelationRecord[] }>();
  for (const record of result.records) {
    byId.set(readString(record, 'id'), {
      entities: readList(record, 'entities').map(toEntityRecord),
      relations: toRelations(record, 'relations'),
    });
  }
  return ids.map((id) => byId.get(id) ?? { entities: [], relations: [] });
}

/** Position in the list of relations by date (newest first, undated last, then id). */
export interface RelationPosition {
  date: string;
  id: string;
}

/** Which relations a graph-wide list holds. */
export interface DatedRelationFilter {
  types: readonly RelationType[] | null;
  from: string | null;
  to: string | null;
}

/**
 * The relations a filter admits, one branch per relationship type (from the
 * ontology's fixed list, never from input), so each branch can use its
 * type's `<type>_date` index when a date bound is given.
 */
function datedRelations(filter: DatedRelationFilter): string {
  const conditions = [
    filter.from === null ? null : 'r.date >= $from',
    filter.to === null ? null : "r.date <= $to + '~'",
  ].filter((condition) => condition !== null);
  const where = conditions.length === 0 ? '' : ` WHERE ${conditions.join(' AND ')}`;
  const types = RELATION_TYPES.filter((type) => filter.types === null || filter.types.includes(type));
  return types
    .map((type) => `  MATCH (s:Entity)-[r:${type}]->(o:Entity)${where}\n  RETURN r, s.id AS fromId, o.id AS toId`)
    .join('\n  UNION ALL\n');
}

/** One page of relations by date, newest first; asks for `first + 1` so the caller knows if more follow. */
export async function listRelations(
  executor: GraphExecutor,
  filter: DatedRelationFilter,
  first: number,
  after: RelationPosition | null,
): Promise<RelationRecord[]> {
  if (filter.types?.length === 0) return [];
  const query = `CALL () {
${datedRelations(filter)}
}
WITH r, fromId, toId, coalesce(r.date, '') AS date
WHERE $after IS NULL OR date < $after.date OR (date = $after.date AND r.id > $after.id)
WITH r, fromId, toId ORDER BY date DESC, r.id ASC LIMIT $limit
RETURN ${relationFields('r')} AS r, type(r) AS type, fromId, toId`;
  const result = await executor.read((tx) => tx.run(query, { ...filter, after, limit: count(first + 1) }));
  return result.records.map((record) =>
    toRelationRecord(
      record.get('r'),
      readString(record, 'type'),
      readString(record, 'fromId'),
      readString(record, 'toId'),
    ),
  );
}

/** How many relations a filter admits, counted up to `bound`. */
export async function countListedRelations(
  executor: GraphExecutor,
  filter: DatedRelationFilter,
  bound: number,
): Promise<number> {
  if (filter.types?.length === 0) return 0;
  const query = `CALL () {
${datedRelations(filter)}
}
WITH r LIMIT $bound
RETURN count(r) AS n`;
  const result = await executor.read((tx) => tx.run(query, { ...filter, bound: count(bound) }));
  return Number(result.records[0]?.get('n') ?? 0);
}
