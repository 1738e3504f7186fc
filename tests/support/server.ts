import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import type { GraphConnection } from '../../src/graph/connection';
import { ingestFiles } from '../../src/ingest/ingest.service';
import { logger } from '../../src/logger';
import { startServer, type RunningServer } from '../../src/server/http-server';
import { openEmptyTestGraph } from './graph';
import { testAnnotator } from './nlp';

export const TEST_WRITE_TOKEN = 'test-write-token';

export interface GraphQLResponse<T> {
  status: number;
  body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
}

export interface TestServer {
  graph: GraphConnection;
  server: RunningServer;
  /** POSTs a GraphQL operation; returns the parsed body and the HTTP status. */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** An empty graph with the seed articles ingested, served over HTTP on a free port. */
export async function startSeededServer(): Promise<TestServer> {
  const graph = await openEmptyTestGraph();
  await ingestFiles(graph.executor, testAnnotator(), [join(PROJECT_ROOT, 'seeds')]);
  return serve(graph);
}

/** An empty graph served over HTTP on a free port; the test writes what it needs. */
export async function startEmptyServer(): Promise<TestServer> {
  return serve(await openEmptyTestGraph());
}

async function serve(graph: GraphConnection): Promise<TestServer> {
  const server = await startServer({
    graph: graph.executor,
    port: 0,
    logger,
    writeToken: TEST_WRITE_TOKEN,
    annotator: testAnnotator(),
  });
  return {
    graph,
    server,
    async query(query, variables = {}, headers = {}) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as never };
    },
    async close() {
      await server.stop();
      await graph.close();
    },
  };
}
