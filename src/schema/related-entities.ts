import type { RelationType } from '../extract/types';
import type { EntityRecord, RelationRecord } from '../graph/records';
import type { Direction } from '../graph/relation.repository';
import type { Loaders } from './context';
import { loadExisting } from './load-existing';

/** How many relations a typed convenience field (leaders, members…) follows at most. */
const RELATED_LIMIT = 100;

export interface RelatedEntity {
  entity: EntityRecord;
  relation: RelationRecord;
}

/** The entities at the other end of an entity's relations of some types, batched through the loaders. */
export async function relatedEntities(
  loaders: Loaders,
  id: string,
  types: readonly RelationType[],
  direction: Direction,
): Promise<RelatedEntity[]> {
  const relations = await loaders.relationsOfEntity(id, { types, direction, first: RELATED_LIMIT });
  return Promise.all(
    relations.map(async (relation) => ({
      relation,
      entity: await loadExisting(loaders.entityById, relation.fromId === id ? relation.toId : relation.fromId),
    })),
  );
}

export async function relatedEntityRecords(
  loaders: Loaders,
  id: string,
  types: readonly RelationType[],
  direction: Direction,
): Promise<EntityRecord[]> {
  return (await relatedEntities(loaders, id, types, direction)).map(({ entity }) => entity);
}
