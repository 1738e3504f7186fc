import { Field, ID, ObjectType } from 'type-graphql';
import { Entity } from './entity.type';

@ObjectType({ description: 'Two entities that may be one, left apart by linking for a person to decide.' })
export class MergeCandidate {
  @Field(() => ID, { description: 'Id of the candidate pair.' })
  id!: string;

  @Field(() => Entity, { description: 'One side.' })
  entity!: Entity;

  @Field(() => Entity, { description: 'The other side.' })
  candidate!: Entity;

  @Field(() => String, { description: 'Why linking did not merge them on its own.' })
  reason!: string;
}

@ObjectType({ description: 'The outcome of a merge.' })
export class MergeResult {
  @Field(() => ID, { description: 'Pass this to `undoMerge` to take the merge back.' })
  mergeId!: string;

  @Field(() => Entity, { description: 'The entity that now holds every alias, mention and relation.' })
  entity!: Entity;
}
