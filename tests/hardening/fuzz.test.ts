/**
 * Property-based tests (fast-check) over a seeded server: hostile GraphQL
 * arguments never crash the server or surface as an untyped internal error;
 * hostile article texts are stored verbatim and never executed.
 */
import 'reflect-metadata';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { validateArticle } from '../../src/extract';
import { countArticles } from '../../src/graph/article.repository';
import { startSeededServer, TEST_WRITE_TOKEN, type TestServer } from '../support/server';

/** Codes a client may see from a healthy server: each says what was wrong. */
const TYPED_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'NOT_FOUND',
  'QUERY_TOO_COMPLEX',
  'QUERY_TIMEOUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

const SEED = 20_240_516;
const RUNS = Number(process.env['KG_FUZZ_RUNS'] ?? 60);

let t: TestServer | undefined;

function server(): TestServer {
  assert.ok(t !== undefined, 'no server');
  return t;
}
let entityIds: string[] = [];
let articleIds: string[] = [];
let articleCursors: string[] = [];
let entityCursors: string[] = [];
const failures: string[] = [];

interface RawAnswer {
  status: number;
  text: string;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
}

async function raw(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(`${server().server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: RawAnswer['body'];
  try {
    body = JSON.parse(text) as RawAnswer['body'];
  } catch {
    body = undefined;
  }
  return { status: response.status, text, body };
}

/** The invariant of every answer: no 5xx (503 only as SERVICE_UNAVAILABLE), JSON, data or typed errors, no stack. */
function checkAnswer(answer: RawAnswer, what: string): void {
  const context = `${what} -> ${answer.status} ${answer.text.slice(0, 600)}`;
  assert.ok(answer.status < 500 || answer.status === 503, `server error: ${context}`);
  assert.ok(answer.body !== undefined, `not JSON: ${context}`);
  assert.ok(answer.body.data !== undefined || answer.body.errors !== undefined, `neither data nor errors: ${context}`);
  for (const error of answer.body.errors ?? []) {
    const code = String(error.extensions?.['code']);
    if (answer.status === 503) assert.equal(code, 'SERVICE_UNAVAILABLE', context);
    else assert.ok(TYPED_CODES.has(code), `untyped error ${code}: ${context}`);
    assert.equal(error.extensions?.['stacktrace'], undefined, context);
  }
}

/** Runs a property; a counterexample is recorded (the next property still runs) and the test fails at the end. */
async function property<T>(name: string, arbitrary: fc.Arbitrary<T>, run: (value: T) => Promise<void>, numRuns = RUNS) {
  const outcome = await fc.check(fc.asyncProperty(arbitrary, run), { numRuns, seed: SEED, endOnFailure: false });
  if (outcome.failed) {
    failures.push(
      `${name}: counterexample ${fc.stringify(outcome.counterexample)}\n  ${String(outcome.errorInstance)}`,
    );
  }
}

// ---------- arbitraries ----------

const HOSTILE = [
  "') MATCH (n) DETACH DELETE n //",
  '" OR 1=1 --',
  "'; CALL db.clearQueryCaches(); //",
  '}) RETURN 1 UNION MATCH (n) DETACH DELETE n RETURN 1 //',
  '$param',
  '{}$',
  '${}',
  '\\',
  '\\\\"\'',
  '`backtick`',
  '/* comment */',
  'apoc.cypher.runWrite("MATCH (n) DETACH DELETE n", {})',
  'LOAD CSV FROM "file:///etc/passwd" AS l RETURN l',
  // Lucene query syntax (full-text search)
  '"unclosed',
  '*',
  '?',
  '~',
  'a~2',
  'AND OR NOT',
  '[a TO z]',
  '{a TO z}',
  '/re.*gex/',
  '((((',
  'title:xi',
  'a^10',
  '+-&&||!(){}[]^"~*?:\\/',
  '',
  ' ',
  '\n\t\r',
  'Xi Jinping',
  'Путин',
  '习近平',
  'محمد بن سلمان',
  'e\u0301\u0301\u0301',
  '\u200b\u200f\u202e',
  '😀👨‍👩‍👧',
  'ﷺ',
];

const text = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.constantFrom(...HOSTILE), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' ')),
  fc.integer({ min: 150, max: 5_000 }).map((n) => 'x'.repeat(n)),
);

const idArbitrary = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(...entityIds, ...articleIds),
    text,
    fc.constantFrom(...entityIds).map((id) => id + "'"),
    fc.constantFrom('person:~', 'country:', ':', 'country:CN', 'a-', 'a-0000000000000000'),
  );

const first = fc.oneof(
  fc.integer({ min: -3, max: 120 }),
  fc.constantFrom(0, 1, 100, 101, 2_147_483_647, -2_147_483_648),
);

const base64url = (value: string): string => Buffer.from(value, 'utf8').toString('base64url');

const cursor = (real: () => string[]): fc.Arbitrary<string | null> =>
  fc.oneof(
    fc.constant(null),
    fc.constantFrom(...real()),
    text,
    fc.jsonValue().map((value) => base64url(JSON.stringify(value))),
    fc
      .record({ published: fc.oneof(fc.string(), fc.constant('9999-99-99')), id: text, name: text })
      .map((position) => base64url(JSON.stringify(position))),
    fc.string({ maxLength: 30 }).map(base64url),
  );

const date = fc.oneof(
  fc.constant(null),
  fc.constantFrom('2024', '2024-05', '2024-05-16', '2024-13-45', '0000-00-00', '9999-12-31T23:59:59Z', '', 'yesterday'),
  text,
);

const ENTITY_TYPES = ['Person', 'Country', 'Organization', 'Place', 'Event', 'Agreement'];

describe('fuzzing the API', { timeout: 600_000 }, () => {
  before(async () => {
    t = await startSeededServer();
    const entities = await server().query<{ entities: { edges: { cursor: string; node: { id: string } }[] } }>(
      '{ entities(first: 100) { edges { cursor node { id } } } }',
    );
    const articles = await server().query<{ articles: { edges: { cursor: string; node: { id: string } }[] } }>(
      '{ articles(first: 100) { edges { cursor node { id } } } }',
    );
    entityIds = entities.body.data?.entities.edges.map((edge) => edge.node.id) ?? [];
    entityCursors = entities.body.data?.entities.edges.map((edge) => edge.cursor) ?? [];
    articleIds = articles.body.data?.articles.edges.map((edge) => edge.node.id) ?? [];
    articleCursors = articles.body.data?.articles.edges.map((edge) => edge.cursor) ?? [];
    assert.ok(entityIds.length > 5 && articleIds.length > 0, 'the seeded graph is empty');
  });
  after(async () => {
    await t?.close();
  });

  test('hostile query arguments: no 5xx, no crash, data or a typed error', async () => {
    failures.length = 0;
    await property('search', fc.record({ text, first, types: fc.option(fc.subarray(ENTITY_TYPES)) }), async (v) => {
      checkAnswer(
        await raw(
          'query ($text: String!, $first: Int!, $types: [EntityType!]) { search(text: $text, first: $first, types: $types) { score entity { id name } } }',
          v,
        ),
        `search ${JSON.stringify(v).slice(0, 300)}`,
      );
    });
    await property('entity', idArbitrary(), async (id) => {
      checkAnswer(
        await raw(
          'query ($id: ID!) { entity(id: $id) { id name neighbors(first: 3) { id } relations(first: 3) { type } articles(first: 2) { edges { cursor } } } }',
          { id },
        ),
        `entity ${JSON.stringify(id).slice(0, 300)}`,
      );
    });
    await property('article', idArbitrary(), async (id) => {
      checkAnswer(
        await raw('query ($id: ID!) { article(id: $id) { id title relatedArticles(first: 2) { score } } }', { id }),
        `article ${JSON.stringify(id).slice(0, 300)}`,
      );
    });
    await property(
      'articles',
      fc.record({ first, after: cursor(() => articleCursors), text: fc.option(text) }),
      async (v) => {
        checkAnswer(
          await raw(
            'query ($first: Int!, $after: String, $text: String) { articles(first: $first, after: $after, text: $text) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }',
            v,
          ),
          `articles ${JSON.stringify(v).slice(0, 300)}`,
        );
      },
    );
    await property(
      'entities',
      fc.record({
        first,
        after: cursor(() => entityCursors),
        name: fc.option(text),
        type: fc.option(fc.constantFrom(...ENTITY_TYPES)),
      }),
      async (v) => {
        checkAnswer(
          await raw(
            'query ($first: Int!, $after: String, $name: String, $type: EntityType) { entities(first: $first, after: $after, filter: { name: $name, type: $type }) { edges { cursor node { id } } pageInfo { hasNextPage } totalCount } }',
            v,
          ),
          `entities ${JSON.stringify(v).slice(0, 300)}`,
        );
      },
    );
    await property(
      'paths',
      fc.record({
        from: idArbitrary(),
        to: idArbitrary(),
        maxHops: fc.oneof(fc.integer({ min: -2, max: 12 }), fc.constant(2_147_483_647)),
        first: fc.integer({ min: -1, max: 15 }),
      }),
      async (v) => {
        checkAnswer(
          await raw(
            'query ($from: ID!, $to: ID!, $maxHops: Int!, $first: Int!) { paths(from: $from, to: $to, maxHops: $maxHops, first: $first) { length } }',
            v,
          ),
          `paths ${JSON.stringify(v).slice(0, 300)}`,
        );
      },
      40,
    );
    await property('timeline', fc.record({ entityId: idArbitrary(), from: date, to: date, first }), async (v) => {
      checkAnswer(
        await raw(
          'query ($entityId: ID!, $from: NewsDate, $to: NewsDate, $first: Int!) { timeline(entityId: $entityId, from: $from, to: $to, first: $first) { date } }',
          v,
        ),
        `timeline ${JSON.stringify(v).slice(0, 300)}`,
      );
    });
    // Variables of the wrong type: refused by coercion, never a 5xx.
    await property('wrong variable types', fc.record({ id: fc.jsonValue(), first: fc.jsonValue() }), async (v) => {
      checkAnswer(
        await raw('query ($id: ID!, $first: Int!) { entity(id: $id) { neighbors(first: $first) { id } } }', v),
        `coercion ${JSON.stringify(v).slice(0, 300)}`,
      );
    });

    assert.equal((await fetch(`${server().server.url}/health`)).status, 200, 'the server is still healthy');
    assert.deepEqual(failures, []);
  });

  test('hostile article texts: stored verbatim, never executed', async () => {
    failures.length = 0;
    let serial = 0;
    let expectedArticles = await countArticles(server().graph.executor);
    const seedArticles = [...articleIds];
    const mutation =
      'mutation ($articles: [ArticleInput!]!) { ingestArticles(articles: $articles) { created failures { reason } articles { id created } } }';
    // A hostile part inside text that looks like news, so extraction and linking see it too.
    const hostileText = fc.oneof(
      text,
      fc.tuple(text, text).map(([a, b]) => `President ${a} met Prime Minister ${b} in Beijing on Monday.`),
      fc.tuple(text, text).map(([a, b]) => `${a} said that China and ${b} should deepen cooperation.\n\n${a}`),
    );
    await property(
      'ingestArticles',
      fc.record({ title: text, text: hostileText }),
      async (v) => {
        serial += 1;
        // A unique prefix: no two runs share an article id (ids hash title and text).
        const article = { title: `Fuzz ${serial}: ${v.title}`.slice(0, 1000), text: v.text };
        const answer = await raw(mutation, { articles: [article] }, { authorization: `Bearer ${TEST_WRITE_TOKEN}` });
        checkAnswer(answer, `ingest ${JSON.stringify(article).slice(0, 300)}`);
        const result = (answer.body?.data as { ingestArticles?: Record<string, unknown> } | null)?.ingestArticles as
          { created: number; failures: { reason: string }[]; articles: { id: string; created: boolean }[] } | undefined;
        const refused = validateArticle(article) !== undefined || article.text.length === 0;
        if (refused) {
          // Refused up front (validation) or reported as a failure: nothing written.
          assert.ok(result === undefined || (result.created === 0 && result.failures.length === 1), answer.text);
        } else {
          assert.ok(result !== undefined, answer.text);
          assert.equal(result.created, 1, answer.text);
          expectedArticles += 1;
          const stored = result.articles[0]?.id ?? '';
          const readBack = await raw('query ($id: ID!) { article(id: $id) { title text } }', { id: stored });
          const back = (readBack.body?.data as { article: { title: string; text: string } | null } | undefined)
            ?.article;
          assert.ok(back, readBack.text);
          assert.equal(back.text, article.text, 'the text must be stored verbatim');
          assert.equal(back.title, article.title, 'the title must be stored verbatim');
        }
        assert.equal(
          await countArticles(server().graph.executor),
          expectedArticles,
          'articles appeared or disappeared',
        );
      },
      Number(process.env['KG_FUZZ_INGEST_RUNS'] ?? 50),
    );
    // Nothing was executed: the seed articles and entities are all still there.
    for (const id of seedArticles) {
      const answer = await server().query<{ article: { id: string } | null }>(
        'query ($id: ID!) { article(id: $id) { id } }',
        {
          id,
        },
      );
      assert.equal(answer.body.data?.article?.id, id, `seed article ${id} disappeared`);
    }
    for (const id of entityIds.slice(0, 20)) {
      const answer = await server().query<{ entity: { id: string } | null }>(
        'query ($id: ID!) { entity(id: $id) { id } }',
        {
          id,
        },
      );
      assert.ok(answer.body.data?.entity !== null, `seed entity ${id} disappeared`);
    }
    assert.deepEqual(failures, []);
  });

  test('text that is not well-formed Unicode (a lone surrogate) is refused or stored verbatim, never altered', async () => {
    const article = { title: 'Lone surrogate', text: 'President Xi Jinping met \ud800 in Beijing. Tail \udfff end.' };
    const answer = await raw(
      'mutation ($articles: [ArticleInput!]!) { ingestArticles(articles: $articles) { created failures { reason } articles { id } } }',
      { articles: [article] },
      { authorization: `Bearer ${TEST_WRITE_TOKEN}` },
    );
    checkAnswer(answer, 'lone surrogate');
    const result = (answer.body?.data as { ingestArticles: { created: number; articles: { id: string }[] } } | null)
      ?.ingestArticles;
    if (result === undefined || result.created === 0) return; // refused: fine
    const id = result.articles[0]?.id ?? '';
    const back = await server().query<{ article: { text: string } | null }>(
      'query ($id: ID!) { article(id: $id) { text } }',
      {
        id,
      },
    );
    assert.equal(
      back.body.data?.article?.text,
      article.text,
      'accepted, but what is stored is not what was sent (lone surrogates became U+FFFD)',
    );
  });
});
