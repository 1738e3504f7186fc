import { Field, Float, ObjectType } from 'type-graphql';
import { Article } from './article.type';
import { Entity } from './entity.type';

@ObjectType({ description: 'An article that names some of the same entities as another.' })
export class RelatedArticle {
  @Field(() => Article, { description: 'The related article.' })
  article!: Article;

  @Field(() => [Entity], { description: 'The entities both articles name.' })
  sharedEntities!: Entity[];

  @Field(() => Float, {
    description:
      'Sum over shared entities of 1/log(2 + number of articles naming it): rare shared entities count more.',
  })
  score!: number;
}
