import { Field, Int, ObjectType } from 'type-graphql';
import { Entity } from './entity.type';
import { Relation } from './relation.type';

@ObjectType({ description: 'A chain of relations that connects two entities.' })
export class Path {
  @Field(() => Int, { description: 'Number of relations (hops) in the path.' })
  length!: number;

  @Field(() => [Entity], { description: 'The entities along the path, from the first to the last.' })
  nodes!: Entity[];

  @Field(() => [Relation], { description: 'The relations between consecutive nodes, each with its evidence.' })
  relations!: Relation[];
}
