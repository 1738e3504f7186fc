import { count, type GraphExecutor } from './executor';
import { FACT_TYPES } from './fact-types';
import { toEntityRecord, type EntityRecord } from './records';

export interface TimelineRecord {
  event: EntityRecord;
  /** How the entity takes part: the relationship type, and its role where one is stored. */
  relationType: string;
  role: string | null;
}

// Dates are ISO strings, so string order is date order; partial dates without a
// year (`--06-14`) sort first and drop out as soon as a range is given.
const TIMELINE = `
MATCH (e:Entity {id: $id})-[r:${FACT_TYPES}]-(event:Event)
WHERE ($from IS NULL OR event.date >= $from) AND ($to IS NULL OR event.date <= $to + '~')
RETURN event, type(r) AS relationType, r.role AS role
ORDER BY event.date, event.name, event.id
LIMIT $limit`;

/** Events an entity is linked to, by date. */
export async function timeline(
  executor: GraphExecutor,
  query: { id: string; from: string | null; to: string | null; limit: number },
): Promise<TimelineRecord[]> {
  const result = await executor.read((tx) => tx.run(TIMELINE, { ...query, limit: count(query.limit) }));
  return result.records.map((record) => ({
    event: toEntityRecord(record.get('event')),
    relationType: record.get('relationType') as string,
    role: (record.get('role') as string | null) ?? null,
  }));
}
