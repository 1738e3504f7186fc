import { Field, ID, InputType } from 'type-graphql';
import type { EntityType, EventType } from '../extract/types';
import { EntityTypeEnum, EventTypeEnum } from './entity-type.enum';
import { NewsDateScalar } from './news-date.scalar';

@InputType({ description: 'Which entities to list; every condition given must hold.' })
export class EntityFilterInput {
  @Field(() => EntityTypeEnum, { nullable: true, description: 'Only entities of this type.' })
  type?: EntityType | null;

  @Field(() => String, { nullable: true, description: 'Only entities whose name contains this (any case).' })
  name?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only entities directly related to this country: its leaders, the places in it, the events held there, its partners, the agreements it signed… An id (`country:CN`) or an ISO 3166 code (`CN`).',
  })
  country?: string | null;

  @Field(() => NewsDateScalar, {
    nullable: true,
    description: 'Only entities an article published on or after this date mentions.',
  })
  mentionedFrom?: string | null;

  @Field(() => NewsDateScalar, {
    nullable: true,
    description: 'Only entities an article published on or before this date (all of it) mentions.',
  })
  mentionedTo?: string | null;
}

@InputType({ description: 'Which articles to list; every condition given must hold.' })
export class ArticleFilterInput {
  @Field(() => String, { nullable: true, description: 'Only articles from this source, e.g. `Xinhua` (exact).' })
  source?: string | null;

  @Field(() => NewsDateScalar, { nullable: true, description: 'Only articles published on or after this date.' })
  from?: string | null;

  @Field(() => NewsDateScalar, {
    nullable: true,
    description: 'Only articles published on or before this date, all of it: `2024-05` reaches to May 31.',
  })
  to?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Only articles that mention every one of these entities (at most 10), e.g. `["person:xi-jinping", "person:narendra-modi"]`.',
  })
  mentions?: string[] | null;
}

@InputType({ description: 'Which events to list; every condition given must hold.' })
export class EventFilterInput {
  @Field(() => EventTypeEnum, { nullable: true, description: 'Only events of this kind, e.g. `StateVisit`.' })
  type?: EventType | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only events this entity took part in (PARTICIPATED_IN), e.g. `person:xi-jinping`.',
  })
  participant?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only events held at this place or country, or at a place within it (`place:beijing` finds what was held at the Great Hall of the People).',
  })
  place?: string | null;

  @Field(() => NewsDateScalar, { nullable: true, description: 'Only events dated on or after this date.' })
  from?: string | null;

  @Field(() => NewsDateScalar, {
    nullable: true,
    description: 'Only events dated on or before this date, all of it: `2024-05` reaches to May 31.',
  })
  to?: string | null;
}
