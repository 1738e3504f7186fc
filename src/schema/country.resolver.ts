import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EntityRecord } from '../graph/records';
import type { RequestContext } from './context';
import { Country, Organization, Person } from './entity.type';
import { relatedEntityRecords } from './related-entities';

@Resolver(() => Country)
export class CountryResolver {
  @FieldResolver(() => [Person], { description: 'People the articles name as its leaders (LEADER_OF).' })
  leaders(@Root() country: EntityRecord, @Ctx() { loaders }: RequestContext): Promise<EntityRecord[]> {
    return relatedEntityRecords(loaders, country.id, ['LEADER_OF'], 'IN');
  }

  @FieldResolver(() => [Country], { description: 'Countries it is in a partnership with (PARTNER_OF).' })
  partners(@Root() country: EntityRecord, @Ctx() { loaders }: RequestContext): Promise<EntityRecord[]> {
    return relatedEntityRecords(loaders, country.id, ['PARTNER_OF'], 'BOTH');
  }

  @FieldResolver(() => [Organization], { description: 'Organizations it is a member of (MEMBER_OF).' })
  memberships(@Root() country: EntityRecord, @Ctx() { loaders }: RequestContext): Promise<EntityRecord[]> {
    return relatedEntityRecords(loaders, country.id, ['MEMBER_OF'], 'OUT');
  }
}
