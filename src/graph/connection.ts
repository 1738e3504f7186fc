import neo4j, { type Driver } from 'neo4j-driver';
import type { AppConfig } from '../config';
import { GraphAuthError, GraphUnavailableError, toGraphError } from './errors';
import { GraphExecutor } from './executor';
import { startLocalNeo4j, type LocalNeo4j } from './local-neo4j';
import { applyMigrations } from './migrations';

/** An open connection to the graph: the executor, where it points, and how to close it. */
export interface GraphConnection {
  executor: GraphExecutor;
  /** The Bolt URI in use (for messages; it carries no credentials). */
  uri: string;
  /** Closes the driver, then stops the managed Neo4j if this process started it. */
  close(): Promise<void>;
}

function createDriver(uri: string, username: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(username, password), {
    // Plain JS numbers: every integer we store (counts, offsets) fits in 2^53.
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 10_000,
  });
}

async function verify(driver: Driver, uri: string, database: string | undefined): Promise<void> {
  try {
    await driver.verifyConnectivity({ database });
  } catch (error) {
    const mapped = toGraphError(error);
    if (mapped instanceof GraphAuthError) {
      throw new GraphAuthError(`Neo4j at ${uri} refused the credentials: check NEO4J_USERNAME and NEO4J_PASSWORD.`, {
        cause: error,
      });
    }
    throw new GraphUnavailableError(
      `Neo4j at ${uri} is not reachable (${mapped.message}): check NEO4J_URI, or unset it to use the managed local Neo4j.`,
      { cause: error },
    );
  }
}

/**
 * Connects to the configured Neo4j (starting the managed one when `NEO4J_URI`
 * is not set), checks that it answers, and applies the migrations in `schema/`.
 */
export async function openGraph(config: AppConfig): Promise<GraphConnection> {
  const timeoutMs = config.transactionTimeoutSeconds * 1000;
  const target = config.neo4j;
  let local: LocalNeo4j | undefined;
  let driver: Driver;
  let database: string | undefined;
  if (target.kind === 'external') {
    driver = createDriver(target.uri, target.username, target.password);
    database = target.database;
  } else {
    local = await startLocalNeo4j({ ...target, transactionTimeoutSeconds: config.transactionTimeoutSeconds });
    driver = createDriver(local.uri, 'neo4j', 'unused-auth-is-disabled-on-loopback');
  }
  const uri = local?.uri ?? (target.kind === 'external' ? target.uri : '');
  const close = async (): Promise<void> => {
    await driver.close().catch(() => undefined);
    await local?.stop();
  };
  try {
    await verify(driver, uri, database);
    const executor = new GraphExecutor(driver, database, timeoutMs);
    await applyMigrations(executor);
    return { executor, uri, close };
  } catch (error) {
    await close();
    throw error;
  }
}
