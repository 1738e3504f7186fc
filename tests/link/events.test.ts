import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { EventType } from '../../src/extract/types';
import { InMemoryLinkStore, linkArticle, linkArticlesInMemory, type LinkedArticle } from '../../src/link';
import { compatibleDates } from '../../src/link/events';
import { article, type EntitySpec, type RelationSpec } from './helpers';

// Invented people and events: none comes from the seed or dev sets.

function visitReport(
  visitName: string,
  date: string | undefined,
  guest = 'Kofi Mensah',
  host = 'Rosa Vidal',
): { entities: EntitySpec[]; relations: RelationSpec[] } {
  return {
    entities: [
      { key: 'guest', type: 'Person', name: guest },
      { key: 'host', type: 'Person', name: host },
      { key: 'cl', type: 'Country', name: 'Chile' },
      {
        key: 'visit',
        type: 'Event',
        name: `${guest}'s state visit to Chile`,
        aliases: [visitName],
        properties: { eventType: 'StateVisit', ...(date === undefined ? {} : { date }) },
      },
    ],
    relations: [
      { type: 'PARTICIPATED_IN', from: 'guest', to: 'visit', properties: { role: 'guest' } },
      { type: 'PARTICIPATED_IN', from: 'host', to: 'visit', properties: { role: 'host' } },
      { type: 'HELD_AT', from: 'visit', to: 'cl' },
    ],
  };
}

function meeting(id: string, type: EventType, date: string): ReturnType<typeof article> {
  return article(
    id,
    [
      { key: 'a', type: 'Person', name: 'Rosa Vidal' },
      { key: 'b', type: 'Person', name: 'Kofi Mensah' },
      { key: 'm', type: 'Event', name: 'Rosa Vidal–Kofi Mensah talks', properties: { eventType: type, date } },
    ],
    [
      { type: 'PARTICIPATED_IN', from: 'a', to: 'm', properties: { role: 'host' } },
      { type: 'PARTICIPATED_IN', from: 'b', to: 'm', properties: { role: 'guest' } },
    ],
  );
}

function eventOf(a: LinkedArticle | undefined): string {
  const e = a?.entities.find((x) => x.type === 'Event' && x.properties.eventType !== 'Talks');
  assert.ok(e, 'an event');
  return e.id;
}

void describe('one node per real event', () => {
  void test('two reports of one visit, in other words and at another precision of date, are one node', async () => {
    const a = visitReport('state visit to Chile', '2031-04-14');
    const b = visitReport('three-day visit to Chile', '2031-04');
    const store = new InMemoryLinkStore();
    const first = await linkArticle(article('a', a.entities, a.relations), store);
    await store.saveArticle(first);
    const second = await linkArticle(article('b', b.entities, b.relations), store);
    await store.saveArticle(second);
    const [merge] = second.eventMerges ?? [];
    assert.ok(merge, 'the second report is merged into the first');
    assert.match(merge.reason, /same event: StateVisit.*Kofi Mensah.*Rosa Vidal/);
    const resolved = store.resolvedArticles();
    assert.equal(eventOf(resolved[0]), eventOf(resolved[1]));
    // The node keeps both articles' words as aliases.
    const node = store.node(eventOf(resolved[0]));
    assert.ok(node?.aliases.includes('three-day visit to Chile') && node.aliases.includes('state visit to Chile'));
    // The surviving id is the one with the fuller date, whichever report came first.
    assert.match(eventOf(resolved[0]), /2031-04-14/);
  });

  void test('the same two people meeting on two days are two events', async () => {
    const linked = await linkArticlesInMemory([
      meeting('a', 'Talks', '2031-04-14'),
      meeting('b', 'Talks', '2031-09-02'),
      meeting('c', 'Meeting', '2031-04-14'),
    ]);
    const ids = linked.map((a) => a.entities.find((e) => e.type === 'Event')?.id);
    assert.equal(new Set(ids).size, 3, ids.join(', '));
  });

  void test('a report with no date of its own is a merge candidate, never a silent merge', async () => {
    const a = visitReport('state visit to Chile', '2031-04-14');
    const b = visitReport('visit to Chile', undefined);
    const store = new InMemoryLinkStore();
    const linked = await linkArticlesInMemory(
      [article('a', a.entities, a.relations), article('b', b.entities, b.relations)],
      store,
    );
    assert.notEqual(eventOf(linked[0]), eventOf(linked[1]));
    const candidates = store.mergeCandidates().filter((c) => c.type === 'Event');
    assert.equal(candidates.length, 1);
    assert.match(candidates[0]?.reason ?? '', /may be the same event/);
  });

  void test('talks reported on a day of a visit another article reported are PART_OF that visit', async () => {
    const a = visitReport('state visit to Chile', '2031-04');
    const linked = await linkArticlesInMemory([
      article('a', a.entities, a.relations),
      meeting('b', 'Talks', '2031-04-15'),
      meeting('c', 'Talks', '2031-06-01'),
    ]);
    const visit = eventOf(linked[0]);
    const partOf = (x: LinkedArticle | undefined): string[] =>
      (x?.relations ?? []).filter((r) => r.type === 'PART_OF').map((r) => r.to);
    assert.deepEqual(partOf(linked[1]), [visit]);
    assert.deepEqual(partOf(linked[2]), [], 'talks outside the visit are no part of it');
  });

  void test('dates: a month holds its days, a year-less day fits its dated day, two days do not', () => {
    assert.ok(compatibleDates('2031-04', '2031-04-14'));
    assert.ok(compatibleDates('--04-14', '2031-04-14'));
    assert.ok(!compatibleDates('2031-04-14', '2031-04-15'));
    assert.ok(!compatibleDates('--04-14', '2031-05-14'));
  });
});
