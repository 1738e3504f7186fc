/**
 * The timeline rule on the gold lists: with extraction as the gold annotates
 * it (simulated, tests/link/gold-sim.ts), seed, dev and dev2 linked together,
 * the timeline of every person with two or more events in the gold lists each
 * real event once: no real event on two nodes, no node holding two.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { goldIdentities, type GoldFile } from '../../src/eval/score';
import { linkArticlesInMemory } from '../../src/link';
import { loadGold, simulate, type GoldArticle } from './gold-sim';

const files = ['seed-gold.json', 'dev-gold.json', 'dev2-gold.json'];
const sets = files.map(loadGold);

void test(
  'simulated seed + dev + dev2: each person with two or more gold events sees each once in their timeline',
  { skip: sets.some((s) => s === undefined) ? 'gold files not found' : false },
  async () => {
    const gold: GoldArticle[] = sets.flatMap((s) => s ?? []);
    // The gold's own identity of entities: one name, or one Wikipedia title (FORMAT.md).
    const identity = goldIdentities({ articles: gold } as unknown as GoldFile);
    const linked = await linkArticlesInMemory(simulate(gold));
    // Per person (gold identity): the real events the gold gives them, and the event nodes linked to their node.
    const realEvents = new Map<string, Set<string>>();
    const timeline = new Map<string, Map<string, Set<string>>>();
    gold.forEach((g, i) => {
      const a = linked[i];
      assert.ok(a);
      // simulate() keys the article's j-th gold entity `e<j>`.
      const nodeOf = (name: string): string | undefined => {
        const j = g.entities.findIndex((e) => e.name === name);
        return a.entities.find((e) => e.sourceKeys.includes(`e${j}`))?.id;
      };
      const typeOf = (name: string): string | undefined => g.entities.find((e) => e.name === name)?.type;
      for (const ev of g.events ?? []) {
        const eventNode = nodeOf(ev.name);
        for (const p of (ev.participants ?? []).filter((x) => typeOf(x) === 'Person')) {
          const person = identity(p);
          realEvents.set(person, (realEvents.get(person) ?? new Set<string>()).add(identity(ev.name)));
          const personNode = nodeOf(p);
          if (eventNode === undefined || personNode === undefined) continue;
          const entries = timeline.get(person) ?? new Map<string, Set<string>>();
          entries.set(eventNode, (entries.get(eventNode) ?? new Set<string>()).add(identity(ev.name)));
          timeline.set(person, entries);
        }
      }
    });
    const people = [...realEvents].filter(([, real]) => real.size >= 2);
    assert.ok(people.length > 0, 'the gold gives some person two or more events');
    const wrong: string[] = [];
    for (const [person, real] of people) {
      const entries = timeline.get(person) ?? new Map<string, Set<string>>();
      for (const [node, reals] of entries)
        if (reals.size > 1) wrong.push(`${person}: ${node} holds ${[...reals].join(' and ')}`);
      const listed = [...entries.values()].flatMap((reals) => [...reals]);
      for (const r of real) {
        const times = listed.filter((x) => x === r).length;
        if (times !== 1) wrong.push(`${person}: ${r} listed ${times} times`);
      }
    }
    assert.deepEqual(wrong, []);
  },
);
