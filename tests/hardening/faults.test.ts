/**
 * Fault tolerance against a Neo4j of the test's own (tests/support/hardening.ts):
 * (a) Neo4j stopped under a running server, then restarted on the same port;
 * (b) Neo4j SIGKILLed in the middle of a large ingest, restarted, ingest rerun;
 * (c) SIGTERM to `kg serve` while a request is in flight.
 */
import 'reflect-metadata';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { corpus } from '../../bench/corpus';
import { loadConfig, PROJECT_ROOT } from '../../src/config';
import { countArticles } from '../../src/graph/article.repository';
import { openGraph, type GraphConnection } from '../../src/graph/connection';
import { canonicalDump, clearGraph } from '../../src/graph/maintenance.repository';
import { ingestFiles } from '../../src/ingest/ingest.service';
import { logger } from '../../src/logger';
import { startServer, type RunningServer } from '../../src/server/http-server';
import {
  CLI,
  freePort,
  OwnNeo4j,
  runCli,
  sleep,
  splitEventLayer,
  tempDir,
  waitFor,
  writeNdjson,
} from '../support/hardening';
import { testAnnotator } from '../support/nlp';

const WRITE_TOKEN = 'faults-write-token';

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}, headers = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as GraphQLBody };
}

async function healthStatus(url: string): Promise<number> {
  return (await fetch(`${url}/health`)).status;
}

function firstDifference(a: string, b: string): string {
  const left = a.split('\n');
  const right = b.split('\n');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i] !== right[i]) {
      return `line ${i + 1} of ${left.length} vs ${right.length}:\n  after kill: ${left[i]?.slice(0, 400)}\n  clean:      ${right[i]?.slice(0, 400)}`;
    }
  }
  return 'no difference';
}

let own: OwnNeo4j | undefined;
let work: string | undefined;

describe('faults', { timeout: 600_000 }, () => {
  before(async () => {
    own = await OwnNeo4j.start('faults');
    work = tempDir('faults-work');
  });
  const neo4j = (): OwnNeo4j => {
    assert.ok(own !== undefined);
    return own;
  };
  const workDir = (): string => {
    assert.ok(work !== undefined);
    return work;
  };
  before(() => {});
  after(async () => {
    await own?.dispose();
    if (work !== undefined) rmSync(work, { recursive: true, force: true });
  });

  test('(a) Neo4j stopped: typed SERVICE_UNAVAILABLE, /health 503; restarted on the same port: recovers by itself', async () => {
    const graph = await openGraph(loadConfig({ NEO4J_URI: neo4j().uri }));
    let server: RunningServer | undefined;
    try {
      await clearGraph(graph.executor);
      await ingestFiles(graph.executor, testAnnotator(), [join(PROJECT_ROOT, 'seeds')]);
      server = await startServer({
        graph: graph.executor,
        port: 0,
        logger,
        writeToken: WRITE_TOKEN,
        annotator: testAnnotator(),
      });
      const url = server.url;
      const queries = [
        '{ search(text: "Xi") { score entity { id name } } }',
        '{ articles(first: 3) { edges { node { id title } } } }',
      ];
      for (const query of queries) {
        const up = await post(url, query);
        assert.equal(up.status, 200);
        assert.equal(up.body.errors, undefined, up.text);
      }
      assert.equal(await healthStatus(url), 200);

      await neo4j().stop();

      assert.equal(await healthStatus(url), 503, '/health must answer 503 while Neo4j is down');
      const down = await Promise.all(queries.map((query) => post(url, query)));
      for (const answer of down) {
        assert.ok(answer.status === 200 || answer.status === 503, `status ${answer.status}: ${answer.text}`);
        assert.ok(answer.body.errors !== undefined && answer.body.errors.length > 0, answer.text);
        for (const error of answer.body.errors) {
          assert.equal(error.extensions?.['code'], 'SERVICE_UNAVAILABLE', answer.text);
          assert.equal(error.extensions['stacktrace'], undefined, answer.text);
        }
        // Nothing internal leaks: no driver message, address, Cypher, or stack frame.
        assert.doesNotMatch(
          answer.text,
          /bolt:|127\.0\.0\.1|ECONNREFUSED|Neo4jError|Neo\.|MATCH|\bat .*\.js:\d+/,
          answer.text,
        );
      }

      await neo4j().restart();
      const recovered = await waitFor(async () => (await healthStatus(url)) === 200, 60_000, 500);
      assert.ok(recovered, '/health did not come back to 200 within 60 s of Neo4j restarting');
      for (const query of queries) {
        const again = await post(url, query);
        assert.equal(again.status, 200, again.text);
        assert.equal(again.body.errors, undefined, again.text);
      }
    } finally {
      await server?.stop();
      await graph.close();
    }
  });

  test('(b) Neo4j SIGKILLed mid-ingest, restarted, ingest rerun: exactly the graph of a clean ingest', async () => {
    const articles = corpus(20_240_517, 150);
    const file = writeNdjson(workDir(), 'large.ndjson', articles);
    const env = { NEO4J_URI: neo4j().uri, LOG_LEVEL: 'warn' };

    let monitor: GraphConnection = await openGraph(loadConfig(env));
    await clearGraph(monitor.executor);

    const child = spawn(process.execPath, [CLI, 'ingest', file], { env: { ...process.env, ...env }, stdio: 'pipe' });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) =>
      child.once('exit', (code) => {
        resolve(code);
      }),
    );
    let childDone = false;
    void exited.then(() => (childDone = true));

    // Kill once a good part (but not all) of the batch is written.
    let written = 0;
    const started = await waitFor(
      async () => {
        if (childDone) return true;
        written = await countArticles(monitor.executor);
        return written >= 25;
      },
      150_000,
      100,
    );
    assert.ok(
      started && !childDone,
      `the ingest ended before it could be killed (${written} articles): ${stderr}\n${stdout.slice(0, 2000)}`,
    );
    await monitor.close();
    await neo4j().kill();

    const code = await exited;
    assert.notEqual(code, 0, 'an ingest whose database died must not report success');
    assert.match(stderr, /error: /, 'the CLI must say what went wrong');
    assert.doesNotMatch(stderr, /unexpected failure/, `a lost database is an expected failure, not a crash: ${stderr}`);

    await neo4j().restart();
    const rerun = await runCli(['ingest', file], env);
    assert.equal(rerun.code, 0, rerun.stderr + rerun.stdout);
    monitor = await openGraph(loadConfig(env));
    try {
      assert.equal(await countArticles(monitor.executor), articles.length);
      const afterCrash = await canonicalDump(monitor.executor);

      await clearGraph(monitor.executor);
      const clean = await runCli(['ingest', file], env);
      assert.equal(clean.code, 0, clean.stderr + clean.stdout);
      const cleanDump = await canonicalDump(monitor.executor);

      assert.ok(cleanDump.split('\n').length > articles.length, 'the clean dump is suspiciously small');
      // Event merges depend on arrival order (see splitEventLayer): events are compared per article.
      const crashed = splitEventLayer(afterCrash);
      const fresh = splitEventLayer(cleanDump);
      assert.deepEqual(crashed.eventsPerArticle, fresh.eventsPerArticle, "an article's events were lost or merged");
      assert.ok(crashed.rest === fresh.rest, `graphs differ: ${firstDifference(crashed.rest, fresh.rest)}`);
    } finally {
      await monitor.close();
    }
  });

  test('(c) SIGTERM to `kg serve` drains an in-flight request, then exits 0', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [CLI, 'serve'], {
      env: {
        ...process.env,
        NEO4J_URI: neo4j().uri,
        PORT: String(port),
        KG_WRITE_TOKEN: WRITE_TOKEN,
        LOG_LEVEL: 'warn',
      },
      stdio: 'pipe',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => {
        resolve({ code, signal });
      }),
    );
    const url = `http://127.0.0.1:${port}`;
    const monitor = await openGraph(loadConfig({ NEO4J_URI: neo4j().uri }));
    try {
      const ready = await waitFor(() => Promise.resolve(stdout.includes('GraphQL:')), 120_000, 100);
      assert.ok(ready, `serve did not start: ${stdout}\n${stderr}`);

      // A slow-ish request: ingest 40 new articles in one mutation.
      const articles = corpus(77, 40).map((input) => ({
        title: input.title,
        text: input.text,
        published: input.published,
        source: input.source,
        url: input.url,
      }));
      const before = await countArticles(monitor.executor);
      let settled: string | undefined;
      const inFlight = post(
        url,
        'mutation ($articles: [ArticleInput!]!) { ingestArticles(articles: $articles) { created failures { reason } } }',
        { articles },
        { authorization: `Bearer ${WRITE_TOKEN}` },
      );
      void inFlight.then(
        (answer) => (settled = answer.text),
        (error: unknown) => (settled = String(error)),
      );
      // SIGTERM once the server is visibly in the middle of it.
      const busy = await waitFor(
        async () => settled === undefined && (await countArticles(monitor.executor)) > before,
        60_000,
        50,
      );
      assert.ok(
        busy && settled === undefined,
        `the mutation never started writing, or ended first: ${settled?.slice(0, 2000)}`,
      );
      assert.ok(child.kill('SIGTERM'));

      const answer = await inFlight;
      assert.equal(answer.status, 200, answer.text);
      assert.equal(answer.body.errors, undefined, answer.text);
      const result = answer.body.data?.['ingestArticles'] as { created: number; failures: unknown[] };
      assert.deepEqual(result.failures, []);
      assert.equal(result.created, articles.length, 'the in-flight mutation must finish all its work');

      const status = await Promise.race([exited, sleep(60_000).then(() => undefined)]);
      assert.ok(status !== undefined, 'serve did not exit within 60 s of SIGTERM');
      assert.deepEqual(status, { code: 0, signal: null }, stderr);
      assert.equal(await countArticles(monitor.executor), before + articles.length);
      await assert.rejects(fetch(`${url}/health`), 'nothing listens after shutdown');
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await monitor.close();
    }
  });
});
