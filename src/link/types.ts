/**
 * The linking contract: what `linkArticle` hands the graph store and what it
 * asks of it. Owned by src/link; the Neo4j side implements `LinkStore` and
 * writes `LinkedArticle`s.
 *
 * Ids (stable across runs and ingest orders):
 * - `country:CN` (ISO 3166-1 alpha-2; `country:<slug>` for a polity without one),
 * - `org:un`, `org:sco` (well-known bodies), `org:<slug of full name>` otherwise,
 * - `person:<slug of fullest name>` (`person:xi-jinping`),
 * - `place:<slug>`, `agreement:<slug>`,
 * - `event:<type>:<date|undated>:<hash>` (hash of the article and the event's
 *   name: each report is its own node until the reviewable merge of
 *   `EventMerge` makes reports of one event one node; a war: hash of its
 *   country, one id),
 * - provisional nodes have a `~` after the colon: `person:~putin` (a surname
 *   seen with no full name yet), `org:~fbc` (an unknown acronym). They are
 *   absorbed (see `Redirect`) when the full form arrives.
 * A node's id is the best id of all the name forms merged into it
 * (`compareIds`), so it does not depend on the order articles arrive in.
 */
import type { Article, EntityType, ExtractedEntity, ExtractedRelation, Sentence } from '../extract/types';

/** The match keys of a node: what lookups compare. All are folded strings (see `fold`). */
export interface EntityKeys {
  /**
   * Full-name keys: the folded full forms of the name ("vladimir putin",
   * "shanghai cooperation organization"), `acr:<acronym>` for an organization's
   * acronym ("acr:sco"), `iso:<code>` for a country ("iso:cn").
   * Persons never carry a one-token key here (see `surnameKeys`).
   */
  keys: string[];
  /**
   * Shorter forms the entity is also written as ("antony blinken" for
   * "Antony J. Blinken", "mohammed bin salman" for "Mohammed bin Salman bin
   * Abdulaziz Al Saud", "national peoples congress" for "National People's
   * Congress of China"). A short key matches another node's full key, never
   * another short key (two "Mohammed bin Salman X" stay apart).
   */
  shortKeys: string[];
  /** Persons: the one-token forms a bare mention may use ("putin"; "xi" and "jinping" for "Xi Jinping"). */
  surnameKeys: string[];
}

/**
 * An extracted entity resolved to the one graph node it is across all articles.
 *
 * `name` is the canonical name as far as this article knows it: titles
 * stripped, given names first ("Fumio Kishida"), reference names for
 * countries and well-known bodies ("China", "Shanghai Cooperation
 * Organization"). `aliases` are the article's surface forms (the extracted
 * names and aliases, deduplicated); `key` is the first merged extracted key;
 * `mentions` are the union of the merged entities' mentions.
 */
export interface LinkedEntity extends ExtractedEntity, EntityKeys {
  /** The graph node's id: stable across runs and ingest orders (e.g. `country:CN`, `person:xi-jinping`). */
  id: string;
  /** Keys of every extracted entity of the article merged into this one. */
  sourceKeys: string[];
  /** True for a provisional node (`person:~putin`, `org:~fbc`). */
  provisional: boolean;
  /** External reference ids where offline reference data has them. */
  wikidata?: string;
  /**
   * English Wikipedia title ("Vladimir Putin"), when linking is confident of
   * it: part of the node's identity (key `wiki:<title>`): nodes with the same
   * title are one, nodes with two different titles never merge.
   */
  wikipedia?: string;
}

/**
 * A relation whose ends are graph ids: `from` and `to` are LinkedEntity ids
 * here (not extraction keys). Duplicates within an article are collapsed
 * (highest confidence kept, missing properties filled from the others);
 * relations whose ends became one node are dropped.
 */
export interface LinkedRelation extends ExtractedRelation {
  /** Stable id of the fact: `relationId(type, from, to)`, ends sorted for MET and PARTNER_OF. */
  id: string;
}

/** Two nodes that may be one entity, kept apart until a person decides (see `validateMerge`). */
export interface MergeCandidate {
  /** The node the new mention was linked to (or created). */
  entityId: string;
  /** The existing node it may be the same as. */
  candidateId: string;
  type: EntityType;
  reason: string;
}

/**
 * Node `from` is the same entity as node `to` and must disappear into it:
 * the store moves every relationship and mention of `from` to `to`, unions
 * aliases and keys (`mergeNodeRecords`), deletes `from` and remembers
 * `from → to` so that old ids still resolve. If `to` does not exist yet the
 * store renames `from` to `to`. Relationship ids touching the node are
 * recomputed with `relationId` and relationships that became duplicates are
 * merged (sources unioned); ones that became self-loops are dropped.
 */
export interface Redirect {
  from: string;
  to: string;
  reason: string;
}

/**
 * Nodes that have the Wikipedia title of `keepId` by name but no title of
 * their own, found to be its entity when an article named both: the store
 * merges them into `keepId` through the reviewable merge (a MergeRecord that
 * `undoMerge` reverses), after the article is written. A MergeCandidate
 * records the same pair, so a refused merge stays visible for review.
 */
export interface WikipediaMerge {
  keepId: string;
  mergeIds: string[];
  title: string;
}

/**
 * A report of an event that is the event of an existing node (see
 * src/link/events.ts): the store merges `mergeIds` into `keepId` through the
 * reviewable merge, recording `reason`, after the article is written; it is
 * undone by `undoMerge`. A MergeCandidate records the same pair, so a refused
 * merge stays visible for review.
 */
export interface EventMerge {
  keepId: string;
  mergeIds: string[];
  reason: string;
}

export interface LinkedArticle {
  article: Article;
  sentences: Sentence[];
  /** One entry per graph node the article mentions (mentions of one node are merged). */
  entities: LinkedEntity[];
  relations: LinkedRelation[];
  mergeCandidates: MergeCandidate[];
  /**
   * Node merges this article caused; the store applies them BEFORE upserting
   * `entities` (the entities already carry the surviving ids).
   */
  redirects: Redirect[];
  /** Reviewable merges this article's Wikipedia titles call for (see WikipediaMerge); absent when none. */
  wikipediaMerges?: WikipediaMerge[];
  /** Reviewable merges of this article's events into the nodes of the same events (see EventMerge); absent when none. */
  eventMerges?: EventMerge[];
}

/**
 * A node as the store returns it to linking. `keys`, `shortKeys` and
 * `surnameKeys` are the unions over everything merged into the node.
 */
export interface KnownEntity extends EntityKeys {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  provisional: boolean;
  wikidata?: string;
  /** English Wikipedia title (see LinkedEntity.wikipedia). */
  wikipedia?: string;
  /**
   * Ids a reviewer split this node from (see `planSplit`): linking never
   * redirects this node into one of them or them into it. Optional; the
   * store keeps it on both nodes of a split.
   */
  distinctFrom?: string[];
}

/**
 * What linking asks of the graph. Articles must be linked one at a time
 * (each `linkArticle` sees the writes of the previous one): read with the two
 * lookups, then `saveArticle` the result, before linking the next article.
 */
export interface LinkStore {
  /**
   * Every live node (any type, provisional included) such that
   * `node.keys ∩ keys ≠ ∅` (keys include `wiki:<title>`) OR `node.shortKeys ∩ keys ≠ ∅`.
   * Cypher: `UNWIND $keys AS k MATCH (:Alias {key: k})-[:ALIAS_OF]->(e) RETURN DISTINCT e`
   * with one Alias node per key and per short key (the kind of key does not
   * matter to this lookup; linking re-checks which list matched).
   */
  findByKeys(keys: string[]): Promise<KnownEntity[]>;
  /**
   * Every live Person node (provisional included) with
   * `node.surnameKeys ∩ surnameKeys ≠ ∅` (an indexed list / `Surname` nodes).
   */
  findBySurnames(surnameKeys: string[]): Promise<KnownEntity[]>;
  /**
   * Writes one linked article: (1) apply `redirects` in order (see
   * `Redirect`), (2) upsert each entity by id, merging with
   * `mergeNodeRecords` (union of aliases and key lists, best name), (3) add
   * MENTIONS, relations (merged by id, with provenance) and merge candidates
   * (deduplicated by unordered pair; ids resolved through redirects; dropped
   * when both ends are now one node).
   */
  saveArticle(linked: LinkedArticle): Promise<void>;
}
