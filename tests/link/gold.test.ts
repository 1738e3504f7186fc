import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linkArticlesInMemory } from '../../src/link';
import { allWrongMerges, linkingScore, loadGold, simulate } from './gold-sim';

for (const file of ['seed-gold.json', 'dev-gold.json']) {
  const gold = loadGold(file);
  void test(
    `linking score on simulated extraction of ${file}`,
    { skip: gold === undefined ? 'gold file not found' : false },
    async () => {
      if (!gold) return;
      const linked = await linkArticlesInMemory(simulate(gold));
      const s = linkingScore(gold, linked);
      const wrong = allWrongMerges(gold, linked);
      if (process.env['LINK_VERBOSE']) console.log(file, JSON.stringify({ ...s, wrong }, null, 2));
      assert.ok(s.score >= 0.95, `linking score ${s.score.toFixed(3)}; misses:\n${s.misses.join('\n')}`);
      assert.deepEqual(wrong, [], 'no node may hold two distinct gold entities');
    },
  );
}
