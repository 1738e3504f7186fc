import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RelationType } from '../extract/types';
import { countListedRelations, listRelations } from '../graph/relation.repository';
import type { ArticleRecord, EntityRecord, RelationRecord } from '../graph/records';
import {
  isRelationPosition,
  MAX_TOTAL_COUNT,
  pageRequest,
  relationPosition,
  RelationConnection,
  toConnection,
  type Connection,
} from './connection';
import type { RequestContext } from './context';
import { RelationTypeEnum } from './entity-type.enum';
import { Entity } from './entity.type';
import { Article } from './article.type';
import { Evidence, Relation } from './relation.type';
import { loadExisting } from './load-existing';
import { dateRange, NewsDateScalar } from './news-date.scalar';

@Resolver(() => Relation)
export class RelationResolver {
  @Query(() => RelationConnection, {
    description:
      'Relations across the whole graph, newest first (undated ones last), a page at a time; by type and date.',
  })
  async relations(
    @Ctx() { graph }: RequestContext,
    @Arg('types', () => [RelationTypeEnum], { nullable: true, description: 'Only relations of these types.' })
    types: RelationType[] | null | undefined,
    @Arg('from', () => NewsDateScalar, {
      nullable: true,
      description: 'Only relations dated on or after this date (MET, VISITED and SIGNED carry dates).',
    })
    from: string | null | undefined,
    @Arg('to', () => NewsDateScalar, {
      nullable: true,
      description: 'Only relations dated on or before this date, all of it: `2024-05` reaches to May 31.',
    })
    to: string | null | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many relations (1 to 100).' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
    after: string | null | undefined,
  ): Promise<Connection<RelationRecord>> {
    const { size, position } = pageRequest(first, after, isRelationPosition);
    const filter = { types: types ?? null, ...dateRange(from, to) };
    const rows = await listRelations(graph, filter, size, position);
    return toConnection(rows, size, relationPosition, () => countListedRelations(graph, filter, MAX_TOTAL_COUNT));
  }

  @FieldResolver(() => Entity)
  from(@Root() relation: RelationRecord, @Ctx() { loaders }: RequestContext): Promise<EntityRecord> {
    return loadExisting(loaders.entityById, relation.fromId);
  }

  @FieldResolver(() => Entity)
  to(@Root() relation: RelationRecord, @Ctx() { loaders }: RequestContext): Promise<EntityRecord> {
    return loadExisting(loaders.entityById, relation.toId);
  }

  @FieldResolver(() => String, { nullable: true })
  title(@Root() relation: RelationRecord): string | null {
    return relation.properties['title'] ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  role(@Root() relation: RelationRecord): string | null {
    return relation.properties['role'] ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  kind(@Root() relation: RelationRecord): string | null {
    return relation.properties['kind'] ?? null;
  }

  @FieldResolver(() => NewsDateScalar, { nullable: true })
  date(@Root() relation: RelationRecord): string | null {
    return relation.properties['date'] ?? null;
  }

  @FieldResolver(() => [Article])
  async sources(@Root() relation: RelationRecord, @Ctx() { loaders }: RequestContext): Promise<ArticleRecord[]> {
    const { sources } = await loaders.provenanceOfRelation.load(relation);
    return Promise.all(sources.map((id) => loadExisting(loaders.articleById, id)));
  }

  @FieldResolver(() => [Evidence])
  async evidence(
    @Root() relation: RelationRecord,
    @Ctx() { loaders }: RequestContext,
  ): Promise<{ article: ArticleRecord; sentence: string; start: number; end: number }[]> {
    const { evidence } = await loaders.provenanceOfRelation.load(relation);
    return Promise.all(
      evidence.map(async (evidence) => ({
        ...evidence,
        article: await loadExisting(loaders.articleById, evidence.articleId),
      })),
    );
  }
}
