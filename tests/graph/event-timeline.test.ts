/**
 * The timeline rule in Neo4j: several publishers' reports ingested one after
 * another (event merges applied as the ingest applies them), then each
 * person's timeline as the API reads it lists each real event once.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { GraphConnection } from '../../src/graph/connection';
import { timeline } from '../../src/graph/event.repository';
import { Neo4jLinkStore } from '../../src/graph/link-store';
import { clearGraph } from '../../src/graph/maintenance.repository';
import { applyEventMerges } from '../../src/graph/review.repository';
import { linkArticle, type LinkedArticle } from '../../src/link';
import { extraction, realEventOf, REPORTS } from '../link/event-reports';
import { openEmptyTestGraph } from '../support/graph';

let graph: GraphConnection;

describe('timelines in Neo4j', () => {
  before(async () => {
    graph = await openEmptyTestGraph();
  });
  after(async () => {
    await graph.close();
  });

  test('each person with two or more real events sees each once, however the reports were worded', async () => {
    await clearGraph(graph.executor);
    const store = new Neo4jLinkStore(graph.executor);
    const linked: LinkedArticle[] = [];
    // A merged node's id leads to the node it was merged into.
    const keptOf = new Map<string, string>();
    for (const report of REPORTS) {
      const a = await linkArticle(extraction(report), store);
      await store.saveArticle(a);
      await applyEventMerges(graph.executor, [a]);
      for (const m of a.eventMerges ?? []) for (const id of m.mergeIds) keptOf.set(id, m.keepId);
      linked.push(a);
    }
    const resolve = (id: string): string => {
      let at = id;
      for (let next = keptOf.get(at); next !== undefined; next = keptOf.get(at)) at = next;
      return at;
    };
    // The gold: each person's real events, and the real events each final node stands for.
    const realOfNode = new Map<string, Set<string>>();
    const people = new Map<string, Set<string>>();
    for (const a of linked) {
      for (const e of a.entities) {
        const real = realEventOf(e.sourceKeys);
        if (e.type !== 'Event' || real === undefined) continue;
        realOfNode.set(resolve(e.id), (realOfNode.get(resolve(e.id)) ?? new Set<string>()).add(real));
        for (const r of a.relations.filter((x) => x.to === e.id && x.type === 'PARTICIPATED_IN'))
          people.set(r.from, (people.get(r.from) ?? new Set<string>()).add(real));
      }
    }
    const checked = [...people].filter(([, real]) => real.size >= 2);
    assert.ok(checked.length >= 3, 'several people have two or more events');
    for (const [person, real] of checked) {
      const entries = await timeline(graph.executor, { id: person, from: null, to: null, limit: 100, after: null });
      assert.ok(entries, `${person} is in the graph`);
      const listed = entries.map((entry) => {
        const reals = realOfNode.get(entry.event.id) ?? new Set<string>();
        assert.equal(reals.size, 1, `${person}: ${entry.event.name} stands for ${[...reals].join(', ') || 'nothing'}`);
        return [...reals].join('');
      });
      assert.deepEqual(listed.sort(), [...real].sort(), `${person}'s timeline lists each real event once`);
    }
  });
});
