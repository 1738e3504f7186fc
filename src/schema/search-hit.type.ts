import { Field, Float, ObjectType } from 'type-graphql';
import { Entity } from './entity.type';

@ObjectType({ description: 'An entity that matches a search, with how well it matches.' })
export class SearchHit {
  @Field(() => Entity, { description: 'The entity found.' })
  entity!: Entity;

  @Field(() => Float, { description: 'Relevance (higher is better); only comparable within one search.' })
  score!: number;
}
