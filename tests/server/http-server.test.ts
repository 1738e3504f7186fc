import 'reflect-metadata';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { auditServer } from 'graphql-http';
import pino from 'pino';
import { Writable } from 'node:stream';
import type { GraphConnection } from '../../src/graph/connection';
import { startServer, type RunningServer } from '../../src/server/http-server';
import { openEmptyTestGraph } from '../support/graph';
import { testAnnotator } from '../support/nlp';

let graph: GraphConnection;
let server: RunningServer;
/** What the server logged, one parsed JSON line each. */
const logLines: Record<string, unknown>[] = [];
const logger = pino(
  { level: 'info' },
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line !== '') logLines.push(JSON.parse(line) as never);
      done();
    },
  }),
);

async function post(body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}

async function errorOf(query: string): Promise<{ message: string; extensions?: Record<string, unknown> } | undefined> {
  const response = await post(JSON.stringify({ query }));
  const body = (await response.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
  return body.errors?.[0];
}

describe('HTTP server', () => {
  before(async () => {
    graph = await openEmptyTestGraph();
    server = await startServer({
      graph: graph.executor,
      port: 0,
      logger,
      writeToken: 'token',
      annotator: testAnnotator(),
    });
  });
  after(async () => {
    await server.stop();
    await graph.close();
  });

  test('/health answers 200 with JSON while Neo4j answers', async () => {
    const response = await fetch(`${server.url}/health`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: 'ok', neo4j: 'up' });
  });

  test('GraphQL over HTTP audit (graphql-http): no MUST fails, and no SHOULD warns', async () => {
    const results = await auditServer({ url: `${server.url}/graphql` });
    const failures = results
      .filter((result) => result.status === 'error')
      .map((result) => `${result.id} ${result.name}`);
    assert.deepEqual(failures, []);
    // Issue 15: three warnings were 400 instead of 200 for parse, validation
    // and variable-coercion failures when the client accepts only application/json.
    const warnings = results
      .filter((result) => result.status === 'warn')
      .map((result) => `${result.id} ${result.name}`);
    assert.deepEqual(warnings, []);
  });

  test('request errors: 200 for an application/json client, 400 for an application/graphql-response+json one', async () => {
    const bad = JSON.stringify({ query: '{ nope }' });
    assert.equal((await post(bad, { accept: 'application/json' })).status, 200);
    assert.equal((await post(bad, { accept: 'application/graphql-response+json' })).status, 400);
    assert.equal((await post('{"query": 1}', { accept: 'application/json' })).status, 400, 'a malformed request');
  });

  test("a browser's GET /graphql gets the playground; any other GET keeps CSRF prevention", async () => {
    const page = await fetch(`${server.url}/graphql`, {
      headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    });
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    const query = `${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`;
    for (const accept of [undefined, 'application/json', 'application/graphql-response+json', '*/*']) {
      const response = await fetch(query, accept === undefined ? {} : { headers: { accept } });
      assert.equal(response.status, 400, `Accept: ${accept ?? '(none)'}`);
      assert.match(await response.text(), /Cross-Site Request Forgery/);
    }
  });

  test('the request log names the path asked (POST /graphql was logged as "/")', async () => {
    await post(JSON.stringify({ query: '{ __typename }' }), { 'x-request-id': 'log-path-check' });
    const line = logLines.find((entry) => entry['requestId'] === 'log-path-check');
    assert.equal(line?.['path'], '/graphql');
    assert.equal(line['method'], 'POST');
  });

  test('a query nested too deep is refused with the limit and its value', async () => {
    let selection = 'id';
    for (let level = 0; level < 12; level++) selection = `neighbors(first: 1) { ${selection} }`;
    const error = await errorOf(`{ entity(id: "x") { ${selection} } }`);
    assert.equal(error?.extensions?.['code'], 'QUERY_TOO_COMPLEX');
    assert.equal(error.extensions['limit'], 'depth');
    assert.equal(error.extensions['max'], 12);
  });

  test('a query that would cost too much is refused before it runs', async () => {
    const error = await errorOf(
      '{ articles(first: 100) { edges { node { entities { articles(first: 100) { edges { node { entities { id } } } } } } } } }',
    );
    assert.equal(error?.extensions?.['code'], 'QUERY_TOO_COMPLEX');
    assert.equal(error.extensions['limit'], 'cost');
  });

  test('a body over 1 MB is refused with 413, and nothing breaks', async () => {
    const response = await post(JSON.stringify({ query: `{ search(text: "${'a'.repeat(1_100_000)}") { score } }` }));
    assert.equal(response.status, 413);
    assert.equal((await fetch(`${server.url}/health`)).status, 200);
  });

  test('CSRF prevention: a GET without a preflight header is refused', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    assert.equal(response.status, 400);
  });

  test('each response carries a request id', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }' }), { 'x-request-id': 'req-42' });
    assert.equal(response.headers.get('x-request-id'), 'req-42');
    const generated = await post(JSON.stringify({ query: '{ __typename }' }));
    assert.match(generated.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
  });
});
