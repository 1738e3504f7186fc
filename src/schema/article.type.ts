import { Field, ID, ObjectType } from 'type-graphql';
import { NewsDateScalar } from './news-date.scalar';
import { GLOBAL_ID_DESCRIPTION, Node } from './node.type';

@ObjectType({
  implements: Node,
  description: 'A news article: the source document every entity and relationship is traced to.',
})
export class Article {
  @Field(() => ID, {
    description: `Derived from the title and text: the same article always gets the same id. ${GLOBAL_ID_DESCRIPTION}`,
  })
  id!: string;

  @Field(() => String, { description: 'The headline.' })
  title!: string;

  @Field(() => NewsDateScalar, { nullable: true, description: 'The day it was published, when the source gives it.' })
  published!: string | null;

  @Field(() => String, { nullable: true, description: 'Who published it, e.g. `Xinhua`.' })
  source!: string | null;

  @Field(() => String, { nullable: true, description: 'Where it was published.' })
  url!: string | null;
}
