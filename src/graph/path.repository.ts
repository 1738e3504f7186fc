import type { RelationType } from '../extract/types';
import { count, type GraphExecutor } from './executor';
import { FACT_TYPES } from './fact-types';
import { toEntityRecord, toRelationRecord, type EntityRecord, type RelationRecord } from './records';

/** The most hops a path query may span, and the most paths it may return. */
export const MAX_PATH_HOPS = 6;
export const MAX_PATHS = 10;

export interface PathRecord {
  nodes: EntityRecord[];
  relations: RelationRecord[];
}

// Cypher takes neither the hop bound of a quantified path nor the k of SHORTEST
// as a parameter, so each allowed bound has its query written out here: no
// query text is ever assembled from input. Paths run only through entities
// (MENTIONS and ALIAS_OF lead to articles and alias keys, not entities), and
// Neo4j's bidirectional shortest-path search stops at the k shortest.
const PATH_QUERY_TAIL = `
WITH p LIMIT $first
RETURN nodes(p) AS nodes, [r IN relationships(p) | {r: r, fromId: startNode(r).id, toId: endNode(r).id}] AS relations`;

const PATH_QUERIES: Readonly<Record<number, string>> = {
  1: `MATCH p = SHORTEST 10 (:Entity {id: $from})(()-[r:${FACT_TYPES} WHERE $types IS NULL OR type(r) IN $types]-(:Entity)){1,1}(:Entity {id: $to})${PATH_QUERY_TAIL}`,
  2: `MATCH p = SHORTEST 10 (:Entity {id: $from})(()-[r:${FACT_TYPES} WHERE $types IS NULL OR type(r) IN $types]-(:Entity)){1,2}(:Entity {id: $to})${PATH_QUERY_TAIL}`,
  3: `MATCH p = SHORTEST 10 (:Entity {id: $from})(()-[r:${FACT_TYPES} WHERE $types IS NULL OR type(r) IN $types]-(:Entity)){1,3}(:Entity {id: $to})${PATH_QUERY_TAIL}`,
  4: `MATCH p = SHORTEST 10 (:Entity {id: $from})(()-[r:${FACT_TYPES} WHERE $types IS NULL OR type(r) IN $types]-(:Entity)){1,4}(:Entity {id: $to})${PATH_QUERY_TAIL}`,
  5: `MATCH p = SHORTEST 10 (:Entity {id: $from})(()-[r:${FACT_TYPES} WHERE $types IS NULL OR type(r) IN $types]-(:Entity)){1,5}(:Entity {id: $to})${PATH_QUERY_TAIL}`,
  6: `MATCH p = SHORTEST 10 (:Entity {id: $from})(()-[r:${FACT_TYPES} WHERE $types IS NULL OR type(r) IN $types]-(:Entity)){1,6}(:Entity {id: $to})${PATH_QUERY_TAIL}`,
};

/**
 * Up to `first` shortest paths between two entities, shortest first, each at
 * most `maxHops` long. The caller validates the bounds (1..MAX_PATH_HOPS,
 * 1..MAX_PATHS).
 */
export async function shortestPaths(
  executor: GraphExecutor,
  query: { from: string; to: string; maxHops: number; first: number; types: readonly RelationType[] | null },
): Promise<PathRecord[]> {
  const cypher = PATH_QUERIES[query.maxHops];
  if (cypher === undefined) throw new RangeError(`maxHops must be 1..${MAX_PATH_HOPS}`);
  const result = await executor.read((tx) =>
    tx.run(cypher, { from: query.from, to: query.to, types: query.types, first: count(query.first) }),
  );
  return result.records.map((record) => ({
    nodes: (record.get('nodes') as unknown[]).map(toEntityRecord),
    relations: (record.get('relations') as { r: unknown; fromId: string; toId: string }[]).map((row) =>
      toRelationRecord(row.r, row.fromId, row.toId),
    ),
  }));
}
