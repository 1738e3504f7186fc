import type { ManagedTransaction } from 'neo4j-driver';
import type { RelationType } from '../extract/types';
import { relationEnds, relationId } from '../link';
import { MAX_EVIDENCE_PER_RELATION } from './article-write';
import { count } from './executor';
import { FACT_TYPES } from './fact-types';
import { readString } from './records';

/**
 * The moves review needs: relationships and mentions of one node go to
 * another (a redirect moves all of them, a split only some). The new ids of
 * moved relationships come from `relationId` (src/link/ids.ts), the one place
 * the id rule lives.
 */

const RELATIONSHIPS_TO_MOVE = `
MATCH (f:Entity {id: $from})-[r:${FACT_TYPES}]-(:Entity)
WHERE $relationships IS NULL OR elementId(r) IN $relationships
RETURN DISTINCT elementId(r) AS element, r.id AS id, type(r) AS type, startNode(r).id AS start, endNode(r).id AS end`;

// Each row names a relationship, its id, and where it goes (new id null: it
// became a self-loop and is dropped). A fact that now exists twice becomes
// one: its Fact node takes over the old one's statements (one per article),
// its count is recounted, its dates widened and its evidence joined up to the
// bound. The old Fact goes.
const MOVE_FACTS = `
UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row.element
WITH row, r, properties(r) AS props
DELETE r
WITH row, props
OPTIONAL MATCH (old:Fact {id: row.oldId})
CALL (row, props, old) {
  WITH row, props, old WHERE row.id IS NOT NULL
  MATCH (s:Entity {id: row.start}), (e:Entity {id: row.end})
  MERGE (s)-[n:$(row.type) {id: row.id}]->(e)
    ON CREATE SET n = props, n.id = row.id, n.evidenceArticles = [], n.evidenceSentences = [], n.evidenceStarts = [],
                  n.evidenceEnds = [], n.confidence = 0.0, n.firstSeen = null, n.lastSeen = null
  MERGE (f:Fact {id: row.id})
    ON CREATE SET f.type = row.type, f.firstSource = old.firstSource
  SET f.from = row.start, f.to = row.end
  WITH n, f, old, props
  CALL (f, old) {
    MATCH (a:Article)-[st:STATES]->(old)
    MERGE (a)-[moved:STATES]->(f)
      ON CREATE SET moved = properties(st)
    DELETE st
  }
  WITH n, f, props,
       [i IN range(0, size(coalesce(props.evidenceArticles, [])) - 1)
        WHERE NOT props.evidenceArticles[i] IN n.evidenceArticles] AS added
  SET n.sourceCount = COUNT { (:Article)-[:STATES]->(f) },
      n.firstSeen = CASE WHEN n.firstSeen IS NULL OR props.firstSeen < n.firstSeen THEN props.firstSeen
                         ELSE n.firstSeen END,
      n.lastSeen = CASE WHEN n.lastSeen IS NULL OR props.lastSeen > n.lastSeen THEN props.lastSeen ELSE n.lastSeen END,
      n.evidenceArticles = (n.evidenceArticles + [i IN added | props.evidenceArticles[i]])[0..$maxEvidence],
      n.evidenceSentences = (n.evidenceSentences + [i IN added | props.evidenceSentences[i]])[0..$maxEvidence],
      n.evidenceStarts = (n.evidenceStarts + [i IN added | props.evidenceStarts[i]])[0..$maxEvidence],
      n.evidenceEnds = (n.evidenceEnds + [i IN added | props.evidenceEnds[i]])[0..$maxEvidence],
      n.confidence = CASE WHEN props.confidence > n.confidence THEN props.confidence ELSE n.confidence END
}
CALL (old) {
  WITH old WHERE old IS NOT NULL
  DETACH DELETE old
}`;

// Mentions follow the node (all, or those listed); on a full move, merge
// candidates follow too, and one between a node and itself goes.
const MOVE_MENTIONS = `
MATCH (f:Entity {id: $from}), (t:Entity {id: $to})
CALL (f, t) {
  MATCH (a:Article)-[m:MENTIONS]->(f)
  WHERE $mentions IS NULL OR elementId(m) IN $mentions
  CREATE (a)-[m2:MENTIONS]->(t)
  SET m2 = properties(m)
  DELETE m
}
CALL (f, t) {
  MATCH (c:MergeCandidate) WHERE $mentions IS NULL AND (c.entityId = f.id OR c.candidateId = f.id)
  SET c.entityId = CASE WHEN c.entityId = f.id THEN t.id ELSE c.entityId END,
      c.candidateId = CASE WHEN c.candidateId = f.id THEN t.id ELSE c.candidateId END
  WITH c WHERE c.entityId = c.candidateId
  DELETE c
}`;

interface MoveRow {
  element: string;
  oldId: string;
  type: string;
  start: string;
  end: string;
  id: string | null;
}

/**
 * Moves relationships and mentions of node `from` to node `to`: all of them,
 * or only those whose element ids are listed.
 */
export async function moveRelationships(
  tx: ManagedTransaction,
  from: string,
  to: string,
  only: { relationships: string[]; mentions: string[] } | null = null,
): Promise<void> {
  const found = await tx.run(RELATIONSHIPS_TO_MOVE, { from, relationships: only?.relationships ?? null });
  const rows: MoveRow[] = found.records.map((record) => {
    const type = readString(record, 'type') as RelationType;
    const start = readString(record, 'start');
    const end = readString(record, 'end');
    const [s, e] = relationEnds(type, start === from ? to : start, end === from ? to : end);
    return {
      element: readString(record, 'element'),
      oldId: readString(record, 'id'),
      type,
      start: s,
      end: e,
      id: s === e ? null : relationId(type, s, e),
    };
  });
  if (rows.length > 0) await tx.run(MOVE_FACTS, { rows, maxEvidence: count(MAX_EVIDENCE_PER_RELATION) });
  await tx.run(MOVE_MENTIONS, { from, to, mentions: only?.mentions ?? null });
}
