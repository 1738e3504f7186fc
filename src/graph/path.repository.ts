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
  readBoolean,
  readList,
  readMap,
  readMaps,
  readNumber,
  readString,
} from './records';

/** The most hops a path query may span, and the most paths it may return. */
export const MAX_PATH_HOPS = 6;
export const MAX_PATHS = 10;

/**
 * Hubs: entities whose number of relations is at least the 99.9th percentile
 * of all entities' (and at least HUB_MIN_DEGREE). Countries, capitals and the
 * busiest organizations end up here; a path through one of them says little
 * ("both are related to China"), and expanding one walks tens of thousands
 * of relationships. The floor keeps a small graph from calling a node with a
 * handful of relations a hub.
 */
export const HUB_PERCENTILE = 0.999;
export const HUB_MIN_DEGREE = 50;

export interface PathRecord {
  nodes: EntityRecord[];
  relations: RelationRecord[];
  /** Specificity: the product over inner nodes of 1 / log2(1 + degree); see `Path.score`. */
  score: number;
}

/** The hub bound as last measured on a graph, with the entity count it was measured at. */
interface HubBound {
  degree: number;
  entities: number;
}

/**
 * The last hub bound measured through each executor (one per graph). Each
 * path statement also returns the number of entities (from Neo4j's count
 * store: free); the bound is measured again only when that number has moved
 * by more than 1/HUB_BOUND_DRIFT since, so the percentile over every entity
 * is paid once per few percent of growth, not per query.
 */
const hubBounds = new WeakMap<GraphExecutor, HubBound>();
const HUB_BOUND_DRIFT = 50;

// A node's degree is `COUNT { (n)-[:…]-() }`, which Neo4j answers from its
// degree store (per-type counts on dense nodes), not by walking the
// relationships: one read per relationship type.
const MEASURE_HUB_BOUND = `
MATCH (x:Entity)
RETURN count(x) AS entities, percentileDisc(COUNT { (x)-[:${FACT_TYPES}]-() }, ${HUB_PERCENTILE}) AS measured`;

/** Measures the hub bound of the graph now, and remembers it for this executor. */
export async function measureHubBound(executor: GraphExecutor): Promise<HubBound> {
  const result = await executor.read((tx) => tx.run(MEASURE_HUB_BOUND));
  const record = result.records[0];
  if (record === undefined) throw new GraphError('the hub bound query returned no row');
  const bound = {
    // No entity at all: percentileDisc of nothing is null.
    degree: Math.max(HUB_MIN_DEGREE, record.get('measured') === null ? 0 : readNumber(record, 'measured')),
    entities: readNumber(record, 'entities'),
  };
  hubBounds.set(executor, bound);
  return bound;
}

function drifted(bound: HubBound, entities: number): boolean {
  return Math.abs(entities - bound.entities) * HUB_BOUND_DRIFT > bound.entities;
}

/** Candidates ranked per query: SHORTEST takes no parameter, so this is written into the text. */
const CANDIDATES = 10;

// Cypher takes neither the hop bound of a quantified path nor the k of SHORTEST
// as a parameter, so each allowed bound has its query written out here: no
// query text is ever assembled from input. Paths run only through entities
// (MENTIONS and ALIAS_OF lead to articles and alias keys, not entities).
// Neo4j's SHORTEST between two bound ends is a bidirectional breadth-first
// search; the inline predicate on each step's target keeps hubs out of the
// inside of a path (the end itself may be one), so neither side ever expands
// a hub's relationships. Paths are ranked by specificity among the
// CANDIDATES shortest. Both ends are looked up in the same statement, so an
// unknown id is reported without a second round trip.
function pathQuery(hops: string): string {
  return `
CALL () { MATCH (x:Entity) RETURN count(x) AS entities }
OPTIONAL MATCH (start:Entity {id: $from})
OPTIONAL MATCH (end:Entity {id: $to})
CALL (start, end) {
  MATCH p = SHORTEST ${CANDIDATES} (start)(()-[r:${FACT_TYPES} WHERE $types IS NULL OR type(r) IN $types]-(n:Entity
    WHERE $throughHubs OR n = end OR COUNT { (n)-[:${FACT_TYPES}]-() } < $hubDegree)){1,${hops}}(end)
  WITH p, reduce(s = 1.0, n IN nodes(p)[1..-1] | s * log(2.0) / log(1.0 + COUNT { (n)-[:${FACT_TYPES}]-() })) AS score
  ORDER BY score DESC, length(p), [n IN nodes(p) | n.id]
  LIMIT $first
  RETURN collect({
    nodes: [n IN nodes(p) | n ${ENTITY_FIELDS}],
    relations: [r IN relationships(p) | {r: ${relationFields('r')}, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}],
    score: score
  }) AS paths
}
RETURN start IS NOT NULL AS fromExists, end IS NOT NULL AS toExists, paths, entities`;
}

const PATH_QUERIES: Readonly<Record<number, string>> = {
  1: pathQuery('1'),
  2: pathQuery('2'),
  3: pathQuery('3'),
  4: pathQuery('4'),
  5: pathQuery('5'),
  6: pathQuery('6'),
};

export interface PathSearch {
  /** False when no entity has the `from` (or `to`) id. */
  fromExists: boolean;
  toExists: boolean;
  paths: PathRecord[];
}

export interface PathQuery {
  from: string;
  to: string;
  maxHops: number;
  first: number;
  types: readonly RelationType[] | null;
  /** Let hubs be inside a path (they are always allowed at its ends). */
  throughHubs: boolean;
}

/**
 * Up to `first` paths between two entities, most specific first (see
 * `PathRecord.score`), chosen among the shortest ones, each at most `maxHops`
 * long. The caller validates the bounds (1..MAX_PATH_HOPS, 1..MAX_PATHS).
 */
export async function shortestPaths(executor: GraphExecutor, query: PathQuery): Promise<PathSearch> {
  const cypher = PATH_QUERIES[query.maxHops];
  if (cypher === undefined) throw new RangeError(`maxHops must be 1..${MAX_PATH_HOPS}`);
  const run = async (bound: HubBound): Promise<{ search: PathSearch; entities: number }> => {
    const result = await executor.read((tx) =>
      tx.run(cypher, {
        from: query.from,
        to: query.to,
        types: query.types,
        first: count(query.first),
        throughHubs: query.throughHubs,
        hubDegree: count(bound.degree),
      }),
    );
    const record = result.records[0];
    if (record === undefined) throw new GraphError('the path query returned no row');
    return {
      entities: readNumber(record, 'entities'),
      search: {
        fromExists: readBoolean(record, 'fromExists'),
        toExists: readBoolean(record, 'toExists'),
        paths: readMaps(record, 'paths').map((path) => ({
          nodes: readList(path, 'nodes').map(toEntityRecord),
          relations: readMaps(path, 'relations').map((row) =>
            toRelationRecord(
              readMap(row, 'r'),
              readString(row, 'type'),
              readString(row, 'fromId'),
              readString(row, 'toId'),
            ),
          ),
          score: readNumber(path, 'score'),
        })),
      },
    };
  };
  const bound = hubBounds.get(executor) ?? (await measureHubBound(executor));
  const answer = await run(bound);
  if (query.throughHubs || !drifted(bound, answer.entities)) return answer.search;
  // The graph has grown (or changed) since the bound was measured: measure again, and ask again if it moved.
  const fresh = await measureHubBound(executor);
  return fresh.degree === bound.degree ? answer.search : (await run(fresh)).search;
}
