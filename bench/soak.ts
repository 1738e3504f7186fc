/**
 * Soak test (a script, not part of `npm test`):
 *
 *   npx tsc -p . && node dist/bench/soak.js [--seconds 300] [--connections 8] [--warmup S] [--articles N] [--threshold 10]
 *
 * Starts a throwaway Neo4j (and CoreNLP unless CORENLP_URL is set), ingests the seeds and N synthetic articles, runs
 * `kg serve` against it in a child process, then applies steady closed-loop
 * load with autocannon (a mix of search, entity, neighbors, articles, paths
 * and timeline queries) to 127.0.0.1 only, for --seconds. It samples the
 * server's RSS every second and reports whether RSS after warm-up grew by
 * more than --threshold percent (median of the first 10 post-warm-up samples
 * against the median of the last 10). Exit code 1 when it did, or when any
 * request failed.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { freePort } from '../tests/support/hardening';
import { join } from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../src/config';
import { openBackbone } from '../src/nlp';
import { ingest, ingestFiles } from '../src/ingest/ingest.service';
import { toArticle } from '../src/extract';
import { corpus } from './corpus';
import { rssMiB } from './load';
import { startBenchNeo4j } from './neo4j';

interface Args {
  seconds: number;
  connections: number;
  warmup: number;
  articles: number;
  threshold: number;
}

function parseArgs(argv: string[]): Args {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const seconds = Number(value('--seconds') ?? 300);
  const args = {
    seconds,
    connections: Number(value('--connections') ?? 8),
    warmup: Number(value('--warmup') ?? Math.max(15, Math.round(seconds * 0.2))),
    articles: Number(value('--articles') ?? 300),
    threshold: Number(value('--threshold') ?? 10),
  };
  for (const [name, v] of Object.entries(args)) {
    if (!Number.isFinite(v) || v < 0) throw new Error(`--${name} must be a non-negative number`);
  }
  if (args.warmup + 20 > args.seconds) throw new Error('--seconds must leave at least 20 s after --warmup');
  return args;
}

const log = (line: string): void => {
  process.stderr.write(line + '\n');
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Least-squares slope of y over x. */
function slope(points: [number, number][]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  let num = 0;
  let den = 0;
  for (const [x, y] of points) {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

async function graphql<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.data === undefined || body.errors !== undefined) throw new Error(`query failed: ${JSON.stringify(body)}`);
  return body.data;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  log(`soak: ${args.seconds} s, ${args.connections} connections, warm-up ${args.warmup} s, ${args.articles} articles`);
  const db = await startBenchNeo4j('soak');
  const backbone = await openBackbone(loadConfig()).catch(async (error: unknown) => {
    await db.stop();
    throw error;
  });
  let server: ReturnType<typeof spawn> | undefined;
  try {
    await ingestFiles(db.graph.executor, backbone.annotator, [join(PROJECT_ROOT, 'seeds')]);
    await ingest(db.graph.executor, backbone.annotator, corpus(7, args.articles).map(toArticle), []);

    const port = await freePort();
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'dist', 'src', 'cli', 'main.js'), 'serve'], {
      env: {
        ...process.env,
        NEO4J_URI: db.uri,
        CORENLP_URL: backbone.annotator.pool.urls.join(','),
        PORT: String(port),
        KG_WRITES: 'off',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    server = child;
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('GraphQL:')) resolve();
      });
      child.once('exit', (code) => {
        reject(new Error(`serve exited early with ${String(code)}`));
      });
    });
    const pid = child.pid ?? 0;
    // Load stays on this machine.
    const url = `http://127.0.0.1:${port}/graphql`;

    const picked = await graphql<{ entities: { edges: { node: { id: string; name: string } }[] } }>(
      url,
      '{ entities(first: 100, filter: { type: Person }) { edges { node { id name } } } }',
    );
    const people = picked.entities.edges.map((edge) => edge.node);
    if (people.length < 2) throw new Error('too few people in the graph to build the query mix');
    const countries = (
      await graphql<{ entities: { edges: { node: { id: string } }[] } }>(
        url,
        '{ entities(first: 20, filter: { type: Country }) { edges { node { id } } } }',
      )
    ).entities.edges.map((edge) => edge.node.id);

    const bodies: string[] = [];
    people.slice(0, 20).forEach((person, i) => {
      const other = people[(i + 7) % people.length] ?? person;
      const country = countries[i % Math.max(1, countries.length)] ?? person.id;
      bodies.push(
        JSON.stringify({
          query: 'query ($t: String!) { search(text: $t, first: 10) { score entity { id name } } }',
          variables: { t: person.name.split(' ').at(-1) },
        }),
        JSON.stringify({
          query:
            'query ($id: ID!) { entity(id: $id) { id name aliases neighbors(first: 10) { id name } relations(first: 10) { type evidence { sentence } } } }',
          variables: { id: person.id },
        }),
        JSON.stringify({
          query:
            'query ($id: ID!) { entity(id: $id) { articles(first: 5) { edges { node { title relatedArticles(first: 3) { score } } } } } }',
          variables: { id: country },
        }),
        JSON.stringify({
          query: 'query ($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 3, first: 2) { length } }',
          variables: { a: person.id, b: other.id },
        }),
        JSON.stringify({
          query: 'query ($id: ID!) { timeline(entityId: $id, first: 20) { date } }',
          variables: { id: person.id },
        }),
        JSON.stringify({ query: '{ articles(first: 20) { edges { cursor node { id title } } } }' }),
      );
    });

    const samples: [number, number][] = [];
    const started = Date.now();
    const sampler = setInterval(() => {
      samples.push([(Date.now() - started) / 1000, rssMiB(pid)]);
    }, 1000);
    let result: autocannon.Result;
    try {
      result = await new Promise<autocannon.Result>((resolve, reject) => {
        autocannon(
          {
            url,
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            connections: args.connections,
            duration: args.seconds,
            timeout: 30,
            requests: bodies.map((body) => ({ method: 'POST', body })),
          },
          (error, done) => {
            if (error === null || error === undefined) resolve(done);
            else reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      });
    } finally {
      clearInterval(sampler);
    }

    const steady = samples.filter(([t]) => t >= args.warmup);
    const baseline = median(steady.slice(0, 10).map(([, rss]) => rss));
    const final = median(steady.slice(-10).map(([, rss]) => rss));
    const growth = ((final - baseline) / baseline) * 100;
    const perMinute = slope(steady) * 60;
    const grew = growth > args.threshold;
    const failed = result.errors + result.timeouts + result.non2xx;
    const summary = {
      seconds: args.seconds,
      connections: args.connections,
      requests: result.requests.total,
      rps: Math.round(result.requests.average),
      p50ms: result.latency.p50,
      p99ms: result.latency.p99,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      rssStartMiB: Number((samples[0]?.[1] ?? 0).toFixed(1)),
      rssAfterWarmupMiB: Number(baseline.toFixed(1)),
      rssEndMiB: Number(final.toFixed(1)),
      rssPeakMiB: Number(Math.max(...samples.map(([, rss]) => rss)).toFixed(1)),
      growthPercent: Number(growth.toFixed(1)),
      slopeMiBPerMinute: Number(perMinute.toFixed(2)),
      thresholdPercent: args.threshold,
      memoryGrew: grew,
    };
    console.log(
      `${summary.requests} requests (${summary.rps}/s, p50 ${summary.p50ms} ms, p99 ${summary.p99ms} ms), ` +
        `${failed} failed; RSS ${summary.rssStartMiB} -> ${summary.rssAfterWarmupMiB} (after warm-up) -> ${summary.rssEndMiB} MiB ` +
        `(peak ${summary.rssPeakMiB}), ${summary.growthPercent}% after warm-up, ${summary.slopeMiBPerMinute} MiB/min`,
    );
    console.log(
      grew
        ? `MEMORY GREW: ${summary.growthPercent}% > ${args.threshold}% after warm-up`
        : `memory steady: ${summary.growthPercent}% <= ${args.threshold}% after warm-up`,
    );
    console.log(JSON.stringify(summary));
    return grew || failed > 0 ? 1 : 0;
  } finally {
    if (server !== undefined && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once('exit', resolve));
      server.kill('SIGTERM');
      const timer = setTimeout(() => server?.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    await backbone.close();
    await db.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`soak failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(2);
  },
);
