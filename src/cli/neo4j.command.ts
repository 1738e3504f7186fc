import { loadConfig } from '../config';
import { startLocalNeo4j } from '../graph/local-neo4j';
import { UsageError } from './fail';
import { onShutdown } from './shutdown';

/** `npm run neo4j`: the managed Neo4j in the foreground, for use with other tools. */
export async function neo4jCommand(): Promise<void> {
  const config = loadConfig();
  if (config.neo4j.kind === 'external') {
    throw new UsageError(
      `NEO4J_URI is set (${config.neo4j.uri}), so there is no local Neo4j to start; unset it first.`,
    );
  }
  console.log(`Starting Neo4j 5.26 Community (data in ${config.neo4j.dataDir})...`);
  const neo4j = await startLocalNeo4j({ ...config.neo4j, transactionTimeoutSeconds: config.transactionTimeoutSeconds });
  console.log(`Neo4j is ready at ${neo4j.uri} (no authentication, loopback only). Ctrl-C stops it.`);
  onShutdown(() => neo4j.stop());
  await new Promise(() => undefined);
}
