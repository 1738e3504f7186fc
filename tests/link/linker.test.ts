import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ExtractionResult } from '../../src/extract/types';
import {
  InMemoryLinkStore,
  linkArticle,
  linkArticlesInMemory,
  relationId,
  type LinkedArticle,
  type LinkedEntity,
} from '../../src/link';
import { article } from './helpers';

async function linkAll(results: ExtractionResult[]): Promise<{ store: InMemoryLinkStore; linked: LinkedArticle[] }> {
  const store = new InMemoryLinkStore();
  const linked = await linkArticlesInMemory(results, store);
  return { store, linked };
}

function byName(a: LinkedArticle | undefined, name: string): LinkedEntity {
  const e = a?.entities.find((x) => x.name === name || x.aliases.includes(name));
  assert.ok(e, `no entity "${name}" in ${a?.article.id ?? '?'}: ${a?.entities.map((x) => x.name).join(', ') ?? ''}`);
  return e;
}

void describe('ids', () => {
  void test('countries, organizations, persons, places get stable ids and Wikidata', async () => {
    const { linked } = await linkAll([
      article('a', [
        { type: 'Country', name: 'China', aliases: ['China', 'Chinese'] },
        { type: 'Country', name: 'Russia', aliases: ['Russian Federation'], properties: { isoCode: 'RU' } },
        { type: 'Organization', name: 'United Nations' },
        { type: 'Person', name: 'Xi Jinping', aliases: ['President Xi Jinping'] },
        { type: 'Place', name: 'Beijing', aliases: ['BEIJING'] },
        { type: 'Organization', name: 'Eurasian Economic Union' },
        { type: 'Organization', name: 'Foo Trade Council' },
      ]),
    ]);
    const a = linked[0];
    assert.equal(byName(a, 'China').id, 'country:CN');
    assert.equal(byName(a, 'China').wikidata, 'Q148');
    assert.equal(byName(a, 'Russia').id, 'country:RU');
    assert.equal(byName(a, 'United Nations').id, 'org:un');
    assert.equal(byName(a, 'United Nations').wikidata, 'Q1065');
    assert.equal(byName(a, 'Xi Jinping').id, 'person:xi-jinping');
    assert.equal(byName(a, 'Beijing').id, 'place:beijing');
    assert.equal(byName(a, 'Foo Trade Council').id, 'org:foo-trade-council');
  });

  void test('events: named events are global, generic undated ones stay in their article, wars collapse', async () => {
    const { linked } = await linkAll([
      article('a', [
        { key: 'w', type: 'Event', name: 'fighting in Ukraine', properties: { eventType: 'Other' } },
        { key: 't', type: 'Event', name: 'talks', properties: { eventType: 'Talks' } },
        { key: 'f', type: 'Event', name: 'China Population Day', properties: { eventType: 'Celebration' } },
      ]),
      article('b', [
        { key: 'w', type: 'Event', name: 'invasion of Ukraine', properties: { eventType: 'Other' } },
        { key: 't', type: 'Event', name: 'talks', properties: { eventType: 'Talks' } },
        { key: 'f', type: 'Event', name: 'China Population Day', properties: { eventType: 'Celebration' } },
      ]),
      article('c', [{ key: 'w', type: 'Event', name: "Russia's war against Ukraine" }]),
    ]);
    const [a, b, c] = linked;
    assert.equal(byName(a, 'fighting in Ukraine').id, byName(b, 'invasion of Ukraine').id);
    assert.equal(byName(a, 'fighting in Ukraine').id, byName(c, "Russia's war against Ukraine").id);
    assert.notEqual(byName(a, 'talks').id, byName(b, 'talks').id);
    assert.equal(byName(a, 'China Population Day').id, byName(b, 'China Population Day').id);
    assert.match(byName(a, 'talks').id, /^event:talks:undated:[0-9a-f]{10}$/);
  });

  void test('dated generic events with the same participants are one event', async () => {
    const mk = (id: string, name: string): ExtractionResult =>
      article(
        id,
        [
          { key: 'x', type: 'Person', name: 'Xi Jinping' },
          { key: 'p', type: 'Person', name: 'Vladimir Putin' },
          { key: 't', type: 'Event', name, properties: { eventType: 'Talks', date: '2024-05-16' } },
        ],
        [
          { type: 'PARTICIPATED_IN', from: 'x', to: 't' },
          { type: 'PARTICIPATED_IN', from: 'p', to: 't' },
        ],
      );
    const { linked } = await linkAll([mk('a', 'talks'), mk('b', 'official talks')]);
    assert.equal(byName(linked[0], 'talks').id, byName(linked[1], 'official talks').id);
    assert.match(byName(linked[0], 'talks').id, /^event:talks:2024-05-16:/);
  });

  void test('agreements: "UN Charter" is the "Charter of the United Nations"; generic ones stay local', async () => {
    const { linked } = await linkAll([
      article('a', [
        { type: 'Agreement', name: 'UN Charter' },
        { type: 'Agreement', name: 'joint statement' },
      ]),
      article('b', [
        { type: 'Agreement', name: 'Charter of the United Nations' },
        { type: 'Agreement', name: 'joint statement' },
      ]),
    ]);
    assert.equal(byName(linked[0], 'UN Charter').id, 'agreement:charter-of-united-nations');
    assert.equal(byName(linked[1], 'Charter of the United Nations').id, 'agreement:charter-of-united-nations');
    assert.notEqual(byName(linked[0], 'joint statement').id, byName(linked[1], 'joint statement').id);
  });
});

void describe('within one article', () => {
  void test('a surname-only mention links to the full name of the article', async () => {
    const { linked } = await linkAll([
      article('a', [
        { key: 'p1', type: 'Person', name: 'Vladimir Putin', aliases: ['Russian President Vladimir Putin'] },
        { key: 'p2', type: 'Person', name: 'Putin' },
        { key: 'x1', type: 'Person', name: 'Xi Jinping' },
        { key: 'x2', type: 'Person', name: 'Xi' },
        { key: 'l1', type: 'Person', name: 'Luiz Inácio Lula da Silva' },
        { key: 'l2', type: 'Person', name: 'Lula' },
        { key: 'm1', type: 'Person', name: 'Mohamed bin Zayed Al Nahyan' },
        { key: 'm2', type: 'Person', name: 'Sheikh Mohamed' },
      ]),
    ]);
    const a = linked[0];
    assert.equal(a?.entities.length, 4);
    assert.equal(byName(a, 'Putin').id, 'person:vladimir-putin');
    assert.equal(byName(a, 'Xi').id, 'person:xi-jinping');
    assert.equal(byName(a, 'Lula').id, byName(a, 'Luiz Inácio Lula da Silva').id);
    assert.equal(byName(a, 'Sheikh Mohamed').id, byName(a, 'Mohamed bin Zayed Al Nahyan').id);
    assert.deepEqual(byName(a, 'Putin').sourceKeys.sort(), ['p1', 'p2']);
  });

  void test('a surname shared by two full names in the article stays apart', async () => {
    const { linked } = await linkAll([
      article('a', [
        { type: 'Person', name: 'Boris Johnson' },
        { type: 'Person', name: 'Lyndon Johnson' },
        { type: 'Person', name: 'Johnson' },
      ]),
    ]);
    const ids = new Set(linked[0]?.entities.map((e) => e.id));
    assert.equal(ids.size, 3);
    assert.ok(ids.has('person:~johnson'));
  });

  void test('generic phrases are not entities and their relations are dropped', async () => {
    const { linked } = await linkAll([
      article(
        'a',
        [
          { key: 'g', type: 'Person', name: 'the two heads of state' },
          { key: 'x', type: 'Person', name: 'Xi Jinping' },
          { key: 's', type: 'Organization', name: 'the two sides' },
        ],
        [{ type: 'MET', from: 'g', to: 'x' }],
      ),
    ]);
    assert.deepEqual(
      linked[0]?.entities.map((e) => e.id),
      ['person:xi-jinping'],
    );
    assert.equal(linked[0].relations.length, 0);
  });

  void test('an acronym links to its full name; demonyms to their country', async () => {
    const { linked } = await linkAll([
      article('a', [
        { type: 'Organization', name: 'Shanghai Cooperation Organization' },
        { type: 'Organization', name: 'SCO' },
        { type: 'Organization', name: 'Forum of Small Things', properties: { acronym: 'FST' } },
        { type: 'Organization', name: 'FST' },
        { type: 'Country', name: 'Russian' },
        { type: 'Country', name: 'Russia' },
        { type: 'Country', name: 'ROK' },
        { type: 'Country', name: 'Republic of Korea' },
      ]),
    ]);
    const ids = linked[0]?.entities.map((e) => e.id).sort();
    assert.deepEqual(ids, ['country:KR', 'country:RU', 'org:forum-of-small-things', 'org:sco']);
  });

  void test('duplicate relations collapse keeping the best evidence; symmetric ids are unordered', async () => {
    const { linked } = await linkAll([
      article(
        'a',
        [
          { key: 'x', type: 'Person', name: 'Xi Jinping' },
          { key: 'p', type: 'Person', name: 'Vladimir Putin' },
          { key: 'p2', type: 'Person', name: 'Putin' },
          { key: 'c', type: 'Country', name: 'China' },
          { key: 'r', type: 'Country', name: 'Russia' },
        ],
        [
          { type: 'MET', from: 'x', to: 'p', confidence: 0.6 },
          { type: 'MET', from: 'p2', to: 'x', confidence: 0.9, properties: { date: '2024-05-16' } },
          { type: 'PARTNER_OF', from: 'r', to: 'c' },
          { type: 'LEADER_OF', from: 'x', to: 'c', properties: { title: 'President' } },
          { type: 'LEADER_OF', from: 'p', to: 'p2' },
        ],
      ),
    ]);
    const rels = linked[0]?.relations ?? [];
    assert.equal(rels.length, 3);
    const met = rels.find((r) => r.type === 'MET');
    assert.equal(met?.id, relationId('MET', 'person:xi-jinping', 'person:vladimir-putin'));
    assert.equal(met.id, relationId('MET', 'person:vladimir-putin', 'person:xi-jinping'));
    assert.equal(met.confidence, 0.9);
    assert.equal(met.properties['date'], '2024-05-16');
    const partner = rels.find((r) => r.type === 'PARTNER_OF');
    assert.equal(partner?.id, 'PARTNER_OF(country:CN,country:RU)');
    assert.equal(rels.find((r) => r.type === 'LEADER_OF')?.id, 'LEADER_OF(person:xi-jinping,country:CN)');
  });
});

void describe('across articles', () => {
  void test('full names, surnames, titles and family-name-first link to one node', async () => {
    const { linked } = await linkAll([
      article('a', [
        { type: 'Person', name: 'Fumio Kishida' },
        { type: 'Person', name: 'Vladimir Putin' },
      ]),
      article('b', [{ type: 'Person', name: 'KISHIDA Fumio', aliases: ['Mr. KISHIDA Fumio'] }]),
      article('c', [
        { type: 'Person', name: 'Kishida', aliases: ['Prime Minister Kishida'] },
        { type: 'Person', name: 'Putin' },
      ]),
      article('d', [{ type: 'Person', name: 'President Putin' }]),
    ]);
    for (const a of linked.slice(1)) {
      for (const e of a.entities) assert.ok(['person:fumio-kishida', 'person:vladimir-putin'].includes(e.id), e.id);
    }
    assert.equal(byName(linked[2], 'Kishida').name, 'Fumio Kishida');
  });

  void test('two people sharing a surname stay two; a bare surname between them is not merged silently', async () => {
    const { store, linked } = await linkAll([
      article('a', [{ type: 'Person', name: 'Boris Johnson' }]),
      article('b', [{ type: 'Person', name: 'Lyndon Johnson' }]),
      article('c', [{ type: 'Person', name: 'Johnson' }]),
    ]);
    assert.equal(byName(linked[0], 'Boris Johnson').id, 'person:boris-johnson');
    assert.equal(byName(linked[1], 'Lyndon Johnson').id, 'person:lyndon-johnson');
    assert.equal(byName(linked[2], 'Johnson').id, 'person:~johnson');
    const pairs = store.mergeCandidates().map((c) => [c.entityId, c.candidateId].sort().join(' '));
    assert.ok(pairs.includes('person:boris-johnson person:~johnson'));
    assert.ok(pairs.includes('person:lyndon-johnson person:~johnson'));
    assert.ok(linked[2]?.mergeCandidates.every((c) => c.reason.includes('matches 2 people')));
  });

  void test('a surname seen before its full name is absorbed when the full name arrives', async () => {
    const { store, linked } = await linkAll([
      article('a', [{ type: 'Person', name: 'Johnson', aliases: ['Prime Minister Johnson'] }]),
      article('b', [{ type: 'Person', name: 'Boris Johnson' }]),
    ]);
    assert.equal(byName(linked[0], 'Johnson').id, 'person:boris-johnson');
    assert.equal(byName(linked[0], 'Johnson').name, 'Boris Johnson');
    assert.equal(store.resolve('person:~johnson'), 'person:boris-johnson');
    assert.equal(store.node('person:~johnson')?.id, 'person:boris-johnson');
    const written = store.writtenArticles()[1];
    assert.deepEqual(
      written?.redirects.map((r) => [r.from, r.to]),
      [['person:~johnson', 'person:boris-johnson']],
    );
  });

  void test('a later second full name with that surname is flagged', async () => {
    const { store } = await linkAll([
      article('a', [{ type: 'Person', name: 'Johnson' }]),
      article('b', [{ type: 'Person', name: 'Boris Johnson' }]),
      article('c', [{ type: 'Person', name: 'Lyndon Johnson' }]),
    ]);
    const c = store
      .mergeCandidates()
      .find((x) => x.entityId === 'person:lyndon-johnson' || x.candidateId === 'person:lyndon-johnson');
    assert.ok(c, 'a candidate between Lyndon and the node that absorbed "Johnson"');
    assert.match(c.reason, /surname-only/);
  });

  void test('Arabic short forms link, and the fullest name gives the id in any order', async () => {
    const short = article('a', [
      { type: 'Person', name: 'Mohammed bin Salman', aliases: ['Crown Prince Mohammed bin Salman'] },
    ]);
    const long = article('b', [
      {
        type: 'Person',
        name: 'Mohammed bin Salman bin Abdulaziz Al Saud',
        aliases: ['His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud'],
      },
    ]);
    const other = article('c', [{ type: 'Person', name: 'Abdulaziz bin Salman' }]);
    for (const order of [
      [short, long, other],
      [long, other, short],
    ]) {
      const { linked } = await linkAll(order);
      const ids = new Set(linked.flatMap((a) => a.entities.map((e) => e.id)));
      assert.deepEqual([...ids].sort(), [
        'person:abdulaziz-bin-salman',
        'person:mohammed-bin-salman-bin-abdulaziz-al-saud',
      ]);
    }
  });

  void test('Sheikh / Shaikh and Mohamed / Mohammed spellings are one person', async () => {
    const { linked } = await linkAll([
      article('a', [{ type: 'Person', name: 'Sheikh Mohamed bin Zayed Al Nahyan' }]),
      article('b', [{ type: 'Person', name: 'Shaikh Mohammed bin Zayed Al Nahyan' }]),
      article('c', [{ type: 'Person', name: 'Sheikh Mohamed bin Zayed' }]),
    ]);
    const ids = new Set(linked.flatMap((a) => a.entities.map((e) => e.id)));
    assert.deepEqual([...ids], ['person:mohammed-bin-zayed-al-nahyan']);
  });

  void test('diacritics and initials: António Costa = Antonio Costa; Antony J. Blinken = Antony Blinken', async () => {
    const { linked } = await linkAll([
      article('a', [
        { type: 'Person', name: 'António Costa' },
        { type: 'Person', name: 'Antony J. Blinken' },
      ]),
      article('b', [
        { type: 'Person', name: 'Antonio Costa' },
        { type: 'Person', name: 'Antony Blinken' },
      ]),
    ]);
    assert.equal(byName(linked[0], 'António Costa').id, byName(linked[1], 'Antonio Costa').id);
    assert.equal(byName(linked[0], 'Antony J. Blinken').id, byName(linked[1], 'Antony Blinken').id);
  });

  void test('acronym-only organizations: known ones resolve, unknown ones are absorbed by their full name', async () => {
    const { store, linked } = await linkAll([
      article('a', [
        { type: 'Organization', name: 'UN' },
        { type: 'Organization', name: 'FST' },
      ]),
      article('b', [
        { type: 'Organization', name: 'United Nations' },
        { type: 'Organization', name: 'Forum of Small Things', properties: { acronym: 'FST' } },
      ]),
      article('c', [{ type: 'Organization', name: 'FST' }]),
    ]);
    assert.equal(byName(linked[0], 'UN').id, 'org:un');
    assert.equal(byName(linked[1], 'United Nations').id, 'org:un');
    assert.equal(byName(linked[0], 'FST').id, 'org:forum-of-small-things');
    assert.equal(byName(linked[2], 'FST').id, 'org:forum-of-small-things');
    assert.equal(store.resolve('org:~fst'), 'org:forum-of-small-things');
  });

  void test('organization variants: UN Security Council, 14th NPC, Xinhua', async () => {
    const { linked } = await linkAll([
      article('a', [
        { type: 'Organization', name: 'United Nations Security Council' },
        { type: 'Organization', name: "14th National People's Congress", aliases: ['NPC'] },
        { type: 'Organization', name: 'Xinhua' },
      ]),
      article('b', [
        { type: 'Organization', name: 'UN Security Council' },
        { type: 'Organization', name: 'National People’s Congress' },
        { type: 'Organization', name: 'Xinhua News Agency' },
      ]),
    ]);
    assert.deepEqual(linked[0]?.entities.map((e) => e.id).sort(), linked[1]?.entities.map((e) => e.id).sort());
  });

  void test('places: "Heilongjiang Province" and "Heilongjiang" are one node', async () => {
    const { linked } = await linkAll([
      article('a', [{ type: 'Place', name: 'Heilongjiang Province' }]),
      article('b', [{ type: 'Place', name: 'Heilongjiang' }]),
    ]);
    assert.equal(byName(linked[0], 'Heilongjiang Province').id, 'place:heilongjiang');
    assert.equal(byName(linked[1], 'Heilongjiang').id, 'place:heilongjiang');
  });

  void test('same name, different types: Person vs Place, Georgia the country vs a person — never merged', async () => {
    const { store, linked } = await linkAll([
      article('a', [
        { type: 'Place', name: 'Jordan Valley' },
        { type: 'Country', name: 'Georgia' },
      ]),
      article('b', [
        { type: 'Person', name: 'Jordan Valley' },
        { type: 'Person', name: 'Georgia Meloni' },
      ]),
      article('c', [{ type: 'Person', name: 'Georgia' }]),
    ]);
    assert.equal(byName(linked[0], 'Jordan Valley').id, 'place:jordan-valley');
    assert.equal(byName(linked[1], 'Jordan Valley').id, 'person:jordan-valley');
    assert.equal(byName(linked[0], 'Georgia').id, 'country:GE');
    assert.equal(byName(linked[1], 'Georgia Meloni').id, 'person:georgia-meloni');
    // A bare given name is not a surname of "Georgia Meloni", and never the country.
    assert.equal(linked[2]?.entities[0]?.id, 'person:~georgia');
    const conflict = store.mergeCandidates().find((c) => c.reason.includes('is a Place there'));
    assert.ok(conflict, 'the type conflict is reported for review');
    assert.equal(conflict.entityId, 'person:jordan-valley');
  });

  void test('linkArticle does not write; saveArticle does', async () => {
    const store = new InMemoryLinkStore();
    const r = article('a', [{ type: 'Person', name: 'Xi Jinping' }]);
    const linked = await linkArticle(r, store);
    assert.equal(store.allNodes().length, 0);
    await store.saveArticle(linked);
    assert.deepEqual(
      store.allNodes().map((n) => n.id),
      ['person:xi-jinping'],
    );
    assert.deepEqual(store.node('person:xi-jinping')?.keys, ['xi jinping']);
    assert.deepEqual(store.node('person:xi-jinping')?.surnameKeys, ['xi', 'jinping']);
  });
});

// Regression (dev2): "Ministry of Foreign Affairs" of a Korean and of an Ethiopian article became one node.
void test("a government body named without its country is its article's own node", async () => {
  const { linked } = await linkAll([
    article('a', [{ type: 'Organization', name: 'Ministry of Foreign Affairs' }]),
    article('b', [{ type: 'Organization', name: 'Ministry of Foreign Affairs' }]),
    article('c', [{ type: 'Organization', name: 'Ministry of Foreign Affairs of Ethiopia' }]),
    article('d', [{ type: 'Organization', name: 'Ministry of Foreign Affairs of Ethiopia' }]),
  ]);
  const [a, b, c, d] = linked;
  assert.notEqual(byName(a, 'Ministry of Foreign Affairs').id, byName(b, 'Ministry of Foreign Affairs').id);
  assert.equal(
    byName(c, 'Ministry of Foreign Affairs of Ethiopia').id,
    byName(d, 'Ministry of Foreign Affairs of Ethiopia').id,
  );
});

// Regression (dev2): "King Abdullah" joined "Abdul Samad Abdullah" of another article as if Abdullah were a surname.
void test("a monarch's one name is no surname of another article's full name", async () => {
  const { linked } = await linkAll([
    article('a', [{ type: 'Person', name: 'Abdul Samad Abdullah' }]),
    article('b', [{ type: 'Person', name: 'Abdullah', aliases: ['Abdullah', 'His Majesty King Abdullah'] }]),
    article('c', [{ type: 'Person', name: 'Sukarno Putri' }]),
    article('d', [{ type: 'Person', name: 'Putri', aliases: ['Putri'] }]),
  ]);
  const [a, b, c, d] = linked;
  assert.notEqual(byName(a, 'Abdul Samad Abdullah').id, byName(b, 'Abdullah').id);
  assert.equal(byName(c, 'Sukarno Putri').id, byName(d, 'Putri').id);
});
