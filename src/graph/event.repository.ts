import type { RelationType } from '../extract/types';
import { count, type GraphExecutor } from './executor';
import { FACT_TYPES } from './fact-types';
import { ENTITY_FIELDS, toEntityRecord, type EntityRecord, readString, readOptionalString, readMaps } from './records';

export interface TimelineRecord {
  event: EntityRecord;
  /** How the entity takes part: the relationship type, and its role where one is stored. */
  relationType: RelationType;
  role: string | null;
}

// Dates are ISO strings, so string order is date order; partial dates without a
// year (`--06-14`) sort first and drop out as soon as a range is given. The
// entity is looked up in the same statement, so an unknown id is reported
// without a second round trip.
const TIMELINE = `
OPTIONAL MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r:${FACT_TYPES}]-(event:Event)
  WHERE ($from IS NULL OR event.date >= $from) AND ($to IS NULL OR event.date <= $to + '~')
  WITH event, r ORDER BY event.date, event.name, event.id LIMIT $limit
  RETURN collect({event: event ${ENTITY_FIELDS}, relationType: type(r), role: r.role}) AS entries
}
RETURN e IS NOT NULL AS exists, entries`;

/** Events an entity is linked to, by date; `null` when no entity has the id. */
export async function timeline(
  executor: GraphExecutor,
  query: { id: string; from: string | null; to: string | null; limit: number },
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
