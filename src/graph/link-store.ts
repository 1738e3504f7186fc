import type { ManagedTransaction } from 'neo4j-driver';
import { SYMMETRIC_RELATION_TYPES } from '../extract/types';
import { mergeNodeRecords, nodeRecordOf } from '../link';
import type { KnownEntity, LinkedArticle, LinkStore, MergeCandidate, Redirect } from '../link/types';
import type { GraphExecutor } from './executor';
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

const ARTICLE_EXISTS = 'MATCH (a:Article {id: $id}) RETURN count(a) > 0 AS exists';

const NODES_BY_ID = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e`;

const RESOLVE_REDIRECTS = `
UNWIND $ids AS id
OPTIONAL MATCH (r:Redirect {from: id})
RETURN id, coalesce(r.to, id) AS resolved`;

// Writes a node's full record; Alias nodes follow its keys (stale ones are unlinked).
const WRITE_NODES = `
UNWIND $nodes AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.createdAt = datetime()
SET e:$(row.type), e.updatedAt = datetime()
SET e.type = row.type, e.name = row.name, e.aliases = row.aliases, e.keys = row.keys, e.shortKeys = row.shortKeys,
    e.surnameKeys = row.surnameKeys, e.provisional = row.provisional, e.wikidata = row.wikidata,
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

const CREATE_ARTICLE = `
CREATE (a:Article {id: $article.id})
SET a += $article, a.ingestedAt = datetime()`;

const CREATE_MENTIONS = `
MATCH (a:Article {id: $articleId})
UNWIND $mentions AS row
MATCH (e:Entity {id: row.id})
CREATE (a)-[:MENTIONS {count: size(row.starts), starts: row.starts, ends: row.ends, sentences: row.sentences,
                       surfaces: row.surfaces, confidence: row.confidence}]->(e)`;

// One relationship per fact; each article that states it appends its evidence.
const MERGE_RELATIONS = `
UNWIND $relations AS row
MATCH (from:Entity {id: row.from}), (to:Entity {id: row.to})
MERGE (from)-[r:$(row.type) {id: row.id}]->(to)
  ON CREATE SET r.sources = [], r.evidenceArticles = [], r.evidenceSentences = [], r.evidenceStarts = [],
                r.evidenceEnds = [], r.confidence = 0.0
SET r += row.properties,
    r.sources = CASE WHEN row.articleId IN r.sources THEN r.sources ELSE r.sources + row.articleId END,
    r.evidenceArticles = r.evidenceArticles + row.articleId,
    r.evidenceSentences = r.evidenceSentences + row.sentence,
    r.evidenceStarts = r.evidenceStarts + row.start,
    r.evidenceEnds = r.evidenceEnds + row.end,
    r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END`;

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
  MATCH (f)-[r]-(o:Entity)
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
export function toKnownEntity(properties: Record<string, unknown>): KnownEntity {
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
    distinctFrom: node.distinctFrom ?? [],
    aliasKeys,
    isoCode: extras.isoCode ?? null,
    acronym: extras.acronym ?? null,
    eventType: extras.eventType ?? null,
    date: extras.date ?? null,
  };
}

async function nodesById(tx: ManagedTransaction, ids: string[]): Promise<Map<string, KnownEntity>> {
  const result = await tx.run(NODES_BY_ID, { ids });
  return new Map(nodesOf(result.records).map((node) => [node.id, node]));
}

/** Writes full node records (labels, properties, alias keys). */
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
    const nodes = await nodesById(tx, [from, to]);
    const source = nodes.get(from);
    if (source !== undefined) {
      const target = nodes.get(to);
      const merged =
        target === undefined
          ? { ...source, id: to, provisional: to.includes(':~') }
          : mergeNodeRecords(target, source, to);
      // Type-specific properties of the source survive a rename (coalesce keeps the target's).
      const extras = await tx.run('MATCH (e:Entity {id: $id}) RETURN e {.isoCode, .acronym, .eventType, .date} AS x', {
        id: from,
      });
      const x = (extras.records[0]?.get('x') ?? {}) as Record<string, string | null>;
      await writeNodes(tx, [
        {
          node: merged,
          extras: {
            isoCode: x['isoCode'] ?? undefined,
            acronym: x['acronym'] ?? undefined,
            eventType: x['eventType'] ?? undefined,
            date: x['date'] ?? undefined,
          },
        },
      ]);
      await moveRelationships(tx, from, to);
      await tx.run(RETIRE_NODE, { from, to });
    }
  }
  await tx.run(RECORD_REDIRECT, { from: redirect.from, to, reason: redirect.reason });
}

function candidateId(candidate: MergeCandidate): string {
  const [a, b] = [candidate.entityId, candidate.candidateId].sort();
  return `${a}|${b}`;
}

function orderedEnds(type: string, from: string, to: string): [string, string] {
  return SYMMETRIC_RELATION_TYPES.has(type as never) && to < from ? [to, from] : [from, to];
}

async function saveInTransaction(tx: ManagedTransaction, linked: LinkedArticle): Promise<boolean> {
  const { article } = linked;
  const exists = await tx.run(ARTICLE_EXISTS, { id: article.id });
  if (exists.records[0]?.get('exists') === true) return false;

  for (const redirect of linked.redirects) await applyRedirect(tx, redirect);

  const resolvedResult = await tx.run(RESOLVE_REDIRECTS, { ids: linked.entities.map((entity) => entity.id) });
  const resolve = new Map(resolvedResult.records.map((r) => [r.get('id') as string, r.get('resolved') as string]));
  const idOf = (id: string): string => resolve.get(id) ?? id;

  const existing = await nodesById(
    tx,
    linked.entities.map((entity) => idOf(entity.id)),
  );
  const merged = new Map<string, { node: KnownEntity; extras: NodeExtras }>();
  for (const entity of linked.entities) {
    const id = idOf(entity.id);
    const record = { ...nodeRecordOf(entity), id };
    const previous = merged.get(id)?.node ?? existing.get(id);
    merged.set(id, {
      node: previous === undefined ? record : mergeNodeRecords(previous, record, id),
      extras: entity.properties,
    });
  }
  await writeNodes(tx, [...merged.values()]);

  const { sourceId, ...stored } = article;
  await tx.run(CREATE_ARTICLE, {
    article: {
      ...stored,
      sourceId: sourceId ?? null,
      sentenceStarts: linked.sentences.map((sentence) => sentence.start),
      sentenceEnds: linked.sentences.map((sentence) => sentence.end),
    },
  });
  await tx.run(CREATE_MENTIONS, {
    articleId: article.id,
    mentions: linked.entities.map((entity) => ({
      id: idOf(entity.id),
      starts: entity.mentions.map((mention) => mention.start),
      ends: entity.mentions.map((mention) => mention.end),
      sentences: entity.mentions.map((mention) => mention.sentenceIndex),
      surfaces: entity.mentions.map((mention) => mention.surface),
      confidence: entity.confidence,
    })),
  });
  await tx.run(MERGE_RELATIONS, {
    relations: linked.relations.flatMap((relation) => {
      const [from, to] = orderedEnds(relation.type, idOf(relation.from), idOf(relation.to));
      if (from === to) return [];
      return [
        {
          articleId: article.id,
          id: `${relation.type}(${from},${to})`,
          type: relation.type,
          from,
          to,
          properties: relation.properties,
          sentence: relation.evidence.sentence,
          start: relation.evidence.start,
          end: relation.evidence.end,
          confidence: relation.confidence,
        },
      ];
    }),
  });
  const candidates = linked.mergeCandidates
    .map((candidate) => ({
      ...candidate,
      entityId: idOf(candidate.entityId),
      candidateId: idOf(candidate.candidateId),
    }))
    .filter((candidate) => candidate.entityId !== candidate.candidateId);
  await tx.run(MERGE_CANDIDATES, {
    candidates: candidates.map((candidate) => ({ ...candidate, id: candidateId(candidate) })),
  });
  return true;
}

export class Neo4jLinkStore implements LinkStore {
  /** Articles `saveArticle` found already present and skipped. */
  skipped = 0;

  constructor(private readonly executor: GraphExecutor) {}

  async findByKeys(keys: string[]): Promise<KnownEntity[]> {
    if (keys.length === 0) return [];
    const result = await this.executor.read((tx) => tx.run(FIND_BY_KEYS, { keys }));
    return nodesOf(result.records);
  }

  async findBySurnames(surnameKeys: string[]): Promise<KnownEntity[]> {
    if (surnameKeys.length === 0) return [];
    const keys = surnameKeys.map((key) => SURNAME_PREFIX + key);
    const result = await this.executor.read((tx) => tx.run(FIND_BY_KEYS, { keys }));
    return nodesOf(result.records).filter((node) => node.type === 'Person');
  }

  /** True when an article with this id is already in the graph. */
  async hasArticle(id: string): Promise<boolean> {
    const result = await this.executor.read((tx) => tx.run(ARTICLE_EXISTS, { id }));
    return result.records[0]?.get('exists') === true;
  }

  /**
   * Writes the article, its entities, mentions, relations and merge candidates
   * in ONE transaction: all of it is in the graph afterwards, or none of it.
   * Returns false (and writes nothing) when the article was already there.
   */
  async saveArticle(linked: LinkedArticle): Promise<void> {
    const created = await this.executor.write((tx) => saveInTransaction(tx, linked));
    if (!created) this.skipped += 1;
  }

  /** Like `saveArticle`, reporting whether the article was new. */
  save(linked: LinkedArticle): Promise<boolean> {
    return this.executor.write((tx) => saveInTransaction(tx, linked));
  }
}
