import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { countEvents, listEvents, type EventFilter } from '../graph/event.repository';
import type { EntityRecord } from '../graph/records';
import {
  EventConnection,
  eventPosition,
  isEventPosition,
  MAX_TOTAL_COUNT,
  pageRequest,
  toConnection,
  type Connection,
} from './connection';
import type { RequestContext } from './context';
import { Entity, Event } from './entity.type';
import { EventFilterInput } from './filter.input';
import { dateRange } from './news-date.scalar';
import { pageSize } from './pagination';
import { Participant } from './participant.type';
import { relatedEntities, relatedEntityRecords } from './related-entities';

function toEventFilter(filter: EventFilterInput | null | undefined): EventFilter {
  return {
    type: filter?.type ?? null,
    participant: filter?.participant ?? null,
    place: filter?.place ?? null,
    ...dateRange(filter?.from, filter?.to),
  };
}

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, {
    description:
      'Events by date, newest first (undated ones last), a page at a time; a filter narrows them (kind, participant, place, dates). Each real event is one node, however many articles report it.',
  })
  async events(
    @Ctx() { graph }: RequestContext,
    @Arg('filter', () => EventFilterInput, { nullable: true, description: 'Only the events that match this.' })
    filter: EventFilterInput | null | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many events (1 to 100).' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
    after: string | null | undefined,
  ): Promise<Connection<EntityRecord>> {
    const { size, position } = pageRequest(first, after, isEventPosition);
    const eventFilter = toEventFilter(filter);
    const rows = await listEvents(graph, eventFilter, size, position);
    return toConnection(rows, size, eventPosition, () => countEvents(graph, eventFilter, MAX_TOTAL_COUNT));
  }

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

  @FieldResolver(() => [Event], {
    description:
      'The events that are part of this one (PART_OF): the talks, banquet and ceremonies of a state visit, by date.',
  })
  parts(
    @Root() event: EntityRecord,
    @Ctx() { loaders }: RequestContext,
    @Arg('first', () => Int, { defaultValue: 50, description: 'How many parts (1 to 100).' }) first: number,
  ): Promise<EntityRecord[]> {
    return loaders.partsOfEvent(event.id, pageSize(first));
  }

  @FieldResolver(() => Event, {
    nullable: true,
    description: 'The event this one is part of (PART_OF), e.g. the state visit of its talks; null when none.',
  })
  partOf(@Root() event: EntityRecord, @Ctx() { loaders }: RequestContext): Promise<EntityRecord | null> {
    return loaders.wholeOfEvent.load(event.id);
  }
}
