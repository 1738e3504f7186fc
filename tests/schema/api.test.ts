import 'reflect-metadata';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startSeededServer, TEST_WRITE_TOKEN, type TestServer } from '../support/server';

let api: TestServer;
const auth = { authorization: `Bearer ${TEST_WRITE_TOKEN}` };

interface SearchData {
  search: { entity: { id: string; name: string; type: string } }[];
}

async function idOf(name: string): Promise<string> {
  const { body } = await api.query<SearchData>(
    'query($t: String!) { search(text: $t, first: 1) { entity { id name type } } }',
    {
      t: name,
    },
  );
  const id = body.data?.search[0]?.entity.id;
  assert.ok(id !== undefined, `no entity found for ${name}`);
  return id;
}

describe('GraphQL API over the seed articles', () => {
  before(async () => {
    api = await startSeededServer();
  });
  after(async () => {
    await api.close();
  });

  test('search finds "Putin" as Vladimir Putin, tolerating case and a typo', async () => {
    for (const text of ['Putin', 'putin', 'Vladimir Putn']) {
      const { body } = await api.query<SearchData>('query($t: String!) { search(text: $t) { entity { name type } } }', {
        t: text,
      });
      assert.equal(body.data?.search[0]?.entity.name, 'Vladimir Putin', text);
      assert.equal(body.data.search[0].entity.type, 'Person');
    }
  });

  test('a path from Cai Qi to Vladimir Putin carries evidence sentences on every edge', async () => {
    const [from, to] = [await idOf('Cai Qi'), await idOf('Vladimir Putin')];
    const { body } = await api.query<{
      paths: {
        length: number;
        score: number;
        nodes: { name: string }[];
        relations: {
          evidence: {
            totalCount: number;
            edges: { node: { sentence: string; start: number; end: number; article: { text: string } } }[];
          };
        }[];
      }[];
    }>(
      `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 3) {
        length score nodes { name } relations { evidence(first: 5) {
          totalCount edges { node { sentence start end article { text } } } } } } }`,
      { from, to },
    );
    const paths = body.data?.paths ?? [];
    assert.ok(paths.length > 0, 'no path');
    const scores = paths.map((path) => path.score);
    assert.deepEqual(
      scores,
      [...scores].sort((a, b) => b - a),
      'most specific first',
    );
    for (const path of paths) {
      assert.equal(path.nodes[0]?.name, 'Cai Qi');
      assert.equal(path.nodes.at(-1)?.name, 'Vladimir Putin');
      for (const relation of path.relations) {
        assert.ok(relation.evidence.edges.length > 0);
        assert.ok(relation.evidence.totalCount >= relation.evidence.edges.length);
        for (const { node: evidence } of relation.evidence.edges) {
          assert.equal(evidence.article.text.slice(evidence.start, evidence.end), evidence.sentence);
        }
      }
    }
  });

  test("Xi Jinping's articles are every seed article whose text or title names him", async () => {
    const id = await idOf('Xi Jinping');
    const { body } = await api.query<{
      entity: { articles: { edges: { node: { id: string } }[] } };
      articles: { edges: { node: { id: string; title: string; text: string } }[] };
    }>(
      `query($id: ID!) { entity(id: $id) { articles(first: 100) { edges { node { id } } } }
        articles(first: 100) { edges { node { id title text } } } }`,
      { id },
    );
    const expected = (body.data?.articles.edges ?? [])
      .filter(({ node }) => /Xi Jinping|President Xi\b/.test(node.title + '\n' + node.text))
      .map(({ node }) => node.id)
      .sort();
    const actual = (body.data?.entity.articles.edges ?? []).map(({ node }) => node.id).sort();
    assert.ok(expected.length >= 2);
    assert.deepEqual(actual, expected);
  });

  test('relatedArticles: the same event first, then ranked by the entities they share', async () => {
    const { body } = await api.query<{
      articles: {
        edges: {
          node: {
            relatedArticles: { score: number; sameEvent: boolean; sharedEntities: { id: string; type: string }[] }[];
          };
        }[];
      };
    }>(
      '{ articles(first: 10) { edges { node { relatedArticles(first: 5) { score sameEvent sharedEntities { id type } } } } } }',
    );
    const lists = (body.data?.articles.edges ?? []).map(({ node }) => node.relatedArticles);
    assert.ok(lists.some((list) => list.length > 0));
    for (const list of lists) {
      // Those that report the same event first, then by score.
      const keys = list.map((related) => [related.sameEvent ? 1 : 0, related.score] as const);
      assert.deepEqual(
        keys,
        [...keys].sort((a, b) => b[0] - a[0] || b[1] - a[1]),
      );
      for (const related of list) {
        assert.equal(
          related.sameEvent,
          related.sharedEntities.some((entity) => entity.type === 'Event'),
        );
      }
      for (const related of list) assert.ok(related.sharedEntities.length > 0);
    }
  });

  test('an entity with neighbors two levels deep comes in one round trip, the same as asked level by level', async () => {
    const id = await idOf('Xi Jinping');
    type Level = { id: string; neighbors: { id: string }[] };
    const executor = api.graph.executor;
    const before = executor.transactions.read;
    const { body } = await api.query<{ entity: { neighbors: Level[] } }>(
      'query($id: ID!) { entity(id: $id) { neighbors(first: 5) { id neighbors(first: 3) { id } } } }',
      { id },
    );
    // The entity and both levels of neighbors together.
    assert.equal(executor.transactions.read - before, 1);
    const levels = body.data?.entity.neighbors ?? [];
    assert.ok(levels.length > 1);
    for (const level of levels) {
      const { body: alone } = await api.query<{ entity: { neighbors: { id: string }[] } }>(
        'query($id: ID!) { entity(id: $id) { neighbors(first: 3) { id } } }',
        { id: level.id },
      );
      assert.deepEqual(level.neighbors, alone.data?.entity.neighbors);
    }
  });

  test('"entity 2 levels" (articles and two levels of neighbors) is one round trip, the same as asked part by part', async () => {
    const id = await idOf('Xi Jinping');
    const executor = api.graph.executor;
    type Data = {
      entity: {
        articles: { edges: { node: { id: string } }[] };
        neighbors: { id: string; neighbors: { id: string }[] }[];
      };
    };
    const before = executor.transactions.read;
    const { body } = await api.query<Data>(
      `query($id: ID!) { entity(id: $id) { id articles(first: 3) { edges { node { id } } }
        neighbors(first: 4) { id neighbors(first: 2) { id } } } }`,
      { id },
    );
    assert.equal(executor.transactions.read - before, 1);
    const { body: articles } = await api.query<Data>(
      'query($id: ID!) { entity(id: $id) { articles(first: 3) { edges { node { id } } } } }',
      { id },
    );
    assert.equal(body.data?.entity.articles.edges.length, 3);
    assert.deepEqual(body.data.entity.articles, articles.data?.entity.articles);
    const { body: neighbors } = await api.query<Data>(
      'query($id: ID!) { entity(id: $id) { neighbors(first: 4) { id } } }',
      { id },
    );
    assert.deepEqual(
      body.data.entity.neighbors.map((neighbor) => neighbor.id),
      neighbors.data?.entity.neighbors.map((neighbor) => neighbor.id),
    );
  });

  test('"article + related" is one round trip, the same as asked alone', async () => {
    const executor = api.graph.executor;
    const { body: list } = await api.query<{ articles: { edges: { node: { id: string } }[] } }>(
      '{ articles(first: 1) { edges { node { id } } } }',
    );
    const id = list.data?.articles.edges[0]?.node.id;
    assert.ok(id !== undefined);
    type Data = { article: { id: string; relatedArticles: { score: number; article: { id: string } }[] } };
    const before = executor.transactions.read;
    const { body } = await api.query<Data>(
      'query($id: ID!) { article(id: $id) { id title relatedArticles(first: 3) { score article { id title } } } }',
      { id },
    );
    assert.equal(executor.transactions.read - before, 1);
    assert.ok((body.data?.article.relatedArticles.length ?? 0) > 0);
    const { body: batched } = await api.query<{ articles: { edges: { node: Data['article'] }[] } }>(
      '{ articles(first: 1) { edges { node { id relatedArticles(first: 3) { score article { id } } } } } }',
    );
    assert.deepEqual(
      body.data?.article.relatedArticles.map((related) => related.article.id),
      batched.data?.articles.edges[0]?.node.relatedArticles.map((related) => related.article.id),
    );
  });

  test("a busy entity's articles read in small pages (an index walk) are its articles read at once (sorted)", async () => {
    // Xi Jinping is named by most seed articles: a page of 1 walks the published index
    // (then reads the undated ones), a page of 100 reads and sorts his articles; both must agree.
    const id = await idOf('Xi Jinping');
    type Page = {
      entity: {
        articles: { edges: { node: { id: string } }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
      };
    };
    const query =
      'query($id: ID!, $first: Int!, $after: String) { entity(id: $id) { articles(first: $first, after: $after) { edges { node { id } } pageInfo { endCursor hasNextPage } } } }';
    const { body: all } = await api.query<Page>(query, { id, first: 100 });
    const expected = (all.data?.entity.articles.edges ?? []).map(({ node }) => node.id);
    assert.ok(expected.length >= 3, `named by ${expected.length} articles`);
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const response: { body: { data?: Page } } = await api.query<Page>(query, { id, first: 1, after });
      const page = response.body.data?.entity.articles;
      assert.ok(page !== undefined);
      paged.push(...page.edges.map(({ node }) => node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    assert.deepEqual(paged, expected);
  });

  test('a deep query costs a fixed number of Neo4j round trips, whatever the number of articles (no N+1)', async () => {
    const executor = api.graph.executor;
    const before = executor.transactions.read;
    const { body } = await api.query(`{ articles(first: 10) { edges { node {
      entities { id mentionCount relations(first: 5) { type from { name } to { name } sources(first: 3) { edges { node { id } } } } } } } } }`);
    assert.equal(body.errors, undefined);
    // articles, entities of all articles, mention counts, relations, the relation ends, the relations'
    // statements (sources are loaded only when asked, with their articles).
    assert.ok(executor.transactions.read - before <= 6, `${executor.transactions.read - before} round trips`);
  });

  test('unknown ids, bad bounds and hostile text get typed errors or empty results', async () => {
    const cases: [string, Record<string, unknown>, string | null][] = [
      ['query($id: ID!) { entity(id: $id) { id } }', { id: 'person:nobody' }, null],
      ['query($f: Int!) { articles(first: $f) { edges { cursor } } }', { f: -1 }, 'BAD_USER_INPUT'],
      ['query($f: Int!) { articles(first: $f) { edges { cursor } } }', { f: 1000000 }, 'BAD_USER_INPUT'],
      ['{ paths(from: "person:cai-qi", to: "person:vladimir-putin", maxHops: 50) { length } }', {}, 'BAD_USER_INPUT'],
      ['{ paths(from: "person:cai-qi", to: "person:cai-qi") { length } }', {}, 'BAD_USER_INPUT'],
      ['{ paths(from: "person:nobody", to: "person:cai-qi") { length } }', {}, 'NOT_FOUND'],
      ['{ articles(first: 1, after: "garbage") { edges { cursor } } }', {}, 'BAD_USER_INPUT'],
      ['query($t: String!) { search(text: $t) { score } }', { t: "') RETURN 1 // MATCH (n) DETACH DELETE n" }, null],
      ['query($t: String!) { search(text: $t) { score } }', { t: '' }, null],
      ['query($t: String!) { search(text: $t) { score } }', { t: 'x'.repeat(100_000) }, 'BAD_USER_INPUT'],
    ];
    for (const [query, variables, code] of cases) {
      const { status, body } = await api.query(query, variables);
      assert.ok(status < 500, `${query}: HTTP ${status}`);
      assert.equal(body.errors?.[0]?.extensions?.code ?? null, code, query);
    }
    const { body } = await api.query<{ articles: { edges: unknown[] } }>(
      '{ articles(first: 100) { edges { cursor } } }',
    );
    assert.equal(body.data?.articles.edges.length, 6, 'the hostile search deleted nothing');
  });

  test('mutations need the bearer token', async () => {
    const mutation = 'mutation { deleteArticle(id: "a-0000000000000000") }';
    assert.equal((await api.query(mutation)).body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    const wrong = await api.query(mutation, {}, { authorization: 'Bearer wrong' });
    assert.equal(wrong.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    assert.equal((await api.query<{ deleteArticle: boolean }>(mutation, {}, auth)).body.data?.deleteArticle, false);
  });

  test('merge then undo, and split then the alias stands alone', async () => {
    // Chen Yiqin has no Wikipedia title; Xi Jinping and Vladimir Putin have two, which never merge.
    const [xi, other, putin] = [await idOf('Xi Jinping'), await idOf('Chen Yiqin'), await idOf('Vladimir Putin')];
    const twoTitles = await api.query(
      `mutation { mergeEntities(keepId: "${xi}", mergeIds: ["${putin}"]) { mergeId } }`,
      {},
      auth,
    );
    assert.equal(twoTitles.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    const refused = await api.query(
      `mutation { mergeEntities(keepId: "${xi}", mergeIds: ["country:CN"]) { mergeId } }`,
      {},
      auth,
    );
    assert.equal(refused.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    const self = await api.query(
      `mutation { mergeEntities(keepId: "${xi}", mergeIds: ["${xi}"]) { mergeId } }`,
      {},
      auth,
    );
    assert.equal(self.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');

    const entityQuery = `query($id: ID!) { entity(id: $id) { id aliases mentionCount relations(first: 100) { id } } }`;
    type EntityData = {
      entity: { id: string; aliases: string[]; mentionCount: number; relations: { id: string }[] } | null;
    };
    const before = (await api.query<EntityData>(entityQuery, { id: xi })).body.data?.entity;
    const otherBefore = (await api.query<EntityData>(entityQuery, { id: other })).body.data?.entity;
    const merged = await api.query<{
      mergeEntities: { mergeId: string; entity: { aliases: string[]; mentionCount: number } };
    }>(
      `mutation { mergeEntities(keepId: "${xi}", mergeIds: ["${other}"]) { mergeId entity { aliases mentionCount } } }`,
      {},
      auth,
    );
    const result = merged.body.data?.mergeEntities;
    assert.ok(result !== undefined, JSON.stringify(merged.body.errors));
    assert.equal(result.entity.mentionCount, (before?.mentionCount ?? 0) + (otherBefore?.mentionCount ?? 0));
    for (const alias of otherBefore?.aliases ?? []) assert.ok(result.entity.aliases.includes(alias));
    assert.equal((await api.query<EntityData>(entityQuery, { id: other })).body.data?.entity, null);

    const undone = await api.query(`mutation { undoMerge(mergeId: "${result.mergeId}") { id } }`, {}, auth);
    assert.equal(undone.body.errors, undefined);
    const xiAfter = (await api.query<EntityData>(entityQuery, { id: xi })).body.data?.entity;
    const otherAfter = (await api.query<EntityData>(entityQuery, { id: other })).body.data?.entity;
    assert.deepEqual(
      { ...xiAfter, relations: xiAfter?.relations.map((r) => r.id).sort() },
      { ...before, relations: before?.relations.map((r) => r.id).sort() },
    );
    assert.equal(otherAfter?.mentionCount, otherBefore?.mentionCount);

    const missing = await api.query(`mutation { splitAlias(entityId: "${xi}", alias: "Nobody") { id } }`, {}, auth);
    assert.equal(missing.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  test('splitting an alias off moves its mentions to a new entity and keeps every mention', async () => {
    const putin = await idOf('Vladimir Putin');
    type EntityData = { entity: { id: string; aliases: string[]; mentionCount: number } | null };
    const entityQuery = 'query($id: ID!) { entity(id: $id) { id aliases mentionCount } }';
    const before = (await api.query<EntityData>(entityQuery, { id: putin })).body.data?.entity;
    const alias = before?.aliases.find((name) => name !== 'Vladimir Putin' && !name.includes(' '));
    assert.ok(
      before !== undefined && before !== null && alias !== undefined,
      `no one-word alias in ${String(before?.aliases)}`,
    );
    const split = await api.query<{ splitAlias: { id: string; aliases: string[]; mentionCount: number } }>(
      'mutation($id: ID!, $alias: String!) { splitAlias(entityId: $id, alias: $alias) { id aliases mentionCount } }',
      { id: putin, alias },
      auth,
    );
    const created = split.body.data?.splitAlias;
    assert.ok(created !== undefined, JSON.stringify(split.body.errors));
    assert.notEqual(created.id, putin);
    assert.deepEqual(created.aliases, [alias]);
    const after = (await api.query<EntityData>(entityQuery, { id: putin })).body.data?.entity;
    assert.ok(after !== null && after !== undefined && !after.aliases.includes(alias));
    assert.equal(after.mentionCount + created.mentionCount, before.mentionCount);
  });
});
