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
      'Sum over shared entities of 1/ln(2 + number of articles naming it): rare shared entities count more. An entity named by more than 200 articles counts only for the 200 that named it last.',
  })
  score!: number;

  @Field(() => Boolean, {
    description: 'Whether both articles report the same event (mention one Event node); these come first.',
  })
  sameEvent!: boolean;
}
