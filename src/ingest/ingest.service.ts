import { SingleBar } from 'cli-progress';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { detectAndRead, extractArticle, toArticle, validateArticle, type ReaderError } from '../extract';
import type { Article, ArticleInput, ExtractionResult } from '../extract/types';
import { GraphUnavailableError } from '../graph/errors';
import type { GraphExecutor } from '../graph/executor';
import { Neo4jLinkStore } from '../graph/link-store';
import { applyEventMerges, applyWikipediaMerges } from '../graph/review.repository';
import { analyzeForLinking, BatchLinkStore, linkArticle, type ArticleAnalysis } from '../link';
import { AnnotationTimeoutError, AnnotationUnavailableError, type Annotator } from '../nlp';
import { sharedWikipediaIndex } from '../wikipedia';

/** Why one article, or one line of a file, was not ingested. */
export interface IngestFailure {
  file: string | null;
  line: number | null;
  title: string | null;
  reason: string;
}

export interface IngestedArticle {
  id: string;
  title: string;
  /** False when the article was already in the graph (re-ingesting is a no-op). */
  created: boolean;
  entities: number;
  relations: number;
  /** Graph ids of the entities it mentions. */
  entityIds: string[];
}

export interface IngestSummary {
  articles: IngestedArticle[];
  failures: IngestFailure[];
  created: number;
  skipped: number;
  entities: number;
  relations: number;
  seconds: number;
}

export interface IngestOptions {
  /** Show a progress bar on stderr (a terminal only). */
  progress?: boolean;
}

/** Files a path stands for: the file itself, or a folder's files (not recursive), sorted by name. */
function filesOf(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => join(path, name))
    .filter((file) => statSync(file).isFile());
}

/** Reads one file strictly as UTF-8: an invalid byte is an error naming the file, not a silent U+FFFD. */
function readArticlesFile(file: string): { articles: Article[]; errors: ReaderError[] } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch (error) {
    const reason =
      error instanceof TypeError ? 'The file is not valid UTF-8 text.' : `The file cannot be read (${String(error)}).`;
    return { articles: [], errors: [{ file, line: 1, reason }] };
  }
  return detectAndRead(text, file);
}

/** Articles linked and written per transaction: one commit (an fsync) serves them all. */
export const INGEST_BATCH_SIZE = 25;

/**
 * Ingests articles in batches: annotate (src/nlp), extract, link against the
 * graph (and the batch so far), write the batch in ONE transaction, so each
 * article is written whole or not at all. A bad article (one CoreNLP cannot
 * annotate in time, or extraction fails on) is reported and the rest go on; if
 * a batch fails to write, its articles are retried one by one so only the bad
 * one is lost. Only an unreachable graph or an unreachable CoreNLP stops
 * everything, between two batches' writes.
 *
 * While a batch is linked and written, the next one is already being
 * annotated and extracted (see `prepareBatch`): neither depends on the graph,
 * so CoreNLP's and Node's share of the work overlaps Neo4j's. Linking still
 * waits for the previous batch's commit, so the graph each batch is linked
 * against is the same as without the overlap.
 */
export async function ingest(
  graph: GraphExecutor,
  annotator: Annotator,
  articles: Article[],
  failures: IngestFailure[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const store = new Neo4jLinkStore(graph);
  const bar = options.progress === true && process.stderr.isTTY ? new SingleBar({ etaBuffer: 50 }) : undefined;
  bar?.start(articles.length, 0);
  const ingested: IngestedArticle[] = [];
  const batches: Article[][] = [];
  for (let index = 0; index < articles.length; index += INGEST_BATCH_SIZE)
    batches.push(articles.slice(index, index + INGEST_BATCH_SIZE));
  try {
    let next = batches[0] === undefined ? undefined : prepareBatch(store, annotator, batches[0]);
    for (let index = 0; index < batches.length; index++) {
      const batch = batches[index] ?? [];
      const current = next;
      const following = batches[index + 1];
      next = following === undefined ? undefined : prepareBatch(store, annotator, following);
      // Awaited in the next round; until then a rejection must not count as unhandled.
      next?.catch(() => undefined);
      try {
        if (current === undefined) throw new Error('batch was not prepared');
        ingested.push(...(await ingestBatch(graph, store, await current, failures)));
      } catch (error) {
        if (stopsEverything(error)) throw error;
        for (const article of batch)
          ingested.push(
            ...(await prepareBatch(store, annotator, [article])
              .then((prepared) => ingestBatch(graph, store, prepared, failures))
              .catch(rethrowUnavailable(article, failures))),
          );
      }
      bar?.increment(batch.length);
    }
  } finally {
    bar?.stop();
  }
  const created = ingested.filter((article) => article.created);
  return {
    articles: ingested,
    failures,
    created: created.length,
    skipped: ingested.length - created.length,
    entities: created.reduce((sum, article) => sum + article.entities, 0),
    relations: created.reduce((sum, article) => sum + article.relations, 0),
    seconds: (performance.now() - started) / 1000,
  };
}

/** Failures that no other article would escape: the graph or the annotation backbone is gone. */
function stopsEverything(error: unknown): boolean {
  return error instanceof GraphUnavailableError || error instanceof AnnotationUnavailableError;
}

/** For the one-by-one retry: an unreachable graph or CoreNLP still stops everything; anything else fails this article only. */
function rethrowUnavailable(article: Article, failures: IngestFailure[]) {
  return (error: unknown): IngestedArticle[] => {
    if (stopsEverything(error)) throw error;
    failures.push({ file: null, line: null, title: article.title, reason: `not written: ${String(error)}` });
    return [];
  };
}

/** A batch extracted and ready to link: what the graph already had, and what extraction found or refused. */
interface PreparedBatch {
  batch: Article[];
  present: Set<string>;
  /** Each article's extraction with its linking analysis (which holds the keys to prefetch). */
  extractions: { extraction: ExtractionResult; analysis: ArticleAnalysis }[];
  failures: IngestFailure[];
}

/** Lets pending I/O callbacks (the previous batch's transaction) run between two articles' CPU work. */
function yieldToIo(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Annotates a batch, extracts it and analyses it for linking. Reads nothing
 * the previous batch writes except which articles exist, and that only to skip
 * work: `saveBatch` claims articles, so a stale answer is harmless. Yields
 * between articles so that, running beside a write, it delays the write's next
 * statement by one article's extraction at most. Rejects with
 * AnnotationUnavailableError when no CoreNLP server answers.
 */
async function prepareBatch(store: Neo4jLinkStore, annotator: Annotator, batch: Article[]): Promise<PreparedBatch> {
  const present = await store.existingArticles(batch.map((article) => article.id));
  const prepared: PreparedBatch = { batch, present, extractions: [], failures: [] };
  // Outside the per-article catch: an unusable index stops the ingest before any write, never half-links.
  const wikipedia = sharedWikipediaIndex();
  const outcomes = await annotator.annotateAll(batch.filter((article) => !present.has(article.id)));
  for (const outcome of outcomes) {
    const { article } = outcome;
    if ('error' in outcome) {
      prepared.failures.push({
        file: null,
        line: null,
        title: article.title,
        reason:
          outcome.error instanceof AnnotationTimeoutError
            ? `annotation timed out: ${outcome.error.message}`
            : `annotation failed: ${outcome.error.message}`,
      });
      continue;
    }
    await yieldToIo();
    try {
      const extraction = extractArticle(article, outcome.annotated);
      prepared.extractions.push({ extraction, analysis: analyzeForLinking(extraction, wikipedia) });
    } catch (error) {
      prepared.failures.push({
        file: null,
        line: null,
        title: article.title,
        reason: `extraction failed: ${String(error)}`,
      });
    }
  }
  return prepared;
}

async function ingestBatch(
  graph: GraphExecutor,
  store: Neo4jLinkStore,
  { batch, present, extractions, failures: extractionFailures }: PreparedBatch,
  failures: IngestFailure[],
): Promise<IngestedArticle[]> {
  const results: IngestedArticle[] = [];
  for (const article of batch)
    if (present.has(article.id))
      results.push({ id: article.id, title: article.title, created: false, entities: 0, relations: 0, entityIds: [] });
  failures.push(...extractionFailures);
  const linker = new BatchLinkStore(store);
  await linker.prefetch(
    extractions.flatMap(({ analysis }) => analysis.lookupKeys),
    extractions.flatMap(({ analysis }) => analysis.surnameKeys),
  );
  for (const { extraction, analysis } of extractions) {
    await linker.saveArticle(await linkArticle(extraction, linker, analysis));
  }
  const created = await store.saveBatch(linker.pending);
  await applyWikipediaMerges(graph, linker.pending);
  await applyEventMerges(graph, linker.pending);
  for (const linked of linker.pending) {
    results.push({
      id: linked.article.id,
      title: linked.article.title,
      created: created.has(linked.article.id),
      entities: linked.entities.length,
      relations: linked.relations.length,
      entityIds: linked.entities.map((entity) => entity.id),
    });
  }
  return results;
}

/** Reads files and folders of articles (seed layout, NDJSON or plain text), with what could not be read. */
export function readArticleFiles(paths: string[]): { articles: Article[]; failures: IngestFailure[] } {
  const articles: Article[] = [];
  const failures: IngestFailure[] = [];
  for (const file of paths.flatMap(filesOf)) {
    const read = readArticlesFile(file);
    articles.push(...read.articles);
    failures.push(
      ...read.errors.map((error) => ({
        file: basename(error.file),
        line: error.line,
        title: null,
        reason: error.reason,
      })),
    );
  }
  return { articles, failures };
}

/** Ingests files and folders of articles (seed layout, NDJSON or plain text). */
export async function ingestFiles(
  graph: GraphExecutor,
  annotator: Annotator,
  paths: string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const { articles, failures } = readArticleFiles(paths);
  return ingest(graph, annotator, articles, failures, options);
}

/** Ingests articles given as data (the GraphQL mutation); invalid ones are reported, not written. */
export function ingestInputs(
  graph: GraphExecutor,
  annotator: Annotator,
  inputs: ArticleInput[],
): Promise<IngestSummary> {
  const articles: Article[] = [];
  const failures: IngestFailure[] = [];
  for (const input of inputs) {
    const problem = validateArticle(input);
    if (problem === undefined) articles.push(toArticle(input));
    else failures.push({ file: null, line: null, title: input.title.slice(0, 200), reason: problem });
  }
  return ingest(graph, annotator, articles, failures);
}

/** The summary as the CLI prints it. */
export function describeSummary(summary: IngestSummary): string {
  const lines = [
    `${summary.created} articles ingested, ${summary.skipped} already present, ${summary.failures.length} failed; ` +
      `${summary.entities} entity mentions, ${summary.relations} relations in ${summary.seconds.toFixed(1)} s`,
  ];
  for (const failure of summary.failures) {
    const where = [failure.file, failure.line === null ? null : `line ${failure.line}`, failure.title]
      .filter((part) => part !== null)
      .join(', ');
    lines.push(`  skipped ${where}: ${failure.reason}`);
  }
  return lines.join('\n');
}
