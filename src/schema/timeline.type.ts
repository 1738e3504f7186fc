import { Field, ObjectType } from 'type-graphql';
import type { RelationType } from '../extract/types';
import { RelationTypeEnum } from './entity-type.enum';
import { Event } from './entity.type';
import { NewsDateScalar } from './news-date.scalar';

@ObjectType({ description: 'An event in the timeline of an entity: each event once, however it is linked.' })
export class TimelineEntry {
  @Field(() => Event, { description: 'The event.' })
  event!: Event;

  @Field(() => NewsDateScalar, { nullable: true, description: 'Its date, as precisely as the text says.' })
  date!: string | null;

  @Field(() => RelationTypeEnum, {
    description:
      'How the entity is linked to it, e.g. PARTICIPATED_IN or ADDRESSED (its part in it first, where it has several).',
  })
  relationType!: RelationType;

  @Field(() => String, { nullable: true, description: 'The role the entity had (host, guest, attendee, speaker).' })
  role!: string | null;

  @Field(() => String, { description: 'Opaque position of this entry in the timeline: pass it as `after`.' })
  cursor!: string;
}
