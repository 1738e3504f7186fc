import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync, type PubSub } from 'type-graphql';
import { AgreementResolver } from './agreement.resolver';
import { ArticleResolver } from './article.resolver';
import { CountryResolver } from './country.resolver';
import { EntityResolver } from './entity.resolver';
import { EventResolver } from './event.resolver';
import { OrganizationResolver } from './organization.resolver';
import { IngestResolver } from './ingest.resolver';
import { PathResolver } from './path.resolver';
import { ReviewResolver } from './review.resolver';
import { PlaceResolver } from './place.resolver';
import { RelationResolver } from './relation.resolver';
import { TimelineResolver } from './timeline.resolver';
import { NodeResolver } from './node.resolver';
import { SubscriptionResolver } from './subscription.resolver';
import { ENTITY_OBJECT_TYPES } from './entity.type';

/**
 * type-graphql wants a PubSub as soon as a schema has subscriptions. Each of
 * ours subscribes through its own `subscribe` to the event bus of the server
 * it runs in (the request context's `events`), so a schema built once serves
 * any number of servers; this one is never reached.
 */
const NO_TOPICS: PubSub = {
  publish() {
    throw new Error('subscriptions publish on the request context’s event bus');
  },
  subscribe() {
    throw new Error('subscriptions listen on the request context’s event bus');
  },
};

/** Builds the code-first schema. Built once per process: it is immutable. */
export function buildGraphSchema(): GraphQLSchema {
  return buildSchemaSync({
    resolvers: [
      ArticleResolver,
      EntityResolver,
      CountryResolver,
      OrganizationResolver,
      PlaceResolver,
      EventResolver,
      AgreementResolver,
      RelationResolver,
      PathResolver,
      TimelineResolver,
      IngestResolver,
      ReviewResolver,
      NodeResolver,
      SubscriptionResolver,
    ],
    orphanedTypes: ENTITY_OBJECT_TYPES,
    pubSub: NO_TOPICS,
    validate: true,
  });
}

/** The SDL committed as `schema/schema.graphql`: sorted, so a diff shows only real changes. */
export function printGraphSchema(schema: GraphQLSchema = buildGraphSchema()): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
