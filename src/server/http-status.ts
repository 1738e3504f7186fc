import type { ApolloServerPlugin } from '@apollo/server';

/**
 * The GraphQL-over-HTTP spec's status codes for a request that was well
 * formed but failed to parse, validate or coerce its variables: 400 for a
 * client that accepts `application/graphql-response+json`, but 200 for one
 * that accepts only `application/json` (older clients read the body of a
 * 200 only). Apollo answers 400 to both; this sets the legacy client's 200.
 * Malformed requests (no query, a broken body, CSRF refusals) never reach
 * the request pipeline and keep their 400.
 */
export function legacyJsonStatusPlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ request, response }) {
          if (response.http.status !== 400 || response.body.kind !== 'single') return Promise.resolve();
          // A request error: the operation never ran, so the result has no data at all.
          if ('data' in response.body.singleResult) return Promise.resolve();
          const accept = request.http?.headers.get('accept') ?? '';
          if (!accept.includes('application/graphql-response+json')) response.http.status = 200;
          return Promise.resolve();
        },
      });
    },
  };
}
