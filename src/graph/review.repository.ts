import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { planSplit, validateMerge } from '../link';
import { fold } from '../reference/index';
import type { KnownEntity, LinkedArticle } from '../link/types';
import { GraphInputError, GraphNotFoundError } from './errors';
import { count, type GraphExecutor } from './executor';
import { FACT_TYPES } from './fact-types';
import { moveRelationships } from './node-move';
import { applyRedirect, storedNodes, writeNodes } from './node-store';
import { readString, readStrings } from './records';

export interface MergeCandidateRecord {
  id: string;
  entityId: string;
  candidateId: string;
  reason: string;
}

export interface MergeResult {
  /** Id of the record that `undoMerge` takes. */
  mergeId: string;
  keptId: string;
}

const LIST_CANDIDATES = `
MATCH (c:MergeCandidate)
RETURN c.id AS id, c.entityId AS entityId, c.candidateId AS candidateId, c.reason AS reason
ORDER BY c.createdAt, c.id
LIMIT $limit`;

// Everything needed to put nodes back as they were: properties, mentions and
// entity relationships, each with its provenance (its Fact's first source and
// every article's statement).
const SNAPSHOT = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e {.*, createdAt: null, updatedAt: null} AS properties,
  COLLECT { MATCH (a:Article)-[m:MENTIONS]->(e) RETURN {articleId: a.id, properties: properties(m)} } AS mentions,
  COLLECT { MATCH (e)-[r:${FACT_TYPES}]-(o:Entity)
            OPTIONAL MATCH (f:Fact {id: r.id})
            RETURN {type: type(r), start: startNode(r).id, end: endNode(r).id, properties: properties(r),
                    firstSource: f.firstSource,
                    statements: COLLECT { MATCH (a:Article)-[st:STATES]->(f)
                                          RETURN {articleId: a.id, properties: properties(st)} }} } AS relations`;

const SAVE_MERGE_RECORD = `
MATCH (keep:Entity {id: $keepId})
CREATE (:MergeRecord {id: $id, keepId: $keepId, mergedIds: $mergedIds, snapshot: $snapshot, reason: $reason,
                      keepUpdatedAt: keep.updatedAt, createdAt: datetime()})`;

const LOAD_MERGE_RECORD = `
MATCH (r:MergeRecord {id: $id})
OPTIONAL MATCH (keep:Entity {id: r.keepId})
RETURN r.keepId AS keepId, r.mergedIds AS mergedIds, r.snapshot AS snapshot,
       keep IS NOT NULL AND keep.updatedAt = r.keepUpdatedAt AS unchanged`;

const CLEAR_NODE = `
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r:${FACT_TYPES}]-(:Entity)
  WITH DISTINCT r
  OPTIONAL MATCH (f:Fact {id: r.id})
  DELETE r
  DETACH DELETE f
}
CALL (e) { MATCH (:Article)-[m:MENTIONS]->(e) DELETE m }`;

const RESTORE_NODE = `
MERGE (e:Entity {id: $id})
SET e = $properties
SET e:$($properties.type)
WITH e
UNWIND $mentions AS mention
MATCH (a:Article {id: mention.articleId})
CREATE (a)-[m:MENTIONS]->(e)
SET m = mention.properties`;

const RESTORE_RELATIONS = `
UNWIND $relations AS row
MATCH (s:Entity {id: row.start}), (e:Entity {id: row.end})
MERGE (s)-[r:$(row.type) {id: row.properties.id}]->(e)
SET r = row.properties
MERGE (f:Fact {id: row.properties.id})
SET f.type = row.type, f.from = row.start, f.to = row.end, f.firstSource = row.firstSource
WITH f, row
UNWIND row.statements AS statement
MATCH (a:Article {id: statement.articleId})
MERGE (a)-[st:STATES]->(f)
SET st = statement.properties`;

const FINISH_UNDO = `
MATCH (r:MergeRecord {id: $id})
DELETE r
WITH 1 AS done
UNWIND $mergedIds AS mergedId
MATCH (redirect:Redirect {from: mergedId})
DELETE redirect`;

const MENTIONS_OF = `
MATCH (a:Article)-[m:MENTIONS]->(:Entity {id: $id})
RETURN elementId(m) AS mentionId, a.id AS articleId, m.surfaces AS surfaces`;

const RELATIONS_OF = `
MATCH (:Entity {id: $id})-[r:${FACT_TYPES}]-(:Entity)
WITH DISTINCT r
RETURN elementId(r) AS relationId, COLLECT { MATCH (a:Article)-[:STATES]->(:Fact {id: r.id}) RETURN a.id } AS sources`;

interface Snapshot {
  id: string;
  properties: Record<string, unknown> & { type: string };
  mentions: { articleId: string; properties: Record<string, unknown> }[];
  relations: {
    type: string;
    start: string;
    end: string;
    properties: Record<string, unknown> & { id: string };
    firstSource: string | null;
    statements: { articleId: string; properties: Record<string, unknown> }[];
  }[];
}

async function knownNodes(tx: ManagedTransaction, ids: string[]): Promise<Map<string, KnownEntity>> {
  return new Map([...(await storedNodes(tx, ids))].map(([id, stored]) => [id, stored.node]));
}

function existing(nodes: Map<string, KnownEntity>, id: string): KnownEntity {
  const node = nodes.get(id);
  if (node === undefined) throw new GraphNotFoundError(`no entity has the id ${JSON.stringify(id.slice(0, 100))}`);
  return node;
}

/** Merge candidates linking recorded for review, oldest first. */
export async function listMergeCandidates(executor: GraphExecutor, first: number): Promise<MergeCandidateRecord[]> {
  const result = await executor.read((tx) => tx.run(LIST_CANDIDATES, { limit: count(first) }));
  return result.records.map((record) => ({
    id: readString(record, 'id'),
    entityId: readString(record, 'entityId'),
    candidateId: readString(record, 'candidateId'),
    reason: readString(record, 'reason'),
  }));
}

/**
 * Merges nodes into `keepId`: every alias, mention and relationship (with its
 * provenance) ends up on the kept node, the merged ids redirect to it, and a
 * snapshot of all nodes involved is kept so `undoMerge` can put them back.
 * `reason` says why (a person's review, or the evidence linking found) and is
 * kept on the merge record and the redirects.
 */
export function mergeEntities(
  executor: GraphExecutor,
  keepId: string,
  mergeIds: string[],
  reason = `merged by review into ${keepId}`,
): Promise<MergeResult> {
  return executor.write(async (tx) => {
    const nodes = await knownNodes(tx, [keepId, ...mergeIds]);
    const keep = existing(nodes, keepId);
    const merged = mergeIds.map((id) => (id === keepId ? keep : existing(nodes, id)));
    const validation = validateMerge(keep, merged);
    if (!validation.ok) throw new GraphInputError(validation.errors.join('; '));
    const snapshot = await tx.run(SNAPSHOT, { ids: [keepId, ...mergeIds] });
    for (const redirect of validation.plan.redirects) await applyRedirect(tx, { ...redirect, reason });
    await writeNodes(tx, [{ node: validation.plan.node }]);
    const mergeId = `merge-${randomUUID()}`;
    await tx.run(SAVE_MERGE_RECORD, {
      id: mergeId,
      keepId,
      mergedIds: mergeIds,
      reason,
      snapshot: JSON.stringify(snapshot.records.map((record) => record.toObject())),
    });
    return { mergeId, keptId: keepId };
  });
}

/**
 * Undoes a merge: the kept node and every merged node are restored as they
 * were, with their own mentions and relationships. Refused once the kept node
 * has changed since (a later article or merge touched it): split aliases then.
 */
export function undoMerge(executor: GraphExecutor, mergeId: string): Promise<string[]> {
  return executor.write(async (tx) => {
    const result = await tx.run(LOAD_MERGE_RECORD, { id: mergeId });
    const record = result.records[0];
    if (record === undefined)
      throw new GraphNotFoundError(`no merge has the id ${JSON.stringify(mergeId.slice(0, 100))}`);
    if (record.get('unchanged') !== true) {
      throw new GraphInputError(
        'the kept entity changed after this merge, so it cannot be undone; split the aliases instead',
      );
    }
    const keepId = readString(record, 'keepId');
    const mergedIds = readStrings(record, 'mergedIds');
    const snapshots = JSON.parse(readString(record, 'snapshot')) as Snapshot[];
    await tx.run(CLEAR_NODE, { id: keepId });
    for (const snapshot of snapshots) {
      await tx.run(RESTORE_NODE, { id: snapshot.id, properties: snapshot.properties, mentions: snapshot.mentions });
    }
    await tx.run(RESTORE_RELATIONS, { relations: snapshots.flatMap((snapshot) => snapshot.relations) });
    await tx.run(FINISH_UNDO, { id: mergeId, mergedIds });
    return [keepId, ...mergedIds];
  });
}

/**
 * Splits an alias off an entity into a node of its own: the mentions written
 * with that alias go with it, and so do the relationships stated only in those
 * mentions' articles. Both nodes remember they are distinct, so linking does
 * not merge them again. Returns the new node's id.
 */
export function splitAlias(executor: GraphExecutor, entityId: string, alias: string): Promise<string> {
  return executor.write(async (tx) => {
    const entity = existing(await knownNodes(tx, [entityId]), entityId);
    const validation = planSplit(entity, alias);
    if (!validation.ok) throw new GraphInputError(validation.errors.join('; '));
    const { remaining, split, movedSurfaces } = validation.plan;
    await writeNodes(tx, [{ node: remaining }, { node: split }]);

    const moved = new Set(movedSurfaces);
    const mentions = (await tx.run(MENTIONS_OF, { id: entityId })).records
      .map((record) => ({
        mentionId: readString(record, 'mentionId'),
        articleId: readString(record, 'articleId'),
        surfaces: readStrings(record, 'surfaces'),
      }))
      .filter(
        (mention) => mention.surfaces.length > 0 && mention.surfaces.every((surface) => moved.has(fold(surface))),
      );
    const articles = new Set(mentions.map((mention) => mention.articleId));
    const relations = (await tx.run(RELATIONS_OF, { id: entityId })).records
      .map((record) => ({ relationId: readString(record, 'relationId'), sources: readStrings(record, 'sources') }))
      .filter((relation) => relation.sources.length > 0 && relation.sources.every((source) => articles.has(source)));
    await moveRelationships(tx, entityId, split.id, {
      mentions: mentions.map((mention) => mention.mentionId),
      relationships: relations.map((relation) => relation.relationId),
    });
    return split.id;
  });
}

/**
 * The merges linked articles' Wikipedia titles call for (`WikipediaMerge`),
 * each a reviewable merge that `undoMerge` reverses. Run after the articles
 * are written whole. A merge the review rules refuse, or whose node a later
 * article already merged, is skipped: its merge candidate stays for a person.
 */
export async function applyWikipediaMerges(executor: GraphExecutor, linked: LinkedArticle[]): Promise<MergeResult[]> {
  const done: MergeResult[] = [];
  for (const merge of linked.flatMap((article) => article.wikipediaMerges ?? [])) {
    try {
      done.push(await mergeEntities(executor, merge.keepId, merge.mergeIds));
    } catch (error) {
      if (!(error instanceof GraphInputError || error instanceof GraphNotFoundError)) throw error;
    }
  }
  return done;
}

/**
 * The merges of linked articles' events into the nodes of the same events
 * (`EventMerge`), each a reviewable merge with linking's reason, that
 * `undoMerge` reverses. Run after the articles are written whole. A merge the
 * review rules refuse, or whose node a later merge already took, is skipped:
 * its merge candidate stays for a person.
 */
export async function applyEventMerges(executor: GraphExecutor, linked: LinkedArticle[]): Promise<MergeResult[]> {
  const done: MergeResult[] = [];
  for (const merge of linked.flatMap((article) => article.eventMerges ?? [])) {
    try {
      done.push(await mergeEntities(executor, merge.keepId, merge.mergeIds, merge.reason));
    } catch (error) {
      if (!(error instanceof GraphInputError || error instanceof GraphNotFoundError)) throw error;
    }
  }
  return done;
}
