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

/**
 * A date inside another: the same day, a day in the month or year the other
 * names, a year-less day ("--06-14") of a dated day. True when `inner` lies in
 * `outer` (both given).
 */
export function dateWithin(inner: string, outer: string): boolean {
  if (inner.startsWith(outer)) return true;
  // "--06-14" / "--04": a day or month without its year, against a full date.
  if (outer.startsWith('--')) return inner.slice(4).startsWith(outer.slice(1));
  return false;
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
    const during = visits.filter((v) => v.properties.date !== undefined && dateWithin(date, v.properties.date));
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
