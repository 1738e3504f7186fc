/**
 * `/playground`: GraphiQL with the doc explorer, the Explorer plugin, the
 * headers editor and the example operations, all bundled (no CDN).
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import './playground.css';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { GraphiQL } from 'graphiql';
import { getOperationAST, OperationTypeNode, parse, type ExecutionResult } from 'graphql';
import { createClient } from 'graphql-ws';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EXAMPLE_OPERATIONS } from './examples';
import { postGraphQL } from '../shared/graphql-client';

/** Headers from the headers editor are sent as typed; only plain values make sense. */
function stringHeaders(headers: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[name] = String(value);
  }
  return out;
}

/**
 * Subscriptions run over graphql-ws on the same path (`ws://host/graphql`);
 * the socket opens with the first subscription and closes after the last.
 */
const subscriptions = createClient({
  url: () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
  lazy: true,
});

function isSubscription(query: string, operationName: string | null | undefined): boolean {
  try {
    return getOperationAST(parse(query), operationName ?? undefined)?.operation === OperationTypeNode.SUBSCRIPTION;
  } catch {
    // A document that does not parse goes to the server, which says why.
    return false;
  }
}

/**
 * GraphiQL's fetcher: a subscription streams its events from the WebSocket;
 * anything else is a JSON POST to /graphql with the headers editor's headers.
 */
function fetcher(
  params: { query: string; operationName?: string | null; variables?: unknown },
  options?: { headers?: Record<string, unknown> },
): Promise<ExecutionResult> | AsyncIterable<ExecutionResult> {
  // GraphiQL only prints what arrives; its types want errors as GraphQLError
  // objects where the wire carries their JSON form, hence the casts.
  if (isSubscription(params.query, params.operationName)) {
    return subscriptions.iterate({
      query: params.query,
      operationName: params.operationName ?? null,
      variables: (params.variables ?? {}) as Record<string, unknown>,
    }) as AsyncIterable<ExecutionResult>;
  }
  return postGraphQL(
    { query: params.query, operationName: params.operationName ?? null, variables: params.variables },
    stringHeaders(options?.headers),
  ) as Promise<ExecutionResult>;
}

const explorer = explorerPlugin({ showAttribution: false });

const tabs = EXAMPLE_OPERATIONS.map((example) => ({
  query: example.query,
  variables: example.variables ?? null,
  headers: null,
}));

/**
 * GraphiQL fills the variables editor of the first tab from `initialVariables`
 * only, not from `defaultTabs`: hand it the first example's on a first visit
 * (no tabs stored yet); later visits restore what the user left.
 */
function firstVisitVariables(): string | undefined {
  try {
    if (localStorage.getItem('graphiql:tabState') !== null) return undefined;
  } catch {
    // Storage may be off; then every visit is a first one.
  }
  return tabs[0]?.variables ?? undefined;
}

function Playground() {
  return (
    <GraphiQL
      fetcher={fetcher}
      plugins={[explorer]}
      defaultTabs={tabs}
      initialVariables={firstVisitVariables()}
      isHeadersEditorEnabled
      shouldPersistHeaders={false}
      defaultEditorToolsVisibility="variables"
    >
      <GraphiQL.Logo>
        <a className="kg-logo" href="/explore" title="Open the path explorer">
          Path explorer →
        </a>
      </GraphiQL.Logo>
    </GraphiQL>
  );
}

const container = document.getElementById('graphiql');
if (container === null) throw new Error('#graphiql is missing from playground.html');
createRoot(container).render(
  <StrictMode>
    <Playground />
  </StrictMode>,
);
