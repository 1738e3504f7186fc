import {
  getOperationAST,
  OperationTypeNode,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Server } from 'node:http';
import { WebSocketServer } from 'ws';
import type { RequestContext } from '../schema/context';
import { costLimitError, depthLimitRule, type QueryLimits } from './query-limits';

export interface SubscriptionServerOptions {
  httpServer: Server;
  schema: GraphQLSchema;
  limits: QueryLimits;
  /** The context of one subscription (its loaders are replaced per event, see subscription.resolver.ts). */
  context: () => RequestContext;
  /** The same error formatting HTTP answers get: typed codes, nothing internal. */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_REQUEST' } });
}

/** The document, or why it cannot run here: parse, validation, depth and cost, as over HTTP. */
function check(
  schema: GraphQLSchema,
  limits: QueryLimits,
  payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
): DocumentNode | GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(payload.query);
  } catch (error) {
    return [error instanceof GraphQLError ? error : badRequest('the query does not parse')];
  }
  const errors = validate(schema, document, [...specifiedRules, depthLimitRule(limits.maxDepth)]);
  if (errors.length > 0) return [...errors];
  if (getOperationAST(document, payload.operationName)?.operation !== OperationTypeNode.SUBSCRIPTION) {
    // Queries and mutations go over HTTP, where the bearer token and the body limit apply.
    return [badRequest('only subscriptions run over WebSocket; send queries and mutations with POST /graphql')];
  }
  const cost = costLimitError(schema, document, payload.variables ?? {}, payload.operationName, limits.maxCost);
  return cost === null ? document : [cost];
}

/**
 * GraphQL subscriptions over graphql-ws on the HTTP server's port and path
 * (`ws://host:port/graphql`). Each operation is checked like an HTTP one
 * (validation, depth, cost) and its errors are formatted the same way.
 * Returns what stops it: close every socket.
 */
export function startSubscriptionServer(options: SubscriptionServerOptions): { dispose(): Promise<void> } {
  const { schema, limits, formatError } = options;
  const webSockets = new WebSocketServer({ server: options.httpServer, path: '/graphql', maxPayload: 1024 * 1024 });
  const format = (error: GraphQLError): GraphQLFormattedError => {
    const formatted = error.toJSON();
    const { http: _http, ...extensions } = formatted.extensions ?? {};
    return formatError(
      { ...formatted, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...extensions } },
      error.originalError ?? error,
    );
  };
  const cleanup = useServer(
    {
      schema,
      onSubscribe: (_context, _id, payload) => {
        const checked = check(schema, limits, payload);
        if (Array.isArray(checked)) return checked;
        return {
          schema,
          document: checked,
          variableValues: payload.variables,
          operationName: payload.operationName,
          contextValue: options.context(),
        };
      },
      onError: (_context, _id, _payload, errors) => errors.map(format),
      onNext: (_context, _id, _payload, _args, result) =>
        result.errors === undefined ? undefined : { ...result, errors: result.errors.map((error) => format(error)) },
    },
    webSockets,
  );
  return {
    dispose: async () => {
      await cleanup.dispose();
    },
  };
}
