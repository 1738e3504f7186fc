import { GraphQLError } from 'graphql';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { ingestInputs, type IngestSummary } from '../ingest/ingest.service';
import { articlesByIds } from '../graph/article.repository';
import type { GraphExecutor } from '../graph/executor';
import { newInArticles } from '../graph/relation.repository';
import { ArticleInput } from './article.input';
import type { EventBus } from './events';
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
  async ingestArticles(
    @Ctx() { graph, annotator, writer, events }: RequestContext,
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
    const summary = await ingestInputs(graph, annotator, articles);
    // The articles are committed: a failed read for the events (Neo4j gone
    // that instant) costs subscribers this event, never the writer its answer.
    await publishIngested(graph, events, summary).catch(() => undefined);
    return summary;
  }
}

/**
 * Tells subscribers what the ingest wrote: each new article with what it
 * brought, and each entity it touched. Read once here, not per subscriber.
 */
async function publishIngested(graph: GraphExecutor, events: EventBus, summary: IngestSummary): Promise<void> {
  const created = summary.articles.filter((article) => article.created);
  if (created.length === 0) return;
  const ids = created.map((article) => article.id);
  const [records, brought] = await Promise.all([articlesByIds(graph, ids), newInArticles(graph, ids)]);
  records.forEach((article, index) => {
    const { entities, relations } = brought[index] ?? { entities: [], relations: [] };
    if (article !== null) {
      events.publish('ARTICLE_INGESTED', { article, newEntities: entities, newRelations: relations });
    }
  });
  for (const id of new Set(created.flatMap((article) => article.entityIds))) events.publish('ENTITY_UPDATED', id, id);
}
