import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatTable, scoreArticles, summaryJson, type GoldFile, type PredictedArticle } from '../../src/eval/score';

const GOLD: GoldFile = {
  articles: [
    {
      title: 'A one',
      entities: [
        { name: 'Xi Jinping', type: 'Person', mentions: ['President Xi Jinping', 'Xi'] },
        { name: 'Vladimir Putin', type: 'Person', mentions: ['Putin'] },
        { name: 'China', type: 'Country', mentions: ['Chinese'] },
        { name: 'talks', type: 'Event', mentions: ['talks'] },
      ],
      relations: [
        { type: 'MET', from: 'Xi Jinping', to: 'Vladimir Putin' },
        { type: 'LEADER_OF', from: 'Xi Jinping', to: 'China' },
      ],
      events: [{ name: 'talks', type: 'Talks', date: '2024-05-16' }],
    },
    {
      title: 'A two',
      entities: [
        { name: 'Xi Jinping', type: 'Person', mentions: ['Xi Jinping'] },
        { name: 'Wang Yi', type: 'Person', mentions: ['Wang Yi'] },
      ],
      relations: [],
      events: [],
    },
  ],
};

void test('scores entities, relations (symmetric) and events per article, micro-averaged', () => {
  const pred: PredictedArticle[] = [
    {
      title: 'a ONE',
      entities: [
        { nodeId: 'p1', type: 'Person', name: 'Xi', aliases: ['Xi'] },
        { nodeId: 'p2', type: 'Person', name: 'Vladimir Putin', aliases: [] },
        { nodeId: 'c1', type: 'Country', name: 'China', aliases: [] },
        { nodeId: 'x', type: 'Place', name: 'Nowhere', aliases: [] },
      ],
      relations: [
        { type: 'MET', fromNodeId: 'p2', toNodeId: 'p1' },
        { type: 'LEADER_OF', fromNodeId: 'c1', toNodeId: 'p1' },
      ],
      events: [{ nodeId: 'e1', type: 'Talks', date: '2024-05-16' }],
    },
    {
      title: 'A two',
      entities: [
        { nodeId: 'p9', type: 'Person', name: 'Xi Jinping', aliases: [] },
        { nodeId: 'p9', type: 'Person', name: 'Wang Yi', aliases: [] },
      ],
      relations: [],
      events: [{ nodeId: 'e2', type: 'Meeting' }],
    },
  ];
  const rep = scoreArticles(pred, GOLD);
  // entities: article 1: 3 tp of 4 predicted, 4 gold; article 2: 2 tp of 2 predicted, 2 gold.
  assert.equal(rep.entities.tp, 5);
  assert.equal(rep.entities.predicted, 6);
  assert.equal(rep.entities.gold, 6);
  // relations: MET matches reversed (symmetric), LEADER_OF reversed does not.
  assert.equal(rep.relations.tp, 1);
  assert.equal(rep.relations.predicted, 2);
  assert.equal(rep.events.tp, 1);
  assert.equal(rep.events.predicted, 2);
  // linking: Xi Jinping on p1 and p9: best node holds 1 of 2.
  assert.equal(rep.linking, 0.5);
  // p9 matched both Xi Jinping and Wang Yi: a wrong merge.
  assert.equal(rep.wrongMerges.length, 1);
  assert.equal(rep.wrongMerges[0]?.nodeId, 'p9');
  const json = JSON.parse(summaryJson(rep)) as Record<string, unknown>;
  assert.deepEqual(Object.keys(json), ['entities', 'relations', 'events', 'linking', 'eventLinking', 'wikipedia']);
  assert.match(formatTable(rep), /TOTAL/);
});

void test('a missing article counts its gold as missed', () => {
  const rep = scoreArticles([], GOLD);
  assert.equal(rep.entities.recall, 0);
  assert.equal(rep.unmatchedTitles.length, 2);
});

void test('Wikipedia linking: precision over titles given to matched gold entities, recall over gold titles', () => {
  const gold: GoldFile = {
    articles: [
      {
        title: 'W',
        entities: [
          { name: 'Vladimir Putin', type: 'Person', mentions: ['Putin'], wikipedia: 'Vladimir Putin' },
          { name: 'Georgia', type: 'Country', wikipedia: 'Georgia (country)' },
          { name: 'Wang Yi', type: 'Person', wikipedia: 'Wang Yi' },
          { name: 'Lula', type: 'Person', wikipedia: 'Luiz Inácio Lula da Silva' },
          { name: 'talks', type: 'Event' },
        ],
        relations: [],
        events: [],
      },
    ],
  };
  const pred: PredictedArticle[] = [
    {
      title: 'W',
      entities: [
        // Underscores and spaces alike.
        { nodeId: 'p1', type: 'Person', name: 'Putin', aliases: [], wikipedia: 'Vladimir_Putin' },
        { nodeId: 'c1', type: 'Country', name: 'Georgia', aliases: [], wikipedia: 'Georgia (U.S. state)' },
        { nodeId: 'p2', type: 'Person', name: 'Wang Yi', aliases: [] },
        { nodeId: 'e1', type: 'Event', name: 'talks', aliases: [], wikipedia: 'Talks' },
      ],
      relations: [],
      events: [],
    },
  ];
  const rep = scoreArticles(pred, gold);
  // Linked: Putin (right), Georgia (wrong); Wang Yi left NIL; Lula not found; the event has no gold title.
  assert.deepEqual([rep.wikipedia.tp, rep.wikipedia.predicted, rep.wikipedia.gold], [1, 2, 4]);
  assert.equal(rep.wikipedia.precision, 0.5);
  assert.equal(rep.wikipedia.recall, 0.25);
  assert.deepEqual(
    [rep.wikipediaTypes['Person']?.tp, rep.wikipediaTypes['Person']?.gold, rep.wikipediaTypes['Country']?.predicted],
    [1, 3, 1],
  );
  const summary = JSON.parse(summaryJson(rep)) as { wikipedia: { precision: number; recall: number; f1: number } };
  assert.deepEqual(summary.wikipedia, { precision: 0.5, recall: 0.25, f1: 0.333 });
  assert.ok(formatTable(rep).includes('wikipedia'));
});

/** Two publishers' reports of one visit: gold names differ, the Wikipedia title is shared. */
function visitGold(): GoldFile {
  const article = (title: string, visit: string, extra: string): GoldFile['articles'][number] => ({
    title,
    entities: [
      { name: 'Ilse Marnov', type: 'Person', wikipedia: 'Ilse Marnov' },
      { name: visit, type: 'Event', wikipedia: '2031 visit by Ilse Marnov to Quenland' },
      { name: extra, type: 'Event' },
    ],
    relations: [],
    events: [],
  });
  return {
    articles: [
      article('Marnov lands in Quenland', 'state visit to Quenland', 'welcome ceremony'),
      article('Marnov begins three-day trip', 'three-day trip to Quenland', 'welcome ceremony'),
    ],
  };
}

function visitPrediction(visitNodes: [string, string], ceremonyNodes: [string, string]): PredictedArticle[] {
  const [a, b] = [visitGold().articles[0], visitGold().articles[1]];
  return [a, b].map((article, index) => ({
    title: article?.title ?? '',
    entities: [
      { nodeId: 'p1', type: 'Person', name: 'Ilse Marnov', aliases: [] },
      { nodeId: visitNodes[index] ?? '', type: 'Event', name: article?.entities[1]?.name ?? '', aliases: [] },
      { nodeId: ceremonyNodes[index] ?? '', type: 'Event', name: 'welcome ceremony', aliases: [] },
    ],
    relations: [],
    events: [],
  }));
}

void test('linking: gold entities sharing a Wikipedia title are one entity, though their names differ', () => {
  const linked = scoreArticles(visitPrediction(['v1', 'v1'], ['c1', 'c1']), visitGold());
  // Ilse Marnov, the visit (two names, one title) and the ceremony: three entities in two articles each.
  assert.equal(linked.linkingPairs, 6);
  assert.equal(linked.linking, 1);
  // The one node holding both names of the visit is a right merge.
  assert.deepEqual(linked.wrongMerges, []);

  const apart = scoreArticles(visitPrediction(['v1', 'v2'], ['c1', 'c1']), visitGold());
  assert.equal(apart.linkingPairs, 6);
  assert.equal(apart.linking, 5 / 6);
});

void test('event linking: the linking score over gold events only, in the table and the summary line', () => {
  const rep = scoreArticles(visitPrediction(['v1', 'v2'], ['c1', 'c1']), visitGold());
  // Visit: 1 of 2 on its best node; ceremony: 2 of 2. The person does not count.
  assert.equal(rep.eventLinkingPairs, 4);
  assert.equal(rep.eventLinking, 3 / 4);
  const json = JSON.parse(summaryJson(rep)) as { linking: number; eventLinking: number };
  assert.equal(json.eventLinking, 0.75);
  assert.equal(json.linking, 0.833);
  assert.match(formatTable(rep), /event linking 0\.750 \(4 pairs\)/);
  // No event in two articles: nothing to link, a perfect score.
  assert.equal(scoreArticles([], GOLD).eventLinking, 1);
});
