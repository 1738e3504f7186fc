import DataLoader from 'dataloader';
import {
  articlesByIds,
  articleTexts,
  entitiesOfArticles,
  relatedArticles,
  type RelatedArticleRecord,
} from '../graph/article.repository';
import {
  articleCounts,
  articlesOfEntities,
  entitiesByIds,
  mentionCounts,
  type ArticlePage,
} from '../graph/entity.repository';
import { partsOfEvents, wholesOfEvents } from '../graph/event.repository';
import type { GraphExecutor } from '../graph/executor';
import type { ArticleRecord, EntityRecord, RelationRecord, StatementRecord } from '../graph/records';
import {
  evidenceCounts,
  neighborsOfEntities,
  statementsOfRelations,
  type NeighborFilter,
  type NeighborRecord,
  relationsByKeys,
  relationsOfArticles,
  relationsOfEntities,
  type RelationFilter,
} from '../graph/relation.repository';
import type { Annotator } from '../nlp';
import type { EventBus } from './events';
import type { Writer } from './write-access';

/** Loads by id and arguments; `prime` stores a value fetched by a wider query, so no round trip asks for it again. */
export type ArgumentLoader<A, V> = ((id: string, args: A) => Promise<V>) & {
  prime(id: string, args: A, value: V): void;
};

/**
 * A DataLoader per distinct set of arguments: `load(id, args)` batches every id
 * asked with the same arguments in one tick into one call of `batch`.
 */
export function loaderWithArguments<A, V>(
  batch: (ids: readonly string[], args: A) => Promise<V[]>,
): ArgumentLoader<A, V> {
  const loaders = new Map<string, DataLoader<string, V>>();
  const loaderFor = (args: A): DataLoader<string, V> => {
    const key = JSON.stringify(args);
    let loader = loaders.get(key);
    if (loader === undefined) {
      loader = new DataLoader<string, V>((ids) => batch(ids, args));
      loaders.set(key, loader);
    }
    return loader;
  };
  const load = (id: string, args: A): Promise<V> => loaderFor(args).load(id);
  return Object.assign(load, {
    prime(id: string, args: A, value: V): void {
      loaderFor(args).prime(id, value);
    },
  });
}

/** What a relation id `TYPE(from,to)` says: enough to find the relation again. */
export type RelationKey = Pick<RelationRecord, 'id' | 'type' | 'fromId' | 'toId'>;

/** A page of a relation's statements; `withSentence` keeps only those with a sentence (the evidence). */
export interface StatementPage extends ArticlePage {
  withSentence: boolean;
}

/**
 * Per-request batching: every loader turns the N lookups a query fans out into
 * one Cypher round trip. They live in the request context, so nothing is cached
 * across requests (a write is visible to the next request).
 */
export function createLoaders(graph: GraphExecutor) {
  return {
    articleById: new DataLoader<string, ArticleRecord | null>((ids) => articlesByIds(graph, ids)),
    articleText: new DataLoader<string, string>((ids) => articleTexts(graph, ids)),
    entityById: new DataLoader<string, EntityRecord | null>((ids) => entitiesByIds(graph, ids)),
    entitiesOfArticle: new DataLoader<string, EntityRecord[]>((ids) => entitiesOfArticles(graph, ids, null)),
    relationsOfArticle: new DataLoader<string, RelationRecord[]>((ids) => relationsOfArticles(graph, ids)),
    statementsOfRelation: loaderWithArguments<StatementPage, StatementRecord[]>((ids, page) =>
      statementsOfRelations(graph, ids, page),
    ),
    evidenceCount: new DataLoader<string, number>((ids) => evidenceCounts(graph, ids)),
    mentionCount: new DataLoader<string, number>((ids) => mentionCounts(graph, ids)),
    articleCount: new DataLoader<string, number>((ids) => articleCounts(graph, ids)),
    relationById: new DataLoader<RelationKey, RelationRecord | null, string>((keys) => relationsByKeys(graph, keys), {
      cacheKeyFn: (key) => key.id,
    }),
    articlesOfEntity: loaderWithArguments<ArticlePage, ArticleRecord[]>((ids, page) =>
      articlesOfEntities(graph, ids, page),
    ),
    relationsOfEntity: loaderWithArguments<RelationFilter, RelationRecord[]>((ids, filter) =>
      relationsOfEntities(graph, ids, filter),
    ),
    neighborsOfEntity: loaderWithArguments<NeighborFilter, NeighborRecord[]>((ids, filter) =>
      neighborsOfEntities(graph, ids, filter),
    ),
    partsOfEvent: loaderWithArguments<number, EntityRecord[]>((ids, first) => partsOfEvents(graph, ids, first)),
    wholeOfEvent: new DataLoader<string, EntityRecord | null>((ids) => wholesOfEvents(graph, ids)),
    relatedArticles: loaderWithArguments<number, RelatedArticleRecord[]>((ids, first) =>
      relatedArticles(graph, ids, first),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export interface RequestContext {
  graph: GraphExecutor;
  /** What annotates ingested articles; null on a server that ingests nothing. */
  annotator: Annotator | null;
  loaders: Loaders;
  /** Whether this request may write, and why not (see write-access.ts). */
  writer: Writer;
  /** Where mutations publish and subscriptions listen (one per server instance). */
  events: EventBus;
}
