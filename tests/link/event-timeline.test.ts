/**
 * The timeline rule of one node per real event: after several publishers'
 * reports are linked together, the timeline of every person with two or more
 * real events lists each real event once (no event twice under two nodes, no
 * two events on one node), whatever order the reports came in.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { InMemoryLinkStore, linkArticlesInMemory, type LinkedArticle } from '../../src/link';
import { extraction, MENSAH, realEventOf, REPORTS } from './event-reports';

/** Per person (by name), the real events of the gold, and the timeline: the event nodes linked to them. */
function timelines(linked: LinkedArticle[]): Map<string, { real: Set<string>; nodes: Map<string, Set<string>> }> {
  const out = new Map<string, { real: Set<string>; nodes: Map<string, Set<string>> }>();
  for (const a of linked) {
    const entityOf = (id: string): LinkedArticle['entities'][number] | undefined => a.entities.find((e) => e.id === id);
    for (const r of a.relations) {
      const [person, event] = [entityOf(r.from), entityOf(r.to)];
      if (person?.type !== 'Person' || event?.type !== 'Event') continue;
      const real = realEventOf(event.sourceKeys);
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
