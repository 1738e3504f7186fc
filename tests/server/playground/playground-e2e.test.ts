/**
 * The browser front end against the real server: the seed articles ingested
 * into the test Neo4j, `startServer` on a free port, headless Chromium.
 * Needs the built front end (dist/playground, made by `npm run build`) and
 * Debian's chromium at /usr/bin/chromium (CHROMIUM_PATH overrides it).
 */
import 'reflect-metadata';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import pino from 'pino';
import { loadConfig } from '../../../src/config';
import type { GraphConnection } from '../../../src/graph/connection';
import { ingestFiles } from '../../../src/ingest/ingest.service';
import { startServer, type RunningServer } from '../../../src/server/http-server';
import { PLAYGROUND_DIST_DIR } from '../../../src/server/playground/router';
import { openEmptyTestGraph } from '../../support/graph';
import {
  CHROMIUM_PATH,
  checkEventView,
  checkExplorer,
  checkPlayground,
  checkPlaygroundSubscription,
  launchBrowser,
  type TestBrowser,
} from './browser-checks';
import { testAnnotator } from '../../support/nlp';

const WRITE_TOKEN = 'e2e-write-token';

/** Screenshots go here when set (e.g. KG_SCREENSHOTS=/tmp), for a person to look at. */
const SCREENSHOTS = process.env['KG_SCREENSHOTS'];
const shot = (name: string): string | undefined => (SCREENSHOTS === undefined ? undefined : join(SCREENSHOTS, name));

let connection: GraphConnection | undefined;
let server: RunningServer | undefined;
let browser: TestBrowser | undefined;

/** The server and browser `before` started. */
function started(): { url: string; browser: TestBrowser } {
  assert.ok(server !== undefined && browser !== undefined, 'the server and the browser started');
  return { url: server.url, browser };
}

before(async () => {
  assert.ok(
    existsSync(join(PLAYGROUND_DIST_DIR, 'playground.html')),
    `${PLAYGROUND_DIST_DIR} is missing: run npm run build`,
  );
  assert.ok(existsSync(CHROMIUM_PATH), `${CHROMIUM_PATH} is missing: apt-get install chromium`);
  const graph = await openEmptyTestGraph();
  connection = graph;
  const summary = await ingestFiles(graph.executor, testAnnotator(), [loadConfig().seedsDir]);
  assert.equal(summary.failures.length, 0);
  const running = await startServer({
    graph: connection.executor,
    port: 0,
    logger: pino({ level: 'silent' }),
    writeToken: WRITE_TOKEN,
    // The subscription check ingests through the mutation, which annotates.
    annotator: testAnnotator(),
  });
  server = running;
  const home = await fetch(`${running.url}/playground`);
  assert.equal(home.status, 200, 'GET /playground: mount createPlaygroundRouter() in src/server/http-server.ts');
  browser = await launchBrowser();
});

after(async () => {
  // Each is unset when `before` failed part way.
  await browser?.close();
  await server?.stop();
  await connection?.close();
});

void test('GET / sends a browser to the playground', async () => {
  const response = await fetch(`${started().url}/`, { redirect: 'manual' });
  assert.equal(response.status, 302);
  assert.equal(response.headers.get('location'), '/playground');
});

void test("a browser's GET /graphql renders the playground, from this server alone, and runs an example query", async () => {
  const { url, browser } = started();
  await checkPlayground(browser, url, {
    path: '/graphql',
    expectInResult: 'Vladimir Putin',
    screenshot: shot('playground.png'),
    explorerScreenshot: shot('playground-explorer.png'),
  });
  assert.deepEqual(browser.outsideRequests(), [], 'no request may leave this machine');
  assert.ok(
    browser.requests.some((request) => request.endsWith('/graphql')),
    'the playground asked /graphql',
  );
  assert.deepEqual(browser.pageErrors, []);
});

void test('a subscription run from the playground shows the article an ingest writes', async () => {
  const { url, browser } = started();
  const title = 'Xi Jinping receives Quorvald Pemberton of Ruritania';
  await checkPlaygroundSubscription(browser, url, {
    // An id: the editor wraps long lines, which would split the title.
    expectInResult: 'person:quorvald-pemberton',
    screenshot: shot('playground-subscription.png'),
    ingest: async () => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${WRITE_TOKEN}` },
        body: JSON.stringify({
          query: 'mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { created } }',
          variables: {
            a: [
              {
                title,
                text: 'BEIJING, July 4 -- President Xi Jinping met with Quorvald Pemberton, Prime Minister of Ruritania, in Beijing on Thursday.',
              },
            ],
          },
        }),
      });
      assert.equal(response.status, 200);
    },
  });
  assert.deepEqual(browser.outsideRequests(), [], 'no request may leave this machine');
  assert.deepEqual(browser.pageErrors, []);
});

void test('the explorer finds a path from Cai Qi to Vladimir Putin and shows the evidence of an edge', async () => {
  const { url, browser } = started();
  await checkExplorer(browser, url, {
    from: { type: 'Cai Q', pick: 'Cai Qi' },
    to: { type: 'Putin', pick: 'Vladimir Putin' },
    screenshot: shot('explore.png'),
    expandedScreenshot: shot('explore-expanded.png'),
    articleScreenshot: shot('explore-article.png'),
  });
  assert.deepEqual(browser.outsideRequests(), [], 'no request may leave this machine');
  assert.deepEqual(browser.pageErrors, []);
});

interface SeedEvent {
  id: string;
  name: string;
  articles: { totalCount: number; edges: { node: { source: string | null } }[] };
}

void test('the explorer opens an event and lists its reports by publisher, and its parts', async () => {
  const { url, browser } = started();
  assert.ok(connection !== undefined);
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: '{ events(first: 100) { edges { node { id name articles { totalCount edges { node { source } } } } } } }',
    }),
  });
  const { data } = (await response.json()) as { data: { events: { edges: { node: SeedEvent }[] } } };
  const events = data.events.edges.map((edge) => edge.node);
  const [whole, part] = [...events].sort((a, b) => b.articles.totalCount - a.articles.totalCount);
  assert.ok(whole !== undefined && part !== undefined, 'the seed graph has two events');
  // A second publisher's report of the event, and a part of it: what linking
  // writes once several publishers report one event.
  await connection.executor.write(async (tx) => {
    await tx.run(
      `MATCH (whole:Event {id: $whole}), (part:Event {id: $part})
       CREATE (a:Article {id: 'a-e2e-report', title: 'A second report', published: '2031-01-01',
                          source: 'Harbour Post', contentHash: 'e2e', text: 'A second report.'})
       CREATE (a)-[:MENTIONS {count: 1}]->(whole)
       CREATE (part)-[:PART_OF]->(whole)`,
      { whole: whole.id, part: part.id },
    );
  });
  const seedSources = whole.articles.edges.map((edge) => edge.node.source ?? 'Publisher not given');
  const counts = new Map<string, number>([['Harbour Post', 1]]);
  for (const source of seedSources) counts.set(source, (counts.get(source) ?? 0) + 1);
  await checkEventView(browser, url, {
    id: whole.id,
    name: whole.name,
    publishers: [...counts]
      .map(([source, reports]) => ({ source, reports }))
      // Most reports first, then by name; articles without a source last.
      .sort(
        (a, b) =>
          Number(a.source === 'Publisher not given') - Number(b.source === 'Publisher not given') ||
          b.reports - a.reports ||
          a.source.localeCompare(b.source),
      ),
    part: { name: part.name },
    screenshot: shot('explore-event.png'),
  });
  assert.deepEqual(browser.outsideRequests(), [], 'no request may leave this machine');
  assert.deepEqual(browser.pageErrors, []);
});
