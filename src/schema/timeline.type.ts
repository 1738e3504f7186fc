import { Field, ObjectType } from 'type-graphql';
import { Event } from './entity.type';

@ObjectType({ description: 'An event in the timeline of an entity.' })
export class TimelineEntry {
  @Field(() => Event, { description: 'The event.' })
  event!: Event;

  @Field(() => String, { nullable: true, description: 'Its date (ISO 8601, possibly partial).' })
  date!: string | null;

  @Field(() => String, { description: 'How the entity is linked to it, e.g. PARTICIPATED_IN or ADDRESSED.' })
  relationType!: string;

  @Field(() => String, { nullable: true, description: 'The role the entity had (host, guest, attendee, speaker).' })
  role!: string | null;
}
