// Neo4j constraints and indexes, applied idempotently at every start
// (src/graph/migrations.ts). One statement per `;`.

// Every node kind has a unique id.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
// Alias keys (folded surface forms) are how linking finds existing nodes.
CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (n:Alias) REQUIRE n.key IS UNIQUE;
// Possible duplicates that linking left for a person to decide.
CREATE CONSTRAINT merge_candidate_id IF NOT EXISTS FOR (n:MergeCandidate) REQUIRE n.id IS UNIQUE;

// Lookups by name, type and date.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
CREATE INDEX article_source IF NOT EXISTS FOR (n:Article) ON (n.source);
CREATE INDEX article_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash);
// entityByWikipedia, and search by an anchor of a title.
CREATE INDEX entity_wikipedia IF NOT EXISTS FOR (n:Entity) ON (n.wikipedia);
// Relations by date (the `relations(from, to)` query): one index per type, as
// Neo4j indexes relationship properties per relationship type.
CREATE INDEX leader_of_date IF NOT EXISTS FOR ()-[r:LEADER_OF]-() ON (r.date);
CREATE INDEX member_of_date IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.date);
CREATE INDEX affiliated_with_date IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() ON (r.date);
CREATE INDEX met_date IF NOT EXISTS FOR ()-[r:MET]-() ON (r.date);
CREATE INDEX participated_in_date IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.date);
CREATE INDEX held_at_date IF NOT EXISTS FOR ()-[r:HELD_AT]-() ON (r.date);
CREATE INDEX located_in_date IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.date);
CREATE INDEX visited_date IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.date);
CREATE INDEX signed_date IF NOT EXISTS FOR ()-[r:SIGNED]-() ON (r.date);
CREATE INDEX partner_of_date IF NOT EXISTS FOR ()-[r:PARTNER_OF]-() ON (r.date);
CREATE INDEX addressed_date IF NOT EXISTS FOR ()-[r:ADDRESSED]-() ON (r.date);
CREATE INDEX part_of_date IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.date);

// Full-text search over names and aliases (case- and diacritic-insensitive; fuzzy queries allow typos).
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE FULLTEXT INDEX article_search IF NOT EXISTS FOR (n:Article) ON EACH [n.title, n.text]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };

// Review bookkeeping: where merged ids now point, and how to undo a merge.
CREATE CONSTRAINT redirect_from IF NOT EXISTS FOR (n:Redirect) REQUIRE n.from IS UNIQUE;
CREATE CONSTRAINT merge_record_id IF NOT EXISTS FOR (n:MergeRecord) REQUIRE n.id IS UNIQUE;

// Provenance: one Fact node per relationship (the same id), stated by articles through STATES edges.
CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (n:Fact) REQUIRE n.id IS UNIQUE;
// The relations an article brought first (`newInArticles`).
CREATE INDEX fact_first_source IF NOT EXISTS FOR (n:Fact) ON (n.firstSource);
// Data migrations of schema/data/ already applied to this graph.
CREATE CONSTRAINT data_migration_name IF NOT EXISTS FOR (n:DataMigration) REQUIRE n.name IS UNIQUE;
