import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EntityRecord } from '../graph/records';
import type { RequestContext } from './context';
import { Entity, Organization, Person } from './entity.type';
import { relatedEntityRecords } from './related-entities';

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => [Entity], { description: 'Its member countries and organizations (MEMBER_OF).' })
  members(@Root() organization: EntityRecord, @Ctx() { loaders }: RequestContext): Promise<EntityRecord[]> {
    return relatedEntityRecords(loaders, organization.id, ['MEMBER_OF'], 'IN');
  }

  @FieldResolver(() => [Person], { description: 'People the articles name as its leaders (LEADER_OF).' })
  leaders(@Root() organization: EntityRecord, @Ctx() { loaders }: RequestContext): Promise<EntityRecord[]> {
    return relatedEntityRecords(loaders, organization.id, ['LEADER_OF'], 'IN');
  }
}
