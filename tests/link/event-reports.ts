/**
 * Gold-like reports of a few real events by several publishers, and the
 * extraction each article would give, for the timeline tests (tests/link and
 * tests/graph). Invented people, places and events: none comes from the seed
 * or dev sets.
 */
import type { EventType } from '../../src/extract/types';
import { article, type EntitySpec, type RelationSpec } from './helpers';

const EVENT_KEY = 'event-';
const COUNTRIES = new Set(['Chile', 'Peru']);

export interface ReportedEvent {
  /** The real event this report is of: the gold label, never shown to linking. */
  real: string;
  name: string;
  words: string;
  type: EventType;
  date?: string;
  people: { name: string; role: string }[];
  place?: string;
  partOf?: string;
}

export interface Report {
  id: string;
  events: ReportedEvent[];
}

export const MENSAH = 'Kofi Mensah';
export const VIDAL = 'Rosa Vidal';
export const PAREDES = 'Luis Paredes';
export const BERG = 'Anika Berg';

const guest = (name: string): { name: string; role: string } => ({ name, role: 'guest' });
const host = (name: string): { name: string; role: string } => ({ name, role: 'host' });
const attendee = (name: string): { name: string; role: string } => ({ name, role: 'attendee' });

/**
 * Six publishers on four real events, as the gold annotates news: one state
 * visit told at two precisions of date and in two wordings, its talks on one
 * day of it; the same two people meeting again months later (another event);
 * a visit of one of them elsewhere, told twice; a one-off summit.
 */
export const REPORTS: Report[] = [
  {
    id: 'wire-1',
    events: [
      {
        real: 'visit-chile',
        name: "Kofi Mensah's state visit to Chile",
        words: 'state visit to Chile',
        type: 'StateVisit',
        date: '2031-04-14',
        people: [guest(MENSAH), host(VIDAL)],
        place: 'Chile',
      },
      {
        real: 'talks-april',
        name: 'Rosa Vidal–Kofi Mensah talks',
        words: 'talks',
        type: 'Talks',
        date: '2031-04-15',
        people: [guest(MENSAH), host(VIDAL)],
        partOf: 'visit-chile',
      },
    ],
  },
  {
    id: 'daily-2',
    events: [
      {
        real: 'visit-chile',
        name: "Kofi Mensah's state visit to Chile",
        words: 'three-day visit to Chile',
        type: 'StateVisit',
        date: '2031-04',
        people: [guest(MENSAH), host(VIDAL)],
        place: 'Chile',
      },
      {
        real: 'talks-april',
        name: 'Rosa Vidal–Kofi Mensah talks',
        words: 'official talks',
        type: 'Talks',
        date: '2031-04-15',
        people: [guest(MENSAH), host(VIDAL)],
      },
    ],
  },
  {
    id: 'agency-3',
    events: [
      {
        real: 'talks-september',
        name: 'Rosa Vidal–Kofi Mensah talks',
        words: 'talks on the sidelines',
        type: 'Talks',
        date: '2031-09-02',
        people: [attendee(MENSAH), attendee(VIDAL)],
        place: 'Geneva',
      },
    ],
  },
  {
    id: 'ministry-4',
    events: [
      {
        real: 'talks-september',
        name: 'Rosa Vidal–Kofi Mensah talks',
        words: 'bilateral talks',
        type: 'Talks',
        date: '2031-09-02',
        people: [attendee(VIDAL), attendee(MENSAH)],
        place: 'Geneva',
      },
      {
        real: 'visit-peru',
        name: "Rosa Vidal's state visit to Peru",
        words: 'state visit to Peru',
        type: 'StateVisit',
        date: '2031-06-10',
        people: [guest(VIDAL), host(PAREDES)],
        place: 'Peru',
      },
    ],
  },
  {
    id: 'radio-5',
    events: [
      {
        real: 'visit-peru',
        name: "Rosa Vidal's state visit to Peru",
        words: 'visit to Lima',
        type: 'StateVisit',
        date: '2031-06',
        people: [guest(VIDAL), host(PAREDES)],
        place: 'Peru',
      },
    ],
  },
  {
    id: 'gazette-6',
    events: [
      {
        real: 'andes-summit',
        name: 'Third Andes Water Summit',
        words: 'Third Andes Water Summit',
        type: 'Summit',
        date: '2031-11-20',
        people: [attendee(PAREDES), attendee(BERG), attendee(VIDAL)],
        place: 'Peru',
      },
    ],
  },
];

/** An article's extraction from a report: its people, places and events, who took part, where, and parts. */
export function extraction(report: Report): ReturnType<typeof article> {
  const entities: EntitySpec[] = [];
  const relations: RelationSpec[] = [];
  // An event's key is `event-<real event>` (see realEventOf).
  const keyOf = (type: string, name: string): string => `${type}-${name}`;
  const add = (spec: EntitySpec & { key: string }): string => {
    if (!entities.some((e) => e.key === spec.key)) entities.push(spec);
    return spec.key;
  };
  for (const ev of report.events) {
    const key = add({
      key: keyOf('event', ev.real),
      type: 'Event',
      name: ev.name,
      aliases: [ev.words],
      properties: { eventType: ev.type, ...(ev.date === undefined ? {} : { date: ev.date }) },
    });
    for (const p of ev.people) {
      const person = add({ key: keyOf('person', p.name), type: 'Person', name: p.name });
      relations.push({ type: 'PARTICIPATED_IN', from: person, to: key, properties: { role: p.role } });
    }
    if (ev.place !== undefined) {
      const type = COUNTRIES.has(ev.place) ? 'Country' : 'Place';
      const place = add({ key: keyOf('place', ev.place), type, name: ev.place });
      relations.push({ type: 'HELD_AT', from: key, to: place });
    }
    if (ev.partOf !== undefined) relations.push({ type: 'PART_OF', from: key, to: keyOf('event', ev.partOf) });
  }
  return article(report.id, entities, relations, `Report ${report.id}`);
}

/** The real event an event entity reports, from its extraction key (never shown to linking). */
export function realEventOf(sourceKeys: readonly string[]): string | undefined {
  return sourceKeys.find((k) => k.startsWith(EVENT_KEY))?.slice(EVENT_KEY.length);
}
