/**
 * The one way the browser talks to the API: a JSON POST to same-origin
 * `/graphql` (Apollo's CSRF prevention accepts it; a GET would need a
 * preflight header).
 */
export const GRAPHQL_ENDPOINT = '/graphql';

export interface GraphQLErrorPayload {
  message: string;
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorPayload[];
}

export interface GraphQLRequest {
  query: string;
  operationName?: string | null;
  variables?: unknown;
}

/** Sends a request and returns the response body as the server wrote it. */
export async function postGraphQL<T>(
  request: GraphQLRequest,
  headers: Record<string, string> = {},
  signal?: AbortSignal,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(GRAPHQL_ENDPOINT, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(request),
    credentials: 'same-origin',
    signal: signal ?? null,
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as GraphQLResponse<T>;
  } catch {
    return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 200)}` }] };
  }
}

export class GraphQLRequestError extends Error {
  override name = 'GraphQLRequestError';
}

/** Runs a query and returns its data, or throws with the server's messages. */
export async function query<T>(document: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  const result = await postGraphQL<T>({ query: document, variables }, {}, signal);
  if (result.errors !== undefined && result.errors.length > 0) {
    throw new GraphQLRequestError(result.errors.map((error) => error.message).join('; '));
  }
  if (result.data === undefined || result.data === null) throw new GraphQLRequestError('the server sent no data');
  return result.data;
}
