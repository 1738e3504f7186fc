import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { RELATION_TYPES } from '../extract/types';
import { mergeNodeRecords, nodeRecordOf, relationEnds, relationId } from '../link';
import type { KnownEntity, LinkedArticle, MergeCandidate } from '../link/types';
import { count } from './executor';
import { applyRedirect, definedOnly, resolveRedirects, storedNodes, unionNodes, type NodeExtras } from './node-store';
import { readString } from './records';

/**
 * The batched write of linked articles (ingest's one transaction per batch):
 * a fixed number of statements whatever the batch size.
 */

/** True when writing `extras` would set a property the stored node lacks (stored values win). */
function addsExtras(stored: NodeExtras, extras: NodeExtras): boolean {
  return (Object.keys(extras) as (keyof NodeExtras)[]).some(
    (key) => extras[key] !== undefined && stored[key] === undefined,
  );
}

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
 * Evidence sentences kept on a relation itself, for traversals that show one
 * without reading its provenance. Which articles state a fact, each with its
 * sentence, is kept apart (see MERGE_FACTS), so a fact stated by thousands of
 * articles does not grow its relationship, or any write to it.
 */
export const MAX_EVIDENCE_PER_RELATION = 25;

// One relationship per fact, holding what traversal needs: the ontology's
// properties, the highest confidence, how many articles state it, the first and
// last publication date among them, and up to MAX_EVIDENCE_PER_RELATION
// sentences. Every part is a fixed size, so a write costs the same at any
// corpus size. A row carries everything the batch says of one fact (see
// relationRows), so a fact stated by many articles of the batch is written once.
// The type is written literally, one guarded subquery per ontology type (a
// closed enum, so no input reaches the text): with a dynamic `$(row.type)` the
// MERGE's Expand(Into) walks every relationship of both ends, including the
// thousands of MENTIONS of a busy node, and slows down as the graph grows;
// with a literal type it reads only that type's chain. Rows keep their order.
// The first SET takes the relationship's write lock, so the count and the
// dates are read after any concurrent writer of the same fact committed.
const MERGE_RELATIONS = `
UNWIND $relations AS row
MATCH (from:Entity {id: row.from}), (to:Entity {id: row.to})
${RELATION_TYPES.map(
  (type) => `CALL (row, from, to) {
  WITH row, from, to WHERE row.type = '${type}'
  MERGE (from)-[r:${type} {id: row.id}]->(to)
    ON CREATE SET r.sourceCount = 0, r.evidenceArticles = [], r.evidenceSentences = [], r.evidenceStarts = [],
                  r.evidenceEnds = [], r.confidence = 0.0
  SET r += row.properties
  SET r.sourceCount = r.sourceCount + row.sourceCount,
      r.firstSeen = CASE WHEN r.firstSeen IS NULL OR row.firstSeen < r.firstSeen THEN row.firstSeen ELSE r.firstSeen END,
      r.lastSeen = CASE WHEN r.lastSeen IS NULL OR row.lastSeen > r.lastSeen THEN row.lastSeen ELSE r.lastSeen END,
      r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
      r.evidenceArticles = (r.evidenceArticles + row.evidenceArticles)[0..$maxEvidence],
      r.evidenceSentences = (r.evidenceSentences + row.evidenceSentences)[0..$maxEvidence],
      r.evidenceStarts = (r.evidenceStarts + row.evidenceStarts)[0..$maxEvidence],
      r.evidenceEnds = (r.evidenceEnds + row.evidenceEnds)[0..$maxEvidence]
}`,
).join('\n')}`;

// Provenance: one Fact node per relationship (same id; its type and ends, and
// the article that first stated it), and one STATES edge from each article
// that states it, holding that article's sentence. An article's write creates
// its own edges and finds the Fact by its unique id: a fixed number of records,
// however many articles state the fact already.
const MERGE_FACTS = `
UNWIND $relations AS row
MERGE (f:Fact {id: row.id})
  ON CREATE SET f.type = row.type, f.from = row.from, f.to = row.to, f.firstSource = row.statements[0].articleId
WITH f, row
UNWIND row.statements AS statement
MATCH (a:Article {id: statement.articleId})
CREATE (a)-[:STATES {sentence: statement.sentence, start: statement.start, end: statement.end,
                     confidence: statement.confidence}]->(f)`;

const MERGE_CANDIDATES = `
UNWIND $candidates AS row
MATCH (:Entity {id: row.entityId}), (:Entity {id: row.candidateId})
MERGE (c:MergeCandidate {id: row.id})
  ON CREATE SET c.entityId = row.entityId, c.candidateId = row.candidateId, c.type = row.type,
                c.reason = row.reason, c.createdAt = datetime()`;

function candidateId(candidate: MergeCandidate): string {
  const [a, b] = [candidate.entityId, candidate.candidateId].sort();
  return `${a}|${b}`;
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

/** One article's statement of a fact: its sentence and offsets. */
interface Statement {
  articleId: string;
  sentence: string;
  start: number;
  end: number;
  confidence: number;
}

interface RelationRow {
  id: string;
  type: string;
  from: string;
  to: string;
  properties: Record<string, string>;
  confidence: number;
  /** How many articles of the batch state it (one statement each). */
  sourceCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  statements: Statement[];
  evidenceArticles: string[];
  evidenceSentences: string[];
  evidenceStarts: number[];
  evidenceEnds: number[];
}

/**
 * One row per fact the batch states, in the order the batch first states it:
 * what writing its statements one by one would do, folded (properties in
 * order, later ones win; the highest confidence; the earliest and latest
 * publication date; one statement per article; evidence in order, cut at
 * MAX_EVIDENCE_PER_RELATION). A hub fact (a capital in its country, a leader
 * of a country) is then written once per batch instead of once per article.
 */
function relationRows(batch: LinkedArticle[], idOf: (id: string) => string): RelationRow[] {
  const rows = new Map<string, RelationRow>();
  for (const { article, relations } of batch) {
    const published = article.published ?? null;
    for (const relation of relations) {
      const [from, to] = relationEnds(relation.type, idOf(relation.from), idOf(relation.to));
      if (from === to) continue;
      const id = relationId(relation.type, from, to);
      let row = rows.get(id);
      if (row === undefined) {
        row = {
          id,
          type: relation.type,
          from,
          to,
          properties: {},
          confidence: 0,
          sourceCount: 0,
          firstSeen: null,
          lastSeen: null,
          statements: [],
          evidenceArticles: [],
          evidenceSentences: [],
          evidenceStarts: [],
          evidenceEnds: [],
        };
        rows.set(id, row);
      }
      Object.assign(row.properties, relation.properties);
      row.confidence = Math.max(row.confidence, relation.confidence);
      // An article states a fact once (linking collapses its duplicates; two
      // relations that redirects made one keep the first sentence).
      if (row.statements.some((statement) => statement.articleId === article.id)) continue;
      const { sentence, start, end } = relation.evidence;
      row.statements.push({ articleId: article.id, sentence, start, end, confidence: relation.confidence });
      row.sourceCount += 1;
      if (published !== null) {
        if (row.firstSeen === null || published < row.firstSeen) row.firstSeen = published;
        if (row.lastSeen === null || published > row.lastSeen) row.lastSeen = published;
      }
      if (row.evidenceArticles.length < MAX_EVIDENCE_PER_RELATION) {
        row.evidenceArticles.push(article.id);
        row.evidenceSentences.push(sentence);
        row.evidenceStarts.push(start);
        row.evidenceEnds.push(end);
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
 * articles, mentions, relations with their provenance, and merge candidates.
 * Returns the ids written.
 */
export async function saveBatch(tx: ManagedTransaction, batch: LinkedArticle[]): Promise<Set<string>> {
  const claimed = await tx.run(CLAIM_ARTICLES, {
    ids: [...new Set(batch.map((linked) => linked.article.id))],
    claim: randomUUID(),
  });
  const mine = new Set(claimed.records.map((record) => readString(record, 'id')));
  const fresh: LinkedArticle[] = [];
  for (const linked of batch) {
    if (!mine.has(linked.article.id)) continue;
    mine.delete(linked.article.id);
    fresh.push(linked);
  }
  if (fresh.length === 0) return new Set();

  for (const redirect of fresh.flatMap((linked) => linked.redirects)) await applyRedirect(tx, redirect);

  const entityIds = [...new Set(fresh.flatMap((linked) => linked.entities.map((entity) => entity.id)))];
  const resolve = await resolveRedirects(tx, entityIds);
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
  const relations = relationRows(fresh, idOf);
  await tx.run(MERGE_RELATIONS, { maxEvidence: count(MAX_EVIDENCE_PER_RELATION), relations });
  await tx.run(MERGE_FACTS, { relations });
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
