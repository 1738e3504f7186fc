import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Entity } from './entity.type';
import { Relation } from './relation.type';

@ObjectType({ description: 'A chain of relations that connects two entities.' })
export class Path {
  @Field(() => Int, { description: 'Number of relations (hops) in the path.' })
  length!: number;

  @Field(() => Float, {
    description:
      'How specific the connection is, in (0, 1]: the product, over the entities inside the path (not its two ends), of 1 / log2(1 + d), where d is how many relations that entity has. A direct relation scores 1; a path through a meeting with two participants and a venue scores 0.5; one through a country with 5,000 relations about 0.08. Paths come best score first, then shortest, then by node ids.',
  })
  score!: number;

  @Field(() => [Entity], { description: 'The entities along the path, from the first to the last.' })
  nodes!: Entity[];

  @Field(() => [Relation], { description: 'The relations between consecutive nodes, each with its evidence.' })
  relations!: Relation[];
}
