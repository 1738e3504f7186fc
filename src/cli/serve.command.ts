import { loadConfig } from '../config';
import { openGraph } from '../graph/connection';
import { countArticles } from '../graph/article.repository';
import { describeSummary, ingestFiles } from '../ingest/ingest.service';
import { logger } from '../logger';
import { startServer } from '../server/http-server';
import { onShutdown } from './shutdown';

/**
 * `npm start`: Neo4j (managed unless NEO4J_URI is set), migrations, the seed
 * articles when the graph is empty, then GraphQL. Shutdown drains requests
 * first, closes the driver, and stops the managed Neo4j last.
 */
export async function serveCommand(): Promise<void> {
  const config = loadConfig();
  console.log(
    config.neo4j.kind === 'external'
      ? `Connecting to Neo4j at ${config.neo4j.uri}...`
      : `Starting the managed Neo4j 5.26 (data in ${config.neo4j.dataDir})...`,
  );
  const graph = await openGraph(config);
  try {
    if ((await countArticles(graph.executor)) === 0) {
      console.log(`The graph is empty: ingesting the seed articles from ${config.seedsDir}...`);
      const summary = await ingestFiles(graph.executor, [config.seedsDir], { progress: true });
      console.log(describeSummary(summary));
    }
    const server = await startServer({
      graph: graph.executor,
      port: config.httpPort,
      logger,
      writeToken: config.writeToken,
      corsOrigins: config.corsOrigins,
    });
    onShutdown(async () => {
      await server.stop();
      await graph.close();
    });
    console.log(`GraphQL:    ${server.url}/graphql`);
    console.log(`Playground: ${server.url}/playground`);
    console.log(`Health:     ${server.url}/health`);
    if (config.writeToken === null) console.log('Writes:     off (KG_WRITES=off)');
    else if (config.writeTokenGenerated) {
      console.log(
        `Writes:     send "Authorization: Bearer ${config.writeToken}" (generated for this run; set KG_WRITE_TOKEN to fix one)`,
      );
    } else console.log('Writes:     need the bearer token in KG_WRITE_TOKEN');
  } catch (error) {
    await graph.close();
    throw error;
  }
}
