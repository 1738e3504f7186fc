import { Arg, Ctx, Field, ID, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import type { ArticleRecord, EntityRecord, RelationRecord } from '../graph/records';
import { Article } from './article.type';
import { createLoaders, type RequestContext } from './context';
import { Entity } from './entity.type';
import type { ArticleIngestedPayload } from './events';
import { Relation } from './relation.type';

@ObjectType({ description: 'An article the graph has just taken in, and what it brought.' })
export class ArticleIngested {
  @Field(() => Article, { description: 'The article, as written.' })
  article!: Article;

  @Field(() => [Entity], {
    description: 'The entities no article written before it mentions: new to the graph with this article.',
  })
  newEntities!: Entity[];

  @Field(() => [Relation], { description: 'The relations this article is the first to state.' })
  newRelations!: Relation[];
}

/**
 * A subscription's context lives as long as the subscription; its loaders
 * would cache entities across events. Each event gets loaders of its own, so
 * an event shows the graph as it is when the event is delivered.
 */
function freshLoaders(context: RequestContext): void {
  context.loaders = createLoaders(context.graph);
}

@Resolver()
export class SubscriptionResolver {
  @Subscription(() => ArticleIngested, {
    description:
      'Every article an `ingestArticles` mutation writes (not re-sent ones), as soon as it is written, with the entities and relations it brought. Over graphql-ws on the GraphQL endpoint.',
    subscribe: ({ context }) => (context as RequestContext).events.subscribe('ARTICLE_INGESTED'),
  })
  articleIngested(
    @Root() payload: ArticleIngestedPayload,
    @Ctx() context: RequestContext,
  ): { article: ArticleRecord; newEntities: EntityRecord[]; newRelations: RelationRecord[] } {
    freshLoaders(context);
    return payload;
  }

  @Subscription(() => Entity, {
    nullable: true,
    description:
      'An entity each time it changes: an ingested article mentions it, or it is merged, split or restored. Null when a change removed it (merged into another). Over graphql-ws on the GraphQL endpoint.',
    subscribe: ({ args, context }) =>
      (context as RequestContext).events.subscribe('ENTITY_UPDATED', (args as { id: string }).id),
  })
  entityUpdated(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID, { description: 'The entity to watch, e.g. `person:xi-jinping`.' }) id: string,
  ): Promise<EntityRecord | null> {
    freshLoaders(context);
    return context.loaders.entityById.load(id);
  }
}
