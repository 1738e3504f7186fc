// Data migration 001: per-article provenance moves off the relationships.
//
// Before: each fact relationship listed every article that states it in
// `sources` (and up to 25 evidence sentences in parallel lists), rewritten by
// every write. After: the relationship keeps `sourceCount`, `firstSeen` and
// `lastSeen` (the publication dates of its first and last source) and its
// bounded evidence; a Fact node with its id names its type and ends, and each
// source article has a STATES edge to it holding its sentence (null for the
// articles past the old 25-sentence bound, whose sentences were never kept).
//
// Run by src/graph/migrations.ts until it reports 0 migrated: each run takes
// $batch relationships still holding `sources`, so it is idempotent and a
// migrated graph costs one empty index-free scan per start.
MATCH ()-[r:LEADER_OF|MEMBER_OF|AFFILIATED_WITH|MET|PARTICIPATED_IN|HELD_AT|LOCATED_IN|VISITED|SIGNED|PARTNER_OF|ADDRESSED]->()
WHERE r.sources IS NOT NULL
WITH r LIMIT $batch
MERGE (f:Fact {id: r.id})
  ON CREATE SET f.type = type(r), f.from = startNode(r).id, f.to = endNode(r).id, f.firstSource = r.sources[0]
WITH r, f
CALL (r, f) {
  UNWIND r.sources AS articleId
  MATCH (a:Article {id: articleId})
  WITH r, f, a, [i IN range(0, size(coalesce(r.evidenceArticles, [])) - 1) WHERE r.evidenceArticles[i] = articleId] AS at
  MERGE (a)-[st:STATES]->(f)
    ON CREATE SET st.sentence = CASE WHEN size(at) = 0 THEN null ELSE r.evidenceSentences[at[0]] END,
                  st.start = CASE WHEN size(at) = 0 THEN null ELSE r.evidenceStarts[at[0]] END,
                  st.end = CASE WHEN size(at) = 0 THEN null ELSE r.evidenceEnds[at[0]] END,
                  st.confidence = r.confidence
  RETURN count(a) AS sourceCount, min(a.published) AS firstSeen, max(a.published) AS lastSeen
}
SET r.sourceCount = sourceCount, r.firstSeen = firstSeen, r.lastSeen = lastSeen
REMOVE r.sources
RETURN count(r) AS migrated;
