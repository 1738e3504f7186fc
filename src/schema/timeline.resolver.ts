import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { RelationType } from '../extract/types';
import { timeline, timelinePosition, type TimelinePosition } from '../graph/event.repository';
import type { EntityRecord } from '../graph/records';
import type { RequestContext } from './context';
import { dateRange, NewsDateScalar } from './news-date.scalar';
import { decodeCursor, encodeCursor, pageSize } from './pagination';
import { TimelineEntry } from './timeline.type';

function isTimelinePosition(value: unknown): value is TimelinePosition {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return ['date', 'name', 'id'].every((key) => typeof candidate[key] === 'string');
}

@Resolver(() => TimelineEntry)
export class TimelineResolver {
  @Query(() => [TimelineEntry], {
    description:
      'The events an entity is linked to (took part in, hosted, addressed…), each once, by date, oldest first (undated ones last). A page at a time: pass the last entry’s `cursor` as `after` for the next.',
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
    @Arg('after', () => String, { nullable: true, description: 'The `cursor` of the last entry of the previous page.' })
    after: string | null | undefined,
  ): Promise<
    { event: EntityRecord; date: string | null; relationType: RelationType; role: string | null; cursor: string }[]
  > {
    const limit = pageSize(first);
    const position = after == null ? null : decodeCursor(after, isTimelinePosition);
    const rows = await timeline(graph, { id: entityId, ...dateRange(from, to), limit, after: position });
    if (rows === null) {
      throw new GraphQLError(`no entity has the id ${JSON.stringify(entityId.slice(0, 100))}`, {
        extensions: { code: 'NOT_FOUND', argument: 'entityId' },
      });
    }
    return rows.map((row) => ({ ...row, date: row.event.date, cursor: encodeCursor(timelinePosition(row.event)) }));
  }
}
