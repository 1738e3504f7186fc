/**
 * Issue 15 against the seed graph: typed dates, typed relation facts, Relay
 * nodes and counts, filters (each with its Neo4j round trips counted), and
 * subscriptions over graphql-ws fed by the ingest mutation.
 */
import 'reflect-metadata';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { buildGraphSchema } from '../../src/schema/build-schema';
import { isNewsDate } from '../../src/schema/news-date.scalar';
import { relationKey } from '../../src/schema/node.resolver';
import { listCostEstimator, TOTAL_COUNT_COST } from '../../src/server/query-limits';
import { startSeededServer, TEST_WRITE_TOKEN, type TestServer } from '../support/server';

let api: TestServer;
const auth = { authorization: `Bearer ${TEST_WRITE_TOKEN}` };

interface EdgeList<T> {
  edges: { node: T }[];
  totalCount?: number;
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
}

/** Runs a query that must succeed; returns its data and the Neo4j reads it cost. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the shape it queried
async function ok<T>(query: string, variables: Record<string, unknown> = {}): Promise<{ data: T; reads: number }> {
  const before = api.graph.executor.transactions.read;
  const { body } = await api.query<T>(query, variables);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  assert.ok(body.data !== undefined);
  return { data: body.data, reads: api.graph.executor.transactions.read - before };
}

async function codeOf(query: string, variables: Record<string, unknown> = {}): Promise<string | undefined> {
  const { body } = await api.query(query, variables);
  return body.errors?.[0]?.extensions?.code;
}

/** Every node of a list, page after page. */
async function everyEntity(filter: Record<string, unknown>): Promise<{ id: string; name: string }[]> {
  const all: { id: string; name: string }[] = [];
  let after: string | null = null;
  for (;;) {
    const { data }: { data: { entities: EdgeList<{ id: string; name: string }> } } = await ok(
      'query($f: EntityFilterInput, $a: String) { entities(first: 7, after: $a, filter: $f) { edges { node { id name } } pageInfo { hasNextPage endCursor } } }',
      { f: filter, a: after },
    );
    all.push(...data.entities.edges.map((edge) => edge.node));
    if (data.entities.pageInfo?.hasNextPage !== true) return all;
    after = data.entities.pageInfo.endCursor;
  }
}

describe('NewsDate', () => {
  test('accepts the forms news gives and nothing else', () => {
    for (const good of ['2024-05-16', '2023-03', '2024', '--06-14', '--02-29', '2024/2025', '2024-05/2024-06-01']) {
      assert.ok(isNewsDate(good), good);
    }
    for (const bad of [
      '2024-13',
      '2023-02-29',
      '2024-05-32',
      '--13-01',
      '--02-30',
      '2025/2024',
      '24-05-16',
      '',
      '2024-05-16T10:00:00Z',
      'May 2024',
      '--06-14/2024',
    ]) {
      assert.ok(!isNewsDate(bad), bad);
    }
  });
});

describe('API v2 over the seed articles', () => {
  before(async () => {
    api = await startSeededServer();
  });
  after(async () => {
    await api.close();
  });

  test('dates are NewsDate everywhere and an invalid one is BAD_USER_INPUT', async () => {
    const { data } = await ok<{ articles: EdgeList<{ published: string | null }> }>(
      '{ articles(first: 100) { edges { node { published } } } }',
    );
    for (const { node } of data.articles.edges) assert.ok(node.published === null || isNewsDate(node.published));
    const bad = 'query($from: NewsDate) { timeline(entityId: "person:xi-jinping", from: $from) { date } }';
    assert.equal(await codeOf(bad, { from: '2024-13' }), 'BAD_USER_INPUT');
    assert.equal(
      await codeOf('{ timeline(entityId: "person:xi-jinping", from: "yesterday") { date } }'),
      'BAD_USER_INPUT',
    );
    assert.equal(await codeOf(bad, { from: '--06-14' }), 'BAD_USER_INPUT', 'a bound needs a year');
    assert.equal(
      await codeOf('{ articles(filter: { from: "2024-06", to: "2024-05" }) { totalCount } }'),
      'BAD_USER_INPUT',
    );
    const ranged = await ok<{ timeline: { date: string | null; relationType: string }[] }>(
      '{ timeline(entityId: "person:xi-jinping", from: "2024/2025") { date relationType } }',
    );
    for (const entry of ranged.data.timeline)
      assert.ok(entry.date !== null && entry.date >= '2024', entry.date ?? 'null');
  });

  test('relations carry typed facts: LEADER_OF its title, MET its date', async () => {
    const { data } = await ok<{
      entity: {
        relations: {
          type: string;
          title: string | null;
          role: string | null;
          kind: string | null;
          date: string | null;
        }[];
      };
    }>('{ entity(id: "person:xi-jinping") { relations(first: 100) { type title role kind date } } }');
    const relations = data.entity.relations;
    const leader = relations.filter((relation) => relation.type === 'LEADER_OF');
    assert.ok(leader.length > 0 && leader.every((relation) => relation.title !== null), JSON.stringify(leader));
    for (const relation of relations) {
      assert.ok(relation.date === null || isNewsDate(relation.date));
      if (relation.type !== 'LEADER_OF') assert.equal(relation.title, null);
    }
    assert.ok(
      relations.some((relation) => relation.type === 'MET' && relation.date !== null),
      JSON.stringify(relations),
    );
  });

  test('node(id:) and nodes(ids:) fetch entities, articles and relations by global id, in one round trip per kind', async () => {
    const { data: seed } = await ok<{
      articles: EdgeList<{ id: string }>;
      entity: { relations: { id: string; type: string }[] };
    }>(
      '{ articles(first: 1) { edges { node { id } } } entity(id: "person:xi-jinping") { relations(first: 1) { id type } } }',
    );
    const articleId = seed.articles.edges[0]?.node.id ?? '';
    const relation = seed.entity.relations[0];
    assert.ok(relation !== undefined && relationKey(relation.id) !== null, relation?.id);
    const ids = [relation.id, 'person:xi-jinping', 'person:nobody', articleId, 'nonsense', 'MET(x)', 'country:CN'];
    const { data, reads } = await ok<{ nodes: ({ __typename: string; id: string } | null)[] }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }',
      { ids },
    );
    assert.deepEqual(
      data.nodes.map((node) => node?.__typename ?? null),
      ['Relation', 'Person', null, 'Article', null, null, 'Country'],
    );
    assert.deepEqual(
      data.nodes.map((node) => node?.id ?? null),
      [relation.id, 'person:xi-jinping', null, articleId, null, null, 'country:CN'],
    );
    assert.equal(reads, 3, 'relations, entities and articles: one read each');
    const single = await ok<{ node: { type: string } | null }>(
      'query($id: ID!) { node(id: $id) { ... on Relation { type } } }',
      {
        id: relation.id,
      },
    );
    assert.equal(single.data.node?.type, relation.type);
    assert.equal(
      await codeOf('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array(101).fill('x') }),
      'BAD_USER_INPUT',
    );
  });

  test('totalCount is the length of the whole list, costs one read, and is priced by the complexity limit', async () => {
    const all = await everyEntity({ type: 'Person' });
    const { data, reads } = await ok<{ entities: EdgeList<unknown> }>(
      '{ entities(first: 2, filter: { type: Person }) { totalCount edges { cursor } } }',
    );
    assert.equal(data.entities.totalCount, all.length);
    assert.equal(reads, 2, 'the page and its count');
    const { data: articles } = await ok<{ articles: EdgeList<unknown> & { totalCount: number } }>(
      '{ articles(first: 1) { totalCount } }',
    );
    assert.equal(articles.articles.totalCount, 6);
    const xi = await ok<{ entity: { articles: EdgeList<unknown> & { totalCount: number } } }>(
      '{ entity(id: "person:xi-jinping") { articles(first: 100) { totalCount edges { cursor } } } }',
    );
    assert.equal(xi.data.entity.articles.totalCount, xi.data.entity.articles.edges.length);

    const schema = buildGraphSchema();
    const cost = (query: string): number =>
      getComplexity({ schema, query: parse(query), variables: {}, estimators: [listCostEstimator] });
    const page = '{ articles(first: 100) { edges { node { id } } } }';
    const counted = '{ articles(first: 100) { totalCount edges { node { id } } } }';
    assert.equal(cost(counted) - cost(page), TOTAL_COUNT_COST, 'a count is priced once, not once per item');
    const nested = '{ articles(first: 10) { edges { node { entities { articles(first: 5) { totalCount } } } } } }';
    assert.ok(cost(nested) >= 10 * 10 * TOTAL_COUNT_COST, 'a count per listed item is priced per item');
  });

  test('entities(filter:) by country: only entities directly related to it, in one read', async () => {
    const members = await everyEntity({ country: 'CN' });
    assert.ok(members.length > 0);
    assert.deepEqual(await everyEntity({ country: 'country:CN' }), members, 'an ISO code stands for the id');
    const { data } = await ok<{ entity: { relations: { from: { id: string }; to: { id: string } }[] } }>(
      '{ entity(id: "country:CN") { relations(first: 100) { from { id } to { id } } } }',
    );
    const related = new Set(data.entity.relations.flatMap(({ from, to }) => [from.id, to.id]));
    related.delete('country:CN');
    assert.deepEqual(members.map((member) => member.id).sort(), [...related].sort());
    const people = await everyEntity({ country: 'CN', type: 'Person', name: 'xi' });
    assert.deepEqual(
      people.map((person) => person.id),
      ['person:xi-jinping'],
    );
    const { reads } = await ok('{ entities(first: 5, filter: { country: "CN", type: Person }) { edges { cursor } } }');
    assert.equal(reads, 1);
  });

  test('entities(filter:) mentioned between two dates: those some article of the range names', async () => {
    const { data } = await ok<{ articles: EdgeList<{ published: string | null; entities: { id: string }[] }> }>(
      '{ articles(first: 100) { edges { node { published entities { id } } } } }',
    );
    const days = data.articles.edges
      .map(({ node }) => node.published)
      .filter((day) => day !== null)
      .sort();
    const day = days[0];
    assert.ok(day !== undefined, 'a seed article has a date');
    const expected = new Set(
      data.articles.edges
        .filter(({ node }) => node.published === day)
        .flatMap(({ node }) => node.entities.map((e) => e.id)),
    );
    const found = await everyEntity({ mentionedFrom: day, mentionedTo: day });
    assert.deepEqual(found.map((entity) => entity.id).sort(), [...expected].sort());
  });

  test('articles(filter:) by mentioned entities (all of them), date range and source, in one read', async () => {
    type Articles = { articles: EdgeList<{ id: string; published: string | null; source: string | null }> };
    const ofEntity = async (id: string): Promise<Set<string>> => {
      const { data } = await ok<{ entity: { articles: EdgeList<{ id: string }> } }>(
        'query($id: ID!) { entity(id: $id) { articles(first: 100) { edges { node { id } } } } }',
        { id },
      );
      return new Set(data.entity.articles.edges.map(({ node }) => node.id));
    };
    const [xi, putin] = [await ofEntity('person:xi-jinping'), await ofEntity('person:vladimir-putin')];
    const both = [...xi].filter((id) => putin.has(id)).sort();
    assert.ok(both.length > 0 && both.length < xi.size, 'the seeds have articles with both and with one');
    const fields = 'edges { node { id published source } } totalCount';
    const { data, reads } = await ok<Articles>(
      `query($m: [ID!]) { articles(first: 100, filter: { mentions: $m }) { ${fields} } }`,
      { m: ['person:xi-jinping', 'person:vladimir-putin'] },
    );
    assert.deepEqual(data.articles.edges.map(({ node }) => node.id).sort(), both);
    assert.equal(data.articles.totalCount, both.length);
    assert.equal(reads, 2, 'the page and its count');

    const all = (await ok<Articles>(`{ articles(first: 100) { ${fields} } }`)).data.articles.edges.map(
      ({ node }) => node,
    );
    const day = all.map((article) => article.published).find((published) => published !== null);
    assert.ok(typeof day === 'string', 'a seed article has a date');
    const month = day.slice(0, 7);
    const inMonth = await ok<Articles>(
      `query($m: NewsDate) { articles(first: 100, filter: { from: $m, to: $m }) { ${fields} } }`,
      {
        m: month,
      },
    );
    assert.deepEqual(
      inMonth.data.articles.edges.map(({ node }) => node.id).sort(),
      all
        .filter((article) => article.published?.startsWith(month) === true)
        .map((article) => article.id)
        .sort(),
    );
    const none = await ok<Articles>(`{ articles(first: 100, filter: { source: "No Such Agency" }) { ${fields} } }`);
    assert.equal(none.data.articles.totalCount, 0);
  });

  test('relations(from:, to:) keep the relations dated in the range', async () => {
    const { data } = await ok<{ entity: { relations: { id: string; date: string | null }[] } }>(
      '{ entity(id: "person:xi-jinping") { relations(first: 100) { id date } } }',
    );
    const dated = data.entity.relations.filter((relation) => /^\d{4}/.test(relation.date ?? ''));
    const first = dated.map((relation) => relation.date ?? '').sort()[0];
    assert.ok(first !== undefined, 'Xi Jinping has a relation dated with a year');
    const year = first.slice(0, 4);
    const { data: inYear } = await ok<{ entity: { relations: { id: string }[] } }>(
      'query($y: NewsDate) { entity(id: "person:xi-jinping") { relations(first: 100, from: $y, to: $y) { id } } }',
      { y: year },
    );
    assert.deepEqual(
      inYear.entity.relations.map((relation) => relation.id).sort(),
      dated
        .filter((relation) => relation.date?.startsWith(year) === true)
        .map((relation) => relation.id)
        .sort(),
    );
  });

  test('relations(types, from, to) across the graph: by date, newest first, page after page, one read a page', async () => {
    type Page = {
      relations: EdgeList<{ id: string; type: string; date: string | null }> & {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const every = async (args: string): Promise<{ id: string; type: string; date: string | null }[]> => {
      const all: { id: string; type: string; date: string | null }[] = [];
      let after: string | null = null;
      for (;;) {
        const { data, reads }: { data: Page; reads: number } = await ok(
          `query($a: String) { relations(first: 7, after: $a${args}) { edges { node { id type date } } pageInfo { hasNextPage endCursor } } }`,
          { a: after },
        );
        assert.equal(reads, 1);
        all.push(...data.relations.edges.map(({ node }) => node));
        if (!data.relations.pageInfo.hasNextPage) return all;
        after = data.relations.pageInfo.endCursor;
      }
    };
    const all = await every('');
    assert.equal(new Set(all.map((relation) => relation.id)).size, all.length, 'no relation twice across pages');
    const dates = all.map((relation) => relation.date ?? '');
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first, undated last');
    const year = all.find((relation) => /^\d{4}/.test(relation.date ?? ''))?.date?.slice(0, 4);
    assert.ok(year !== undefined, 'the seeds have a relation dated with a year');
    const inYear = await every(`, from: "${year}", to: "${year}"`);
    assert.deepEqual(
      inYear.map((relation) => relation.id),
      all.filter((relation) => relation.date?.startsWith(year) === true).map((relation) => relation.id),
    );
    const met = await every(', types: [MET]');
    assert.deepEqual(
      met.map((relation) => relation.id),
      all.filter((relation) => relation.type === 'MET').map((relation) => relation.id),
    );
    const { data } = await ok<{ relations: { totalCount: number } }>('{ relations(types: [MET]) { totalCount } }');
    assert.equal(data.relations.totalCount, met.length);
  });

  test('subscriptions: an article ingested through the mutation reaches articleIngested and entityUpdated', async () => {
    const url = api.server.url.replace(/^http/, 'ws') + '/graphql';
    const client: Client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0 });
    try {
      const ingested = client.iterate<{
        articleIngested: {
          article: { id: string; title: string; published: string | null };
          newEntities: { id: string; name: string }[];
          newRelations: { type: string; from: { name: string }; to: { name: string } }[];
        };
      }>({
        query:
          'subscription { articleIngested { article { id title published } newEntities { id name } newRelations { type from { name } to { name } } } }',
      });
      const updated = client.iterate<{ entityUpdated: { id: string; mentionCount: number } | null }>({
        query: 'subscription { entityUpdated(id: "person:xi-jinping") { id mentionCount } }',
      });
      const nextIngested = ingested.next();
      const nextUpdated = updated.next();
      // Let both subscriptions reach the server before the mutation publishes.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const before = (
        await ok<{ entity: { mentionCount: number } }>('{ entity(id: "person:xi-jinping") { mentionCount } }')
      ).data;
      const title = 'Xi Jinping meets Zorblat Quenton of Freedonia';
      const { body } = await api.query<{ ingestArticles: { created: number } }>(
        'mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { created } }',
        {
          a: [
            {
              title,
              published: '2024-07-03',
              text: 'BEIJING, July 3 -- Chinese President Xi Jinping met with Zorblat Quenton, President of Freedonia, in Beijing on Wednesday. Xi Jinping said China values its ties with Freedonia.',
            },
          ],
        },
        auth,
      );
      assert.equal(body.data?.ingestArticles.created, 1, JSON.stringify(body.errors));
      const event = await Promise.race([
        nextIngested,
        new Promise<never>((_, reject) =>
          setTimeout(() => {
            reject(new Error('no articleIngested event in 10 s'));
          }, 10_000),
        ),
      ]);
      assert.ok(event.done !== true);
      const payload = event.value.data?.articleIngested;
      assert.equal(payload?.article.title, title);
      assert.equal(payload.article.published, '2024-07-03');
      assert.ok(
        payload.newEntities.some((entity) => entity.name === 'Zorblat Quenton'),
        JSON.stringify(payload.newEntities),
      );
      assert.ok(
        !payload.newEntities.some((entity) => entity.id === 'person:xi-jinping'),
        'Xi Jinping was known before',
      );
      assert.ok(
        payload.newRelations.some(
          (relation) => relation.to.name === 'Zorblat Quenton' || relation.from.name === 'Zorblat Quenton',
        ),
      );
      const change = await nextUpdated;
      assert.ok(change.done !== true);
      assert.ok((change.value.data?.entityUpdated?.mentionCount ?? 0) > before.entity.mentionCount);
      await ingested.return?.();
      await updated.return?.();
    } finally {
      await client.dispose();
    }
  });

  test('subscriptions keep the limits and the error codes of HTTP, and run nothing but subscriptions', async () => {
    const url = api.server.url.replace(/^http/, 'ws') + '/graphql';
    const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0 });
    const firstError = async (query: string): Promise<Record<string, unknown> | undefined> => {
      const iterator = client.iterate({ query });
      try {
        await iterator.next();
        return undefined;
      } catch (errors) {
        const list = errors as { extensions?: Record<string, unknown>; message: string }[];
        assert.ok(Array.isArray(list), String(errors));
        return { ...list[0]?.extensions, message: list[0]?.message };
      }
    };
    try {
      let selection = 'id';
      for (let level = 0; level < 12; level++) selection = `neighbors(first: 1) { ${selection} }`;
      const deep = await firstError(`subscription { entityUpdated(id: "x") { ${selection} } }`);
      assert.equal(deep?.['code'], 'QUERY_TOO_COMPLEX');
      assert.equal(deep['limit'], 'depth');
      assert.equal(deep['http'], undefined);
      const costly = await firstError(
        'subscription { articleIngested { newEntities { articles(first: 100) { edges { node { entities { articles(first: 100) { edges { cursor } } } } } } } } }',
      );
      assert.equal(costly?.['code'], 'QUERY_TOO_COMPLEX');
      assert.equal(costly['limit'], 'cost');
      assert.equal((await firstError('subscription { nope }'))?.['code'], 'GRAPHQL_VALIDATION_FAILED');
      assert.equal((await firstError('{ __typename }'))?.['code'], 'BAD_REQUEST');
    } finally {
      await client.dispose();
    }
  });
});
