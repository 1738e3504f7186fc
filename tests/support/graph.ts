import { loadConfig } from '../../src/config';
import { openGraph, type GraphConnection } from '../../src/graph/connection';
import { clearGraph } from '../../src/graph/maintenance.repository';

/** Set by tests/run-tests.ts when the Neo4j under test is its own throwaway server. */
export const THROWAWAY_FLAG = 'KG_TEST_NEO4J_IS_THROWAWAY';

/**
 * Connects to the Neo4j under test and empties it. Refuses to touch a server the
 * test run did not start unless KG_TEST_ALLOW_WIPE=1 says its data may go.
 */
export async function openEmptyTestGraph(): Promise<GraphConnection> {
  const uri = process.env['NEO4J_URI'];
  if (uri === undefined || uri === '') {
    throw new Error('NEO4J_URI is not set: run integration tests through `npm test` (tests/run-tests.ts).');
  }
  if (process.env[THROWAWAY_FLAG] !== '1' && process.env['KG_TEST_ALLOW_WIPE'] !== '1') {
    throw new Error(`refusing to wipe ${uri}: set KG_TEST_ALLOW_WIPE=1 if every node in it may be deleted.`);
  }
  const connection = await openGraph(loadConfig());
  await clearGraph(connection.executor);
  return connection;
}
