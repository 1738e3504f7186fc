import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
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
import { ENTITY_OBJECT_TYPES } from './entity.type';

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
    ],
    orphanedTypes: ENTITY_OBJECT_TYPES,
    validate: true,
  });
}

/** The SDL committed as `schema/schema.graphql`: sorted, so a diff shows only real changes. */
export function printGraphSchema(schema: GraphQLSchema = buildGraphSchema()): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
