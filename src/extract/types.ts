/**
 * The vocabulary shared by extraction, linking, the Neo4j store and the
 * GraphQL schema. The names are the ontology's (see ONTOLOGY.md): a change
 * here is a change to all four places.
 */

export const ENTITY_TYPES = ['Person', 'Country', 'Organization', 'Place', 'Event', 'Agreement'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'LEADER_OF',
  'MEMBER_OF',
  'AFFILIATED_WITH',
  'MET',
  'PARTICIPATED_IN',
  'HELD_AT',
  'LOCATED_IN',
  'VISITED',
  'SIGNED',
  'PARTNER_OF',
  'ADDRESSED',
  // Event → Event: a sub-event (talks, a banquet, a ceremony) and the visit or summit it was part of.
  'PART_OF',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relation types whose direction carries no meaning (A MET B is B MET A). */
export const SYMMETRIC_RELATION_TYPES: ReadonlySet<RelationType> = new Set<RelationType>(['MET', 'PARTNER_OF']);

export const EVENT_TYPES = [
  'Talks',
  'Meeting',
  'StateVisit',
  'Ceremony',
  'Banquet',
  'Forum',
  'Conference',
  'Summit',
  'Celebration',
  'Signing',
  'Other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** An article as a reader hands it over, before it gets its content id. */
export interface ArticleInput {
  /** An id the source gave it, if any; kept as `sourceId`, never trusted as our id. */
  sourceId?: string;
  title: string;
  text: string;
  /** ISO date (`2024-05-16`) or date-time; absent when the source gives none. */
  published?: string;
  source?: string;
  url?: string;
}

/** An article with its stable id: a hash of its title and text, so re-ingesting it is a no-op. */
export interface Article extends ArticleInput {
  id: string;
  contentHash: string;
}

/** A half-open character range `[start, end)` into the article's `text`. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
  text: string;
}

/** One place in the text that names an entity. */
export interface Mention extends Span {
  /** The text as written, `text.slice(start, end)`. */
  surface: string;
  /** -1 for a mention in the title. */
  sentenceIndex: number;
  /** The mention is in the article's title: `start`/`end` are offsets into `title`, not `text`. */
  inTitle?: boolean;
}

/** Properties an entity may carry, by type; every value is a plain string. */
export interface EntityProperties {
  /** Country: ISO 3166-1 alpha-2 code. */
  isoCode?: string;
  /** Organization: its acronym (UN, SCO, BRICS…). */
  acronym?: string;
  /** Event: its type. */
  eventType?: EventType;
  /** Event, Agreement: ISO 8601 date, partial date (`2023-03`, `--06-14`) or interval (`2024/2025`). */
  date?: string;
}

/** An entity as one article names it; `key` is local to the article until linking gives it a graph id. */
export interface ExtractedEntity {
  key: string;
  type: EntityType;
  /** The canonical name: titles and honorifics stripped, the fullest form the article uses. */
  name: string;
  /** Every distinct surface form the article uses for it (the name included). */
  aliases: string[];
  mentions: Mention[];
  properties: EntityProperties;
  /** 0..1: how sure extraction is that this is a real entity of this type. */
  confidence: number;
}

/** Where a relation is stated. */
export interface Evidence extends Span {
  sentenceIndex: number;
  /** The sentence that states it, verbatim. */
  sentence: string;
}

export interface ExtractedRelation {
  type: RelationType;
  /** `key` of the source entity. */
  from: string;
  /** `key` of the target entity. */
  to: string;
  /** Per the ontology: title, role, kind, date. */
  properties: Record<string, string>;
  evidence: Evidence;
  confidence: number;
}

export interface ExtractionResult {
  article: Article;
  sentences: Sentence[];
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
}
