/**
 * Turns clause frames (verb-frames.ts) into the ontology's facts: MET,
 * VISITED, SIGNED, PARTICIPATED_IN, ADDRESSED, HELD_AT, and the events they
 * describe. An event a frame describes joins an event the article already
 * names when they are of one type and either share the sentence or share a
 * participant; otherwise it becomes an event of its own, named after its
 * participants ("A–B meeting", "A's visit to C") with the article's own word
 * for it as an alias.
 */
import type { AnnotatedText } from '../../nlp/document';
import { entityKey, type EntityTable } from '../entities';
import { EVENT_KW } from '../lexicon';
import type { EventType, ExtractedEntity, ExtractedRelation, RelationType, Sentence } from '../types';
import type { RuleContext } from './context';
import { findVerbFrames, type Frame, type FrameArgument } from './verb-frames';

const PARTY_TYPES = new Set(['Person', 'Country', 'Organization']);
/** Nouns that refer back to whatever event was last named ("the above activities", "the occasion"). */
const GENERIC_EVENT_NOUNS = new Set(['event', 'activity', 'occasion', 'function', 'gathering']);
const MEETING_TYPES = new Set<EventType>(['Meeting', 'Talks']);

/**
 * Whether the same people already have a meeting or talks that day (or, when the signing's sentence states no date
 * of its own, at all): a signing then is part of it, not an event of its own.
 */
function partOfMeeting(
  table: EntityTable,
  relations: ExtractedRelation[],
  persons: string[],
  ownDate: string | undefined,
): boolean {
  return [...table.entities.values()].some(
    (e) =>
      e.type === 'Event' &&
      MEETING_TYPES.has(e.properties.eventType ?? 'Other') &&
      (ownDate === undefined || e.properties.date === ownDate) &&
      persons.some((p) => relations.some((r) => r.type === 'PARTICIPATED_IN' && r.from === p && r.to === e.key)),
  );
}

/**
 * Reads the clause frames of the annotated body and adds the facts they state through the sink, and the events
 * they describe to the entity table. Runs after the other rule families: it reads the LEADER_OF they found
 * ("the Chinese leader") and joins the events they named.
 */
export function clauseFrames(ctx: RuleContext, body: AnnotatedText): void {
  const { table, sink } = ctx;
  const relations = sink.relations;
  const leaders = new Map(relations.filter((r) => r.type === 'LEADER_OF').map((r) => [r.to, r.from]));
  const titlesOf = new Map<string, string[]>([...table.titles].map(([k, ts]) => [k, [...ts]]));
  for (const r of relations) {
    const title =
      r.type === 'LEADER_OF' ? r.properties['title'] : r.type === 'AFFILIATED_WITH' ? r.properties['role'] : undefined;
    if (title !== undefined) titlesOf.set(r.from, [...(titlesOf.get(r.from) ?? []), title]);
  }
  const frames = findVerbFrames({ text: ctx.text, body, table, leaders, titlesOf });
  const nameOf = (key: string): string => table.entities.get(key)?.name ?? key;

  const sentenceAt = (offset: number): Sentence | undefined =>
    ctx.sentences.find((s) => offset >= s.start && offset < s.end);

  /** Facts read from a parse are a little less sure than the surface patterns' (0.7). */
  const add = (type: RelationType, from: string, to: string, s: Sentence, props: Record<string, string> = {}): void => {
    sink.relate(type, from, to, s, props, 0.65);
  };

  /**
   * The event "the meeting", "the above activities" or an object-less "attended" refers to: the latest event the
   * article named up to this sentence, of the noun's type when the noun names one.
   */
  const eventBefore = (noun: string, s: Sentence): string | undefined => {
    const type = EVENT_KW.get(noun);
    const earlier = sink.events.filter((e) => e.sentence <= s.index && (type === undefined || e.type === type));
    if (type === undefined && noun !== '' && !GENERIC_EVENT_NOUNS.has(noun)) return undefined;
    return earlier[earlier.length - 1]?.key;
  };

  const participantsOf = (eventKey: string): Set<string> =>
    new Set(relations.filter((r) => r.type === 'PARTICIPATED_IN' && r.to === eventKey).map((r) => r.from));

  /**
   * The event of this article that a frame describes: one of a compatible type and date that is named in the
   * same sentence or already has all its participants. Meetings and talks of the same people on the same day are one event.
   */
  const findEvent = (
    type: EventType,
    s: Sentence,
    parties: FrameArgument[],
    date: string | undefined,
  ): ExtractedEntity | undefined => {
    const persons = parties.filter((p) => p.type === 'Person').map((p) => p.key);
    const keys = persons.length > 0 ? persons : parties.map((p) => p.key);
    const compatible = (t: EventType | undefined): boolean =>
      t === type || (MEETING_TYPES.has(type) && t !== undefined && MEETING_TYPES.has(t));
    for (const e of table.entities.values()) {
      if (e.type !== 'Event' || !compatible(e.properties.eventType)) continue;
      const d = e.properties.date;
      if (d !== undefined && date !== undefined && d !== date) continue;
      const sameSentence = e.mentions.some((m) => m.start >= s.start && m.end <= s.end);
      const known = participantsOf(e.key);
      // In the same sentence it is this event unless it already has other people ("a meeting with A, then another with B").
      if (sameSentence && (known.size === 0 || keys.some((k) => known.has(k)))) return e;
      if (known.size > 0 && keys.every((k) => known.has(k))) return e;
    }
    return undefined;
  };

  const eventName = (f: Frame, parties: FrameArgument[], destinations: FrameArgument[]): string => {
    const persons = parties.filter((p) => p.type === 'Person');
    const named = (persons.length > 0 ? persons : parties).slice(0, 2).map((p) => nameOf(p.key));
    if (f.kind === 'visit') {
      const to = destinations[0];
      return `${named[0] ?? 'visit'}'s visit${to ? ` to ${nameOf(to.key)}` : ''}`;
    }
    if (f.kind === 'sign') {
      const agreements = f.patients.filter((p) => p.type === 'Agreement');
      const only = agreements.length === 1 ? agreements[0] : undefined;
      if (only) return `signing of ${nameOf(only.key)}`;
    }
    return `${named.join('–')} ${f.nominal ?? 'event'}`;
  };

  // Where the parse reads who met whom, the surface patterns' guesses in that sentence ("A, …, as well as a
  // meeting with B" read as A meeting B) give way to it.
  const parsedMeetings = new Map<number, Set<string>>();
  const pairKey = (a: string, b: string): string => [a, b].sort().join('|');
  for (const f of frames) {
    if (f.kind !== 'meet' && f.kind !== 'talks') continue;
    const s = sentenceAt(f.trigger.start);
    if (!s) continue;
    const pairs = parsedMeetings.get(s.index) ?? new Set<string>();
    for (const a of f.agents) for (const p of f.patients) pairs.add(pairKey(a.key, p.key));
    for (const [i, a] of f.agents.entries()) for (const b of f.agents.slice(i + 1)) pairs.add(pairKey(a.key, b.key));
    parsedMeetings.set(s.index, pairs);
  }
  sink.retract((r) => {
    const pairs = r.type === 'MET' ? parsedMeetings.get(r.evidence.sentenceIndex) : undefined;
    return pairs !== undefined && !pairs.has(pairKey(r.from, r.to));
  });

  let lastArrival: FrameArgument[] = [];
  for (const f of frames) {
    const s = sentenceAt(f.trigger.start);
    if (!s) continue;
    const date = ctx.dateOf(s);
    const agents = f.agents;
    const patients = f.patients;

    if (f.kind === 'meet' || f.kind === 'talks') {
      const a = agents.filter((x) => x.type === 'Person');
      const p = patients.filter((x) => x.type === 'Person');
      const pairs: [string, string][] =
        p.length > 0 ? a.flatMap((x) => p.map((y): [string, string] => [x.key, y.key])) : [];
      if (p.length === 0) for (const [i, x] of a.entries()) for (const y of a.slice(i + 1)) pairs.push([x.key, y.key]);
      for (const [x, y] of pairs) add('MET', x, y, s, date ? { date } : {});
    }
    const visiting = f.kind === 'visit' || f.kind === 'arrive';
    let destinations = visiting ? patients.filter((x) => x.type === 'Country' || x.type === 'Place') : [];
    // "X arrived on Thursday", after "Y arrived in Langkawi": an arrival that names no place is at the place of the
    // arrival told before it. "Travelled" alone tells how, not where ("travelled on the same plane"), and a
    // participle ("Arriving at the airport, he …") sets the scene for its clause rather than telling an arrival.
    const arrived = f.kind === 'arrive' && /^arrive[ds]?$/i.test(f.trigger.surface);
    if (arrived && destinations.length === 0 && f.patients.length === 0) destinations = lastArrival;
    if (f.kind === 'arrive' && destinations.length > 0) lastArrival = destinations;
    if (visiting && destinations.length === 0) continue;
    if (visiting)
      for (const a of agents.filter((x) => x.type === 'Person'))
        for (const d of destinations) add('VISITED', a.key, d.key, s, date ? { date } : {});
    if (f.kind === 'sign')
      for (const a of agents.filter((x) => PARTY_TYPES.has(x.type)))
        for (const p of patients.filter((x) => x.type === 'Agreement'))
          add('SIGNED', a.key, p.key, s, date ? { date } : {});
    for (const e of f.purposes)
      for (const a of agents.filter((x) => PARTY_TYPES.has(x.type)))
        add('PARTICIPATED_IN', a.key, e.key, s, { role: 'attendee' });
    if (f.kind === 'accompany') {
      // The companions join the events of the one they accompany that this sentence names, else the last one.
      const principals = patients.filter((x) => x.type === 'Person').map((x) => x.key);
      const joined = relations
        .filter((r) => r.type === 'PARTICIPATED_IN' && principals.includes(r.from))
        .map((r) => r.to);
      const here = joined.filter((k) =>
        (table.entities.get(k)?.mentions ?? []).some((m) => m.start >= s.start && m.end <= s.end),
      );
      const targets = here.length > 0 ? here : joined.slice(-1);
      for (const a of agents.filter((x) => PARTY_TYPES.has(x.type)))
        for (const t of targets) add('PARTICIPATED_IN', a.key, t, s, { role: 'delegation' });
    }
    if (f.kind === 'attend') {
      const named = patients.filter((x) => x.type === 'Event').map((x) => x.key);
      const implied = named.length === 0 && f.eventNoun !== undefined ? eventBefore(f.eventNoun, s) : undefined;
      for (const a of agents.filter((x) => PARTY_TYPES.has(x.type)))
        for (const p of implied ? [implied] : named) add('PARTICIPATED_IN', a.key, p, s, { role: 'attendee' });
    }
    if (f.kind === 'address')
      for (const a of agents.filter((x) => x.type === 'Person'))
        for (const p of patients.filter((x) => x.type === 'Event' || x.type === 'Organization'))
          add('ADDRESSED', a.key, p.key, s);

    const type = f.eventType;
    if (type === undefined) continue;
    const parties = [...agents, ...(f.kind === 'visit' ? [] : patients)].filter((x) => PARTY_TYPES.has(x.type));
    if (parties.length === 0) continue;
    let event: ExtractedEntity | undefined = findEvent(type, s, parties, date);
    if (!event && type === 'Signing') {
      const persons = parties.filter((p) => p.type === 'Person').map((p) => p.key);
      if (!f.signsDocument || partOfMeeting(table, relations, persons, ctx.datesOf(s)[0]?.value)) continue;
    }
    if (!event) {
      const name = eventName(f, parties, destinations);
      const key = entityKey('Event', name);
      event = table.entities.get(key);
      if (!event) {
        event = {
          key,
          type: 'Event',
          name,
          aliases: [name],
          mentions: [],
          properties: date ? { eventType: type, date } : { eventType: type },
          confidence: 0.6,
        };
        table.entities.set(key, event);
        sink.track(date ? { key, type, name, date, sentence: s.index } : { key, type, name, sentence: s.index });
      }
    }
    if (!event.aliases.includes(f.trigger.surface)) event.aliases.push(f.trigger.surface);
    event.mentions.push({ ...f.trigger, sentenceIndex: s.index });
    const hosting = f.kind === 'meet' && /^(?:host|receiv|welcom)/i.test(f.trigger.surface);
    for (const a of agents.filter((x) => PARTY_TYPES.has(x.type)))
      add('PARTICIPATED_IN', a.key, event.key, s, { role: hosting ? 'host' : 'attendee' });
    if (f.kind !== 'visit')
      for (const p of patients.filter((x) => PARTY_TYPES.has(x.type)))
        add('PARTICIPATED_IN', p.key, event.key, s, { role: hosting ? 'guest' : 'attendee' });
    for (const place of [...f.places, ...destinations]) add('HELD_AT', event.key, place.key, s);
  }
}
