import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ExtractionResult } from '../../src/extract/types';
import { InMemoryLinkStore, linkArticlesInMemory, type LinkedArticle } from '../../src/link';
import { article, permutations } from './helpers';
import { loadGold, simulate, simulateSplit } from './gold-sim';

/** What must not depend on order: per article, its entity ids; per node, its name and aliases; the relation ids. */
async function fingerprint(results: ExtractionResult[]): Promise<string> {
  const store = new InMemoryLinkStore();
  const linked = await linkArticlesInMemory(results, store);
  const byArticle = [...linked]
    .sort((a, b) => (a.article.id < b.article.id ? -1 : 1))
    .map((a: LinkedArticle) => ({
      article: a.article.id,
      entities: a.entities.map((e) => `${e.id}=${e.name}`).sort(),
      relations: a.relations.map((r) => r.id).sort(),
    }));
  const nodes = store
    .allNodes()
    .map((n) => ({ id: n.id, name: n.name, aliases: [...n.aliases].sort(), keys: [...n.keys].sort() }));
  return JSON.stringify({ byArticle, nodes });
}

const ARTICLES: ExtractionResult[] = [
  article(
    'a1',
    [
      { key: 'p', type: 'Person', name: 'Putin', aliases: ['President Putin'] },
      { key: 'x', type: 'Person', name: 'Xi' },
      { key: 'f', type: 'Organization', name: 'FST' },
      { key: 'j', type: 'Person', name: 'Johnson', aliases: ['Prime Minister Johnson'] },
    ],
    [{ type: 'MET', from: 'p', to: 'x' }],
  ),
  article(
    'a2',
    [
      { key: 'p', type: 'Person', name: 'Vladimir Putin', aliases: ['Russian President Vladimir Putin'] },
      { key: 'r', type: 'Country', name: 'Russia' },
      { key: 'm', type: 'Person', name: 'Mohammed bin Salman' },
      { key: 'h', type: 'Place', name: 'Heilongjiang' },
    ],
    [{ type: 'LEADER_OF', from: 'p', to: 'r' }],
  ),
  article(
    'a3',
    [
      { key: 'x', type: 'Person', name: 'Xi Jinping', aliases: ['President Xi Jinping'] },
      { key: 'p', type: 'Person', name: 'Putin' },
      { key: 'f', type: 'Organization', name: 'Forum of Small Things', properties: { acronym: 'FST' } },
      { key: 'c', type: 'Country', name: 'Chinese' },
    ],
    [
      { type: 'MET', from: 'x', to: 'p' },
      { type: 'LEADER_OF', from: 'x', to: 'c' },
    ],
  ),
  article('a4', [
    { key: 'm', type: 'Person', name: 'Mohammed bin Salman bin Abdulaziz Al Saud' },
    { key: 'b', type: 'Person', name: 'Boris Johnson' },
    { key: 'h', type: 'Place', name: 'Heilongjiang Province' },
    { key: 'u', type: 'Organization', name: 'UN' },
  ]),
  article('a5', [
    { key: 'k', type: 'Person', name: 'KISHIDA Fumio' },
    { key: 'k2', type: 'Person', name: 'Kishida' },
    { key: 'u', type: 'Organization', name: 'United Nations' },
    { key: 'f', type: 'Organization', name: 'FST' },
  ]),
];

void describe('order independence', () => {
  void test('all 120 orders of 5 articles give the same nodes, ids, names and relations', async () => {
    const expected = await fingerprint(ARTICLES);
    for (const order of permutations(ARTICLES)) {
      assert.equal(await fingerprint(order), expected, `order ${order.map((a) => a.article.id).join(',')}`);
    }
    const parsed = JSON.parse(expected) as { nodes: { id: string }[] };
    assert.deepEqual(
      parsed.nodes.map((n) => n.id),
      [
        'country:CN',
        'country:RU',
        'org:forum-of-small-things',
        'org:un',
        'person:boris-johnson',
        'person:fumio-kishida',
        'person:mohammed-bin-salman-bin-abdulaziz-al-saud',
        'person:vladimir-putin',
        'person:xi-jinping',
        'place:heilongjiang',
      ],
    );
  });

  for (const file of ['seed-gold.json', 'dev-gold.json']) {
    const gold = loadGold(file);
    void test(
      `simulated ${file}: reversed and rotated orders give the same graph`,
      { skip: gold ? false : 'gold file not found' },
      async () => {
        if (!gold) return;
        for (const sim of [simulate, simulateSplit]) {
          const results = sim(gold);
          const expected = await fingerprint(results);
          const n = results.length;
          const orders = [
            [...results].reverse(),
            ...[3, 7, 11].map((k) =>
              results.map((_r, i) => results[(i + k) % n]).filter((r): r is ExtractionResult => r !== undefined),
            ),
            results.filter((_r, i) => i % 2 === 0).concat(results.filter((_r, i) => i % 2 === 1)),
          ];
          for (const order of orders) assert.equal(await fingerprint(order), expected);
        }
      },
    );
  }
});
