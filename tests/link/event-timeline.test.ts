/**
 * The timeline rule of one node per real event: after several publishers'
 * reports are linked together, the timeline of every person with two or more
 * real events lists each real event once (no event twice under two nodes, no
 * two events on one node), whatever order the reports came in.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { EventType } from '../../src/extract/types';
import { InMemoryLinkStore, linkArticlesInMemory, type LinkedArticle } from '../../src/link';
import { article, type EntitySpec, type RelationSpec } from './helpers';

// Invented people, places and events: none comes from the seed or dev sets.

interface ReportedEvent {
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

interface Report {
  id: string;
  events: ReportedEvent[];
}

const MENSAH = 'Kofi Mensah';
const VIDAL = 'Rosa Vidal';
const PAREDES = 'Luis Paredes';
const BERG = 'Anika Berg';

const guest = (name: string): { name: string; role: string } => ({ name, role: 'guest' });
const host = (name: string): { name: string; role: string } => ({ name, role: 'host' });
const attendee = (name: string): { name: string; role: string } => ({ name, role: 'attendee' });

/**
 * Six publishers on four real events, as the gold annotates news: one state
 * visit told at two precisions of date and in two wordings, its talks on one
 * day of it; the same two people meeting again months later (another event);
 * a visit of one of them elsewhere, told twice; a one-off summit.
 */
const REPORTS: Report[] = [
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
function extraction(report: Report): ReturnType<typeof article> {
  const entities: EntitySpec[] = [];
  const relations: RelationSpec[] = [];
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
      const place = add({ key: keyOf('place', ev.place), type: 'Country', name: ev.place });
      relations.push({ type: 'HELD_AT', from: key, to: place });
    }
    if (ev.partOf !== undefined) relations.push({ type: 'PART_OF', from: key, to: keyOf('event', ev.partOf) });
  }
  return article(report.id, entities, relations, `Report ${report.id}`);
}

/** Per person (by name), the real events of the gold, and the timeline: the event nodes linked to them. */
function timelines(linked: LinkedArticle[]): Map<string, { real: Set<string>; nodes: Map<string, Set<string>> }> {
  const out = new Map<string, { real: Set<string>; nodes: Map<string, Set<string>> }>();
  for (const a of linked) {
    const entityOf = (id: string): LinkedArticle['entities'][number] | undefined => a.entities.find((e) => e.id === id);
    for (const r of a.relations) {
      const [person, event] = [entityOf(r.from), entityOf(r.to)];
      if (person?.type !== 'Person' || event?.type !== 'Event') continue;
      // The real event behind this node in this article: the report its extraction key names.
      const real = event.sourceKeys.find((k) => k.startsWith('event-'))?.slice('event-'.length);
      assert.ok(real, `${a.article.id}: ${event.name} is a reported event`);
      const entry = out.get(person.name) ?? { real: new Set<string>(), nodes: new Map<string, Set<string>>() };
      entry.real.add(real);
      entry.nodes.set(event.id, (entry.nodes.get(event.id) ?? new Set<string>()).add(real));
      out.set(person.name, entry);
    }
  }
  return out;
}

/** Every person with two or more real events: one timeline entry per real event, each of one real event. */
function assertEachEventOnce(linked: LinkedArticle[], order: string): void {
  const people = [...timelines(linked)].filter(([, t]) => t.real.size >= 2);
  assert.ok(people.length >= 3, 'the corpus gives several people two or more events');
  for (const [name, t] of people) {
    for (const [node, real] of t.nodes)
      assert.equal(real.size, 1, `${order}: ${name}'s timeline merges ${[...real].join(' and ')} on ${node}`);
    const listed = [...t.nodes.values()].flatMap((real) => [...real]).sort();
    assert.deepEqual(listed, [...t.real].sort(), `${order}: ${name}'s timeline lists a real event twice`);
  }
}

void describe('timelines list each real event once', () => {
  void test('six publishers, four people: each person with two or more events sees each once', async () => {
    const linked = await linkArticlesInMemory(REPORTS.map(extraction));
    assertEachEventOnce(linked, 'file order');
    const byName = timelines(linked);
    // The same two people talking in April and in September: two entries, not one.
    assert.deepEqual([...(byName.get(MENSAH)?.real ?? [])].sort(), ['talks-april', 'talks-september', 'visit-chile']);
  });

  void test('reversed and rotated orders give the same timelines', async () => {
    const n = REPORTS.length;
    const orders = [
      [...REPORTS].reverse(),
      ...[1, 2, 3, 4, 5].map((k) => REPORTS.map((_r, i) => REPORTS[(i + k) % n]).filter((r) => r !== undefined)),
    ];
    for (const order of orders) {
      const store = new InMemoryLinkStore();
      const linked = await linkArticlesInMemory(order.map(extraction), store);
      assertEachEventOnce(linked, order.map((r) => r.id).join(','));
    }
  });
});
