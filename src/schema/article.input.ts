import { IsISO8601, IsOptional, IsUrl, Length, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

/** The largest article text accepted: a long news article is ~50 KB; 1 MB is far beyond any. */
export const MAX_ARTICLE_TEXT = 1_000_000;

@InputType({ description: 'A news article to ingest, as plain text.' })
export class ArticleInput {
  @Field(() => String, { description: 'The headline.' })
  @Length(1, 1000)
  title!: string;

  @Field(() => String, { description: 'The full text, plain (no HTML).' })
  @Length(1, MAX_ARTICLE_TEXT)
  text!: string;

  @Field(() => String, { nullable: true, description: 'Publication date, ISO 8601 (e.g. 2024-05-16).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  published?: string;

  @Field(() => String, { nullable: true, description: 'Who published it.' })
  @IsOptional()
  @MaxLength(200)
  source?: string;

  @Field(() => String, { nullable: true, description: 'Where it was published.' })
  @IsOptional()
  @IsUrl({ require_protocol: true })
  @MaxLength(2000)
  url?: string;
}
