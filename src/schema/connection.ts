import { Field, Int, ObjectType } from 'type-graphql';
import type { ArticlePosition } from '../graph/article.repository';
import type { EntityPosition } from '../graph/entity.repository';
import type { EventPosition } from '../graph/event.repository';
import type { ArticleRecord, EntityRecord, RelationRecord } from '../graph/records';
import type { RelationPosition } from '../graph/relation.repository';
import { Article } from './article.type';
import { Entity, Event } from './entity.type';
import { Evidence, Relation } from './relation.type';
import { decodeCursor, encodeCursor, PageInfo, pageSize, toPage } from './pagination';

/**
 * Relay cursor connections, built in one place: the Edge and Connection
 * object types of a node type, the page a repository's `first + 1` rows make,
 * and the cursors (opaque: base64url of the position in the list's order).
 */

/** `totalCount` counts no further: a count walks the rows it counts, so it is bounded like a page. */
export const MAX_TOTAL_COUNT = 10_000;

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** A promise made only when read: the count query runs only for queries that select `totalCount`. */
  readonly totalCount: Promise<number>;
}

const TOTAL_COUNT_DESCRIPTION = `How many items the whole list holds, counted up to ${MAX_TOTAL_COUNT.toLocaleString('en')} (a longer list answers ${MAX_TOTAL_COUNT}). Costs a count query: ask for it only when it is shown.`;

/** The `<Name>Edge` and `<Name>Connection` object types over a node type. */
function connectionType(nodeType: () => object, name: string, what: { item: string; list: string }) {
  @ObjectType(`${name}Edge`, { description: `${what.item} in a page of ${what.list}.` })
  class EdgeType {
    @Field(nodeType, { description: 'The item.' })
    node!: unknown;

    @Field(() => String, { description: 'Opaque position of this item in the list: pass it as `after`.' })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${what.list}.` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor to ask for the next.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: TOTAL_COUNT_DESCRIPTION })
    totalCount!: number;
  }
  return ConnectionType;
}

export const ArticleConnection = connectionType(() => Article, 'Article', {
  item: 'An article',
  list: 'articles, newest first',
});
export const EntityConnection = connectionType(() => Entity, 'Entity', {
  item: 'An entity',
  list: 'entities, by name',
});

export const EventConnection = connectionType(() => Event, 'Event', {
  item: 'An event',
  list: 'events, newest first (undated ones last)',
});

export const RelationConnection = connectionType(() => Relation, 'Relation', {
  item: 'A relation',
  list: 'relations, newest first (undated ones last)',
});

export const EvidenceConnection = connectionType(() => Evidence, 'Evidence', {
  item: 'A sentence that states a relation',
  list: 'the sentences that state a relation, newest article first',
});

/** A connection from the `first + 1` rows a repository returned; `countTotal` runs only if `totalCount` is asked. */
export function toConnection<T>(
  rows: T[],
  first: number,
  positionOf: (node: T) => unknown,
  countTotal: () => Promise<number>,
): Connection<T> {
  const { items, hasNextPage } = toPage(rows, first);
  const edges = items.map((node) => ({ node, cursor: encodeCursor(positionOf(node)) }));
  return {
    edges,
    pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    get totalCount() {
      return countTotal().then((total) => Math.min(total, MAX_TOTAL_COUNT));
    },
  };
}

/** A page request as resolvers get it: `first` checked, `after` decoded with the list's position guard. */
export function pageRequest<P>(
  first: number,
  after: string | null | undefined,
  isPosition: (value: unknown) => value is P,
): { size: number; position: P | null } {
  return { size: pageSize(first), position: after == null ? null : decodeCursor(after, isPosition) };
}

function hasStrings<K extends string>(value: unknown, keys: readonly K[]): value is Record<K, string> {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return keys.every((key) => typeof candidate[key] === 'string');
}

/** Position in the article order (newest first, then id). */
export function isArticlePosition(value: unknown): value is ArticlePosition {
  return hasStrings(value, ['published', 'id']);
}

export function articlePosition(article: ArticleRecord): ArticlePosition {
  return { published: article.published ?? '', id: article.id };
}

/** Position in the entity order (by name, then id). */
export function isEntityPosition(value: unknown): value is EntityPosition {
  return hasStrings(value, ['name', 'id']);
}

export function entityPosition(entity: EntityRecord): EntityPosition {
  return { name: entity.name, id: entity.id };
}

/** Position in the relation order (by date, newest first, then id). */
export function isRelationPosition(value: unknown): value is RelationPosition {
  return hasStrings(value, ['date', 'id']);
}

export function relationPosition(relation: RelationRecord): RelationPosition {
  return { date: relation.properties['date'] ?? '', id: relation.id };
}

/** Position in the event order (by date, newest first, undated last, then id). */
export function isEventPosition(value: unknown): value is EventPosition {
  return hasStrings(value, ['date', 'id']);
}

export function eventPosition(event: EntityRecord): EventPosition {
  return { date: event.date ?? '', id: event.id };
}
