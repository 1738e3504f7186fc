import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ArticleRecord, EntityRecord, RelationRecord } from '../graph/records';
import type { RequestContext } from './context';
import { Entity } from './entity.type';
import { Article } from './article.type';
import { Evidence, Relation } from './relation.type';
import { loadExisting } from './load-existing';
import { NewsDateScalar } from './news-date.scalar';

@Resolver(() => Relation)
export class RelationResolver {
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
