import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { corpus } from '../../bench/corpus';
import { toArticle } from '../../src/extract';
import type { GraphConnection } from '../../src/graph/connection';
import { countArticles } from '../../src/graph/article.repository';
import { INGEST_BATCH_SIZE, ingest, type IngestFailure } from '../../src/ingest/ingest.service';
import { Annotator, AnnotationUnavailableError } from '../../src/nlp';
import { clearGraph } from '../../src/graph/maintenance.repository';
import { logger } from '../../src/logger';
import { startServer } from '../../src/server/http-server';
import { openEmptyTestGraph } from '../support/graph';
import { freePort } from '../support/hardening';
import { forwardTo, portOf, testAnnotator } from '../support/nlp';

// The annotation cache decides which articles need CoreNLP at all, so each case is exact, not a race.
describe('ingest and the annotation backbone', () => {
  let graph: GraphConnection;
  let cacheDir: string;
  before(async () => {
    graph = await openEmptyTestGraph();
    cacheDir = mkdtempSync(join(tmpdir(), 'kg-ingest-cache-'));
  });
  after(async () => {
    await graph.close();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  test('an article CoreNLP cannot annotate in time is reported and skipped; the rest are written', async () => {
    await clearGraph(graph.executor);
    const articles = corpus(31, 6).map(toArticle);
    const [slow, ...rest] = articles;
    assert.ok(slow !== undefined);
    await new Annotator({ urls: testAnnotator().pool.urls, cacheDir }).annotateAll(rest);
    // A 1 ms limit: only an article that must go to CoreNLP fails, and it times out there.
    const hurried = new Annotator({ urls: testAnnotator().pool.urls, cacheDir, timeoutMs: 1 });
    const failures: IngestFailure[] = [];
    const summary = await ingest(graph.executor, hurried, articles, failures);
    assert.equal(summary.created, rest.length);
    const [failure, ...others] = failures;
    assert.ok(failure !== undefined && others.length === 0, JSON.stringify(failures));
    assert.equal(failure.title, slow.title);
    assert.match(failure.reason, /^annotation timed out: /);
    assert.equal(await countArticles(graph.executor), rest.length);
  });

  test('CoreNLP going away stops the ingest with AnnotationUnavailableError between whole batches', async () => {
    await clearGraph(graph.executor);
    const articles = corpus(32, INGEST_BATCH_SIZE + 5).map(toArticle);
    const firstBatch = articles.slice(0, INGEST_BATCH_SIZE);
    await new Annotator({ urls: testAnnotator().pool.urls, cacheDir }).annotateAll(firstBatch);
    const forwarder = await forwardTo(portOf(testAnnotator().pool.urls[0] ?? ''));
    await forwarder.close();
    const annotator = new Annotator({ urls: [forwarder.url], cacheDir, retries: 1, backoffMs: 10 });
    await assert.rejects(ingest(graph.executor, annotator, articles, []), AnnotationUnavailableError);
    assert.equal(
      await countArticles(graph.executor),
      INGEST_BATCH_SIZE,
      'the first batch whole, nothing of the second',
    );
  });

  test('the ingestArticles mutation answers SERVICE_UNAVAILABLE when CoreNLP is gone, and writes nothing', async () => {
    await clearGraph(graph.executor);
    const gone = new Annotator({ urls: [`http://127.0.0.1:${await freePort()}`], cacheDir: null, retries: 0 });
    const server = await startServer({ graph: graph.executor, port: 0, logger, writeToken: 'token', annotator: gone });
    try {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer token' },
        body: JSON.stringify({
          query: 'mutation ($a: [ArticleInput!]!) { ingestArticles(articles: $a) { created } }',
          variables: { a: [{ title: 'Talks in Dakar', text: 'Amina Diallo met Rashid Kaya in Dakar on Monday.' }] },
        }),
      });
      const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
      const [error] = body.errors ?? [];
      assert.ok(error !== undefined, JSON.stringify(body));
      assert.equal(error.extensions?.code, 'SERVICE_UNAVAILABLE');
      assert.doesNotMatch(error.message, /127\.0\.0\.1/, 'no internal address leaks');
      assert.equal(await countArticles(graph.executor), 0);
    } finally {
      await server.stop();
    }
  });
});
