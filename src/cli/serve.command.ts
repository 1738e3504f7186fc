import { loadConfig } from '../config';
import { countArticles } from '../graph/article.repository';
import { describeSummary, ingest, readArticleFiles } from '../ingest/ingest.service';
import { UsageError } from './fail';
import { logger } from '../logger';
import { startServer } from '../server/http-server';
import { openServices } from './backbone';
import { onShutdown } from './shutdown';
import { sharedWikipediaIndex } from '../wikipedia';

/**
 * `npm start`: Neo4j (managed unless NEO4J_URI is set) and CoreNLP (managed
 * unless CORENLP_URL is set), migrations, the seed articles when the graph is
 * empty, then GraphQL. Shutdown drains requests first, closes the driver, and
 * stops the managed Neo4j and CoreNLP last.
 */
export async function serveCommand(): Promise<void> {
  // A missing or corrupt Wikipedia index stops the command here, with the command that rebuilds it.
  sharedWikipediaIndex();
  const config = loadConfig();
  console.log(
    config.neo4j.kind === 'external'
      ? `Connecting to Neo4j at ${config.neo4j.uri}...`
      : `Starting the managed Neo4j 5.26 (data in ${config.neo4j.dataDir})...`,
  );
  const { graph, backbone, close } = await openServices(config);
  console.log(`Annotating with ${backbone.description}.`);
  try {
    if ((await countArticles(graph.executor)) === 0) {
      console.log(`The graph is empty: ingesting the seed articles from ${config.seedsDir}...`);
      // A corrupt seed file stops the start before anything is written, so
      // fixing it and starting again ingests every seed.
      const { articles, failures } = readArticleFiles([config.seedsDir]);
      const [failure] = failures;
      if (failure !== undefined) {
        throw new UsageError(
          `the seed file ${failure.file ?? config.seedsDir} is not readable at line ${failure.line ?? 1}: ${failure.reason} Fix or remove it, or set SEEDS_DIR.`,
        );
      }
      console.log(describeSummary(await ingest(graph.executor, backbone.annotator, articles, [], { progress: true })));
    }
    const server = await startServer({
      graph: graph.executor,
      port: config.httpPort,
      logger,
      writeToken: config.writeToken,
      annotator: backbone.annotator,
      corsOrigins: config.corsOrigins,
    });
    onShutdown(async () => {
      await server.stop();
      await close();
    });
    console.log(`GraphQL:    ${server.url}/graphql (open it in a browser for the playground)`);
    console.log(`Explorer:   ${server.url}/explore`);
    console.log(`Health:     ${server.url}/health`);
    if (config.writeToken === null) console.log('Writes:     off (KG_WRITES=off)');
    else if (config.writeTokenGenerated) {
      console.log(
        `Writes:     send "Authorization: Bearer ${config.writeToken}" (generated for this run; set KG_WRITE_TOKEN to fix one)`,
      );
    } else console.log('Writes:     need the bearer token in KG_WRITE_TOKEN');
  } catch (error) {
    await close();
    throw error;
  }
}
