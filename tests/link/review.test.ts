import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { InMemoryLinkStore, linkArticle, planSplit, validateMerge, type KnownEntity } from '../../src/link';
import { article } from './helpers';

function node(id: string, type: KnownEntity['type'], name: string, aliases: string[] = [name]): KnownEntity {
  return { id, type, name, aliases, keys: [], shortKeys: [], surnameKeys: [], provisional: id.includes(':~') };
}

void describe('merge validation', () => {
  const xi = node('person:xi-jinping', 'Person', 'Xi Jinping');
  void test('self-merge, duplicates and empty merges are errors', () => {
    const self = validateMerge(xi, [xi]);
    assert.ok(!self.ok && self.errors.some((e) => e.includes('into itself')));
    const empty = validateMerge(xi, []);
    assert.ok(!empty.ok && empty.errors[0]?.startsWith('nothing to merge'));
    const other = node('person:~xi', 'Person', 'Xi');
    const dup = validateMerge(xi, [other, other]);
    assert.ok(!dup.ok && dup.errors.some((e) => e.includes('listed twice')));
  });

  void test('incompatible types, two ISO countries, two reference bodies are errors', () => {
    const r1 = validateMerge(node('country:GE', 'Country', 'Georgia'), [node('person:~georgia', 'Person', 'Georgia')]);
    assert.ok(!r1.ok && r1.errors.some((e) => e.includes('incompatible types')));
    const r2 = validateMerge(node('country:CN', 'Country', 'China'), [node('country:TW', 'Country', 'Taiwan')]);
    assert.ok(!r2.ok && r2.errors.some((e) => e.includes('different countries')));
    const r3 = validateMerge(node('org:un', 'Organization', 'United Nations'), [
      node('org:unsc', 'Organization', 'UNSC'),
    ]);
    assert.ok(!r3.ok && r3.errors.some((e) => e.includes('reference organizations')));
  });

  void test('a valid merge plans redirects and the merged node', () => {
    const r = validateMerge(xi, [node('person:~xi', 'Person', 'Xi', ['Xi', 'President Xi'])]);
    assert.ok(r.ok);
    assert.deepEqual(
      r.plan.redirects.map((x) => [x.from, x.to]),
      [['person:~xi', 'person:xi-jinping']],
    );
    assert.equal(r.plan.node.id, 'person:xi-jinping');
    assert.equal(r.plan.node.name, 'Xi Jinping');
    assert.deepEqual(r.plan.node.aliases, ['Xi Jinping', 'Xi', 'President Xi']);
  });
});

void describe('split', () => {
  void test('an alias wrongly linked becomes its own node, with keys recomputed on both', () => {
    const boris: KnownEntity = {
      ...node('person:boris-johnson', 'Person', 'Boris Johnson', ['Boris Johnson', 'Johnson']),
      keys: ['boris johnson'],
      surnameKeys: ['johnson'],
    };
    const r = planSplit(boris, 'Johnson');
    assert.ok(r.ok);
    assert.equal(r.plan.split.id, 'person:~johnson');
    assert.deepEqual(r.plan.split.aliases, ['Johnson']);
    assert.deepEqual(r.plan.split.surnameKeys, ['johnson']);
    assert.deepEqual(r.plan.remaining.aliases, ['Boris Johnson']);
    assert.deepEqual(r.plan.remaining.keys, ['boris johnson']);
    assert.deepEqual(r.plan.movedSurfaces, ['johnson']);
    assert.deepEqual(r.plan.remaining.distinctFrom, ['person:~johnson']);
  });

  void test('errors: unknown alias, the only name, a country', () => {
    const xi = node('person:xi-jinping', 'Person', 'Xi Jinping');
    const a = planSplit(xi, 'Putin');
    assert.ok(!a.ok && a.errors.some((e) => e.includes('not an alias')));
    const b = planSplit(xi, 'Xi Jinping');
    assert.ok(!b.ok && b.errors.some((e) => e.includes('only name')));
    const c = planSplit(node('country:CN', 'Country', 'China', ['China', 'Chinese']), 'Chinese');
    assert.ok(!c.ok && c.errors.some((e) => e.includes('ISO code')));
  });

  void test('after a split, linking keeps the surname apart from the full name', async () => {
    const store = new InMemoryLinkStore();
    for (const r of [
      article('a', [{ type: 'Person', name: 'Boris Johnson' }]),
      article('b', [{ type: 'Person', name: 'Johnson' }]),
    ]) {
      await store.saveArticle(await linkArticle(r, store));
    }
    const boris = store.node('person:boris-johnson');
    assert.ok(boris);
    const plan = planSplit(boris, 'Johnson');
    assert.ok(plan.ok);
    store.putNode(plan.plan.remaining);
    store.putNode(plan.plan.split);
    const next = await linkArticle(article('c', [{ type: 'Person', name: 'Johnson' }]), store);
    assert.equal(next.entities[0]?.id, 'person:~johnson');
    assert.deepEqual(next.redirects, []);
  });
});
