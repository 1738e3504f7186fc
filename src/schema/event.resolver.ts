import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EntityRecord } from '../graph/records';
import type { RequestContext } from './context';
import { Entity, Event } from './entity.type';
import { Participant } from './participant.type';
import { relatedEntities, relatedEntityRecords } from './related-entities';

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => [Participant], { description: 'Who took part (PARTICIPATED_IN), with their roles.' })
  async participants(
    @Root() event: EntityRecord,
    @Ctx() { loaders }: RequestContext,
  ): Promise<{ entity: EntityRecord; role: string | null }[]> {
    const related = await relatedEntities(loaders, event.id, ['PARTICIPATED_IN'], 'IN');
    return related.map(({ entity, relation }) => ({ entity, role: relation.properties['role'] ?? null }));
  }

  @FieldResolver(() => [Entity], { description: 'Where it was held (HELD_AT): a place or a country.' })
  place(@Root() event: EntityRecord, @Ctx() { loaders }: RequestContext): Promise<EntityRecord[]> {
    return relatedEntityRecords(loaders, event.id, ['HELD_AT'], 'OUT');
  }
}
