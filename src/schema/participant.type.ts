import { Field, ObjectType } from 'type-graphql';
import { Entity } from './entity.type';

@ObjectType({ description: 'Who took part in an event, and as what.' })
export class Participant {
  @Field(() => Entity, { description: 'The person, country or organization.' })
  entity!: Entity;

  @Field(() => String, {
    nullable: true,
    description: 'Its role: host, guest, attendee or speaker, where the text says.',
  })
  role!: string | null;
}
