import { createPubSub } from '@graphql-yoga/subscription';
import type { ArticleRecord, EntityRecord, RelationRecord } from '../graph/records';

/** What `articleIngested` delivers: read once, when the mutation has written the article. */
export interface ArticleIngestedPayload {
  article: ArticleRecord;
  newEntities: EntityRecord[];
  newRelations: RelationRecord[];
}

/**
 * The events subscriptions listen to, published by the mutations of this
 * server instance (in process). Several instances behind a load balancer
 * need a shared event target instead (see the README, "Live updates").
 */
export function createEventBus() {
  return createPubSub<{
    ARTICLE_INGESTED: [ArticleIngestedPayload];
    /** Keyed by entity id; the payload is the id, so each subscriber reads the entity fresh. */
    ENTITY_UPDATED: [string, string];
  }>();
}

export type EventBus = ReturnType<typeof createEventBus>;
