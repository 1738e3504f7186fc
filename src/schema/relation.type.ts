import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { RelationType } from '../extract/types';
import { Article } from './article.type';
import { RelationTypeEnum } from './entity-type.enum';
import { Entity } from './entity.type';

@ObjectType({ description: 'A named property of a relation (title, role, kind, date).' })
export class Property {
  @Field(() => String, { description: 'Property name.' })
  key!: string;

  @Field(() => String, { description: 'Property value.' })
  value!: string;
}

@ObjectType({ description: 'Where a relation is stated: the sentence and its character offsets in the article text.' })
export class Evidence {
  @Field(() => Article, { description: 'The article that states it.' })
  article!: Article;

  @Field(() => String, { description: 'The sentence, verbatim.' })
  sentence!: string;

  @Field(() => Int, { description: 'Offset of the first character of the sentence in the article text.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the last character of the sentence in the article text.' })
  end!: number;
}

@ObjectType({
  description:
    'A relationship between two entities, e.g. Xi Jinping MET Vladimir Putin. The same fact stated by several articles is one relation with several sources.',
})
export class Relation {
  @Field(() => ID, { description: 'Stable id of the fact (type and both ends).' })
  id!: string;

  @Field(() => RelationTypeEnum, { description: 'What kind of relation it is.' })
  type!: RelationType;

  @Field(() => Entity, { description: 'Where it starts (for MET and PARTNER_OF the order carries no meaning).' })
  from!: Entity;

  @Field(() => Entity, { description: 'Where it ends.' })
  to!: Entity;

  @Field(() => [Property], { description: 'Its properties: title (LEADER_OF), role, kind, date.' })
  properties!: Property[];

  @Field(() => Float, { description: 'How sure extraction is, 0 to 1 (the highest over its sources).' })
  confidence!: number;

  @Field(() => [Article], { description: 'The articles that state it.' })
  sources!: Article[];

  @Field(() => [Evidence], { description: 'Every sentence that states it.' })
  evidence!: Evidence[];
}
