import type { EventType, RelationType } from '../extract/types';
import { count, type GraphExecutor } from './executor';
import { FACT_TYPES } from './fact-types';
import {
  ENTITY_FIELDS,
  readList,
  readMap,
  readMaps,
  readNumber,
  readOptionalString,
  readString,
  toEntityRecord,
  type EntityRecord,
} from './records';

export interface TimelineRecord {
  event: EntityRecord;
  /** How the entity takes part: the relationship type, and its role where one is stored. */
  relationType: RelationType;
  role: string | null;
}

/** Position in a timeline (by date, undated last, then name and id): what a timeline cursor encodes. */
export interface TimelinePosition {
  /** The event's date, or `~` (after every date) when it has none. */
  date: string;
  name: string;
  id: string;
}

/** Position in the event list (newest first, undated last, then id): what an events cursor encodes. */
export interface EventPosition {
  /** The event's date, or '' (before every date) when it has none. */
  date: string;
  id: string;
}

/** Which events a list holds; every condition given must hold. */
export interface EventFilter {
  type: EventType | null;
  /** Id of an entity that took part (PARTICIPATED_IN). */
  participant: string | null;
  /** Id of the place or country it was held at, or of one that contains that place (LOCATED_IN, up to 3 steps). */
  place: string | null;
  /** Dated on or after this date. */
  from: string | null;
  /** … and on or before this date, all of it. */
  to: string | null;
}

// Dates are ISO strings, so string order is date order; partial dates without a
// year (`--06-14`) sort first and drop out as soon as a range is given. The
// entity is looked up in the same statement, so an unknown id is reported
// without a second round trip. An entity linked to one event twice (it took
// part in it and addressed it; two articles of one event) lists it once, with
// the relation that says most: its part in it first, then the surest.
const TIMELINE = `
OPTIONAL MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[:${FACT_TYPES}]-(event:Event)
  WHERE ($from IS NULL OR event.date >= $from) AND ($to IS NULL OR event.date <= $to + '~')
  WITH DISTINCT event, coalesce(event.date, '~') AS date
  WHERE $after IS NULL OR date > $after.date OR (date = $after.date AND (event.name > $after.name
    OR (event.name = $after.name AND event.id > $after.id)))
  WITH event ORDER BY date, event.name, event.id LIMIT $limit
  CALL (e, event) {
    MATCH (e)-[r:${FACT_TYPES}]-(event)
    RETURN r ORDER BY CASE type(r) WHEN 'PARTICIPATED_IN' THEN 0 ELSE 1 END, r.confidence DESC, type(r) LIMIT 1
  }
  RETURN collect({event: event ${ENTITY_FIELDS}, relationType: type(r), role: r.role}) AS entries
}
RETURN e IS NOT NULL AS exists, entries`;

/** A page of the events an entity is linked to, each once, by date; `null` when no entity has the id. */
export async function timeline(
  executor: GraphExecutor,
  query: { id: string; from: string | null; to: string | null; limit: number; after: TimelinePosition | null },
): Promise<TimelineRecord[] | null> {
  const result = await executor.read((tx) => tx.run(TIMELINE, { ...query, limit: count(query.limit) }));
  const record = result.records[0];
  if (record?.get('exists') !== true) return null;
  return readMaps(record, 'entries').map((row) => ({
    event: toEntityRecord(row['event']),
    relationType: readString(row, 'relationType') as RelationType,
    role: readOptionalString(row, 'role'),
  }));
}

/** Where a timeline entry sits in its timeline's order. */
export function timelinePosition(event: EntityRecord): TimelinePosition {
  return { date: event.date ?? '~', name: event.name, id: event.id };
}

/**
 * The MATCH and WHERE of an event list, from fixed fragments (no input
 * reaches the text). It starts where the fewest rows are: the participant's
 * relations, else the place and what lies in it, else the `event_date` or
 * `entity_type` index; each condition is written only when given.
 */
function eventMatch(filter: EventFilter): string {
  const heldAt = 'MATCH (e)-[:HELD_AT]->(:Entity)-[:LOCATED_IN*0..3]->(:Entity {id: $place})';
  const conditions = [
    filter.type === null ? null : 'e.eventType = $type',
    filter.from === null ? null : 'e.date >= $from',
    filter.to === null ? null : "e.date <= $to + '~'",
  ].filter((condition) => condition !== null);
  let start: string;
  if (filter.participant !== null) {
    start = 'MATCH (:Entity {id: $participant})-[:PARTICIPATED_IN]->(e:Event)';
    if (filter.place !== null) conditions.push(`EXISTS { ${heldAt} }`);
  } else if (filter.place !== null) {
    start = 'MATCH (:Entity {id: $place})<-[:LOCATED_IN*0..3]-(:Entity)<-[:HELD_AT]-(e:Event)';
  } else start = 'MATCH (e:Event)';
  return `${start}${conditions.length === 0 ? '' : `\nWHERE ${conditions.join(' AND ')}`}
WITH DISTINCT e`;
}

/** One page of the events a filter admits, newest first; asks for `first + 1` so the caller knows if more follow. */
export async function listEvents(
  executor: GraphExecutor,
  filter: EventFilter,
  first: number,
  after: EventPosition | null,
): Promise<EntityRecord[]> {
  const query = `${eventMatch(filter)}
WITH e, coalesce(e.date, '') AS date
WHERE $after IS NULL OR date < $after.date OR (date = $after.date AND e.id > $after.id)
WITH e, date ORDER BY date DESC, e.id LIMIT $limit
RETURN e ${ENTITY_FIELDS} AS e`;
  const result = await executor.read((tx) => tx.run(query, { ...filter, after, limit: count(first + 1) }));
  return result.records.map((record) => toEntityRecord(readMap(record, 'e')));
}

/** How many events a filter admits, counted up to `bound`. */
export async function countEvents(executor: GraphExecutor, filter: EventFilter, bound: number): Promise<number> {
  const query = `${eventMatch(filter)}
WITH e LIMIT $bound
RETURN count(e) AS n`;
  const result = await executor.read((tx) => tx.run(query, { ...filter, bound: count(bound) }));
  const record = result.records[0];
  return record === undefined ? 0 : readNumber(record, 'n');
}

// (part)-[:PART_OF]->(whole): the talks and the banquet of a state visit point at the visit.
const PARTS_OF_EVENTS = `
UNWIND $ids AS id
MATCH (whole:Event {id: id})
CALL (whole) {
  MATCH (part:Event)-[:PART_OF]->(whole)
  RETURN part ORDER BY coalesce(part.date, '~'), part.name, part.id LIMIT $limit
}
RETURN id, collect(part ${ENTITY_FIELDS}) AS parts`;

const WHOLES_OF_EVENTS = `
UNWIND $ids AS id
MATCH (:Event {id: id})-[:PART_OF]->(whole:Event)
WITH id, whole ORDER BY whole.id
RETURN id, head(collect(whole ${ENTITY_FIELDS})) AS whole`;

/** For each event, the events that are part of it (PART_OF), by date, at most `first`. */
export async function partsOfEvents(
  executor: GraphExecutor,
  ids: readonly string[],
  first: number,
): Promise<EntityRecord[][]> {
  const result = await executor.read((tx) => tx.run(PARTS_OF_EVENTS, { ids, limit: count(first) }));
  const byId = new Map<string, EntityRecord[]>();
  for (const record of result.records) {
    byId.set(readString(record, 'id'), readList(record, 'parts').map(toEntityRecord));
  }
  return ids.map((id) => byId.get(id) ?? []);
}

/** For each event, the event it is part of (PART_OF), or null. */
export async function wholesOfEvents(
  executor: GraphExecutor,
  ids: readonly string[],
): Promise<(EntityRecord | null)[]> {
  const result = await executor.read((tx) => tx.run(WHOLES_OF_EVENTS, { ids }));
  const byId = new Map<string, EntityRecord>();
  for (const record of result.records) byId.set(readString(record, 'id'), toEntityRecord(readMap(record, 'whole')));
  return ids.map((id) => byId.get(id) ?? null);
}
