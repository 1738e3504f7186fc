import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type AppConfig } from '../config';
import { openGraph, type GraphConnection } from '../graph/connection';
import { articlePredictions, isGraphEmpty } from '../graph/eval.repository';
import { formatTable, scoreArticles, summaryJson, type GoldFile } from '../eval/score';
import { describeSummary, ingestFiles } from '../ingest/ingest.service';
import { parseCommandArgs } from './args';
import { openServices } from './backbone';
import { UsageError } from './fail';
import { sharedWikipediaIndex } from '../wikipedia';

const USAGE =
  'npm run eval -- --articles FILE [--articles FILE…] --gold FILE [--gold FILE…] [--use-configured-neo4j]\n' +
  '  every --articles file (NDJSON or the seed layout) is ingested into one graph, and the gold files are scored\n' +
  '  together, so an entity two files report is linked across them;\n' +
  '  by default a throwaway Neo4j is started and deleted afterwards; --use-configured-neo4j ingests into\n' +
  '  the configured Neo4j (NEO4J_URI or the managed one), which must be empty, and leaves the graph there.';

function readGold(file: string): GoldFile {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as GoldFile;
  } catch (error) {
    throw new UsageError(
      `cannot read the gold file ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Several gold files as one: their articles, in the order given. */
export function concatGold(files: GoldFile[]): GoldFile {
  return { articles: files.flatMap((file) => file.articles) };
}

/** Opens the graph eval writes into: its own throwaway one, or the configured one if it is empty. */
async function openEvalGraph(
  config: AppConfig,
  useConfigured: boolean,
): Promise<{ graph: GraphConnection; cleanup: () => void }> {
  if (useConfigured) {
    const graph = await openGraph(config);
    if (!(await isGraphEmpty(graph.executor))) {
      await graph.close();
      throw new UsageError(`the configured Neo4j (${graph.uri}) is not empty: eval only writes into an empty graph.`);
    }
    return { graph, cleanup: () => undefined };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-eval-'));
  const graph = await openGraph({
    ...config,
    neo4j: { kind: 'managed', dataDir, boltPort: 0, heap: '1g', pageCacheMiB: 256 },
  });
  return {
    graph,
    cleanup: () => {
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * `npm run eval -- --articles FILE --gold FILE` (each flag as often as needed): annotates (managed CoreNLP
 * unless CORENLP_URL is set) and ingests the articles into an empty graph, reads back what the graph says about each article, and scores
 * it against the gold (see src/eval/score.ts). The last line printed is one
 * JSON object with the scores.
 */
export async function evalCommand(args: string[]): Promise<void> {
  // A missing or corrupt Wikipedia index stops the command here, with the command that rebuilds it.
  sharedWikipediaIndex();
  const { values } = parseCommandArgs(
    args,
    {
      articles: { type: 'string', multiple: true },
      gold: { type: 'string', multiple: true },
      'use-configured-neo4j': { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (values.articles === undefined || values.gold === undefined) {
    throw new UsageError(`both --articles and --gold are needed\nusage: ${USAGE}`);
  }
  const gold = concatGold(values.gold.map(readGold));
  const config = loadConfig();
  // Deletes the throwaway graph's directory; set once that graph is open.
  let cleanup = (): void => undefined;
  const services = await openServices(config, async () => {
    const opened = await openEvalGraph(config, values['use-configured-neo4j']);
    cleanup = opened.cleanup;
    return opened.graph;
  }).catch((error: unknown) => {
    cleanup();
    throw error;
  });
  const { graph, backbone, close } = services;
  try {
    const summary = await ingestFiles(graph.executor, backbone.annotator, values.articles, { progress: true });
    console.log(describeSummary(summary));
    const report = scoreArticles(await articlePredictions(graph.executor), gold);
    console.log(formatTable(report));
    console.log(`wrong merges (one node holding two distinct gold entities): ${report.wrongMerges.length}`);
    for (const merge of report.wrongMerges) console.log(`  ${JSON.stringify(merge)}`);
    console.log(summaryJson(report));
  } finally {
    await close();
    cleanup();
  }
}
