import { GraphQLError } from 'graphql';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { ingestInputs, type IngestSummary } from '../ingest/ingest.service';
import { ArticleInput } from './article.input';
import type { RequestContext } from './context';
import { IngestResult } from './ingest-result.type';
import { assertCanWrite } from './write-access';

/** Most articles one mutation may carry; larger batches belong to the `ingest` command. */
export const MAX_ARTICLES_PER_INGEST = 100;

@Resolver(() => IngestResult)
export class IngestResolver {
  @Mutation(() => IngestResult, {
    description:
      'Annotates (Stanford CoreNLP), extracts, links and stores articles. Each article is written in one transaction: whole or not at all. Re-sending an article changes nothing. Needs the bearer token.',
  })
  ingestArticles(
    @Ctx() { graph, annotator, writer }: RequestContext,
    @Arg('articles', () => [ArticleInput], { description: `The articles (1 to ${MAX_ARTICLES_PER_INGEST}).` })
    articles: ArticleInput[],
  ): Promise<IngestSummary> {
    assertCanWrite(writer);
    if (articles.length === 0 || articles.length > MAX_ARTICLES_PER_INGEST) {
      throw new GraphQLError(`articles must hold 1 to ${MAX_ARTICLES_PER_INGEST} articles, not ${articles.length}`, {
        extensions: { code: 'BAD_USER_INPUT', argument: 'articles', max: MAX_ARTICLES_PER_INGEST },
      });
    }
    if (annotator === null) {
      throw new GraphQLError('this server does not ingest articles', { extensions: { code: 'FORBIDDEN' } });
    }
    return ingestInputs(graph, annotator, articles);
  }
}
