/**
 * Local checking of the front end before `createPlaygroundRouter()` is mounted
 * in src/server/http-server.ts (not a test: node:test does not pick it up).
 * Starts a throwaway Neo4j (and CoreNLP unless CORENLP_URL is set), ingests the seeds, starts the real GraphQL server,
 * puts an Express app with the playground router in front of it (proxying
 * `/graphql`), runs the browser checks and saves screenshots in /tmp.
 *
 *   npx tsc -p . && node dist/tests/server/playground/support/local-check.js [--serve]
 *
 * With --serve it keeps running and prints the address, for a person to look.
 */
import 'reflect-metadata';
import express from 'express';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../../../src/config';
import { startLocalNeo4j } from '../../../../src/graph/local-neo4j';
import { ingestFiles } from '../../../../src/ingest/ingest.service';
import { startServer } from '../../../../src/server/http-server';
import { createPlaygroundRouter } from '../../../../src/server/playground/router';
import { openEmptyTestGraph, THROWAWAY_FLAG } from '../../../support/graph';
import { checkExplorer, checkPlayground, launchBrowser } from '../browser-checks';
import { openBackbone } from '../../../../src/nlp';

async function main(): Promise<void> {
  const serve = process.argv.includes('--serve');
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-playground-neo4j-'));
  const neo4j = await startLocalNeo4j({
    dataDir,
    boltPort: 0,
    heap: '1g',
    pageCacheMiB: 256,
    transactionTimeoutSeconds: 30,
  });
  process.env['NEO4J_URI'] = neo4j.uri;
  process.env[THROWAWAY_FLAG] = '1';
  const connection = await openEmptyTestGraph();
  // The managed CoreNLP, unless CORENLP_URL names servers.
  const backbone = await openBackbone(loadConfig());
  try {
    console.log(await ingestFiles(connection.executor, backbone.annotator, [loadConfig().seedsDir]));
    const api = await startServer({
      graph: connection.executor,
      port: 0,
      logger: pino({ level: 'silent' }),
      writeToken: null,
      annotator: null,
    });

    const app = express();
    app.use(createPlaygroundRouter());
    app.post('/graphql', express.raw({ type: () => true, limit: '1mb' }), async (request, response) => {
      const headers: Record<string, string> = { 'content-type': request.get('content-type') ?? 'application/json' };
      const authorization = request.get('authorization');
      if (authorization !== undefined) headers['authorization'] = authorization;
      const answer = await fetch(`${api.url}/graphql`, { method: 'POST', headers, body: request.body as Buffer });
      response
        .status(answer.status)
        .type(answer.headers.get('content-type') ?? 'application/json')
        .send(Buffer.from(await answer.arrayBuffer()));
    });
    const front = app.listen(Number(process.env['PORT'] ?? 0));
    await new Promise((resolve) => front.once('listening', resolve));
    const base = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
    console.log(`front end at ${base}/playground and ${base}/explore (API at ${api.url}/graphql)`);

    if (serve) {
      await new Promise<void>((resolve) => process.once('SIGINT', resolve).once('SIGTERM', resolve));
    } else {
      const browser = await launchBrowser();
      try {
        await checkPlayground(browser, base, {
          expectInResult: 'Vladimir Putin',
          screenshot: '/tmp/playground.png',
          explorerScreenshot: '/tmp/playground-explorer.png',
        });
        await checkExplorer(browser, base, {
          from: { type: 'Cai Q', pick: 'Cai Qi' },
          to: { type: 'Putin', pick: 'Vladimir Putin' },
          screenshot: '/tmp/explore.png',
          expandedScreenshot: '/tmp/explore-expanded.png',
          articleScreenshot: '/tmp/explore-article.png',
        });
        console.log('requests:', browser.requests.length, 'outside:', browser.outsideRequests());
        console.log('page errors:', browser.pageErrors);
      } finally {
        await browser.close();
      }
    }
    front.close();
    await api.stop();
  } finally {
    await backbone.close();
    await connection.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
