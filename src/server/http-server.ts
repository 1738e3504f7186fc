import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphExecutor } from '../graph/executor';
import type { Logger } from '../logger';
import type { Annotator } from '../nlp';
import { buildGraphSchema } from '../schema/build-schema';
import { createLoaders, type RequestContext } from '../schema/context';
import { writerFor } from '../schema/write-access';
import { createEventBus } from '../schema/events';
import { createFormatError } from './format-error';
import { legacyJsonStatusPlugin } from './http-status';
import { startSubscriptionServer } from './subscriptions';
import { createPlaygroundRouter } from './playground/router';
import { costLimitPlugin, DEFAULT_QUERY_LIMITS, depthLimitRule, type QueryLimits } from './query-limits';

export interface ServerOptions {
  graph: GraphExecutor;
  port: number;
  logger: Logger;
  /** The bearer token mutations need; null switches writes off. */
  writeToken: string | null;
  /** The annotation backbone `ingestArticles` uses; null on a server that ingests nothing (writes off). */
  annotator: Annotator | null;
  /** Origins allowed to call the API from a browser on another origin (CORS); none by default. */
  corsOrigins?: string[];
  limits?: QueryLimits;
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
 * GraphQL on Express 5: `POST/GET /graphql`, subscriptions over graphql-ws on
 * the same port and path, and `GET /health` (200 only when Neo4j answers).
 * Apollo's own landing page is disabled because it loads from a CDN; a
 * browser's GET of /graphql gets the project's own playground instead.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { graph, port, logger, writeToken, annotator } = options;
  const limits = options.limits ?? DEFAULT_QUERY_LIMITS;
  const app = express();
  const httpServer: Server = createServer(app);
  const schema = buildGraphSchema();
  const events = createEventBus();
  const formatError = createFormatError((error) => {
    logger.error({ err: error }, 'request failed');
  });
  const subscriptions = startSubscriptionServer({
    httpServer,
    schema,
    limits,
    formatError,
    context: () => ({
      graph,
      loaders: createLoaders(graph),
      // Subscriptions only read: no token travels over the socket.
      writer: writerFor(undefined, writeToken),
      // Nor does anything it runs annotate.
      annotator: null,
      events,
    }),
  });
  const apollo = new ApolloServer<RequestContext>({
    schema,
    // Drain: on stop, in-flight requests finish before the driver is closed.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // On stop, the subscriptions' sockets close too.
      {
        serverWillStart: () =>
          Promise.resolve({
            drainServer: () => subscriptions.dispose(),
          }),
      },
      legacyJsonStatusPlugin(),
      ApolloServerPluginLandingPageDisabled(),
      // Installed by default, and each runs a hook on every resolved field;
      // the API sets no cache hints and serves no federation traces.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      costLimitPlugin(schema, limits.maxCost),
    ],
    validationRules: [depthLimitRule(limits.maxDepth)],
    formatError,
    includeStacktraceInErrorResponses: false,
    // The CLI handles SIGINT/SIGTERM itself (drain, close the driver, stop Neo4j, exit 0).
    stopOnTerminationSignals: false,
    // CSRF prevention (Apollo's default) stays on: a GET or simple POST without
    // a JSON content type or the preflight header is refused.
    csrfPrevention: true,
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.use((request, response, next) => {
    // A request id per request: echoed to the client and on every log line.
    const given = request.header('x-request-id');
    const requestId = given !== undefined && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    response.setHeader('x-request-id', requestId);
    const started = performance.now();
    // Read now: a mounted router (`/graphql`) rewrites request.path for its handlers.
    const path = request.path;
    response.on('finish', () => {
      logger.info(
        {
          requestId,
          method: request.method,
          path,
          status: response.statusCode,
          ms: Math.round(performance.now() - started),
        },
        'request',
      );
    });
    next();
  });
  app.use(createPlaygroundRouter());
  app.get('/health', async (_request, response) => {
    const reachable = await graph.isReachable();
    response
      .status(reachable ? 200 : 503)
      .json({ status: reachable ? 'ok' : 'unavailable', neo4j: reachable ? 'up' : 'down' });
  });
  app.use(
    '/graphql',
    cors({ origin: options.corsOrigins ?? false }),
    express.json({ limit: MAX_BODY }),
    expressMiddleware(apollo, {
      context: ({ req }) =>
        Promise.resolve({
          graph,
          annotator,
          loaders: createLoaders(graph),
          writer: writerFor(req.headers.authorization, writeToken),
          events,
        }),
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, () => {
      resolve();
    });
  });
  const actualPort = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://localhost:${actualPort}`,
    port: actualPort,
    stop: () => apollo.stop(),
  };
}
