import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What happened to one article of an ingest.' })
export class IngestedArticle {
  @Field(() => ID, { description: 'The article id (derived from its title and text).' })
  id!: string;

  @Field(() => String, { description: 'The headline.' })
  title!: string;

  @Field(() => Boolean, { description: 'False when the article was already in the graph (nothing was written).' })
  created!: boolean;

  @Field(() => [ID], { description: 'Ids of the entities it was linked to.' })
  entityIds!: string[];

  @Field(() => Int, { description: 'How many relations it states.' })
  relations!: number;
}

@ObjectType({ description: 'An article that was not ingested, and why.' })
export class IngestFailure {
  @Field(() => String, { nullable: true, description: 'Its headline, if it had one.' })
  title!: string | null;

  @Field(() => String, { description: 'Why it was refused.' })
  reason!: string;
}

@ObjectType({ description: 'The outcome of an ingest: each article is written whole or not at all.' })
export class IngestResult {
  @Field(() => [IngestedArticle], { description: 'The articles read, new or already present.' })
  articles!: IngestedArticle[];

  @Field(() => [IngestFailure], { description: 'The articles refused.' })
  failures!: IngestFailure[];

  @Field(() => Int, { description: 'How many articles were new.' })
  created!: number;

  @Field(() => Float, { description: 'How long it took, in seconds.' })
  seconds!: number;
}
