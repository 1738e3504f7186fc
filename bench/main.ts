/**
 * Benchmarks: `node dist/bench/main.js [--quick] [--small N] [--large N] [--seconds S] [--connections C] [--seed S]`.
 * See BENCHMARKS.md for what each figure means. The last line printed is one JSON object.
 */
import 'reflect-metadata';
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { loadConfig, PROJECT_ROOT } from '../src/config';
import { extractArticle, toArticle } from '../src/extract';
import type { Article, ArticleInput } from '../src/extract/types';
import { GraphExecutor, type ReadWork, type StatementRunner, type TransactionWork } from '../src/graph/executor';
import { clearGraph } from '../src/graph/maintenance.repository';
import { ingest, type IngestFailure } from '../src/ingest/ingest.service';
import { openBackbone, type AnnotatedArticle, type Annotator } from '../src/nlp';
import { measureAnnotation, type AnnotationFigure } from './annotation';
import { bulkLoad } from './bulk-load';
import { corpus } from './corpus';
import { runLoad, rssMiB, type LoadResult } from './load';
import { startBenchNeo4j, type BenchNeo4j } from './neo4j';
import { benchQueries, pickSubjects, type BenchQuery } from './queries';

interface Args {
  quick: boolean;
  small: number;
  large: number | null;
  seconds: number;
  connections: number;
  seed: number;
}

function parseArgs(argv: string[]): Args {
  const quick = argv.includes('--quick');
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const large = value('--large');
  return {
    quick,
    small: Number(value('--small') ?? (quick ? 150 : 10_000)),
    large: large !== undefined ? Number(large) : quick ? null : 100_000,
    seconds: Number(value('--seconds') ?? (quick ? 2 : 10)),
    connections: Number(value('--connections') ?? 8),
    seed: Number(value('--seed') ?? 42),
  };
}

const log = (line: string): void => {
  process.stderr.write(line + '\n');
};

function table(headers: string[], rows: (string | number)[][]): string {
  const cells = rows.map((row) => row.map((cell) => (typeof cell === 'number' ? format(cell) : cell)));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]): string => '| ' + row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ') + ' |';
  return [line(headers), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...cells.map(line)].join('\n');
}

function format(n: number): string {
  if (!Number.isFinite(n)) return 'n/a';
  if (Math.abs(n) >= 100) return n.toFixed(0);
  if (Math.abs(n) >= 10) return n.toFixed(1);
  return n.toFixed(2);
}

// ---------------------------------------------------------------- ingest

/** Articles ingested (then deleted) before anything is measured. */
const WARM_UP_ARTICLES = 300;

interface ExtractionFigure {
  articles: number;
  perSecond: number;
}

/** Extraction alone: the articles are annotated first (backbone and cache), outside the timing. */
async function measureExtraction(annotator: Annotator, inputs: ArticleInput[]): Promise<ExtractionFigure> {
  const annotated: { article: Article; annotated: AnnotatedArticle }[] = [];
  for await (const pair of annotator.annotateArticles(inputs.map(toArticle))) annotated.push(pair);
  const started = performance.now();
  for (const pair of annotated) extractArticle(pair.article, pair.annotated);
  return { articles: inputs.length, perSecond: inputs.length / ((performance.now() - started) / 1000) };
}

interface ChunkFigure {
  from: number;
  to: number;
  msPerArticle: number;
  /** Transactions (each one or more statements) per article, and ms spent waiting on them. */
  readsPerArticle: number;
  writesPerArticle: number;
  neo4jMsPerArticle: number;
}

/** Counts and times every transaction this process runs through GraphExecutor, and each statement in them. */
const txStats = { reads: 0, writes: 0, ms: 0 };
const statementStats = new Map<string, { count: number; ms: number }>();
let collectStatements = false;

function statementKey(text: string): string {
  return text.trim().split('\n').slice(0, 2).join(' ').replace(/\s+/g, ' ').slice(0, 60);
}

/** The transaction (or a read's statement runner) with `run` timed per statement. */
function timedTransaction<Runner extends StatementRunner>(tx: Runner): Runner {
  return new Proxy(tx, {
    get(target, property, receiver) {
      if (property !== 'run') return Reflect.get(target, property, receiver) as unknown;
      return (text: string, parameters?: Record<string, unknown>) => {
        const started = performance.now();
        const result = Promise.resolve(target.run(text, parameters));
        const key = statementKey(text);
        if (!collectStatements) return result;
        return result.then((value) => {
          const stat = statementStats.get(key) ?? { count: 0, ms: 0 };
          stat.count++;
          stat.ms += performance.now() - started;
          statementStats.set(key, stat);
          return value;
        });
      };
    },
  });
}

function instrumentExecutor(): void {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- wrapped and re-attached to the prototype below
  const { read: plainRead, write: plainWrite } = GraphExecutor.prototype;
  const read = function <T>(this: GraphExecutor, work: ReadWork<T>): Promise<T> {
    return plainRead.call(this, (tx) => work(timedTransaction(tx))) as Promise<T>;
  };
  const write = function <T>(this: GraphExecutor, work: TransactionWork<T>): Promise<T> {
    return plainWrite.call(this, (tx) => work(timedTransaction(tx))) as Promise<T>;
  };
  const timed = <T>(promise: Promise<T>, started: number): Promise<T> =>
    promise.finally(() => {
      txStats.ms += performance.now() - started;
    });
  GraphExecutor.prototype.read = function timedRead<T>(this: GraphExecutor, work: ReadWork<T>): Promise<T> {
    txStats.reads++;
    return timed(read.call(this, work) as Promise<T>, performance.now());
  };
  GraphExecutor.prototype.write = function timedWrite<T>(this: GraphExecutor, work: TransactionWork<T>): Promise<T> {
    txStats.writes++;
    return timed(write.call(this, work) as Promise<T>, performance.now());
  };
}

async function ingestInChunks(
  db: BenchNeo4j,
  annotator: Annotator,
  inputs: ArticleInput[],
  offset: number,
  chunk: number,
): Promise<ChunkFigure[]> {
  const figures: ChunkFigure[] = [];
  for (let i = 0; i < inputs.length; i += chunk) {
    const part = inputs.slice(i, i + chunk).map(toArticle);
    const failures: IngestFailure[] = [];
    const before = { ...txStats };
    const started = performance.now();
    collectStatements = true;
    const summary = await ingest(db.graph.executor, annotator, part, failures).finally(() => {
      collectStatements = false;
    });
    const ms = performance.now() - started;
    const n = Math.max(1, part.length);
    if (failures.length > 0) log(`  ${failures.length} articles failed, e.g. ${failures[0]?.reason ?? ''}`);
    figures.push({
      from: offset + i,
      to: offset + i + part.length,
      msPerArticle: ms / Math.max(1, summary.articles.length),
      readsPerArticle: (txStats.reads - before.reads) / n,
      writesPerArticle: (txStats.writes - before.writes) / n,
      neo4jMsPerArticle: (txStats.ms - before.ms) / n,
    });
    log(
      `  ingested ${offset + i + part.length} (${(ms / n).toFixed(1)} ms/article, ${((txStats.ms - before.ms) / n).toFixed(1)} in Neo4j transactions)`,
    );
  }
  return figures;
}

// ---------------------------------------------------------------- servers

type Kind = 'ours' | 'cypher' | 'peer';

interface Child {
  kind: Kind;
  url: string;
  pid: number;
  process: ChildProcessByStdio<Writable, Readable, null>;
  lines: Interface;
}

async function startChild(kind: Kind, uri: string): Promise<Child> {
  const child = spawn(process.execPath, [join(__dirname, 'server.js'), kind, uri], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  const lines = createInterface({ input: child.stdout });
  const port = await new Promise<number>((resolve, reject) => {
    const onLine = (line: string): void => {
      const match = /^LISTENING (\d+)$/.exec(line);
      if (match?.[1] !== undefined) {
        lines.off('line', onLine);
        resolve(Number(match[1]));
      }
    };
    lines.on('line', onLine);
    child.once('exit', (code) => {
      reject(new Error(`${kind} server exited with ${String(code)}`));
    });
  });
  const path = kind === 'cypher' ? '/cypher' : '/graphql';
  return { kind, url: `http://127.0.0.1:${port}${path}`, pid: child.pid ?? 0, process: child, lines };
}

async function stopChild(child: Child): Promise<void> {
  const exited = new Promise<void>((resolve) =>
    child.process.once('exit', () => {
      resolve();
    }),
  );
  child.process.stdin.end();
  const timer = setTimeout(() => child.process.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

function roundTrips(child: Child): Promise<number> {
  return new Promise((resolve) => {
    const onLine = (line: string): void => {
      const match = /^COUNT (\d+)$/.exec(line);
      if (match?.[1] !== undefined) {
        child.lines.off('line', onLine);
        resolve(Number(match[1]));
      }
    };
    child.lines.on('line', onLine);
    child.process.stdin.write('COUNT\n');
  });
}

function bodyFor(kind: Kind, query: BenchQuery): string | null {
  if (kind === 'ours') return JSON.stringify(query.ours);
  if (kind === 'cypher') return JSON.stringify(query.cypher);
  return query.peer === null ? null : JSON.stringify(query.peer);
}

async function post(url: string, body: string): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await response.json()) as { data?: unknown; rows?: unknown[]; errors?: unknown; error?: unknown };
  if (json.errors !== undefined || json.error !== undefined) {
    throw new Error(`${url}: ${JSON.stringify(json.errors ?? json.error).slice(0, 400)}`);
  }
  return json.data ?? json.rows;
}

// ---------------------------------------------------------------- queries

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: PlanNode[];
}

function sumDbHits(plan: PlanNode): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + sumDbHits(child), 0);
}

interface QueryFigure {
  name: string;
  match: string;
  peerNote: string;
  ourRoundTrips: number;
  floorDbHits: number;
  ours: LoadResult;
  cypher: LoadResult;
  peer: LoadResult | null;
}

async function benchQueriesAt(db: BenchNeo4j, label: string, args: Args): Promise<QueryFigure[]> {
  const subjects = await pickSubjects(db.graph.executor);
  log(`  subjects: ${JSON.stringify(subjects)}`);
  const children: Child[] = [];
  try {
    for (const kind of ['ours', 'cypher', 'peer'] as const) children.push(await startChild(kind, db.uri));
    const [ours, cypher, peer] = children as [Child, Child, Child];
    const figures: QueryFigure[] = [];
    for (const query of benchQueries(subjects)) {
      // Same answer from each side (ids, order, counts)?
      const before = await roundTrips(ours);
      const ourSig = query.oursSignature(await post(ours.url, bodyFor('ours', query) ?? ''));
      const trips = (await roundTrips(ours)) - before;
      const floorSig = query.cypherSignature((await post(cypher.url, bodyFor('cypher', query) ?? '')) as unknown[]);
      const peerBody = bodyFor('peer', query);
      const peerSig = peerBody === null ? null : query.peerSignature(await post(peer.url, peerBody));
      const match =
        (ourSig === floorSig ? 'cypher ✓' : 'cypher ✗') +
        (peerSig === null ? '' : peerSig === ourSig ? ', peer ✓' : ', peer ✗');
      if (ourSig !== floorSig)
        log(`  MISMATCH ${query.name}\n    ours:   ${ourSig.slice(0, 300)}\n    cypher: ${floorSig.slice(0, 300)}`);
      if (peerSig !== null && peerSig !== ourSig)
        log(`  MISMATCH ${query.name}\n    ours: ${ourSig.slice(0, 300)}\n    peer: ${peerSig.slice(0, 300)}`);
      const profile = await db.graph.executor.read((tx) => tx.run('PROFILE ' + query.cypher.text, query.cypher.params));
      const plan = profile.summary.profile as unknown as PlanNode | false;
      const floorDbHits = plan === false ? Number.NaN : sumDbHits(plan);

      const load = async (child: Child): Promise<LoadResult | null> => {
        const body = bodyFor(child.kind, query);
        if (body === null) return null;
        await runLoad(child.url, body, {
          connections: args.connections,
          seconds: Math.max(1, Math.round(args.seconds / 3)),
          pid: child.pid,
        });
        return runLoad(child.url, body, { connections: args.connections, seconds: args.seconds, pid: child.pid });
      };
      const oursLoad = await load(ours);
      const cypherLoad = await load(cypher);
      const peerLoad = await load(peer);
      if (oursLoad === null || cypherLoad === null) throw new Error('ours and cypher always run');
      figures.push({
        name: query.name,
        match,
        peerNote: query.peerNote,
        ourRoundTrips: trips,
        floorDbHits,
        ours: oursLoad,
        cypher: cypherLoad,
        peer: peerLoad,
      });
      log(
        `  ${label} ${query.name}: ours p50 ${format(oursLoad.p50)} ms, cypher ${format(cypherLoad.p50)} ms, peer ${peerLoad === null ? 'n/a' : format(peerLoad.p50)} ms`,
      );
    }
    log(
      `  idle RSS after load: ours ${format(rssMiB(ours.pid))} MiB, cypher ${format(rssMiB(cypher.pid))} MiB, peer ${format(rssMiB(peer.pid))} MiB`,
    );
    return figures;
  } finally {
    for (const child of children) await stopChild(child);
  }
}

function queryTable(figures: QueryFigure[]): string {
  return table(
    [
      'query',
      'same result',
      'ours/cypher p50',
      'ours/peer p50',
      'ours p50',
      'p95',
      'p99',
      'rps',
      'cypher p50',
      'p95',
      'rps',
      'peer p50',
      'p95',
      'rps',
      'our round trips',
      'floor db hits',
      'ours peak RSS MiB',
      'peer peak RSS MiB',
    ],
    figures.map((f) => [
      f.name,
      f.match,
      f.ours.p50 / f.cypher.p50,
      f.peer === null ? 'n/a' : f.ours.p50 / f.peer.p50,
      f.ours.p50,
      f.ours.p95,
      f.ours.p99,
      f.ours.rps,
      f.cypher.p50,
      f.cypher.p95,
      f.cypher.rps,
      f.peer?.p50 ?? 'n/a',
      f.peer?.p95 ?? 'n/a',
      f.peer?.rps ?? 'n/a',
      f.ourRoundTrips,
      f.floorDbHits,
      f.ours.peakRssMiB,
      f.peer?.peakRssMiB ?? 'n/a',
    ]),
  );
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  // CoreNLP as the commands use it: the servers in CORENLP_URL, or the managed one (its cache in .data).
  const backbone = await openBackbone(loadConfig());
  try {
    await benchmark(args, backbone.annotator);
  } finally {
    await backbone.close();
  }
}

async function benchmark(args: Args, annotator: Annotator): Promise<void> {
  instrumentExecutor();
  const started = performance.now();
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  log(`machine: ${machine}; args ${JSON.stringify(args)}`);
  const maxSize = Math.max(args.small, args.large ?? 0);
  const all = corpus(args.seed, maxSize);
  const out: string[] = [
    `# Benchmark run (${args.quick ? 'quick' : 'full'}) ${new Date().toISOString()}`,
    '',
    `machine: ${machine}`,
    `args: ${JSON.stringify(args)}`,
    '',
  ];

  // 0. Annotation alone, on corpus articles as long as the evaluation articles (800 to 1,600 characters).
  log('annotation');
  const annotation = await measureAnnotation(annotator.pool.urls, corpus(args.seed + 2, args.quick ? 120 : 440), log);

  // 1. Extraction alone.
  const extraction: ExtractionFigure[] = [];
  for (const size of args.quick ? [args.small] : [1000, 10_000].filter((n) => n <= maxSize)) {
    extraction.push(await measureExtraction(annotator, all.slice(0, size)));
    log(`extraction ${size}: ${format(extraction.at(-1)?.perSecond ?? 0)} articles/s`);
  }

  // 2. End to end ingest into an empty graph (small size), then the queries on that graph.
  const chunk = Math.max(1, Math.min(1000, Math.floor(args.small / 3)));
  let smallChunks: ChunkFigure[];
  let smallQueries: QueryFigure[];
  let e2eRate: number;
  {
    const db = await startBenchNeo4j('small');
    try {
      // A fresh JVM interprets and plans everything the first time: warm it on
      // articles of another seed, then empty the graph, so the figures below
      // are the steady state and not JIT compilation.
      log(`warm-up: ${WARM_UP_ARTICLES} articles of another seed, then an empty graph`);
      await ingest(db.graph.executor, annotator, corpus(args.seed + 1, WARM_UP_ARTICLES).map(toArticle), []);
      await clearGraph(db.graph.executor);
      log(`ingest end to end: ${args.small} articles`);
      const t = performance.now();
      smallChunks = await ingestInChunks(db, annotator, all.slice(0, args.small), 0, chunk);
      e2eRate = args.small / ((performance.now() - t) / 1000);
      log(`queries at ${args.small} articles`);
      smallQueries = await benchQueriesAt(db, `${args.small}`, args);
    } finally {
      await db.stop();
    }
  }

  // 3. Large: bulk-load all but the last 1000 articles, ingest those end to end, then the queries.
  let largeChunks: ChunkFigure[] = [];
  let largeQueries: QueryFigure[] = [];
  let bulk: Awaited<ReturnType<typeof bulkLoad>> | null = null;
  if (args.large !== null) {
    const db = await startBenchNeo4j('large');
    try {
      const tail = Math.min(1000, Math.floor(args.large / 10));
      log(`bulk load ${args.large - tail} articles`);
      bulk = await bulkLoad(db.graph.executor, annotator, all.slice(0, args.large - tail), log);
      log(`ingest end to end the last ${tail} articles`);
      largeChunks = await ingestInChunks(
        db,
        annotator,
        all.slice(args.large - tail, args.large),
        args.large - tail,
        tail,
      );
      log(`queries at ${args.large} articles`);
      largeQueries = await benchQueriesAt(db, `${args.large}`, args);
    } finally {
      await db.stop();
    }
  }

  // Report.
  const firstCost = smallChunks[0]?.msPerArticle ?? Number.NaN;
  const lastSmall = smallChunks.at(-1)?.msPerArticle ?? Number.NaN;
  const largeCost = largeChunks.at(-1)?.msPerArticle ?? Number.NaN;
  out.push(
    '## Annotation (Stanford CoreNLP, src/nlp)',
    '',
    table(
      ['what', 'articles', 'articles/s'],
      annotation.map((figure: AnnotationFigure) => [figure.what, figure.articles, figure.perSecond]),
    ),
    '',
  );
  out.push('## Ingest', '');
  const ingestRows: (string | number)[][] = extraction.map((e) => [
    `extraction only, ${e.articles} articles`,
    e.perSecond,
    1000 / e.perSecond,
    '',
    '',
  ]);
  if (bulk !== null)
    ingestRows.push([
      `annotation (cached when seen before) and extraction, ${bulk.articles} articles (bulk loader)`,
      bulk.articles / bulk.extractSeconds,
      (1000 * bulk.extractSeconds) / bulk.articles,
      '',
      '',
    ]);
  ingestRows.push([`end to end, ${args.small} articles into an empty graph`, e2eRate, 1000 / e2eRate, '', '']);
  const chunkRow = (c: ChunkFigure, what: string): (string | number)[] => [
    what,
    1000 / c.msPerArticle,
    c.msPerArticle,
    c.neo4jMsPerArticle,
    `${format(c.readsPerArticle)} + ${format(c.writesPerArticle)}`,
  ];
  for (const c of smallChunks) ingestRows.push(chunkRow(c, `  end to end, articles ${c.from}-${c.to}`));
  for (const c of largeChunks)
    ingestRows.push(chunkRow(c, `  end to end, articles ${c.from}-${c.to} (on a bulk-loaded graph)`));
  if (bulk !== null) {
    ingestRows.push([
      `bulk load (in-memory link + UNWIND), ${bulk.articles} articles`,
      bulk.articles / (bulk.extractSeconds + bulk.linkSeconds + bulk.writeSeconds),
      (1000 * (bulk.extractSeconds + bulk.linkSeconds + bulk.writeSeconds)) / bulk.articles,
      '',
      '',
    ]);
  }
  out.push(
    table(['what', 'articles/s', 'ms/article', 'ms/article in Neo4j tx', 'read + write tx/article'], ingestRows),
    '',
  );
  const statementRows = [...statementStats.entries()]
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, 12)
    .map(([key, stat]) => [key, stat.count, stat.ms / stat.count, stat.ms / 1000]);
  out.push(
    'Ingest statements (all end-to-end ingest in this run, by total time):',
    '',
    table(['statement', 'runs', 'ms/run', 'total s'], statementRows),
    '',
  );
  if (bulk !== null)
    out.push(
      `bulk graph: ${bulk.nodes} entities, ${bulk.mentions} mentions, ${bulk.relations} relations (link ${format(bulk.linkSeconds)} s, write ${format(bulk.writeSeconds)} s)`,
      '',
    );
  const growth = args.large !== null ? largeCost / firstCost : lastSmall / firstCost;
  out.push(
    args.large !== null
      ? `per-article cost at ${args.large} vs the first ${chunk}: ${format(largeCost)} / ${format(firstCost)} ms = ${format(growth)}x`
      : `per-article cost, last chunk vs first chunk (quick mode: no 100k): ${format(lastSmall)} / ${format(firstCost)} ms = ${format(growth)}x`,
    '',
  );
  out.push(
    `## Queries at ${args.small} articles (${args.connections} connections, ${args.seconds} s per run; latencies in ms)`,
    '',
    queryTable(smallQueries),
    '',
  );
  if (args.large !== null) out.push(`## Queries at ${args.large} articles`, '', queryTable(largeQueries), '');

  const headline = largeQueries.length > 0 ? largeQueries : smallQueries;
  const ratioMax = (pick: (f: QueryFigure) => number | null): number =>
    Math.max(...headline.map(pick).filter((x): x is number => x !== null && Number.isFinite(x)));
  const pathsP95 = Math.max(...headline.filter((f) => f.name.startsWith('paths')).map((f) => f.ours.p95));
  const summary = {
    graphql_vs_cypher_p50_max: Number(ratioMax((f) => f.ours.p50 / f.cypher.p50).toFixed(2)),
    graphql_vs_neo4jgraphql_p50_max: Number(
      ratioMax((f) => (f.peer === null ? null : f.ours.p50 / f.peer.p50)).toFixed(2),
    ),
    ingest_articles_per_s: Number(e2eRate.toFixed(1)),
    ingest_cost_growth_100k_vs_1k: Number(growth.toFixed(2)),
    paths_p95_ms_100k: Number(pathsP95.toFixed(1)),
  };
  out.push(`total time ${format((performance.now() - started) / 1000)} s`, '', JSON.stringify(summary));
  const report = out.join('\n');
  const dir = join(PROJECT_ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${args.quick ? 'quick' : 'full'}-latest.md`), report + '\n');
  process.stdout.write(report + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
