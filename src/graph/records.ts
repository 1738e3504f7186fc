import { isInt, isNode, Record as Neo4jRecord } from 'neo4j-driver';
import type { EntityType, EventType, RelationType } from '../extract/types';
import { wikipediaUrl } from '../wikipedia/wikipedia-index';
import { GraphError } from './errors';

/**
 * Plain objects for what the graph stores, as the reads return them. They keep
 * the driver's types out of `src/schema`.
 */
export interface ArticleRecord {
  id: string;
  title: string;
  published: string | null;
  source: string | null;
  url: string | null;
  contentHash: string;
}

export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  isoCode: string | null;
  acronym: string | null;
  eventType: EventType | null;
  date: string | null;
  wikidata: string | null;
  /** English Wikipedia title ("Vladimir Putin") and its address, where linking was confident of one. */
  wikipedia: string | null;
  wikipediaUrl: string | null;
}

/**
 * What an entity read returns, as a Cypher map projection: only the fields an
 * `EntityRecord` has, so the linking bookkeeping stored on the node (match
 * keys, the search text) is neither serialized by Neo4j nor decoded here.
 */
export const ENTITY_FIELDS =
  '{.id, .type, .name, .aliases, .isoCode, .acronym, .eventType, .date, .wikidata, .wikipedia}';

/**
 * What an article read returns. The text (kilobytes per article) is left out:
 * lists of articles rarely ask for it, and `articleTexts` fetches it, for a
 * whole page at once, when one does.
 */
export const ARTICLE_FIELDS = '{.id, .title, .published, .source, .url, .contentHash}';

/** Properties of a node, or the map a projection made of one. */
function nodeProperties(value: unknown): Record<string, unknown> {
  if (isNode(value)) return value.properties;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  throw new GraphError('expected a node in the query result');
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function toArticleRecord(value: unknown): ArticleRecord {
  const p = nodeProperties(value);
  return {
    id: String(p['id']),
    title: String(p['title']),
    published: text(p['published']),
    source: text(p['source']),
    url: text(p['url']),
    contentHash: String(p['contentHash']),
  };
}

export function toEntityRecord(value: unknown): EntityRecord {
  const p = nodeProperties(value);
  const wikipedia = text(p['wikipedia']);
  return {
    id: String(p['id']),
    type: p['type'] as EntityType,
    name: String(p['name']),
    aliases: Array.isArray(p['aliases']) ? (p['aliases'] as string[]) : [],
    isoCode: text(p['isoCode']),
    acronym: text(p['acronym']),
    eventType: text(p['eventType']) as EventType | null,
    date: text(p['date']),
    wikidata: text(p['wikidata']),
    wikipedia,
    wikipediaUrl: wikipedia === null ? null : wikipediaUrl(wikipedia),
  };
}

export interface RelationRecord {
  id: string;
  type: RelationType;
  fromId: string;
  toId: string;
  /** The ontology's properties (title, role, kind, date) as stored. */
  properties: Record<string, string>;
  confidence: number;
  /** How many articles state it. */
  sourceCount: number;
}

/** One article's statement of a relation: the article and the sentence, with its offsets in the article text. */
export interface StatementRecord {
  article: ArticleRecord;
  sentence: string | null;
  start: number;
  end: number;
}

/**
 * What a relation read returns: its properties without the evidence it keeps
 * for traversals (up to MAX_EVIDENCE_PER_RELATION sentences); sources and
 * evidence are read from its statements (`statementsOfRelations`) when a query
 * asks for them. (Written as a template on the variable name, because a map
 * projection cannot drop keys otherwise.)
 */
export function relationFields(variable: string): string {
  return `${variable} {.*, evidenceArticles: null, evidenceSentences: null, evidenceStarts: null, evidenceEnds: null}`;
}

/** Relationship properties that are bookkeeping, not the ontology's. */
const RELATION_BOOKKEEPING = new Set([
  'id',
  'sourceCount',
  'firstSeen',
  'lastSeen',
  'evidenceArticles',
  'evidenceSentences',
  'evidenceStarts',
  'evidenceEnds',
  'confidence',
]);

/** A relation from the map `relationFields` projects, with its type and ends. */
export function toRelationRecord(value: unknown, type: string, fromId: string, toId: string): RelationRecord {
  if (value === null || typeof value !== 'object') throw new GraphError('expected a relation in the query result');
  const p = value as Record<string, unknown>;
  const properties: Record<string, string> = {};
  for (const [key, property] of Object.entries(p)) {
    if (!RELATION_BOOKKEEPING.has(key) && (typeof property === 'string' || typeof property === 'number')) {
      properties[key] = String(property);
    }
  }
  return {
    id: String(p['id']),
    type: type as RelationType,
    fromId,
    toId,
    properties,
    confidence: Number(p['confidence'] ?? 0),
    sourceCount: Number(p['sourceCount'] ?? 0),
  };
}

/**
 * A typed reader for query results, in place of `record.get(key) as T`: each
 * value is checked against the type the query promises, so a query that
 * returns something else fails here, with a GraphError, instead of far away.
 * It reads a driver record, or a map a query returned inside one.
 */
export type Row = Neo4jRecord | Readonly<Record<string, unknown>>;

function valueAt(row: Row, key: string): unknown {
  return row instanceof Neo4jRecord ? row.get(key) : row[key];
}

function mismatch(key: string, expected: string): GraphError {
  return new GraphError(`query result field ${key} is not ${expected}`);
}

/** A string field. */
export function readString(row: Row, key: string): string {
  const value = valueAt(row, key);
  if (typeof value !== 'string') throw mismatch(key, 'a string');
  return value;
}

/** A string field that may be null. */
export function readOptionalString(row: Row, key: string): string | null {
  const value = valueAt(row, key);
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw mismatch(key, 'a string');
  return value;
}

/** A number field (integers arrive as numbers: the driver runs with `disableLosslessIntegers`). */
export function readNumber(row: Row, key: string): number {
  const value = valueAt(row, key);
  if (typeof value === 'number') return value;
  if (isInt(value)) return value.toNumber();
  throw mismatch(key, 'a number');
}

/** A number field that may be null. */
export function readOptionalNumber(row: Row, key: string): number | null {
  const value = valueAt(row, key);
  return value === null || value === undefined ? null : readNumber(row, key);
}

export function readBoolean(row: Row, key: string): boolean {
  const value = valueAt(row, key);
  if (typeof value !== 'boolean') throw mismatch(key, 'a boolean');
  return value;
}

/** A list field, its items unchecked (each is read by the caller). */
export function readList(row: Row, key: string): unknown[] {
  const value = valueAt(row, key);
  if (!Array.isArray(value)) throw mismatch(key, 'a list');
  return value;
}

/** A list of strings; null reads as empty. */
export function readStrings(row: Row, key: string): string[] {
  const value = valueAt(row, key);
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw mismatch(key, 'a list of strings');
  }
  return value;
}

/** A list of maps, each to be read with the same functions. */
export function readMaps(row: Row, key: string): Readonly<Record<string, unknown>>[] {
  return readList(row, key).map((item) => asMap(item, key));
}

/** A map field (a node's properties or a projection), or null. */
export function readOptionalMap(row: Row, key: string): Readonly<Record<string, unknown>> | null {
  const value = valueAt(row, key);
  return value === null || value === undefined ? null : asMap(value, key);
}

/** A map field (a node's properties or a projection). */
export function readMap(row: Row, key: string): Readonly<Record<string, unknown>> {
  return asMap(valueAt(row, key), key);
}

function asMap(value: unknown, key: string): Readonly<Record<string, unknown>> {
  if (isNode(value)) return value.properties;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw mismatch(key, 'a map');
  return value as Readonly<Record<string, unknown>>;
}
