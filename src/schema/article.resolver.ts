import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertCanWrite } from './write-access';
import type { EntityType } from '../extract/types';
import {
  GraphQLError,
  Kind,
  getArgumentValues,
  getNamedType,
  isObjectType,
  type FieldNode,
  type GraphQLResolveInfo,
} from 'graphql';
import {
  articleWithRelated,
  countListedArticles,
  deleteArticle,
  listArticles,
  searchArticles,
  type ArticleFilter,
} from '../graph/article.repository';
import { luceneQuery } from '../graph/entity.repository';
import { MAX_SEARCH_TEXT } from './entity.resolver';
import type { ArticleRecord, EntityRecord, RelationRecord } from '../graph/records';
import { RelatedArticle } from './related-article.type';
import { Relation } from './relation.type';
import {
  ArticleConnection,
  articlePosition,
  isArticlePosition,
  MAX_TOTAL_COUNT,
  pageRequest,
  toConnection,
  type Connection,
} from './connection';
import { ArticleFilterInput } from './filter.input';
import { dateRange } from './news-date.scalar';
import { Article } from './article.type';
import type { RequestContext } from './context';
import { EntityTypeEnum } from './entity-type.enum';
import { Entity } from './entity.type';
import { MAX_PAGE_SIZE, pageSize } from './pagination';

/** Most entities an article filter may name: each is one more pattern per article. */
export const MAX_MENTIONS_FILTER = 10;

function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

function toArticleFilter(filter: ArticleFilterInput | null | undefined): ArticleFilter {
  const mentions = [...new Set(filter?.mentions ?? [])];
  if (mentions.length > MAX_MENTIONS_FILTER) {
    throw badInput(`filter.mentions may name at most ${MAX_MENTIONS_FILTER} entities`, 'filter');
  }
  if (filter?.source != null && filter.source.length > MAX_SEARCH_TEXT) {
    throw badInput(`filter.source must be at most ${MAX_SEARCH_TEXT} characters`, 'filter');
  }
  return { source: filter?.source ?? null, ...dateRange(filter?.from, filter?.to), mentions };
}

/**
 * The `first` of the one `relatedArticles` selected directly in this
 * article's selection set (not in a fragment, not repeated under aliases);
 * null otherwise, or when it is out of range (the field's resolver reports it).
 */
function relatedArticlesSelected(info: GraphQLResolveInfo): number | null {
  const articleType = getNamedType(info.returnType);
  if (!isObjectType(articleType)) return null;
  const definition = articleType.getFields()['relatedArticles'];
  const found = info.fieldNodes
    .flatMap((node) => node.selectionSet?.selections ?? [])
    .filter(
      (selection): selection is FieldNode =>
        selection.kind === Kind.FIELD && selection.name.value === 'relatedArticles',
    );
  const [only] = found;
  if (definition === undefined || only === undefined || found.length > 1) return null;
  const { first } = getArgumentValues(definition, only, info.variableValues) as { first: number };
  return Number.isInteger(first) && first >= 1 && first <= MAX_PAGE_SIZE ? first : null;
}

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => ArticleConnection, {
    description: 'Articles, newest first, a page at a time; a filter narrows them (by source, date, entities named).',
  })
  async articles(
    @Ctx() { graph }: RequestContext,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many articles (1 to 100).' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
    after: string | null | undefined,
    @Arg('filter', () => ArticleFilterInput, { nullable: true, description: 'Only the articles that match this.' })
    filter: ArticleFilterInput | null | undefined,
    @Arg('text', () => String, {
      nullable: true,
      description:
        'Only articles whose title or text match these words (full-text, best match first, one page; not with `filter` or `after`).',
    })
    text: string | null | undefined,
  ): Promise<Connection<ArticleRecord>> {
    const { size, position } = pageRequest(first, after, isArticlePosition);
    if (text != null) {
      if (after != null)
        throw new GraphQLError('after cannot be combined with text: a text search returns one page, best match first', {
          extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
        });
      if (filter != null) throw badInput('filter cannot be combined with text: a text search ranks by match', 'filter');
      if (text.length > MAX_SEARCH_TEXT) {
        throw new GraphQLError(`text must be at most ${MAX_SEARCH_TEXT} characters`, {
          extensions: { code: 'BAD_USER_INPUT', argument: 'text', max: MAX_SEARCH_TEXT },
        });
      }
      const query = luceneQuery(text);
      const hits = query === null ? [] : await searchArticles(graph, query, size);
      // A search is one page: its total is what the page holds.
      return toConnection(hits, size, articlePosition, () => Promise.resolve(Math.min(hits.length, size)));
    }
    const articleFilter = toArticleFilter(filter);
    const rows = await listArticles(graph, articleFilter, size, position);
    return toConnection(rows, size, articlePosition, () => countListedArticles(graph, articleFilter, MAX_TOTAL_COUNT));
  }

  @Query(() => Article, { nullable: true, description: 'One article by id; null when there is none.' })
  async article(
    @Ctx() { graph, loaders }: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('id', () => ID, { description: 'The article id.' }) id: string,
  ): Promise<ArticleRecord | null> {
    // Its related articles, when selected, come in the same statement (one
    // round trip for "an article and its related articles"), primed into the
    // loader their resolver asks.
    const first = relatedArticlesSelected(info);
    if (first === null) return loaders.articleById.load(id);
    const found = await articleWithRelated(graph, id, first);
    if (found === null) return null;
    loaders.articleById.prime(id, found.article);
    loaders.relatedArticles.prime(id, first, found.related);
    return found.article;
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes an article, its evidence on every relation, the relations only it supported and the entities only it mentioned. False when there was no such article. Needs the bearer token.',
  })
  deleteArticle(
    @Ctx() { graph, writer }: RequestContext,
    @Arg('id', () => ID, { description: 'The article id.' }) id: string,
  ): Promise<boolean> {
    assertCanWrite(writer);
    return deleteArticle(graph, id);
  }

  @FieldResolver(() => String, { description: 'The full text; evidence offsets point into it.' })
  text(@Root() article: ArticleRecord, @Ctx() { loaders }: RequestContext): Promise<string> {
    return loaders.articleText.load(article.id);
  }

  @FieldResolver(() => [Relation], { description: 'The relations this article states.' })
  relations(@Root() article: ArticleRecord, @Ctx() { loaders }: RequestContext): Promise<RelationRecord[]> {
    return loaders.relationsOfArticle.load(article.id);
  }

  @FieldResolver(() => [RelatedArticle], {
    description:
      'Other articles that name the same entities: those that report the same event first, then by what they share (rare entities weigh more). Costs the same at any corpus size.',
  })
  async relatedArticles(
    @Root() article: ArticleRecord,
    @Ctx() { loaders }: RequestContext,
    @Arg('first', () => Int, { defaultValue: 5, description: 'How many related articles (1 to 100).' }) first: number,
  ): Promise<{ article: ArticleRecord; sharedEntities: EntityRecord[]; score: number; sameEvent: boolean }[]> {
    const related = await loaders.relatedArticles(article.id, pageSize(first));
    return related.map((row) => ({
      article: row.article,
      sharedEntities: row.shared,
      score: row.score,
      sameEvent: row.sameEvent,
    }));
  }

  @FieldResolver(() => [Entity], { description: 'The entities the article mentions, in order of first mention.' })
  async entities(
    @Root() article: ArticleRecord,
    @Ctx() { loaders }: RequestContext,
    @Arg('types', () => [EntityTypeEnum], { nullable: true, description: 'Only these kinds of entity.' })
    types: EntityType[] | null | undefined,
  ): Promise<EntityRecord[]> {
    const entities = await loaders.entitiesOfArticle.load(article.id);
    return types == null ? entities : entities.filter((entity) => types.includes(entity.type));
  }
}
