import { existsSync } from 'node:fs';
import { loadConfig } from '../config';
import { describeSummary, ingestFiles } from '../ingest/ingest.service';
import { parseCommandArgs } from './args';
import { openServices } from './backbone';
import { UsageError } from './fail';
import { sharedWikipediaIndex } from '../wikipedia';

const USAGE = 'npm run ingest -- FILE_OR_FOLDER… (seed-layout text, NDJSON or plain-text articles)';

/**
 * `npm run ingest -- files…`: reads, annotates, extracts, links and writes;
 * prints a summary. Starts the managed Neo4j and CoreNLP unless NEO4J_URI and
 * CORENLP_URL name servers; both stop when the command ends.
 */
export async function ingestCommand(args: string[]): Promise<void> {
  // A missing or corrupt Wikipedia index stops the command here, with the command that rebuilds it.
  sharedWikipediaIndex();
  const { positionals } = parseCommandArgs(args, {}, USAGE);
  if (positionals.length === 0) throw new UsageError(`name at least one file or folder\nusage: ${USAGE}`);
  const missing = positionals.filter((path) => !existsSync(path));
  if (missing.length > 0) throw new UsageError(`no such file or folder: ${missing.join(', ')}`);
  const { graph, backbone, close } = await openServices(loadConfig());
  try {
    const summary = await ingestFiles(graph.executor, backbone.annotator, positionals, { progress: true });
    console.log(describeSummary(summary));
    if (summary.failures.length > 0) process.exitCode = 1;
  } finally {
    await close();
  }
}
