import { isNode, isRelationship } from 'neo4j-driver';
import type { EntityType, EventType, RelationType } from '../extract/types';
import { GraphError } from './errors';

/**
 * Plain objects for what the graph stores, as the reads return them. They keep
 * the driver's types out of `src/schema`.
 */
export interface ArticleRecord {
  id: string;
  title: string;
  text: string;
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
}

function nodeProperties(value: unknown): Record<string, unknown> {
  if (!isNode(value)) throw new GraphError('expected a node in the query result');
  return value.properties;
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function toArticleRecord(value: unknown): ArticleRecord {
  const p = nodeProperties(value);
  return {
    id: String(p['id']),
    title: String(p['title']),
    text: String(p['text']),
    published: text(p['published']),
    source: text(p['source']),
    url: text(p['url']),
    contentHash: String(p['contentHash']),
  };
}

export function toEntityRecord(value: unknown): EntityRecord {
  const p = nodeProperties(value);
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
  };
}

export interface EvidenceRecord {
  articleId: string;
  sentence: string;
  start: number;
  end: number;
}

export interface RelationRecord {
  id: string;
  type: RelationType;
  fromId: string;
  toId: string;
  /** The ontology's properties (title, role, kind, date) as stored. */
  properties: Record<string, string>;
  confidence: number;
  /** Ids of the articles that state it. */
  sources: string[];
  evidence: EvidenceRecord[];
}

/** Relationship properties that are bookkeeping, not the ontology's. */
const RELATION_BOOKKEEPING = new Set([
  'id',
  'sources',
  'evidenceArticles',
  'evidenceSentences',
  'evidenceStarts',
  'evidenceEnds',
  'confidence',
]);

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function numbers(value: unknown): number[] {
  return Array.isArray(value) ? value.map(Number) : [];
}

export function toRelationRecord(value: unknown, fromId: string, toId: string): RelationRecord {
  if (!isRelationship(value)) throw new GraphError('expected a relationship in the query result');
  const relationship = value;
  const p = relationship.properties as Record<string, unknown>;
  const articles = strings(p['evidenceArticles']);
  const sentences = strings(p['evidenceSentences']);
  const starts = numbers(p['evidenceStarts']);
  const ends = numbers(p['evidenceEnds']);
  const properties: Record<string, string> = {};
  for (const [key, property] of Object.entries(p)) {
    if (!RELATION_BOOKKEEPING.has(key) && (typeof property === 'string' || typeof property === 'number')) {
      properties[key] = String(property);
    }
  }
  return {
    id: String(p['id']),
    type: relationship.type as RelationType,
    fromId,
    toId,
    properties,
    confidence: Number(p['confidence'] ?? 0),
    sources: strings(p['sources']),
    evidence: articles.map((articleId, index) => ({
      articleId,
      sentence: sentences[index] ?? '',
      start: starts[index] ?? 0,
      end: ends[index] ?? 0,
    })),
  };
}
