import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { RELATION_TYPES, SYMMETRIC_RELATION_TYPES } from '../extract/types';
import { InMemoryLinkStore, mergeNodeRecords, nodeRecordOf } from '../link';
import type { KnownEntity, LinkedArticle, LinkStore, MergeCandidate, Redirect } from '../link/types';
import { count, type GraphExecutor } from './executor';
import { FACT_TYPES } from './fact-types';
import { GraphError } from './errors';

/**
 * The linking store over Neo4j (see `LinkStore` in src/link/types.ts for the
 * contract). Each node's match keys are `Alias` nodes, so a lookup is one
 * index seek per key: `(:Alias {key})-[:ALIAS_OF]->(:Entity)`. Surname keys are
 * stored as `surname:<key>` in the same index.
 */

const SURNAME_PREFIX = 'surname:';

const FIND_BY_KEYS = `
UNWIND $keys AS key
MATCH (:Alias {key: key})-[:ALIAS_OF]->(e:Entity)
RETURN DISTINCT e`;

const EXISTING_ARTICLES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id`;

const NODES_BY_ID = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e`;

const RESOLVE_REDIRECTS = `
UNWIND $ids AS id
OPTIONAL MATCH (r:Redirect {from: id})
RETURN id, coalesce(r.to, id) AS resolved`;

// Adds what an ingest learned to nodes: lists are unioned ON THE SERVER, so two
// ingests writing the same node at once both keep their aliases and keys
// (the second waits for the first's lock, then adds to what it wrote).
const UNION_NODES = `
UNWIND $nodes AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.createdAt = datetime(), e.aliases = [], e.keys = [], e.shortKeys = [], e.surnameKeys = [],
                e.distinctFrom = []
SET e:$(row.type), e.updatedAt = datetime()
// The name is the better of the stored one and the written one by linking's own order (compareNames: more
// words, then longer, then the smaller string), decided here so two ingests writing at once agree with one after
// the other.
WITH e, row, size(split(row.name, ' ')) AS rowWords, size(split(coalesce(e.name, ''), ' ')) AS nodeWords
SET e.type = row.type, e.provisional = row.provisional,
    e.name = CASE
      WHEN e.name IS NULL OR rowWords > nodeWords THEN row.name
      WHEN rowWords < nodeWords THEN e.name
      WHEN size(row.name) > size(e.name) THEN row.name
      WHEN size(row.name) < size(e.name) THEN e.name
      WHEN row.name < e.name THEN row.name
      ELSE e.name END,
    e.aliases = e.aliases + [x IN row.aliases WHERE NOT x IN e.aliases],
    e.keys = e.keys + [x IN row.keys WHERE NOT x IN e.keys],
    e.shortKeys = e.shortKeys + [x IN row.shortKeys WHERE NOT x IN e.shortKeys],
    e.surnameKeys = e.surnameKeys + [x IN row.surnameKeys WHERE NOT x IN e.surnameKeys],
    e.distinctFrom = e.distinctFrom + [x IN row.distinctFrom WHERE NOT x IN e.distinctFrom],
    e.wikidata = coalesce(e.wikidata, row.wikidata), e.wikipedia = coalesce(e.wikipedia, row.wikipedia),
    e.isoCode = coalesce(e.isoCode, row.isoCode), e.acronym = coalesce(e.acronym, row.acronym),
    e.eventType = coalesce(e.eventType, row.eventType), e.date = coalesce(e.date, row.date)
SET e.aliasText = reduce(text = '', alias IN e.aliases | text + ' | ' + alias)
WITH e, row
UNWIND row.aliasKeys AS key
MERGE (k:Alias {key: key})
MERGE (k)-[:ALIAS_OF]->(e)`;

// Replaces a node's record (review: merge, split, redirect); Alias nodes follow
// its keys and stale ones are unlinked.
const WRITE_NODES = `
UNWIND $nodes AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.createdAt = datetime()
SET e:$(row.type), e.updatedAt = datetime()
SET e.type = row.type, e.name = row.name, e.aliases = row.aliases, e.keys = row.keys, e.shortKeys = row.shortKeys,
    e.surnameKeys = row.surnameKeys, e.provisional = row.provisional, e.wikidata = row.wikidata,
    e.wikipedia = row.wikipedia,
    e.distinctFrom = row.distinctFrom, e.aliasText = reduce(text = '', alias IN row.aliases | text + ' | ' + alias),
    e.isoCode = coalesce(row.isoCode, e.isoCode), e.acronym = coalesce(row.acronym, e.acronym),
    e.eventType = coalesce(row.eventType, e.eventType), e.date = coalesce(row.date, e.date)
WITH e, row
CALL (e, row) {
  MATCH (k:Alias)-[x:ALIAS_OF]->(e) WHERE NOT k.key IN row.aliasKeys
  DELETE x
}
CALL (e, row) {
  UNWIND row.aliasKeys AS key
  MERGE (k:Alias {key: key})
  MERGE (k)-[:ALIAS_OF]->(e)
}`;

// Claims the batch's articles: MERGE on the unique id makes a concurrent
// writer of the same article wait for this transaction, then see the article
// as present; only the articles this transaction created come back.
const CLAIM_ARTICLES = `
UNWIND $ids AS id
MERGE (a:Article {id: id})
  ON CREATE SET a.claim = $claim
WITH a WHERE a.claim = $claim
RETURN a.id AS id`;

const FILL_ARTICLES = `
UNWIND $articles AS article
MATCH (a:Article {id: article.id})
SET a += article, a.ingestedAt = datetime()
REMOVE a.claim`;

const CREATE_MENTIONS = `
UNWIND $mentions AS row
MATCH (a:Article {id: row.articleId}), (e:Entity {id: row.id})
CREATE (a)-[:MENTIONS {count: size(row.starts), starts: row.starts, ends: row.ends, sentences: row.sentences,
                       surfaces: row.surfaces, confidence: row.confidence}]->(e)`;

/**
 * Evidence sentences kept per relation. Every source article stays listed in
 * `sources`; the sentences stop at this many, so a fact stated by thousands of
 * articles does not grow a relationship (and every write to it) without bound.
 */
export const MAX_EVIDENCE_PER_RELATION = 25;

// One relationship per fact; each article that states it appends its evidence.
// A row carries everything the batch says of one fact (see relationRows), so a
// fact stated by many articles of the batch has its lists rewritten once.
// The type is written literally, one guarded subquery per ontology type (a
// closed enum, so no input reaches the text): with a dynamic `$(row.type)` the
// MERGE's Expand(Into) walks every relationship of both ends, including the
// thousands of MENTIONS of a busy node, and slows down as the graph grows;
// with a literal type it reads only that type's chain. Rows keep their order.
const MERGE_RELATIONS = `
UNWIND $relations AS row
MATCH (from:Entity {id: row.from}), (to:Entity {id: row.to})
${RELATION_TYPES.map(
  (type) => `CALL (row, from, to) {
  WITH row, from, to WHERE row.type = '${type}'
  MERGE (from)-[r:${type} {id: row.id}]->(to)
    ON CREATE SET r.sources = [], r.evidenceArticles = [], r.evidenceSentences = [], r.evidenceStarts = [],
                  r.evidenceEnds = [], r.confidence = 0.0
  SET r += row.properties,
      r.sources = r.sources + [id IN row.sources WHERE NOT id IN r.sources],
      r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
      r.evidenceArticles = (r.evidenceArticles + row.evidenceArticles)[0..$maxEvidence],
      r.evidenceSentences = (r.evidenceSentences + row.evidenceSentences)[0..$maxEvidence],
      r.evidenceStarts = (r.evidenceStarts + row.evidenceStarts)[0..$maxEvidence],
      r.evidenceEnds = (r.evidenceEnds + row.evidenceEnds)[0..$maxEvidence]
}`,
).join('\n')}`;

const MERGE_CANDIDATES = `
UNWIND $candidates AS row
MATCH (:Entity {id: row.entityId}), (:Entity {id: row.candidateId})
MERGE (c:MergeCandidate {id: row.id})
  ON CREATE SET c.entityId = row.entityId, c.candidateId = row.candidateId, c.type = row.type,
                c.reason = row.reason, c.createdAt = datetime()`;

// Moves relationships of node $from to node $to: all of them, or only those
// whose element ids are listed ($relationships, $mentions). The relationship
// id (TYPE(start,end), ends sorted for symmetric types) is recomputed, a fact
// that now exists twice becomes one with both provenances, a self-loop is
// dropped. Merge candidates follow the node; one between a node and itself goes.
const MOVE_RELATIONSHIPS = `
MATCH (f:Entity {id: $from}), (t:Entity {id: $to})
CALL (f, t) {
  MATCH (f)-[r:${FACT_TYPES}]-(o:Entity)
  WHERE $relationships IS NULL OR elementId(r) IN $relationships
  WITH DISTINCT r, f, t
  WITH r, type(r) AS relType, properties(r) AS props,
       CASE WHEN startNode(r) = f THEN t ELSE startNode(r) END AS s,
       CASE WHEN endNode(r) = f THEN t ELSE endNode(r) END AS e
  DELETE r
  WITH relType, props, s, e WHERE s <> e
  WITH relType, props,
       CASE WHEN relType IN $symmetric AND e.id < s.id THEN e ELSE s END AS s2,
       CASE WHEN relType IN $symmetric AND e.id < s.id THEN s ELSE e END AS e2
  MERGE (s2)-[n:$(relType) {id: relType + '(' + s2.id + ',' + e2.id + ')'}]->(e2)
    ON CREATE SET n = props, n.id = relType + '(' + s2.id + ',' + e2.id + ')', n.sources = [], n.evidenceArticles = [],
                  n.evidenceSentences = [], n.evidenceStarts = [], n.evidenceEnds = [], n.confidence = 0.0
  SET n.sources = n.sources + [s IN props.sources WHERE NOT s IN n.sources],
      n.evidenceArticles = n.evidenceArticles + props.evidenceArticles,
      n.evidenceSentences = n.evidenceSentences + props.evidenceSentences,
      n.evidenceStarts = n.evidenceStarts + props.evidenceStarts,
      n.evidenceEnds = n.evidenceEnds + props.evidenceEnds,
      n.confidence = CASE WHEN props.confidence > n.confidence THEN props.confidence ELSE n.confidence END
}
CALL (f, t) {
  MATCH (a:Article)-[m:MENTIONS]->(f)
  WHERE $mentions IS NULL OR elementId(m) IN $mentions
  CREATE (a)-[m2:MENTIONS]->(t)
  SET m2 = properties(m)
  DELETE m
}
CALL (f, t) {
  MATCH (c:MergeCandidate) WHERE $relationships IS NULL AND (c.entityId = f.id OR c.candidateId = f.id)
  SET c.entityId = CASE WHEN c.entityId = f.id THEN t.id ELSE c.entityId END,
      c.candidateId = CASE WHEN c.candidateId = f.id THEN t.id ELSE c.candidateId END
  WITH c WHERE c.entityId = c.candidateId
  DELETE c
}`;

// After a full move: the emptied node goes, and redirects into it now point on.
const RETIRE_NODE = `
MATCH (f:Entity {id: $from})
DETACH DELETE f
WITH 1 AS done
MATCH (old:Redirect {to: $from})
SET old.to = $to`;

/** Moves some or all relationships and mentions of one node to another (see MOVE_RELATIONSHIPS). */
export async function moveRelationships(
  tx: ManagedTransaction,
  from: string,
  to: string,
  only: { relationships: string[]; mentions: string[] } | null = null,
): Promise<void> {
  await tx.run(MOVE_RELATIONSHIPS, {
    from,
    to,
    symmetric: [...SYMMETRIC_RELATION_TYPES],
    relationships: only?.relationships ?? null,
    mentions: only?.mentions ?? null,
  });
}

const RECORD_REDIRECT = `
MERGE (r:Redirect {from: $from})
SET r.to = $to, r.reason = $reason, r.at = datetime()`;

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** A node's record as linking knows it, from the Neo4j node's properties. */
function toKnownEntity(properties: Record<string, unknown>): KnownEntity {
  const known: KnownEntity = {
    id: String(properties['id']),
    type: properties['type'] as KnownEntity['type'],
    name: String(properties['name']),
    aliases: list(properties['aliases']),
    keys: list(properties['keys']),
    shortKeys: list(properties['shortKeys']),
    surnameKeys: list(properties['surnameKeys']),
    provisional: properties['provisional'] === true,
  };
  const wikidata = text(properties['wikidata']);
  if (wikidata !== undefined) known.wikidata = wikidata;
  const wikipedia = text(properties['wikipedia']);
  if (wikipedia !== undefined) known.wikipedia = wikipedia;
  const distinctFrom = list(properties['distinctFrom']);
  if (distinctFrom.length > 0) known.distinctFrom = distinctFrom;
  return known;
}

function nodesOf(records: { get(key: string): unknown }[]): KnownEntity[] {
  return records.map((record) =>
    toKnownEntity((record.get('e') as { properties: Record<string, unknown> }).properties),
  );
}

/** Type-specific properties a node may carry beyond its linking record. */
export interface NodeExtras {
  isoCode?: string | undefined;
  acronym?: string | undefined;
  eventType?: string | undefined;
  date?: string | undefined;
}

function nodeRow(node: KnownEntity, extras: NodeExtras = {}): Record<string, unknown> {
  const aliasKeys = [
    ...new Set([...node.keys, ...node.shortKeys, ...node.surnameKeys.map((key) => SURNAME_PREFIX + key)]),
  ];
  return {
    id: node.id,
    type: node.type,
    name: node.name,
    aliases: node.aliases,
    keys: node.keys,
    shortKeys: node.shortKeys,
    surnameKeys: node.surnameKeys,
    provisional: node.provisional,
    wikidata: node.wikidata ?? null,
    wikipedia: node.wikipedia ?? null,
    distinctFrom: node.distinctFrom ?? [],
    aliasKeys,
    isoCode: extras.isoCode ?? null,
    acronym: extras.acronym ?? null,
    eventType: extras.eventType ?? null,
    date: extras.date ?? null,
  };
}

export interface StoredNode {
  node: KnownEntity;
  extras: NodeExtras;
}

/** Nodes by id with their linking record and type-specific properties. */
export async function storedNodes(tx: ManagedTransaction, ids: string[]): Promise<Map<string, StoredNode>> {
  const result = await tx.run(NODES_BY_ID, { ids });
  return new Map(
    result.records.map((record) => {
      const properties = (record.get('e') as { properties: Record<string, unknown> }).properties;
      const extras: NodeExtras = {
        isoCode: text(properties['isoCode']),
        acronym: text(properties['acronym']),
        eventType: text(properties['eventType']),
        date: text(properties['date']),
      };
      const node = toKnownEntity(properties);
      return [node.id, { node, extras }] as const;
    }),
  );
}

/** True when writing `extras` would set a property the stored node lacks (stored values win). */
function addsExtras(stored: NodeExtras, extras: NodeExtras): boolean {
  return (Object.keys(extras) as (keyof NodeExtras)[]).some(
    (key) => extras[key] !== undefined && stored[key] === undefined,
  );
}

/** Adds records to nodes, creating them as needed (see UNION_NODES). */
async function unionNodes(tx: ManagedTransaction, nodes: { node: KnownEntity; extras?: NodeExtras }[]): Promise<void> {
  if (nodes.length > 0) await tx.run(UNION_NODES, { nodes: nodes.map(({ node, extras }) => nodeRow(node, extras)) });
}

/** Replaces full node records (labels, properties, alias keys). */
export async function writeNodes(
  tx: ManagedTransaction,
  nodes: { node: KnownEntity; extras?: NodeExtras }[],
): Promise<void> {
  if (nodes.length > 0) await tx.run(WRITE_NODES, { nodes: nodes.map(({ node, extras }) => nodeRow(node, extras)) });
}

/**
 * Applies one redirect inside a transaction: node `from` disappears into `to`
 * (created from `from`'s record when it does not exist). Old redirects that
 * pointed at `from` now point at `to`, so resolving an id is one lookup.
 */
export async function applyRedirect(tx: ManagedTransaction, redirect: Redirect): Promise<void> {
  const resolved = await tx.run(RESOLVE_REDIRECTS, { ids: [redirect.from, redirect.to] });
  const [from, to] = resolved.records.map((record) => record.get('resolved') as string);
  if (from === undefined || to === undefined) throw new GraphError('redirect resolution returned no row');
  if (from !== to) {
    const nodes = await storedNodes(tx, [from, to]);
    const source = nodes.get(from);
    if (source !== undefined) {
      const target = nodes.get(to);
      const merged =
        target === undefined
          ? { ...source.node, id: to, provisional: to.includes(':~') }
          : mergeNodeRecords(target.node, source.node, to);
      // Type-specific properties of the source survive (the target's win where both have one).
      await writeNodes(tx, [{ node: merged, extras: { ...source.extras, ...definedOnly(target?.extras ?? {}) } }]);
      await moveRelationships(tx, from, to);
      await tx.run(RETIRE_NODE, { from, to });
    }
  }
  await tx.run(RECORD_REDIRECT, { from: redirect.from, to, reason: redirect.reason });
}

function definedOnly(extras: NodeExtras): NodeExtras {
  return Object.fromEntries(Object.entries(extras).filter(([, value]) => value !== undefined));
}

function candidateId(candidate: MergeCandidate): string {
  const [a, b] = [candidate.entityId, candidate.candidateId].sort();
  return `${a}|${b}`;
}

function orderedEnds(type: string, from: string, to: string): [string, string] {
  return SYMMETRIC_RELATION_TYPES.has(type as never) && to < from ? [to, from] : [from, to];
}

/** The fields of a node record that a write must store; equal records need no write. */
function sameRecord(a: KnownEntity, b: KnownEntity): boolean {
  const key = (n: KnownEntity): string =>
    JSON.stringify([
      n.type,
      n.name,
      n.aliases,
      n.keys,
      n.shortKeys,
      n.surnameKeys,
      n.provisional,
      n.wikidata ?? null,
      n.wikipedia ?? null,
      n.distinctFrom ?? [],
    ]);
  return key(a) === key(b);
}

interface RelationRow {
  id: string;
  type: string;
  from: string;
  to: string;
  properties: Record<string, string>;
  confidence: number;
  sources: string[];
  evidenceArticles: string[];
  evidenceSentences: string[];
  evidenceStarts: number[];
  evidenceEnds: number[];
}

/**
 * One row per fact the batch states, in the order the batch first states it:
 * what writing its statements one by one would do, folded (properties in
 * order, later ones win; the highest confidence; sources and evidence in
 * order, evidence cut at MAX_EVIDENCE_PER_RELATION). A hub fact (a capital in
 * its country, a leader of a country) is then written once per batch instead
 * of once per article, and its source list, which grows with the corpus, is
 * rewritten once.
 */
function relationRows(batch: LinkedArticle[], idOf: (id: string) => string): RelationRow[] {
  const rows = new Map<string, RelationRow>();
  for (const { article, relations } of batch) {
    for (const relation of relations) {
      const [from, to] = orderedEnds(relation.type, idOf(relation.from), idOf(relation.to));
      if (from === to) continue;
      const id = `${relation.type}(${from},${to})`;
      let row = rows.get(id);
      if (row === undefined) {
        row = {
          id,
          type: relation.type,
          from,
          to,
          properties: {},
          confidence: 0,
          sources: [],
          evidenceArticles: [],
          evidenceSentences: [],
          evidenceStarts: [],
          evidenceEnds: [],
        };
        rows.set(id, row);
      }
      Object.assign(row.properties, relation.properties);
      row.confidence = Math.max(row.confidence, relation.confidence);
      if (!row.sources.includes(article.id)) row.sources.push(article.id);
      if (row.evidenceArticles.length < MAX_EVIDENCE_PER_RELATION) {
        row.evidenceArticles.push(article.id);
        row.evidenceSentences.push(relation.evidence.sentence);
        row.evidenceStarts.push(relation.evidence.start);
        row.evidenceEnds.push(relation.evidence.end);
      }
    }
  }
  return [...rows.values()];
}

/**
 * Writes linked articles inside one transaction, in a fixed number of
 * statements whatever the batch size: articles already present are skipped,
 * redirects are applied in order, each node is written once with everything
 * the batch knows of it (and only when that changes what is stored), then the
 * articles, mentions, relations and merge candidates. Returns the ids written.
 */
export async function saveBatch(tx: ManagedTransaction, batch: LinkedArticle[]): Promise<Set<string>> {
  const claimed = await tx.run(CLAIM_ARTICLES, {
    ids: [...new Set(batch.map((linked) => linked.article.id))],
    claim: randomUUID(),
  });
  const mine = new Set(claimed.records.map((record) => record.get('id') as string));
  const fresh: LinkedArticle[] = [];
  for (const linked of batch) {
    if (!mine.has(linked.article.id)) continue;
    mine.delete(linked.article.id);
    fresh.push(linked);
  }
  if (fresh.length === 0) return new Set();

  for (const redirect of fresh.flatMap((linked) => linked.redirects)) await applyRedirect(tx, redirect);

  const entityIds = [...new Set(fresh.flatMap((linked) => linked.entities.map((entity) => entity.id)))];
  const resolvedResult = await tx.run(RESOLVE_REDIRECTS, { ids: entityIds });
  const resolve = new Map(resolvedResult.records.map((r) => [r.get('id') as string, r.get('resolved') as string]));
  const idOf = (id: string): string => resolve.get(id) ?? id;

  const existing = await storedNodes(tx, [...new Set(entityIds.map(idOf))]);
  const merged = new Map<string, { node: KnownEntity; extras: NodeExtras }>();
  for (const entity of fresh.flatMap((linked) => linked.entities)) {
    const id = idOf(entity.id);
    const record = { ...nodeRecordOf(entity), id };
    const previous = merged.get(id);
    const base = previous?.node ?? existing.get(id)?.node;
    merged.set(id, {
      node: base === undefined ? record : mergeNodeRecords(base, record, id),
      extras: { ...entity.properties, ...definedOnly(previous?.extras ?? {}) },
    });
  }
  await unionNodes(
    tx,
    [...merged.values()].filter(({ node, extras }) => {
      const stored = existing.get(node.id);
      return stored === undefined || !sameRecord(stored.node, node) || addsExtras(stored.extras, extras);
    }),
  );

  await tx.run(FILL_ARTICLES, {
    articles: fresh.map(({ article, sentences }) => {
      const { sourceId, ...stored } = article;
      return {
        ...stored,
        sourceId: sourceId ?? null,
        sentenceStarts: sentences.map((sentence) => sentence.start),
        sentenceEnds: sentences.map((sentence) => sentence.end),
      };
    }),
  });
  await tx.run(CREATE_MENTIONS, {
    mentions: fresh.flatMap(({ article, entities }) =>
      entities.map((entity) => ({
        articleId: article.id,
        id: idOf(entity.id),
        starts: entity.mentions.map((mention) => mention.start),
        ends: entity.mentions.map((mention) => mention.end),
        sentences: entity.mentions.map((mention) => mention.sentenceIndex),
        surfaces: entity.mentions.map((mention) => mention.surface),
        confidence: entity.confidence,
      })),
    ),
  });
  await tx.run(MERGE_RELATIONS, {
    maxEvidence: count(MAX_EVIDENCE_PER_RELATION),
    relations: relationRows(fresh, idOf),
  });
  const candidates = fresh
    .flatMap((linked) => linked.mergeCandidates)
    .map((candidate) => ({
      ...candidate,
      entityId: idOf(candidate.entityId),
      candidateId: idOf(candidate.candidateId),
    }))
    .filter((candidate) => candidate.entityId !== candidate.candidateId);
  if (candidates.length > 0) {
    await tx.run(MERGE_CANDIDATES, {
      candidates: candidates.map((candidate) => ({ ...candidate, id: candidateId(candidate) })),
    });
  }
  return new Set(fresh.map((linked) => linked.article.id));
}

export class Neo4jLinkStore implements LinkStore {
  constructor(private readonly executor: GraphExecutor) {}

  findByKeys(keys: string[]): Promise<KnownEntity[]> {
    return this.findByAliasKeys(keys);
  }

  async findBySurnames(surnameKeys: string[]): Promise<KnownEntity[]> {
    const nodes = await this.findByAliasKeys(surnameKeys.map((key) => SURNAME_PREFIX + key));
    return nodes.filter((node) => node.type === 'Person');
  }

  /** Nodes linked to any of these Alias keys (surname keys carry their `surname:` prefix). */
  async findByAliasKeys(aliasKeys: string[]): Promise<KnownEntity[]> {
    if (aliasKeys.length === 0) return [];
    const result = await this.executor.read((tx) => tx.run(FIND_BY_KEYS, { keys: aliasKeys }));
    return nodesOf(result.records);
  }

  /** Which of these article ids are already in the graph. */
  async existingArticles(ids: string[]): Promise<Set<string>> {
    const result = await this.executor.read((tx) => tx.run(EXISTING_ARTICLES, { ids }));
    return new Set(result.records.map((record) => record.get('id') as string));
  }

  /** Writes one article in one transaction (see `saveBatch`). */
  async saveArticle(linked: LinkedArticle): Promise<void> {
    await this.saveBatch([linked]);
  }

  /**
   * Writes linked articles, their entities, mentions, relations and merge
   * candidates in ONE transaction: all of it is in the graph afterwards, or
   * none of it. Returns the ids of the articles that were new.
   */
  saveBatch(batch: LinkedArticle[]): Promise<Set<string>> {
    return this.executor.write((tx) => saveBatch(tx, batch));
  }
}

/**
 * Links a batch of articles before any of it is written: lookups see the graph
 * plus every article of the batch linked so far (an in-memory overlay seeded
 * with the graph nodes each lookup returns), and `saveArticle` only queues.
 * `pending` then goes to `Neo4jLinkStore.saveBatch` in one transaction, so a
 * batch costs one commit instead of one per article.
 */
export class BatchLinkStore implements LinkStore {
  readonly pending: LinkedArticle[] = [];
  private readonly overlay = new InMemoryLinkStore();
  private readonly seeded = new Set<string>();
  /** Lookup keys (surname keys with their prefix) already fetched from the graph. */
  private readonly fetched = new Set<string>();

  constructor(private readonly graph: Neo4jLinkStore) {}

  /** Fetches, in one round trip, the graph nodes for every key the batch will look up. */
  async prefetch(keys: string[], surnameKeys: string[]): Promise<void> {
    await this.fetch([...keys, ...surnameKeys.map((key) => SURNAME_PREFIX + key)]);
  }

  async findByKeys(keys: string[]): Promise<KnownEntity[]> {
    await this.fetch(keys);
    return this.overlay.findByKeys(keys);
  }

  async findBySurnames(surnameKeys: string[]): Promise<KnownEntity[]> {
    await this.fetch(surnameKeys.map((key) => SURNAME_PREFIX + key));
    return this.overlay.findBySurnames(surnameKeys);
  }

  async saveArticle(linked: LinkedArticle): Promise<void> {
    await this.overlay.saveArticle(linked);
    this.pending.push(linked);
  }

  private async fetch(aliasKeys: string[]): Promise<void> {
    const missing = [...new Set(aliasKeys)].filter((key) => !this.fetched.has(key));
    if (missing.length === 0) return;
    this.seed(await this.graph.findByAliasKeys(missing));
    for (const key of missing) this.fetched.add(key);
  }

  /** Adds graph nodes to the overlay once, merged with what the batch already made of them. */
  private seed(nodes: KnownEntity[]): void {
    for (const node of nodes) {
      if (this.seeded.has(node.id)) continue;
      this.seeded.add(node.id);
      const id = this.overlay.resolve(node.id);
      const current = this.overlay.node(id);
      this.overlay.putNode(current === undefined ? node : mergeNodeRecords({ ...node, id }, current, id));
    }
  }
}
