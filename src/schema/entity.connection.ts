import { Field, ObjectType } from 'type-graphql';
import { Entity } from './entity.type';
import { PageInfo } from './pagination';

@ObjectType({ description: 'An entity in a page of entities.' })
export class EntityEdge {
  @Field(() => Entity, { description: 'The entity.' })
  node!: Entity;

  @Field(() => String, { description: 'Opaque position of this entity in the list.' })
  cursor!: string;
}

@ObjectType({ description: 'A page of entities, by name.' })
export class EntityConnection {
  @Field(() => [EntityEdge], { description: 'The entities of this page.' })
  edges!: EntityEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor to ask for the next.' })
  pageInfo!: PageInfo;
}
