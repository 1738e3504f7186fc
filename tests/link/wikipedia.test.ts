import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { ExtractionResult } from '../../src/extract/types';
import {
  analyzeForLinking,
  countryTitle,
  InMemoryLinkStore,
  linkArticle,
  linkArticlesInMemory,
  titleFitsType,
  validateMerge,
  planSplit,
  type WikipediaSenses,
} from '../../src/link';
import { WikipediaIndex } from '../../src/wikipedia';
import { article, type EntitySpec } from './helpers';

const index = WikipediaIndex.open();
after(() => {
  index.close();
});

/** A hand-written dictionary for rules the real one has no example of. */
function dictionary(entries: Record<string, string>): WikipediaSenses {
  return {
    sense: (text) => {
      const title = entries[text];
      return title === undefined ? undefined : { anchor: text, title, probability: 1 };
    },
    anchorsOf: () => [],
  };
}

function withText(result: ExtractionResult, text: string): ExtractionResult {
  return { ...result, article: { ...result.article, text } };
}

function titlesOf(result: ExtractionResult, wikipedia: WikipediaSenses = index): Map<string, string | undefined> {
  return new Map(analyzeForLinking(result, wikipedia).groups.map((g) => [g.name, g.wikipedia]));
}

describe('deciding the Wikipedia title of an entity', () => {
  test('a full name the dictionary is sure of gets its title; the bare surname joins it through the full name', () => {
    const titles = titlesOf(
      article('a', [{ type: 'Person', name: 'Narendra Modi', aliases: ['Narendra Modi', 'Modi'] }]),
    );
    assert.equal(titles.get('Narendra Modi'), 'Narendra Modi');
  });

  test('a bare surname is never read on its own ("Modi" is a script to the dictionary)', () => {
    const titles = titlesOf(article('a', [{ type: 'Person', name: 'Modi' }]));
    assert.equal(titles.get('Modi'), undefined);
    assert.equal(titleFitsType('Modi script', 'Person', 'Modi'), false);
  });

  test("a person's title must name a person: not a state, a film or an unrelated article", () => {
    assert.equal(titleFitsType('Georgia (U.S. state)', 'Person', 'Georgia Smith'), false);
    assert.equal(titleFitsType('Lula (film)', 'Person', 'Lula Silva'), false);
    // The dictionary's most likely article for "Yi Gang" is a Korean prince: it does not share his name.
    assert.equal(titleFitsType('Prince Imperial Ui', 'Person', 'Yi Gang'), false);
    assert.equal(titleFitsType('Luiz Inácio Lula da Silva', 'Person', 'Lula da Silva'), true);
  });

  test('a place never takes a country title, nor a title that names only part of it', () => {
    assert.equal(titleFitsType('China', 'Place', 'China'), false);
    assert.equal(titleFitsType('NATO', 'Place', 'NATO headquarters'), false);
    assert.equal(titleFitsType('Moscow Kremlin', 'Place', 'Kremlin'), true);
  });

  test('countries take the title of the ISO table, whatever the dictionary says of the name', () => {
    // The dictionary's "Georgia" is the U.S. state.
    assert.equal(index.sense('Georgia')?.title, 'Georgia (U.S. state)');
    assert.equal(countryTitle('GE'), 'Georgia (country)');
    assert.equal(countryTitle('CN'), 'China');
    const titles = titlesOf(article('a', [{ type: 'Country', name: 'Georgia' }]));
    assert.equal(titles.get('Georgia'), 'Georgia (country)');
  });

  test('a middling probability needs the article to confirm it', () => {
    // "Hiroshima" → Hiroshima at 0.78: the dictionary alone is not enough ...
    const alone = titlesOf(article('a', [{ type: 'Place', name: 'Hiroshima' }]));
    assert.equal(alone.get('Hiroshima'), undefined);
    // ... an anchor of the article whose added words the text writes is ("Hiroshima, Japan").
    const confirmed = titlesOf(
      withText(article('a', [{ type: 'Place', name: 'Hiroshima' }]), 'The leaders met in Hiroshima, Japan, on Friday.'),
    );
    assert.equal(confirmed.get('Hiroshima'), 'Hiroshima');
  });

  test('a datelined capitalised form reads as the name ("MOSCOW", not the MoSCoW method)', () => {
    const titles = titlesOf(article('a', [{ type: 'Place', name: 'Moscow', aliases: ['Moscow', 'MOSCOW'] }]));
    assert.equal(titles.get('Moscow'), 'Moscow');
  });

  test('two full forms of the same length that point to different articles: NIL', () => {
    const titles = titlesOf(
      article('a', [{ type: 'Person', name: 'Ann Lee', aliases: ['Ann Lee', 'Anne Lee'] }]),
      dictionary({ 'Ann Lee': 'Ann Lee (singer)', 'Anne Lee': 'Anne Lee (politician)' }),
    );
    assert.equal(titles.get('Ann Lee'), undefined);
  });
});

describe('names the dictionary writes otherwise, and people it does not know', () => {
  const person = (name: string, aliases: string[] = [name]): ExtractionResult =>
    article('a', [{ type: 'Person', name, aliases }]);

  test('a national officeholder the dictionary does not know is titled by the name the article writes', () => {
    const text = 'Prime Minister Tomasz Wielgosz opened the summit on Monday.';
    assert.equal(titlesOf(withText(person('Tomasz Wielgosz'), text)).get('Tomasz Wielgosz'), 'Tomasz Wielgosz');
    const apposition = 'The delegation was received by Adaeze Okonkwo, Minister of Foreign Affairs of Nigeria.';
    assert.equal(titlesOf(withText(person('Adaeze Okonkwo'), apposition)).get('Adaeze Okonkwo'), 'Adaeze Okonkwo');
  });

  test('a plural office names every officeholder of the list that follows it', () => {
    const text =
      'The ceremony was attended by Presidents Tomasz Wielgosz (Poland), Adaeze Okonkwo (Nigeria) and others.';
    assert.equal(titlesOf(withText(person('Adaeze Okonkwo'), text)).get('Adaeze Okonkwo'), 'Adaeze Okonkwo');
    const after = 'Presidents met in the morning. Later, Adaeze Okonkwo visited the museum.';
    assert.equal(titlesOf(withText(person('Adaeze Okonkwo'), after)).get('Adaeze Okonkwo'), undefined);
  });

  test('without an office, as a diplomat in a list of officials, or with a longer name: NIL', () => {
    const plain = 'Tomasz Wielgosz opened the exhibition on Monday.';
    assert.equal(titlesOf(withText(person('Tomasz Wielgosz'), plain)).get('Tomasz Wielgosz'), undefined);
    const list =
      'Also present were Minister of Energy Adaeze Okonkwo, Ambassador to Ghana Rasmus Tollefsen, President of the Port Authority Ian Mbeki.';
    assert.equal(titlesOf(withText(person('Rasmus Tollefsen'), list)).get('Rasmus Tollefsen'), undefined);
    // Middle names and second surnames are kept or dropped by titles unpredictably.
    const longer = 'President Tomasz Adam Wielgosz opened the summit.';
    assert.equal(titlesOf(withText(person('Tomasz Adam Wielgosz'), longer)).get('Tomasz Adam Wielgosz'), undefined);
  });

  test('an unsure plain-name title is confirmed by the office the article gives the person', () => {
    // "Wang Yi" → Wang Yi at 0.58: other people share the name.
    assert.equal(titlesOf(person('Wang Yi')).get('Wang Yi'), undefined);
    const text = 'Chinese Foreign Minister Wang Yi will travel to Brazil next week.';
    assert.equal(titlesOf(withText(person('Wang Yi'), text)).get('Wang Yi'), 'Wang Yi');
  });

  test("a nasab's forebear is not the person; the name cut after the father's is looked up", () => {
    const titles = titlesOf(
      person('Mohammed bin Salman bin Abdulaziz Al Saud', [
        'Mohammed bin Salman bin Abdulaziz Al Saud',
        'Abdulaziz Al Saud',
        'Crown Prince Mohammed',
      ]),
    );
    assert.equal(titles.get('Mohammed bin Salman bin Abdulaziz Al Saud'), 'Mohammed bin Salman');
  });

  test("a person's title is the same name: a spelling may differ, the name may not", () => {
    assert.equal(titleFitsType('Riyad al-Maliki', 'Person', 'Riyad Al-Malki'), true);
    assert.equal(titleFitsType('Liz Truss', 'Person', 'Elizabeth Truss'), true);
    assert.equal(titleFitsType('Kim Jong-woon', 'Person', 'Kim Jong-un'), false);
  });

  test('a place may drop its kind from the title; a body keeps it', () => {
    const place = titlesOf(article('a', [{ type: 'Place', name: 'Heilongjiang Province' }]));
    assert.equal(place.get('Heilongjiang Province'), 'Heilongjiang');
    // The dictionary's "Vietnam News Agency" is a newspaper, "Viet Nam News"; "Tasnim" is not the agency.
    assert.equal(titleFitsType('Viet Nam News', 'Organization', 'Vietnam News Agency'), false);
    const orgs = titlesOf(
      article('a', [
        { type: 'Organization', name: 'Vietnam News Agency' },
        { type: 'Organization', name: 'Tasnim News Agency', aliases: ['Tasnim News Agency', 'Tasnim'] },
        { type: 'Organization', name: 'Commission of the African Union' },
      ]),
    );
    assert.equal(orgs.get('Vietnam News Agency'), undefined);
    assert.equal(orgs.get('Tasnim News Agency'), undefined);
    assert.equal(orgs.get('Commission of the African Union'), 'African Union Commission');
  });

  test("a proper name's title is a proper name: no common noun's article, no acronym for a place", () => {
    assert.equal(titleFitsType('Public affairs', 'Person', 'Public Affairs'), false);
    assert.equal(titleFitsType('Central railway station, Brisbane', 'Place', 'Central'), false);
    assert.equal(titleFitsType('EAST', 'Place', 'East'), false);
    assert.equal(titleFitsType('ASEAN', 'Organization', 'Association of Southeast Asian Nations'), true);
    assert.equal(titleFitsType('Abd al-Aziz bin Salman', 'Person', 'Abd al-Aziz bin Salman'), true);
  });

  test("a treaty's full name takes its certain article; a common phrase does not", () => {
    const titles = titlesOf(
      article('a', [
        { type: 'Agreement', name: 'UN Charter' },
        { type: 'Agreement', name: 'association agreement' },
      ]),
    );
    assert.equal(titles.get('UN Charter'), 'Charter of the United Nations');
    assert.equal(titles.get('association agreement'), undefined);
  });

  test("a place or body named without its city or country takes the article's own", () => {
    const kremlin = (extra: EntitySpec[]): ExtractionResult =>
      article('a', [{ type: 'Place', name: 'Kremlin' }, ...extra]);
    // "Kremlin" alone is the kind of fortress (0.59); the article's Moscow makes it the Moscow Kremlin.
    assert.equal(titlesOf(kremlin([])).get('Kremlin'), undefined);
    assert.equal(titlesOf(kremlin([{ type: 'Place', name: 'Moscow' }])).get('Kremlin'), 'Moscow Kremlin');
    const body = (countries: string[]): ExtractionResult =>
      article('a', [
        { type: 'Organization', name: 'Presidential Administration' },
        ...countries.map((name) => ({ type: 'Country' as const, name })),
      ]);
    assert.equal(
      titlesOf(body(['Russia'])).get('Presidential Administration'),
      'Presidential Administration of Russia',
    );
    assert.equal(titlesOf(body([])).get('Presidential Administration'), undefined);
  });

  test("renamed articles take today's title", () => {
    const titles = titlesOf(
      article('a', [
        { type: 'Place', name: 'Kyiv' },
        { type: 'Organization', name: 'Communist Party of China' },
      ]),
    );
    assert.equal(titles.get('Kyiv'), 'Kyiv');
    assert.equal(titles.get('Communist Party of China'), 'Chinese Communist Party');
  });
});

describe('the Wikipedia title as identity', () => {
  test('names the name rules keep apart are one node when they have one title', async () => {
    const results = [
      article('a', [{ type: 'Person', name: 'Luiz Inácio Lula da Silva' }]),
      article('b', [{ type: 'Person', name: 'Lula da Silva' }]),
      article('c', [{ type: 'Person', name: 'Sergei Lavrov' }]),
      article('d', [{ type: 'Person', name: 'Sergey Lavrov' }]),
    ];
    const without = new InMemoryLinkStore();
    await linkArticlesInMemory(results, without);
    assert.equal(without.allNodes().length, 4, 'the name rules alone keep four nodes');
    const store = new InMemoryLinkStore();
    await linkArticlesInMemory(results, store, index);
    assert.deepEqual(
      store.allNodes().map((n) => [n.id, n.wikipedia]),
      [
        ['person:luiz-inacio-lula-da-silva', 'Luiz Inácio Lula da Silva'],
        ['person:sergei-lavrov', 'Sergey Lavrov'],
      ],
    );
  });

  test('a bare surname linked to a titled node carries its title', async () => {
    const linked = await linkArticlesInMemory(
      [article('a', [{ type: 'Person', name: 'Vladimir Putin' }]), article('b', [{ type: 'Person', name: 'Putin' }])],
      new InMemoryLinkStore(),
      index,
    );
    assert.deepEqual(
      linked[1]?.entities.map((e) => [e.id, e.wikipedia]),
      [['person:vladimir-putin', 'Vladimir Putin']],
    );
  });

  test('two different titles never merge, though the name rules would join them', async () => {
    const results = [
      article('a', [{ type: 'Person', name: 'Ahmed Hassan Ali' }]),
      article('b', [{ type: 'Person', name: 'Ahmed Ali' }]),
    ];
    const without = new InMemoryLinkStore();
    await linkArticlesInMemory(results, without);
    assert.equal(without.allNodes().length, 1, 'the name rules alone join them');
    const store = new InMemoryLinkStore();
    await linkArticlesInMemory(
      results,
      store,
      dictionary({ 'Ahmed Hassan Ali': 'Ahmed Hassan Ali', 'Ahmed Ali': 'Ahmed Ali (footballer)' }),
    );
    assert.deepEqual(
      store.allNodes().map((n) => n.wikipedia),
      ['Ahmed Ali (footballer)', 'Ahmed Hassan Ali'],
    );
  });

  test('an untitled node the name matches is merged into the titled one, reviewably', async () => {
    const store = new InMemoryLinkStore();
    // "Liz Truss" is no anchor in the dictionary (and no office is written here): an untitled node.
    // "Elizabeth Truss" is an anchor of her article, titled "Liz Truss" today; the name rules keep the two apart.
    for (const r of [
      article('a', [{ type: 'Person', name: 'Liz Truss' }]),
      article('b', [{ type: 'Person', name: 'Elizabeth Truss' }]),
    ])
      await store.saveArticle(await linkArticle(r, store, analyzeForLinking(r, index)));
    assert.equal(store.allNodes().length, 2);
    const both = article('c', [{ type: 'Person', name: 'Elizabeth Truss', aliases: ['Elizabeth Truss', 'Liz Truss'] }]);
    const linked = await linkArticle(both, store, analyzeForLinking(both, index));
    assert.deepEqual(linked.wikipediaMerges, [
      { keepId: 'person:elizabeth-truss', mergeIds: ['person:liz-truss'], title: 'Liz Truss' },
    ]);
    assert.ok(
      linked.mergeCandidates.some((c) => c.candidateId === 'person:liz-truss' || c.entityId === 'person:liz-truss'),
      'the pair is also a merge candidate, so a refused merge stays visible',
    );
    await store.saveArticle(linked);
    assert.deepEqual(
      store.allNodes().map((n) => [n.id, n.wikipedia]),
      [['person:elizabeth-truss', 'Liz Truss']],
    );
  });

  test('review refuses to merge two titles; a split keeps the title and its key on the remaining node', () => {
    const node = (id: string, name: string, wikipedia: string): Parameters<typeof validateMerge>[0] => ({
      id,
      type: 'Person',
      name,
      aliases: [name],
      keys: [name.toLowerCase(), `wiki:${wikipedia}`],
      shortKeys: [],
      surnameKeys: [],
      provisional: false,
      wikipedia,
    });
    const refused = validateMerge(node('person:a-b', 'A B', 'A B'), [node('person:a-c', 'A C', 'A C (singer)')]);
    assert.equal(refused.ok, false);
    const titled = { ...node('person:elizabeth-truss', 'Elizabeth Truss', 'Elizabeth Truss') };
    titled.aliases = ['Elizabeth Truss', 'Liz Truss'];
    const split = planSplit(titled, 'Liz Truss');
    assert.ok(split.ok);
    assert.equal(split.plan.remaining.wikipedia, 'Elizabeth Truss');
    assert.ok(split.plan.remaining.keys.includes('wiki:Elizabeth Truss'));
    assert.equal(split.plan.split.wikipedia, undefined);
  });
});
