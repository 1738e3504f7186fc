import { GraphQLURL } from 'graphql-scalars';
import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import type { EntityType, EventType } from '../extract/types';
import type { EntityRecord } from '../graph/records';
import { EntityTypeEnum, EventTypeEnum } from './entity-type.enum';
import { NewsDateScalar } from './news-date.scalar';
import { GLOBAL_ID_DESCRIPTION, Node } from './node.type';

@InterfaceType('Entity', {
  implements: Node,
  description:
    'Something the news names: a person, country, organization, place, event or agreement. One node per real-world entity across all articles.',
  resolveType: (value: EntityRecord) => value.type,
})
export abstract class Entity {
  @Field(() => ID, { description: GLOBAL_ID_DESCRIPTION })
  id!: string;

  @Field(() => String, { description: 'Canonical name: titles and honorifics stripped, the fullest form seen.' })
  name!: string;

  @Field(() => EntityTypeEnum, { description: 'Which kind of entity this is.' })
  type!: EntityType;

  @Field(() => [String], { description: 'Every surface form the articles use for it.' })
  aliases!: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'Title of its English Wikipedia article ("Vladimir Putin"), where linking was confident of one (offline anchor dictionary, type and article context agreeing); null when unknown or ambiguous. Two nodes never share a title.',
  })
  wikipedia!: string | null;

  @Field(() => GraphQLURL, { nullable: true, description: 'Address of that Wikipedia article.' })
  wikipediaUrl!: string | null;
}

@ObjectType({ implements: [Node, Entity], description: 'A named human.' })
export class Person extends Entity {}

@ObjectType({ implements: [Node, Entity], description: 'A sovereign state or state-like polity.' })
export class Country extends Entity {
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code, e.g. `CN`.' })
  isoCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Wikidata id (QID), where offline reference data has one.' })
  wikidata!: string | null;
}

@ObjectType({
  implements: [Node, Entity],
  description: 'A named body: intergovernmental, party, government, military, media or company.',
})
export class Organization extends Entity {
  @Field(() => String, { nullable: true, description: 'Its acronym, e.g. `SCO`.' })
  acronym!: string | null;
}

@ObjectType({ implements: [Node, Entity], description: 'A named location that is not a country: city, region, venue.' })
export class Place extends Entity {}

@ObjectType({ implements: [Node, Entity], description: 'Something that happened or is scheduled.' })
export class Event extends Entity {
  @Field(() => EventTypeEnum, { nullable: true, description: 'What kind of event it is.' })
  eventType!: EventType | null;

  @Field(() => NewsDateScalar, {
    nullable: true,
    description: 'When it happened or is to happen, as precisely as the text says.',
  })
  date!: string | null;
}

@ObjectType({ implements: [Node, Entity], description: 'A named document parties signed, issued or adopted.' })
export class Agreement extends Entity {
  @Field(() => NewsDateScalar, {
    nullable: true,
    description: 'When it was signed or issued, as precisely as the text says.',
  })
  date!: string | null;
}

/** Every concrete entity type, for the schema's orphanedTypes. */
export const ENTITY_OBJECT_TYPES = [Person, Country, Organization, Place, Event, Agreement];
