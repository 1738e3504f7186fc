import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A news article: the source document every entity and relationship is traced to.' })
export class Article {
  @Field(() => ID, {
    description: 'Stable id derived from the title and text: the same article always gets the same id.',
  })
  id!: string;

  @Field(() => String, { description: 'The headline.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Publication date (ISO 8601), when the source gives one.' })
  published!: string | null;

  @Field(() => String, { nullable: true, description: 'Who published it, e.g. `Xinhua`.' })
  source!: string | null;

  @Field(() => String, { nullable: true, description: 'Where it was published.' })
  url!: string | null;
}
