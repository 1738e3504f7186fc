import { ARTICLE_PAGE, luceneQuery } from '../src/graph/entity.repository';
import { FACT_TYPES } from '../src/graph/fact-types';
import type { GraphExecutor } from '../src/graph/executor';
import { measureHubBound } from '../src/graph/path.repository';
import { boundedRelations } from '../src/graph/relation.repository';

/**
 * The fixed query set, each written three ways that return the same data:
 * (a) our GraphQL API, (b) one hand-written Cypher statement (the floor: the
 * same orderings and limits as src/graph/*.repository.ts, in ONE round trip),
 * (c) @neo4j/graphql 7 over the type defs in peer-typedefs.ts, where it can
 * express the query (null where it cannot).
 */

export interface Subjects {
  /** The most-mentioned person. */
  person: string;
  personSurname: string;
  /** A person further down the ranking, for paths. */
  farPerson: string;
  /** The newest article that mentions `person`. */
  article: string;
  /** The element ids of the hubs paths avoid (measured by src/graph/path.repository.ts). */
  hubs: string[];
}

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface CypherRequest {
  text: string;
  params: Record<string, unknown>;
}

type Json = unknown;

export interface BenchQuery {
  name: string;
  ours: GraphQLRequest;
  cypher: CypherRequest;
  peer: GraphQLRequest | null;
  /** Why the peer has no query, or how it expresses it. */
  peerNote: string;
  /** Comparable summaries (ids, order, counts) of each answer. */
  oursSignature(data: Json): string;
  cypherSignature(rows: Json[]): string;
  peerSignature(data: Json): string;
}

function get(value: Json, ...path: (string | number)[]): Json {
  let current: Json = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, Json>)[key];
  }
  return current;
}

function list(value: Json): Json[] {
  return Array.isArray(value) ? (value as Json[]) : [];
}

function ids(value: Json, ...path: string[]): string[] {
  return list(value).map((item) => String(get(item, ...path, 'id')));
}

/** Distinct neighbors of `node`, most informative first (what `Entity.neighbors` does). */
function neighborsCypher(node: string, out: string, first: number, project: boolean): string {
  const item = project ? 'o {.id, .name}' : 'o';
  return `CALL (${node}) {
    CALL (${node}) {
${boundedRelations(node, 'o', 'null')}
    }
    WITH o, sum(r.confidence) / log(1.0 + COUNT { (o)-[:${FACT_TYPES}]-() }) AS weight
    ORDER BY weight DESC, o.id LIMIT ${first}
    RETURN collect(${item}) AS ${out}
  }`;
}

/** Same as a @neo4j/graphql @cypher field (one row per neighbor). */
export const PEER_NEIGHBORS_CYPHER = `CALL (this) {
${boundedRelations('this', 'o', 'null')}
}
WITH o, sum(r.confidence) / log(1.0 + COUNT { (o)-[:${FACT_TYPES}]-() }) AS weight
RETURN o AS n ORDER BY weight DESC, o.id LIMIT toInteger($first)`;

/** Related articles as src/graph/article.repository.ts ranks them (same event first; each shared entity brings at most 200). */
function relatedCypher(article: string): string {
  return `MATCH (${article})-[:MENTIONS]->(e:Entity)
WITH DISTINCT ${article}, e
WITH ${article}, e, 1.0 / log(2.0 + COUNT { (e)<-[:MENTIONS]-() }) AS weight, e:Event AS event
CALL (${article}, e) {
  MATCH (e)<-[:MENTIONS]-(b:Article)
  WHERE b <> ${article}
  RETURN b LIMIT 200
}
WITH b, collect(e) AS shared, sum(weight) AS score, any(x IN collect(event) WHERE x) AS sameEvent`;
}

export const PEER_RELATED_CYPHER = `${relatedCypher('this')}
RETURN b ORDER BY sameEvent DESC, score DESC, size(shared) DESC, b.id LIMIT toInteger($first)`;

export const PEER_TIMELINE_CYPHER = `MATCH (this)-[r:${FACT_TYPES}]-(event:Event)
RETURN event ORDER BY event.date, event.name, event.id LIMIT toInteger($first)`;

/**
 * Paths as src/graph/path.repository.ts finds and ranks them: no hub inside,
 * most specific of the shortest first, longer ones only when the shortest are
 * fewer than asked for.
 */
function pathCypher(maxHops: number): string {
  const steps = `(()-[r:${FACT_TYPES} WHERE $types IS NULL OR type(r) IN $types]-(n
    WHERE n = end OR NOT elementId(n) IN $hubs)){1,${maxHops}}`;
  return `MATCH (start:Entity {id: $from}), (end:Entity {id: $to})
CALL (start, end) {
  MATCH p = SHORTEST 1 GROUPS (start)${steps}(end)
  WITH p LIMIT 100
  RETURN collect(p) AS shortest
}
CALL (start, end, shortest) {
  WITH * WHERE 0 < size(shortest) < 3 AND length(shortest[0]) < ${maxHops}
  MATCH p = SHORTEST 10 (start)${steps}(end)
  RETURN collect(p) AS more
}
UNWIND shortest + [p IN more WHERE length(p) > length(shortest[0])] AS p
WITH p, reduce(s = 1.0, n IN nodes(p)[1..-1] | s * log(2.0) / log(1.0 + COUNT { (n)-[:${FACT_TYPES}]-() })) AS score
ORDER BY score DESC, length(p), [n IN nodes(p) | n.id], [r IN relationships(p) | r.id]
LIMIT 3
RETURN [n IN nodes(p) | n {.id, .name}] AS nodes, [r IN relationships(p) | {id: r.id, type: type(r)}] AS relations, score`;
}

export function benchQueries(s: Subjects): BenchQuery[] {
  const search = luceneQuery(s.personSurname) ?? s.personSurname;
  const pathsQuery = (maxHops: number): BenchQuery => ({
    name: `paths maxHops ${maxHops}`,
    ours: {
      query: `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: ${maxHops}, first: 3) { length score nodes { id name } relations { id type } } }`,
      variables: { from: s.person, to: s.farPerson },
    },
    cypher: {
      text: pathCypher(maxHops),
      params: { from: s.person, to: s.farPerson, types: null, hubs: s.hubs },
    },
    peer: null,
    peerNote: 'not expressible (no shortest-path operation in @neo4j/graphql)',
    oursSignature: (data) => JSON.stringify(list(get(data, 'paths')).map((p) => ids(get(p, 'nodes')))),
    cypherSignature: (rows) => JSON.stringify(rows.map((row) => ids(get(row, 'nodes')))),
    peerSignature: () => '',
  });
  return [
    {
      name: 'entity by id',
      ours: { query: 'query($id: ID!) { entity(id: $id) { id name type aliases } }', variables: { id: s.person } },
      cypher: {
        text: 'MATCH (e:Entity {id: $id}) RETURN e {.id, .name, .type, .aliases} AS e',
        params: { id: s.person },
      },
      peer: {
        query: 'query($id: ID!) { entities(where: { id: { eq: $id } }) { id name type aliases } }',
        variables: { id: s.person },
      },
      peerNote: 'native',
      oursSignature: (data) => `${String(get(data, 'entity', 'id'))}|${String(get(data, 'entity', 'name'))}`,
      cypherSignature: (rows) => `${String(get(rows[0], 'e', 'id'))}|${String(get(rows[0], 'e', 'name'))}`,
      peerSignature: (data) => `${String(get(data, 'entities', 0, 'id'))}|${String(get(data, 'entities', 0, 'name'))}`,
    },
    {
      name: 'search',
      ours: {
        query: 'query($text: String!) { search(text: $text, first: 10) { score entity { id name } } }',
        variables: { text: s.personSurname },
      },
      cypher: {
        text: `CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: 40}) YIELD node, score
RETURN node {.id, .name} AS e, score ORDER BY score DESC, size(node.name), node.id LIMIT 10`,
        params: { query: search },
      },
      peer: {
        query:
          'query($phrase: String!) { entitySearch(phrase: $phrase, first: 10) { edges { score node { id name } } } }',
        variables: { phrase: search },
      },
      peerNote: 'native @fulltext (orders by score only; compared as a set)',
      oursSignature: (data) => JSON.stringify(ids(get(data, 'search'), 'entity').sort()),
      cypherSignature: (rows) => JSON.stringify(ids(rows, 'e').sort()),
      peerSignature: (data) => JSON.stringify(ids(get(data, 'entitySearch', 'edges'), 'node').sort()),
    },
    {
      name: 'entity 2 levels',
      ours: {
        query: `query($id: ID!) { entity(id: $id) { id name articles(first: 10) { edges { node { id title } } }
  neighbors(first: 10) { id name neighbors(first: 10) { id name } } } }`,
        variables: { id: s.person },
      },
      cypher: {
        text: `MATCH (e:Entity {id: $id})
CALL (e) {${ARTICLE_PAGE.replaceAll('$articleLimit', '10')}
}
${neighborsCypher('e', 'ns', 10, false)}
CALL (ns) {
  UNWIND ns AS n
  ${neighborsCypher('n', 'nn', 10, true)}
  RETURN collect(n {.id, .name, neighbors: nn}) AS neighbors
}
RETURN e {.id, .name, articles: articles, neighbors: neighbors} AS e`,
        params: { id: s.person, articleAfter: null },
      },
      peer: {
        query: `query($id: ID!) { entities(where: { id: { eq: $id } }) { id name
  articles(limit: 10, sort: [{ published: DESC }, { id: ASC }]) { id title }
  neighbors(first: 10) { id name neighbors(first: 10) { id name } } } }`,
        variables: { id: s.person },
      },
      peerNote: 'articles native; neighbors as a @cypher field (the 11 relation types, strongest first)',
      oursSignature: (data) =>
        JSON.stringify({
          articles: ids(get(data, 'entity', 'articles', 'edges'), 'node'),
          neighbors: list(get(data, 'entity', 'neighbors')).map((n) => [get(n, 'id'), ids(get(n, 'neighbors'))]),
        }),
      cypherSignature: (rows) =>
        JSON.stringify({
          articles: ids(get(rows[0], 'e', 'articles')),
          neighbors: list(get(rows[0], 'e', 'neighbors')).map((n) => [get(n, 'id'), ids(get(n, 'neighbors'))]),
        }),
      peerSignature: (data) =>
        JSON.stringify({
          articles: ids(get(data, 'entities', 0, 'articles')),
          neighbors: list(get(data, 'entities', 0, 'neighbors')).map((n) => [get(n, 'id'), ids(get(n, 'neighbors'))]),
        }),
    },
    {
      name: 'article + related',
      ours: {
        query: 'query($id: ID!) { article(id: $id) { id title relatedArticles(first: 5) { article { id title } } } }',
        variables: { id: s.article },
      },
      cypher: {
        text: `MATCH (a:Article {id: $id})
CALL (a) {
  ${relatedCypher('a')}
  RETURN b, shared, score ORDER BY sameEvent DESC, score DESC, size(shared) DESC, b.id LIMIT 5
}
RETURN a {.id, .title} AS a, collect(b {.id, .title}) AS related`,
        params: { id: s.article },
      },
      peer: {
        query: 'query($id: ID!) { articles(where: { id: { eq: $id } }) { id title related(first: 5) { id title } } }',
        variables: { id: s.article },
      },
      peerNote: 'related as a @cypher field (rarity-weighted ranking)',
      oursSignature: (data) => JSON.stringify(ids(get(data, 'article', 'relatedArticles'), 'article')),
      cypherSignature: (rows) => JSON.stringify(ids(get(rows[0], 'related'))),
      peerSignature: (data) => JSON.stringify(ids(get(data, 'articles', 0, 'related'))),
    },
    pathsQuery(4),
    pathsQuery(6),
    {
      name: 'timeline',
      ours: {
        query: 'query($id: ID!) { timeline(entityId: $id, first: 50) { date relationType role event { id name } } }',
        variables: { id: s.person },
      },
      cypher: {
        text: `MATCH (e:Entity {id: $id})-[r:${FACT_TYPES}]-(event:Event)
RETURN event {.id, .name, .date} AS event, type(r) AS relationType, r.role AS role
ORDER BY event.date, event.name, event.id LIMIT 50`,
        params: { id: s.person },
      },
      peer: {
        query: 'query($id: ID!) { entities(where: { id: { eq: $id } }) { timeline(first: 50) { id name date } } }',
        variables: { id: s.person },
      },
      peerNote: 'events as a @cypher field (relation types to an Event; no relationType/role)',
      oursSignature: (data) => JSON.stringify(ids(get(data, 'timeline'), 'event')),
      cypherSignature: (rows) => JSON.stringify(ids(rows, 'event')),
      peerSignature: (data) => JSON.stringify(ids(get(data, 'entities', 0, 'timeline'))),
    },
  ];
}

/** Cypher that picks the subjects from the loaded graph. */
const PICK_SUBJECTS = `
MATCH (p:Person)<-[m:MENTIONS]-()
WHERE NOT p.id CONTAINS ':~'
WITH p, count(m) AS mentions ORDER BY mentions DESC, p.id LIMIT 30
WITH collect(p) AS top
WITH top[0] AS person, top[size(top) - 1] AS far
CALL (person) {
  MATCH (person)<-[:MENTIONS]-(a:Article)
  RETURN a.id AS article ORDER BY a.published DESC, a.id LIMIT 1
}
RETURN person.id AS person, person.name AS name, far.id AS farPerson, article`;

/** The bench's subjects in a loaded graph: a well-connected person, a far one, one of their articles, and the hubs. */
export async function pickSubjects(executor: GraphExecutor): Promise<Subjects> {
  const picked = await executor.read((tx) => tx.run(PICK_SUBJECTS));
  const row = picked.records[0];
  if (row === undefined) throw new Error('no person in the graph to query');
  const name = String(row.get('name'));
  return {
    person: String(row.get('person')),
    personSurname: name.split(' ').at(-1) ?? name,
    farPerson: String(row.get('farPerson')),
    article: String(row.get('article')),
    hubs: (await measureHubBound(executor)).hubs,
  };
}
