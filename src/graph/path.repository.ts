import type { RelationType } from '../extract/types';
import { count, type GraphExecutor } from './executor';
import { GraphError } from './errors';
import { FACT_TYPES } from './fact-types';
import {
  ENTITY_FIELDS,
  relationFields,
  toEntityRecord,
  toRelationRecord,
  type EntityRecord,
  type RelationRecord,
} from './records';

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
// Neo4j's bidirectional shortest-path search stops at the k shortest. Both
// ends are looked up in the same statement, so an unknown id is reported
// without a second round trip.
function pathQuery(hops: string): string {
  return `
OPTIONAL MATCH (start:Entity {id: $from})
OPTIONAL MATCH (end:Entity {id: $to})
CALL (start, end) {
  MATCH p = SHORTEST 10 (start)(()-[r:${FACT_TYPES} WHERE $types IS NULL OR type(r) IN $types]-(:Entity)){1,${hops}}(end)
  WITH p LIMIT $first
  RETURN collect({
    nodes: [n IN nodes(p) | n ${ENTITY_FIELDS}],
    relations: [r IN relationships(p) | {r: ${relationFields('r')}, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}]
  }) AS paths
}
RETURN start IS NOT NULL AS fromExists, end IS NOT NULL AS toExists, paths`;
}

const PATH_QUERIES: Readonly<Record<number, string>> = {
  1: pathQuery('1'),
  2: pathQuery('2'),
  3: pathQuery('3'),
  4: pathQuery('4'),
  5: pathQuery('5'),
  6: pathQuery('6'),
};

interface RelationRow {
  r: unknown;
  type: string;
  fromId: string;
  toId: string;
}

export interface PathSearch {
  /** False when no entity has the `from` (or `to`) id. */
  fromExists: boolean;
  toExists: boolean;
  paths: PathRecord[];
}

/**
 * Up to `first` shortest paths between two entities, shortest first, each at
 * most `maxHops` long. The caller validates the bounds (1..MAX_PATH_HOPS,
 * 1..MAX_PATHS).
 */
export async function shortestPaths(
  executor: GraphExecutor,
  query: { from: string; to: string; maxHops: number; first: number; types: readonly RelationType[] | null },
): Promise<PathSearch> {
  const cypher = PATH_QUERIES[query.maxHops];
  if (cypher === undefined) throw new RangeError(`maxHops must be 1..${MAX_PATH_HOPS}`);
  const result = await executor.read((tx) =>
    tx.run(cypher, { from: query.from, to: query.to, types: query.types, first: count(query.first) }),
  );
  const record = result.records[0];
  if (record === undefined) throw new GraphError('the path query returned no row');
  return {
    fromExists: record.get('fromExists') as boolean,
    toExists: record.get('toExists') as boolean,
    paths: (record.get('paths') as { nodes: unknown[]; relations: RelationRow[] }[]).map((path) => ({
      nodes: path.nodes.map(toEntityRecord),
      relations: path.relations.map((row) => toRelationRecord(row.r, row.type, row.fromId, row.toId)),
    })),
  };
}
