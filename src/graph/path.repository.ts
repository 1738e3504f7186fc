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

/**
 * The hubs of a graph as last measured: their degree bound, their element ids
 * (what a path statement tests, see pathQuery) and the entity count then.
 */
export interface HubBound {
  degree: number;
  hubs: string[];
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
// degree store on dense nodes but by walking the relationship chain on the
// others: too dear to pay for every node a path search reaches, cheap enough
// once per measurement. The hubs are then listed by element id, which a path
// statement reads from the node reference without touching the store. Like
// the bound, the list is as old as the measurement: a new hub is let inside
// paths, and a new entity that reuses the id of a deleted hub (Neo4j reuses
// ids) is kept out, until the entity count drifts and the hubs are measured
// again.
const MEASURE_HUB_BOUND = `
CALL () {
  MATCH (x:Entity)
  RETURN count(x) AS entities, percentileDisc(COUNT { (x)-[:${FACT_TYPES}]-() }, ${HUB_PERCENTILE}) AS measured
}
WITH entities, CASE WHEN measured IS NULL OR measured < ${HUB_MIN_DEGREE} THEN ${HUB_MIN_DEGREE} ELSE measured END AS degree
CALL (degree) {
  MATCH (x:Entity) WHERE COUNT { (x)-[:${FACT_TYPES}]-() } >= degree
  RETURN collect(elementId(x)) AS hubs
}
RETURN entities, degree, hubs`;

/** Measures the hubs of the graph now, and remembers them for this executor. */
export async function measureHubBound(executor: GraphExecutor): Promise<HubBound> {
  const result = await executor.read((tx) => tx.run(MEASURE_HUB_BOUND));
  const record = result.records[0];
  if (record === undefined) throw new GraphError('the hub bound query returned no row');
  const bound = {
    degree: readNumber(record, 'degree'),
    hubs: readList(record, 'hubs').map(String),
    entities: readNumber(record, 'entities'),
  };
  hubBounds.set(executor, bound);
  return bound;
}

function sameHubs(a: HubBound, b: HubBound): boolean {
  const before = new Set(b.hubs);
  return a.hubs.length === before.size && a.hubs.every((id) => before.has(id));
}

function drifted(bound: HubBound, entities: number): boolean {
  return Math.abs(entities - bound.entities) * HUB_BOUND_DRIFT > bound.entities;
}

/**
 * The most shortest paths ranked per query. All shortest paths are ranked when
 * there are fewer (the usual case); the cap bounds the work when two ends are
 * joined by a combinatorial number of equally short paths.
 */
const CANDIDATES = 100;

/**
 * When the shortest paths are fewer than asked for, the FILL shortest paths of
 * any length up to the bound are ranked with them. SHORTEST takes no parameter,
 * so this is written into the text.
 */
const FILL = 10;

// Cypher does not take the hop bound of a quantified path as a parameter, so
// each allowed bound has its query written out here: no query text is ever
// assembled from input. Paths run only through entities: the fact types join
// entities only (MENTIONS and ALIAS_OF, which lead to articles and alias keys,
// are not among them), so the steps need no label test.
// `SHORTEST 1 GROUPS` between two bound ends is Neo4j's bidirectional
// breadth-first search, stopped at the first depth where the two sides meet;
// it yields every path of that length, all of which are ranked, so the most
// specific one is found however many tie. Only when they are fewer than
// `first` (a direct relation, say) does a second search, which goes on to
// longer paths, run. The inline predicate on each step's target keeps hubs
// out of the inside of a path (the end itself may be one), so neither side
// expands a hub's relationships; it tests the node's element id against the
// measured list, which costs no store read (counting each reached node's
// relations cost ten times the database hits). Both ends are looked up in the
// same statement, so an unknown id is reported without a second round trip.
function pathQuery(hops: string): string {
  const steps = `(()-[r:${FACT_TYPES} WHERE $types IS NULL OR type(r) IN $types]-(n
    WHERE $throughHubs OR n = end OR NOT elementId(n) IN $hubs)){1,${hops}}`;
  return `
CALL () { MATCH (x:Entity) RETURN count(x) AS entities }
OPTIONAL MATCH (start:Entity {id: $from})
OPTIONAL MATCH (end:Entity {id: $to})
CALL (start, end) {
  MATCH p = SHORTEST 1 GROUPS (start)${steps}(end)
  WITH p LIMIT ${CANDIDATES}
  RETURN collect(p) AS shortest
}
CALL (start, end, shortest) {
  WITH * WHERE 0 < size(shortest) < $first AND length(shortest[0]) < ${hops}
  MATCH p = SHORTEST ${FILL} (start)${steps}(end)
  RETURN collect(p) AS more
}
CALL (shortest, more) {
  UNWIND shortest + [p IN more WHERE length(p) > length(shortest[0])] AS p
  WITH p, reduce(s = 1.0, n IN nodes(p)[1..-1] | s * log(2.0) / log(1.0 + COUNT { (n)-[:${FACT_TYPES}]-() })) AS score
  ORDER BY score DESC, length(p), [n IN nodes(p) | n.id], [r IN relationships(p) | r.id]
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
        hubs: bound.hubs,
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
  return sameHubs(fresh, bound) ? answer.search : (await run(fresh)).search;
}
