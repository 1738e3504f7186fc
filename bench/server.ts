/**
 * One API process under test, started by bench/main.ts as a child so that its
 * RSS is its own: `node dist/bench/server.js <ours|cypher|peer> <bolt uri>`.
 * Prints `LISTENING <port>` when ready; exits when its stdin closes.
 */
import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j, { type Driver } from 'neo4j-driver';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../src/config';
import { openGraph } from '../src/graph/connection';
import { GraphExecutor, type ReadWork } from '../src/graph/executor';
import { logger } from '../src/logger';
import { startServer } from '../src/server/http-server';
import { BENCH_PASSWORD } from './neo4j';
import { PEER_NEIGHBORS_CYPHER, PEER_RELATED_CYPHER, PEER_TIMELINE_CYPHER } from './queries';

/** Our Neo4j model as @neo4j/graphql 7 type definitions. */
export const PEER_TYPE_DEFS = `
type Entity @node(labels: ["Entity"])
  @fulltext(indexes: [{ indexName: "entity_search", queryName: "entitySearch", fields: ["name", "aliasText"] }]) {
  id: ID!
  name: String!
  type: String!
  aliases: [String!]
  aliasText: String
  date: String
  articles: [Article!]! @relationship(type: "MENTIONS", direction: IN)
  neighbors(first: Int = 20): [Entity!]! @cypher(statement: """${PEER_NEIGHBORS_CYPHER}""", columnName: "n")
  timeline(first: Int = 50): [Entity!]! @cypher(statement: """${PEER_TIMELINE_CYPHER}""", columnName: "event")
}

type Article @node(labels: ["Article"]) {
  id: ID!
  title: String!
  text: String!
  published: String
  source: String
  url: String
  entities: [Entity!]! @relationship(type: "MENTIONS", direction: OUT)
  related(first: Int = 5): [Article!]! @cypher(statement: """${PEER_RELATED_CYPHER}""", columnName: "b")
}
`;

function driverFor(uri: string): Driver {
  // The same settings as src/graph/connection.ts.
  return neo4j.driver(uri, neo4j.auth.basic('neo4j', BENCH_PASSWORD), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 10_000,
  });
}

async function listen(app: express.Express): Promise<number> {
  const server = createServer(app);
  await new Promise<void>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      resolve();
    }),
  );
  return (server.address() as AddressInfo).port;
}

/** Neo4j round trips our API made: every repository read is one transaction with one statement. */
let roundTrips = 0;

function countRoundTrips(): void {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- wrapped and re-attached to the prototype below
  const read = GraphExecutor.prototype.read;
  GraphExecutor.prototype.read = function countedRead<T>(this: GraphExecutor, work: ReadWork<T>): Promise<T> {
    roundTrips++;
    return read.call(this, work) as Promise<T>;
  };
}

async function startOurs(uri: string): Promise<number> {
  countRoundTrips();
  const graph = await openGraph(
    loadConfig({ NEO4J_URI: uri, NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: BENCH_PASSWORD, KG_WRITES: 'off' }),
  );
  const server = await startServer({ graph: graph.executor, port: 0, logger, writeToken: null, annotator: null });
  return server.port;
}

/**
 * The floor: the hand-written Cypher over HTTP with JSON, no GraphQL, run
 * through the same GraphExecutor as our API (same driver settings, the same
 * kind of transaction), so the difference is the GraphQL layer alone.
 */
async function startCypher(uri: string): Promise<number> {
  const graph = await openGraph(
    loadConfig({ NEO4J_URI: uri, NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: BENCH_PASSWORD, KG_WRITES: 'off' }),
  );
  const app = express();
  app.use(express.json({ limit: '1mb' }));
  app.post('/cypher', async (request, response) => {
    const body = request.body as { text?: unknown; params?: unknown };
    if (typeof body.text !== 'string') {
      response.status(400).json({ error: 'text required' });
      return;
    }
    const text = body.text;
    const params = (body.params ?? {}) as Record<string, unknown>;
    try {
      const result = await graph.executor.read((tx) => tx.run(text, params));
      response.json({ rows: result.records.map((record) => record.toObject()) });
    } catch (error) {
      response.status(500).json({ error: String(error) });
    }
  });
  return listen(app);
}

/** @neo4j/graphql 7 on the same stack as ours (Apollo Server 5 on Express 5). */
async function startPeer(uri: string): Promise<number> {
  const driver = driverFor(uri);
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo));
  return listen(app);
}

async function main(): Promise<void> {
  const [kind, uri] = process.argv.slice(2);
  if (uri === undefined) throw new Error('usage: server.js <ours|cypher|peer> <bolt uri>');
  const port =
    kind === 'ours' ? await startOurs(uri) : kind === 'cypher' ? await startCypher(uri) : await startPeer(uri);
  process.stdout.write(`LISTENING ${port}\n`);
  // Control lines on stdin: `COUNT` answers the round trips so far; end of input stops the process.
  let buffered = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk: string) => {
    buffered += chunk;
    let newline = buffered.indexOf('\n');
    while (newline >= 0) {
      const line = buffered.slice(0, newline).trim();
      buffered = buffered.slice(newline + 1);
      if (line === 'COUNT') process.stdout.write(`COUNT ${roundTrips}\n`);
      newline = buffered.indexOf('\n');
    }
  });
  process.stdin.on('end', () => process.exit(0));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`server failed: ${String(error)}\n`);
    process.exit(1);
  });
}
