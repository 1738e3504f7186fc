import type { RelationType } from '../extract/types';
import { count, type GraphExecutor } from './executor';
import { FACT_TYPES } from './fact-types';
import { toEntityRecord, toRelationRecord, type EntityRecord, type RelationRecord } from './records';

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface RelationFilter {
  types: readonly RelationType[] | null;
  direction: Direction;
  first: number;
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
  RETURN r, startNode(r).id AS fromId, endNode(r).id AS toId
  ORDER BY r.confidence DESC, size(r.sources) DESC, r.id
  LIMIT $limit
}
RETURN id, collect({r: r, fromId: fromId, toId: toId}) AS relations`;

const RELATIONS_OF_ARTICLES = `
UNWIND $ids AS id
MATCH (:Article {id: id})-[:MENTIONS]->(e:Entity)-[r:${FACT_TYPES}]->(o:Entity)
WHERE id IN r.sources
WITH id, r, e, o ORDER BY r.id
RETURN id, collect({r: r, fromId: e.id, toId: o.id}) AS relations`;

function toRelations(value: unknown): RelationRecord[] {
  return (value as { r: unknown; fromId: string; toId: string }[]).map((row) =>
    toRelationRecord(row.r, row.fromId, row.toId),
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
      limit: count(filter.first),
    }),
  );
  const byId = new Map<string, RelationRecord[]>();
  for (const record of result.records) byId.set(record.get('id') as string, toRelations(record.get('relations')));
  return ids.map((id) => byId.get(id) ?? []);
}

/** For each article, the relations it states. */
export async function relationsOfArticles(
  executor: GraphExecutor,
  ids: readonly string[],
): Promise<RelationRecord[][]> {
  const result = await executor.read((tx) => tx.run(RELATIONS_OF_ARTICLES, { ids }));
  const byId = new Map<string, RelationRecord[]>();
  for (const record of result.records) byId.set(record.get('id') as string, toRelations(record.get('relations')));
  return ids.map((id) => byId.get(id) ?? []);
}

// The entities at the other end of an entity's relations, strongest first,
// without shipping the relations' evidence (neighbors only need the nodes).
const NEIGHBORS_OF_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r:${FACT_TYPES}]-(o:Entity)
  WHERE $types IS NULL OR type(r) IN $types
  WITH o, max(r.confidence) AS confidence, count(r) AS relations
  RETURN o ORDER BY confidence DESC, relations DESC, o.id LIMIT $limit
}
RETURN id, collect(o) AS neighbors`;

/** For each entity, up to `first` distinct neighbors; one round trip for many entities. */
export async function neighborsOfEntities(
  executor: GraphExecutor,
  ids: readonly string[],
  filter: { types: readonly RelationType[] | null; first: number },
): Promise<EntityRecord[][]> {
  const result = await executor.read((tx) =>
    tx.run(NEIGHBORS_OF_ENTITIES, { ids, types: filter.types, limit: count(filter.first) }),
  );
  const byId = new Map<string, EntityRecord[]>();
  for (const record of result.records) {
    byId.set(record.get('id') as string, (record.get('neighbors') as unknown[]).map(toEntityRecord));
  }
  return ids.map((id) => byId.get(id) ?? []);
}
