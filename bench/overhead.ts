/**
 * The GraphQL layer's own cost, measured in CPU rather than latency (which a
 * shared machine makes noisy): `node dist/bench/overhead.js [--articles N]
 * [--requests N] [--profile DIR] [--seed S]`.
 *
 * Bulk-loads a small graph (as bench/main.ts does for its large stage), starts
 * our API and the hand-written Cypher floor as the same child processes the
 * benchmark uses (bench/server.ts), sends each query of bench/queries.ts N
 * times one after another to each server, in blocks that take turns, and reads
 * each child's CPU time (/proc/<pid>/task/<tid>/schedstat, all its threads)
 * around its blocks: CPU per request of the API process alone, without the
 * load generator or Neo4j. `--profile DIR` starts our server with
 * `--cpu-prof` and writes its profile there. `--compare DIR` also runs the API
 * of another build (DIR is its `dist`, e.g. a copy made before a change) on the
 * same graph, interleaved with ours, so that a change is measured A/B on a
 * machine whose speed drifts. `--env NAME=VALUE` also runs our API with that
 * variable set (e.g. NODE_ENV=production). `--rounds N` repeats the whole set;
 * each figure is the median of its rounds.
 */
import 'reflect-metadata';
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { loadConfig } from '../src/config';
import { openBackbone } from '../src/nlp';
import { bulkLoad } from './bulk-load';
import { corpus } from './corpus';
import { startBenchNeo4j } from './neo4j';
import { benchQueries, pickSubjects, type BenchQuery } from './queries';

interface Args {
  articles: number;
  requests: number;
  profile: string | null;
  compare: string | null;
  env: string | null;
  rounds: number;
  seed: number;
}

function parseArgs(argv: string[]): Args {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    articles: Number(value('--articles') ?? 150),
    requests: Number(value('--requests') ?? 1000),
    profile: value('--profile') ?? null,
    compare: value('--compare') ?? null,
    env: value('--env') ?? null,
    rounds: Number(value('--rounds') ?? 1),
    seed: Number(value('--seed') ?? 42),
  };
}

const log = (line: string): void => {
  process.stderr.write(line + '\n');
};

/** CPU time of every thread of a process so far (its JS thread, GC helpers, libuv pool), ms: /proc schedstat, in ns. */
function cpuMs(pid: number): number {
  let ns = 0;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // A thread that ended between the listing and the read.
    }
  }
  return ns / 1e6;
}

interface Child {
  url: string;
  pid: number;
  process: ChildProcessByStdio<Writable, Readable, null>;
}

async function startChild(
  kind: 'ours' | 'cypher',
  uri: string,
  profile: string | null,
  dist: string = join(__dirname, '..'),
  extraEnv: Record<string, string> = {},
): Promise<Child> {
  const flags = profile === null ? [] : ['--cpu-prof', `--cpu-prof-dir=${profile}`];
  const child = spawn(process.execPath, [...flags, join(dist, 'bench', 'server.js'), kind, uri], {
    stdio: ['pipe', 'pipe', 'inherit'],
    // As bench/main.ts runs them: no log line per request.
    env: { ...process.env, LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn', ...extraEnv },
  });
  const lines = createInterface({ input: child.stdout });
  const port = await new Promise<number>((resolve, reject) => {
    lines.on('line', (line) => {
      const match = /^LISTENING (\d+)$/.exec(line);
      if (match?.[1] !== undefined) resolve(Number(match[1]));
    });
    child.once('exit', (code) => {
      reject(new Error(`${kind} server exited with ${String(code)}`));
    });
  });
  const path = kind === 'cypher' ? '/cypher' : '/graphql';
  return { url: `http://127.0.0.1:${port}${path}`, pid: child.pid ?? 0, process: child };
}

async function stopChild(child: Child): Promise<void> {
  const exited = new Promise<void>((resolve) =>
    child.process.once('exit', () => {
      resolve();
    }),
  );
  child.process.stdin.end();
  await exited;
}

async function post(url: string, body: string): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await response.json()) as { errors?: unknown; error?: unknown };
  if (json.errors !== undefined || json.error !== undefined) {
    throw new Error(`${url}: ${JSON.stringify(json.errors ?? json.error).slice(0, 400)}`);
  }
}

interface Figure {
  cpuUs: number;
  wallP50Ms: number;
}

/** Requests each server answers in turn before the next takes over. */
const BLOCK = 50;

/**
 * Sends each server its body `requests` times, one request at a time, in
 * blocks that take turns (so that the machine's drift falls on all of them
 * alike), after a warm-up; CPU per request of each server process.
 */
async function measure(servers: { child: Child; body: string }[], requests: number): Promise<Figure[]> {
  for (const server of servers)
    for (let i = 0; i < Math.min(100, requests); i++) await post(server.child.url, server.body);
  const cpu = servers.map(() => 0);
  const walls: number[][] = servers.map(() => []);
  for (let done = 0; done < requests; done += BLOCK) {
    for (const [index, server] of servers.entries()) {
      const before = cpuMs(server.child.pid);
      for (let i = 0; i < Math.min(BLOCK, requests - done); i++) {
        const started = performance.now();
        await post(server.child.url, server.body);
        walls[index]?.push(performance.now() - started);
      }
      cpu[index] = (cpu[index] ?? 0) + cpuMs(server.child.pid) - before;
    }
  }
  return servers.map((_, index) => {
    const sorted = (walls[index] ?? []).sort((a, b) => a - b);
    return {
      cpuUs: ((cpu[index] ?? 0) * 1000) / requests,
      wallP50Ms: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
    };
  });
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const backbone = await openBackbone(loadConfig());
  const db = await startBenchNeo4j('overhead');
  try {
    await bulkLoad(db.graph.executor, backbone.annotator, corpus(args.seed, args.articles), log);
    const subjects = await pickSubjects(db.graph.executor);
    const queries: BenchQuery[] = benchQueries(subjects);
    const lines: string[] = [];
    const servers: { label: string; child: Child; body: (query: BenchQuery) => string }[] = [];
    const graphql = (query: BenchQuery): string => JSON.stringify(query.ours);
    try {
      if (args.compare !== null) {
        servers.push({
          label: 'other build',
          child: await startChild('ours', db.uri, null, args.compare),
          body: graphql,
        });
      }
      servers.push({ label: 'ours', child: await startChild('ours', db.uri, args.profile), body: graphql });
      if (args.env !== null) {
        const [name = '', value = ''] = args.env.split('=');
        const child = await startChild('ours', db.uri, null, join(__dirname, '..'), { [name]: value });
        servers.push({ label: `ours ${args.env}`, child, body: graphql });
      }
      servers.push({
        label: 'floor',
        child: await startChild('cypher', db.uri, null),
        body: (query) => JSON.stringify(query.cypher),
      });
      const figures = new Map<string, Figure[]>();
      for (let round = 1; round <= args.rounds; round++) {
        for (const query of queries) {
          const measured = await measure(
            servers.map((server) => ({ child: server.child, body: server.body(query) })),
            args.requests,
          );
          for (const [index, server] of servers.entries()) {
            const figure = measured[index];
            if (figure === undefined) continue;
            const key = `${query.name}|${server.label}`;
            figures.set(key, [...(figures.get(key) ?? []), figure]);
            log(`round ${round} ${query.name} ${server.label}: ${figure.cpuUs.toFixed(0)} µs CPU/request`);
          }
        }
      }
      const median = (values: number[]): number => {
        const sorted = [...values].sort((a, b) => a - b);
        return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
      };
      const labels = servers.map((server) => server.label);
      lines.push(
        `| query | ${labels.map((label) => `${label} CPU µs/req`).join(' | ')} | ${labels.map((label) => `${label} wall p50 ms`).join(' | ')} |`,
        `|---|${labels.map(() => '---:|---:|').join('')}`,
      );
      for (const query of queries) {
        const of = (label: string): Figure[] => figures.get(`${query.name}|${label}`) ?? [];
        const cpu = labels.map((label) => median(of(label).map((figure) => figure.cpuUs)).toFixed(0));
        const wall = labels.map((label) => median(of(label).map((figure) => figure.wallP50Ms)).toFixed(2));
        lines.push(`| ${query.name} | ${cpu.join(' | ')} | ${wall.join(' | ')} |`);
      }
    } finally {
      for (const server of servers) await stopChild(server.child);
    }
    process.stdout.write(lines.join('\n') + '\n');
  } finally {
    await db.stop();
    await backbone.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`overhead failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
