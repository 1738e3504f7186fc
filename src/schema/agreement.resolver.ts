import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EntityRecord } from '../graph/records';
import type { RequestContext } from './context';
import { Agreement, Entity } from './entity.type';
import { relatedEntityRecords } from './related-entities';

@Resolver(() => Agreement)
export class AgreementResolver {
  @FieldResolver(() => [Entity], { description: 'Who signed, issued or adopted it (SIGNED).' })
  signatories(@Root() agreement: EntityRecord, @Ctx() { loaders }: RequestContext): Promise<EntityRecord[]> {
    return relatedEntityRecords(loaders, agreement.id, ['SIGNED'], 'IN');
  }
}
