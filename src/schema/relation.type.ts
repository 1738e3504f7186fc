import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { RelationType } from '../extract/types';
import { Article } from './article.type';
import { RelationTypeEnum } from './entity-type.enum';
import { Entity } from './entity.type';
import { NewsDateScalar } from './news-date.scalar';
import { GLOBAL_ID_DESCRIPTION, Node } from './node.type';

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
  implements: Node,
  description:
    'A relationship between two entities, e.g. Xi Jinping MET Vladimir Putin. The same fact stated by several articles is one relation with several sources.',
})
export class Relation {
  @Field(() => ID, { description: `Stable id of the fact: its type and both ends. ${GLOBAL_ID_DESCRIPTION}` })
  id!: string;

  @Field(() => RelationTypeEnum, { description: 'What kind of relation it is.' })
  type!: RelationType;

  @Field(() => Entity, { description: 'Where it starts (for MET and PARTNER_OF the order carries no meaning).' })
  from!: Entity;

  @Field(() => Entity, { description: 'Where it ends.' })
  to!: Entity;

  @Field(() => String, { nullable: true, description: 'LEADER_OF: the title, e.g. `President`.' })
  title!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'PARTICIPATED_IN: host, guest, attendee or speaker; AFFILIATED_WITH: e.g. `reporter`.',
  })
  role!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'VISITED: e.g. `state visit`; PARTNER_OF: the partnership; ADDRESSED: e.g. `congratulatory letter`.',
  })
  kind!: string | null;

  @Field(() => NewsDateScalar, {
    nullable: true,
    description: 'MET, VISITED, SIGNED: when, as precisely as the text says.',
  })
  date!: string | null;

  @Field(() => Float, { description: 'How sure extraction is, 0 to 1 (the highest over its sources).' })
  confidence!: number;
}
