/**
 * Sub-events: a state visit is a programme of events — talks, a welcome
 * ceremony, a banquet, a signing — each an event of its own, held during the
 * visit. An article that reports a visit and, on a day of it, talks or a
 * ceremony with one of the visit's people reports a part of that visit:
 * `PART_OF` from the part to the visit. The visit is not its talks (they stay
 * two events); a part with no date, or dated outside the visit, is no part.
 */
import type { EventType, ExtractedEntity } from '../types';
import type { RuleContext } from './context';

/** Kinds of event a visit's programme is made of. */
export const PART_KINDS: ReadonlySet<EventType> = new Set<EventType>([
  'Talks',
  'Meeting',
  'Ceremony',
  'Banquet',
  'Signing',
]);

/** Days a visit dated by one day (its arrival, as news dates a visit) may last. */
const VISIT_DAYS = 7;

/**
 * Whether `date` falls within a visit dated `visit`: in the month or year the
 * visit's date names, on a year-less day or month of it ("--06-14"), or on
 * the visit's day or one of the few days after it (a visit is dated by the
 * day it began).
 */
export function withinVisit(date: string, visit: string): boolean {
  if (date.startsWith(visit)) return true;
  if (visit.startsWith('--')) return date.slice(4).startsWith(visit.slice(1));
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (!day.test(date) || !day.test(visit)) return false;
  const days = (Date.parse(date) - Date.parse(visit)) / 86_400_000;
  return days >= 0 && days < VISIT_DAYS;
}

export function eventParts(ctx: RuleContext): void {
  const { entities, sink } = ctx;
  const people = (event: string): Set<string> =>
    new Set(
      sink.relations
        .filter((r) => r.type === 'PARTICIPATED_IN' && r.to === event && ctx.typeOf(r.from) === 'Person')
        .map((r) => r.from),
    );
  const events = [...entities.values()].filter((e) => e.type === 'Event');
  const visits = events.filter((e) => e.properties.eventType === 'StateVisit' && e.properties.date !== undefined);
  for (const part of events) {
    const kind = part.properties.eventType;
    const date = part.properties.date;
    if (kind === undefined || !PART_KINDS.has(kind) || date === undefined) continue;
    const during = visits.filter((v) => v.properties.date !== undefined && withinVisit(date, v.properties.date));
    const partPeople = people(part.key);
    const shared = during.filter((v) => [...people(v.key)].some((p) => partPeople.has(p)));
    // The one visit on that day with a person in common; else the one visit on that day of an article about it.
    const parent: ExtractedEntity | undefined =
      shared.length === 1 ? shared[0] : shared.length === 0 && during.length === 1 ? during[0] : undefined;
    const first = part.mentions[0];
    const s = first === undefined ? undefined : ctx.sentences[first.sentenceIndex];
    if (parent && s) sink.relate('PART_OF', part.key, parent.key, s, {}, 0.6);
  }
}
