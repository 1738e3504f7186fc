import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { timeline } from '../graph/event.repository';
import type { EntityRecord } from '../graph/records';
import type { RequestContext } from './context';
import { pageSize } from './pagination';
import { TimelineEntry } from './timeline.type';

/** A full or partial ISO date: 2024, 2024-05, 2024-05-16. */
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function checkDate(value: string | null, argument: string): string | null {
  if (value !== null && !ISO_DATE.test(value)) {
    throw new GraphQLError(`${argument} must be an ISO date such as 2024, 2024-05 or 2024-05-16`, {
      extensions: { code: 'BAD_USER_INPUT', argument },
    });
  }
  return value;
}

@Resolver(() => TimelineEntry)
export class TimelineResolver {
  @Query(() => [TimelineEntry], {
    description: 'The events an entity is linked to (took part in, hosted, addressed…), by date, oldest first.',
  })
  async timeline(
    @Ctx() { graph }: RequestContext,
    @Arg('entityId', () => ID, { description: 'The entity whose events to list.' }) entityId: string,
    @Arg('from', () => String, {
      nullable: true,
      description: 'Only events on or after this date (ISO, may be partial).',
    })
    from: string | null | undefined,
    @Arg('to', () => String, {
      nullable: true,
      description: 'Only events on or before this date (ISO, may be partial).',
    })
    to: string | null | undefined,
    @Arg('first', () => Int, { defaultValue: 50, description: 'How many events (1 to 100).' }) first: number,
  ): Promise<{ event: EntityRecord; date: string | null; relationType: string; role: string | null }[]> {
    const limit = pageSize(first);
    const rows = await timeline(graph, {
      id: entityId,
      from: checkDate(from ?? null, 'from'),
      to: checkDate(to ?? null, 'to'),
      limit,
    });
    if (rows === null) {
      throw new GraphQLError(`no entity has the id ${JSON.stringify(entityId.slice(0, 100))}`, {
        extensions: { code: 'NOT_FOUND', argument: 'entityId' },
      });
    }
    return rows.map((row) => ({ ...row, date: row.event.date }));
  }
}
