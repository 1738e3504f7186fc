import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import DataLoader from 'dataloader';
import { entitiesByIds } from '../graph/entity.repository';
import type { GraphExecutor } from '../graph/executor';
import type { EntityRecord } from '../graph/records';
import { listMergeCandidates, mergeEntities, splitAlias, undoMerge } from '../graph/review.repository';
import type { RequestContext } from './context';
import { Entity } from './entity.type';
import type { EventBus } from './events';
import { loadExisting } from './load-existing';
import { MergeCandidate, MergeResult } from './merge-candidate.type';
import { pageSize } from './pagination';
import { assertCanWrite } from './write-access';

/** Tells `entityUpdated` subscribers which entities a review write changed. */
function publishUpdated(events: EventBus, ids: readonly string[]): void {
  for (const id of new Set(ids)) events.publish('ENTITY_UPDATED', id, id);
}

/** A loader that has seen no earlier reads of this request: a write just changed the nodes. */
function createFreshEntityLoader(graph: GraphExecutor): DataLoader<string, EntityRecord | null> {
  return new DataLoader<string, EntityRecord | null>((ids) => entitiesByIds(graph, ids));
}

@Resolver(() => MergeCandidate)
export class ReviewResolver {
  @Query(() => [MergeCandidate], {
    description: 'Pairs of entities that may be one, which linking did not merge on its own (oldest first).',
  })
  async mergeCandidates(
    @Ctx() { graph, loaders }: RequestContext,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many pairs (1 to 100).' }) first: number,
  ): Promise<{ id: string; entity: EntityRecord; candidate: EntityRecord; reason: string }[]> {
    const rows = await listMergeCandidates(graph, pageSize(first));
    return Promise.all(
      rows.map(async (row) => ({
        id: row.id,
        reason: row.reason,
        entity: await loadExisting(loaders.entityById, row.entityId),
        candidate: await loadExisting(loaders.entityById, row.candidateId),
      })),
    );
  }

  @Mutation(() => MergeResult, {
    description:
      'Merges entities into one: every alias, mention and relation (with its evidence) moves to the kept entity; the merged ids keep resolving to it. Can be undone with `undoMerge`. Needs the bearer token.',
  })
  async mergeEntities(
    @Ctx() { graph, writer, events }: RequestContext,
    @Arg('keepId', () => ID, { description: 'The entity that stays.' }) keepId: string,
    @Arg('mergeIds', () => [ID], { description: 'The entities merged into it (same type).' }) mergeIds: string[],
  ): Promise<{ mergeId: string; entity: EntityRecord }> {
    assertCanWrite(writer);
    const { mergeId } = await mergeEntities(graph, keepId, mergeIds);
    publishUpdated(events, [keepId, ...mergeIds]);
    return { mergeId, entity: await loadExisting(createFreshEntityLoader(graph), keepId) };
  }

  @Mutation(() => [Entity], {
    description:
      'Takes a merge back: the entities are restored as they were before it. Refused once the kept entity has changed since. Needs the bearer token.',
  })
  async undoMerge(
    @Ctx() { graph, writer, events }: RequestContext,
    @Arg('mergeId', () => ID, { description: 'The `mergeId` that `mergeEntities` returned.' }) mergeId: string,
  ): Promise<EntityRecord[]> {
    assertCanWrite(writer);
    const ids = await undoMerge(graph, mergeId);
    publishUpdated(events, ids);
    const loader = createFreshEntityLoader(graph);
    return Promise.all(ids.map((id) => loadExisting(loader, id)));
  }

  @Mutation(() => Entity, {
    description:
      'Splits an alias off an entity into an entity of its own (a wrong link): the mentions written with that alias, and relations stated only there, move with it. Returns the new entity. Needs the bearer token.',
  })
  async splitAlias(
    @Ctx() { graph, writer, events }: RequestContext,
    @Arg('entityId', () => ID, { description: 'The entity that holds the alias.' }) entityId: string,
    @Arg('alias', () => String, { description: 'The alias to split off, as listed in `aliases`.' }) alias: string,
  ): Promise<EntityRecord> {
    assertCanWrite(writer);
    const newId = await splitAlias(graph, entityId, alias);
    publishUpdated(events, [entityId, newId]);
    return loadExisting(createFreshEntityLoader(graph), newId);
  }
}
