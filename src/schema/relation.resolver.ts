import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RelationType } from '../extract/types';
import { countListedRelations, listRelations } from '../graph/relation.repository';
import type { ArticleRecord, EntityRecord, RelationRecord } from '../graph/records';
import {
  ArticleConnection,
  articlePosition,
  EvidenceConnection,
  isArticlePosition,
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
import { Relation } from './relation.type';
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

  @FieldResolver(() => ArticleConnection, {
    description:
      'The articles that state it, newest first. `totalCount` is exact and free: the relation keeps its count of sources.',
  })
  async sources(
    @Root() relation: RelationRecord,
    @Ctx() { loaders }: RequestContext,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many articles (1 to 100).' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
    after: string | null | undefined,
  ): Promise<Connection<ArticleRecord>> {
    const { size, position } = pageRequest(first, after, isArticlePosition);
    const rows = await loaders.statementsOfRelation(relation.id, { first: size, after: position, withSentence: false });
    return toConnection(
      rows.map((row) => row.article),
      size,
      articlePosition,
      () => Promise.resolve(relation.sourceCount),
    );
  }

  @FieldResolver(() => EvidenceConnection, {
    description: 'The sentences that state it, one per source article, newest article first.',
  })
  async evidence(
    @Root() relation: RelationRecord,
    @Ctx() { loaders }: RequestContext,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many sentences (1 to 100).' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
    after: string | null | undefined,
  ): Promise<Connection<EvidenceRecord>> {
    const { size, position } = pageRequest(first, after, isArticlePosition);
    const rows = await loaders.statementsOfRelation(relation.id, { first: size, after: position, withSentence: true });
    const evidence = rows.flatMap(({ article, sentence, start, end }) =>
      sentence === null ? [] : [{ article, sentence, start, end }],
    );
    return toConnection(
      evidence,
      size,
      (row) => articlePosition(row.article),
      () => loaders.evidenceCount.load(relation.id),
    );
  }
}

/** One evidence sentence as the `Evidence` type resolves it. */
interface EvidenceRecord {
  article: ArticleRecord;
  sentence: string;
  start: number;
  end: number;
}
