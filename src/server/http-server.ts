import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphExecutor } from '../graph/executor';
import type { Logger } from '../logger';
import { buildGraphSchema } from '../schema/build-schema';
import { createLoaders, type RequestContext } from '../schema/context';
import { writerFor } from '../schema/write-access';
import { createFormatError } from './format-error';

export interface ServerOptions {
  graph: GraphExecutor;
  port: number;
  logger: Logger;
  /** The bearer token mutations need; null switches writes off. */
  writeToken: string | null;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Stops taking requests, lets in-flight ones finish, then resolves. */
  stop(): Promise<void>;
}

/** A request body larger than this is refused before it is parsed. */
const MAX_BODY = '1mb';

/**
 * GraphQL on Express 5: `POST/GET /graphql`, and `GET /health` (200 only when
 * Neo4j answers). Apollo's own landing page is disabled because it loads from
 * a CDN; the project serves its own playground.
 */
export async function startServer({ graph, port, logger, writeToken }: ServerOptions): Promise<RunningServer> {
  const app = express();
  const httpServer: Server = createServer(app);
  const apollo = new ApolloServer<RequestContext>({
    schema: buildGraphSchema(),
    // Drain: on stop, wait for in-flight requests before the driver is closed.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
    formatError: createFormatError((error) => logger.error({ err: error }, 'request failed')),
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/health', async (_request, response) => {
    const reachable = await graph.isReachable();
    response.status(reachable ? 200 : 503).json({ status: reachable ? 'ok' : 'unavailable', neo4j: reachable ? 'up' : 'down' });
  });
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY }),
    expressMiddleware(apollo, {
      context: ({ req }) =>
        Promise.resolve({ graph, loaders: createLoaders(graph), writer: writerFor(req.headers.authorization, writeToken) }),
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, () => resolve());
  });
  const actualPort = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://localhost:${actualPort}`,
    port: actualPort,
    stop: () => apollo.stop(),
  };
}
