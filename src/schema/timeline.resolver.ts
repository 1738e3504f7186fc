import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { RelationType } from '../extract/types';
import { timeline } from '../graph/event.repository';
import type { EntityRecord } from '../graph/records';
import type { RequestContext } from './context';
import { dateRange, NewsDateScalar } from './news-date.scalar';
import { pageSize } from './pagination';
import { TimelineEntry } from './timeline.type';

@Resolver(() => TimelineEntry)
export class TimelineResolver {
  @Query(() => [TimelineEntry], {
    description: 'The events an entity is linked to (took part in, hosted, addressed…), by date, oldest first.',
  })
  async timeline(
    @Ctx() { graph }: RequestContext,
    @Arg('entityId', () => ID, { description: 'The entity whose events to list.' }) entityId: string,
    @Arg('from', () => NewsDateScalar, {
      nullable: true,
      description: 'Only events on or after this date (`2024`, `2024-05`, `2024-05-16`).',
    })
    from: string | null | undefined,
    @Arg('to', () => NewsDateScalar, {
      nullable: true,
      description: 'Only events on or before this date, all of it: `2024-05` reaches to May 31.',
    })
    to: string | null | undefined,
    @Arg('first', () => Int, { defaultValue: 50, description: 'How many events (1 to 100).' }) first: number,
  ): Promise<{ event: EntityRecord; date: string | null; relationType: RelationType; role: string | null }[]> {
    const limit = pageSize(first);
    const rows = await timeline(graph, { id: entityId, ...dateRange(from, to), limit });
    if (rows === null) {
      throw new GraphQLError(`no entity has the id ${JSON.stringify(entityId.slice(0, 100))}`, {
        extensions: { code: 'NOT_FOUND', argument: 'entityId' },
      });
    }
    return rows.map((row) => ({ ...row, date: row.event.date }));
  }
}
