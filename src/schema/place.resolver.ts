import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EntityRecord } from '../graph/records';
import type { RequestContext } from './context';
import { Entity, Place } from './entity.type';
import { relatedEntityRecords } from './related-entities';

@Resolver(() => Place)
export class PlaceResolver {
  @FieldResolver(() => [Entity], { description: 'The places or countries it lies in (LOCATED_IN).' })
  locatedIn(@Root() place: EntityRecord, @Ctx() { loaders }: RequestContext): Promise<EntityRecord[]> {
    return relatedEntityRecords(loaders, place.id, ['LOCATED_IN'], 'OUT');
  }
}
