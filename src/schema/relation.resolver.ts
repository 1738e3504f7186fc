import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ArticleRecord, EntityRecord, RelationRecord } from '../graph/records';
import type { RequestContext } from './context';
import { Entity } from './entity.type';
import { Article } from './article.type';
import { Evidence, Property, Relation } from './relation.type';
import { loadExisting } from './load-existing';

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

  @FieldResolver(() => [Property])
  properties(@Root() relation: RelationRecord): Property[] {
    return Object.entries(relation.properties)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => ({ key, value }));
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
