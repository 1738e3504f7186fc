/**
 * Helpers for the hardening tests (tests/hardening): a Neo4j of the test's own
 * that it may stop, SIGKILL and restart; the CLI as a child process; a
 * synthetic corpus as NDJSON; and order-insensitive views of a canonical dump.
 *
 * No Cypher here (the project keeps Cypher in src/graph): graph contents come
 * from `canonicalDump` in src/graph/maintenance.repository.ts.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import type { ArticleInput } from '../../src/extract/types';
import { MAX_EVIDENCE_PER_RELATION } from '../../src/graph/article-write';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/graph/local-neo4j';

export const CLI = join(PROJECT_ROOT, 'dist', 'src', 'cli', 'main.js');

/** A TCP port nobody listens on right now (on 127.0.0.1). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `check` every `intervalMs` until it returns true or `timeoutMs` passes; returns the last answer. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, intervalMs = 250): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return true;
    if (Date.now() >= deadline) return false;
    await sleep(intervalMs);
  }
}

/** Pids of the live processes whose command line contains `needle` (Linux /proc). */
export function pidsWithArgument(needle: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\u0000');
      if (args.includes(needle) && args.some((arg) => arg.endsWith('java') || arg === 'kg.neo4j.LocalNeo4j')) {
        pids.push(Number(entry));
      }
    } catch {
      // The process went away while we looked.
    }
  }
  return pids;
}

/**
 * A Neo4j of the test's own (own data directory, own port), which the test may
 * stop cleanly, SIGKILL, and restart on the same port with the same data.
 */
export class OwnNeo4j {
  private current: LocalNeo4j | undefined;
  port = 0;

  private constructor(readonly dataDir: string) {}

  static async start(label: string): Promise<OwnNeo4j> {
    const own = new OwnNeo4j(mkdtempSync(join(tmpdir(), `kg-hardening-${label}-`)));
    await own.restart();
    return own;
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.port}`;
  }

  /** Starts (or starts again) on the same port and data directory. */
  async restart(): Promise<void> {
    this.current = await startLocalNeo4j({
      dataDir: this.dataDir,
      boltPort: this.port,
      heap: '512m',
      pageCacheMiB: 64,
      transactionTimeoutSeconds: 30,
      startTimeoutMs: 150_000,
    });
    this.port = this.current.port;
  }

  /** The JVM's pid, found by its data directory on its command line. */
  jvmPid(): number {
    const pids = pidsWithArgument(this.dataDir);
    if (pids.length !== 1) throw new Error(`expected one JVM for ${this.dataDir}, found ${pids.length}`);
    return pids[0] as number;
  }

  /** Clean shutdown; resolves when the JVM has exited. */
  async stop(): Promise<void> {
    await this.current?.stop();
    this.current = undefined;
  }

  /** SIGKILL: no shutdown, no checkpoint; resolves once the process is gone. */
  async kill(): Promise<void> {
    const pid = this.jvmPid();
    process.kill(pid, 'SIGKILL');
    const gone = await waitFor(() => Promise.resolve(pidsWithArgument(this.dataDir).length === 0), 30_000, 100);
    if (!gone) throw new Error(`JVM ${pid} survived SIGKILL`);
    // Let the launcher's exit handler run, so stop() later is a no-op.
    await this.current?.stop();
    this.current = undefined;
  }

  async dispose(): Promise<void> {
    await this.stop().catch(() => undefined);
    for (const pid of pidsWithArgument(this.dataDir)) process.kill(pid, 'SIGKILL');
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/src/cli/main.js ...args` to completion (killed after `timeoutMs`). */
export function runCli(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 170_000): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Writes articles as NDJSON (one JSON article per line) and returns the path. */
export function writeNdjson(dir: string, name: string, articles: ArticleInput[]): string {
  const path = join(dir, name);
  writeFileSync(path, articles.map((article) => JSON.stringify(article)).join('\n') + '\n');
  return path;
}

export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `kg-hardening-${label}-`));
}

interface DumpNode {
  labels: string[];
  properties: Record<string, unknown>;
}

interface DumpRelationship {
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

/** Splits `canonicalDump` output into nodes and relationships. */
export function parseDump(dump: string): { nodes: DumpNode[]; relationships: DumpRelationship[] } {
  const nodes: DumpNode[] = [];
  const relationships: DumpRelationship[] = [];
  for (const line of dump.split('\n')) {
    if (line.trim() === '') continue;
    const parsed = JSON.parse(line) as Record<string, unknown>;
    if ('labels' in parsed) nodes.push(parsed as unknown as DumpNode);
    else relationships.push(parsed as unknown as DumpRelationship);
  }
  return { nodes, relationships };
}

const sortedStrings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String).sort() : []);

/**
 * What must not depend on the order (or interleaving) in which articles were
 * ingested: each node's labels, key and name, its aliases as a set; each
 * relationship's type and ends (so the STATES edges say which articles state
 * each fact, with their sentences), its source count and dates. Evidence
 * arrays are append-ordered, so they are compared as sorted lists; once a
 * relation holds MAX_EVIDENCE_PER_RELATION sentences, which ones were kept
 * depends on arrival order by design, so only "capped" is compared.
 */
export function orderFreeView(dump: string): { nodes: string[]; relationships: string[] } {
  const { nodes, relationships } = parseDump(dump);
  return {
    nodes: nodes
      .map((node) =>
        JSON.stringify({
          labels: [...node.labels].sort(),
          key: node.properties['id'] ?? node.properties['key'] ?? node.properties['from'],
          name: node.properties['name'] ?? null,
          aliases: sortedStrings(node.properties['aliases']),
        }),
      )
      .sort(),
    relationships: relationships
      .map((relationship) =>
        JSON.stringify({
          type: relationship.type,
          start: relationship.start,
          end: relationship.end,
          sourceCount: relationship.properties['sourceCount'] ?? null,
          firstSeen: relationship.properties['firstSeen'] ?? null,
          lastSeen: relationship.properties['lastSeen'] ?? null,
          sentence: relationship.properties['sentence'] ?? null,
          evidence:
            sortedStrings(relationship.properties['evidenceSentences']).length < MAX_EVIDENCE_PER_RELATION
              ? sortedStrings(relationship.properties['evidenceSentences'])
              : 'capped',
        }),
      )
      .sort(),
  };
}

/** Event ids, and every key built from them (facts, evidence keys, redirects, merge candidates), start or contain this. */
const EVENT_ID = 'event:';
const EVENT_BOOKKEEPING = new Set(['Event', 'MergeCandidate', 'MergeRecord']);

/**
 * The dump without its event layer, and the part of that layer that must not
 * depend on order either. Cross-article event identity is decided against the
 * graph as it stands when a report arrives (src/link/events.ts, like a
 * reviewer's merge): which reports of one event have joined so far, and so
 * the event nodes' ids, names, merge records and candidates, depend on the
 * order articles came in. Everything else must not, nor how many events each
 * article reports (two events of one article are never merged).
 */
export function splitEventLayer(dump: string): { rest: string; eventsPerArticle: string[] } {
  const { nodes, relationships } = parseDump(dump);
  const keyOf = (node: DumpNode): string => {
    const key = node.properties['id'] ?? node.properties['key'] ?? node.properties['from'];
    return typeof key === 'string' ? key : '';
  };
  const aliasTargets = new Map<string, string[]>();
  for (const r of relationships)
    if (r.type === 'ALIAS_OF') aliasTargets.set(r.start, [...(aliasTargets.get(r.start) ?? []), r.end]);
  const eventOnlyAlias = (key: string): boolean =>
    (aliasTargets.get(key) ?? []).length > 0 && (aliasTargets.get(key) ?? []).every((end) => end.startsWith(EVENT_ID));
  const dropped = new Set(
    nodes
      .filter(
        (node) =>
          node.labels.some((label) => EVENT_BOOKKEEPING.has(label)) ||
          keyOf(node).includes(EVENT_ID) ||
          eventOnlyAlias(keyOf(node)),
      )
      .map(keyOf),
  );
  const touchesEvents = (key: string): boolean => dropped.has(key) || key.includes(EVENT_ID);
  const perArticle = new Map<string, number>();
  for (const r of relationships)
    if (r.type === 'MENTIONS' && r.end.startsWith(EVENT_ID))
      perArticle.set(r.start, (perArticle.get(r.start) ?? 0) + 1);
  const lines = [
    ...nodes.filter((node) => !dropped.has(keyOf(node))).map((node) => JSON.stringify(node)),
    ...relationships.filter((r) => !touchesEvents(r.start) && !touchesEvents(r.end)).map((r) => JSON.stringify(r)),
  ];
  return {
    rest: lines.join('\n'),
    eventsPerArticle: [...perArticle].map(([article, n]) => `${article}: ${n}`).sort(),
  };
}

/** Entries of `a` not in `b` (multiset difference), for readable assertion messages. */
export function missingFrom(a: string[], b: string[]): string[] {
  const counts = new Map<string, number>();
  for (const item of b) counts.set(item, (counts.get(item) ?? 0) + 1);
  const missing: string[] = [];
  for (const item of a) {
    const n = counts.get(item) ?? 0;
    if (n === 0) missing.push(item);
    else counts.set(item, n - 1);
  }
  return missing;
}

/** Relationships holding more evidence sentences than MAX_EVIDENCE_PER_RELATION allows. */
export function overCapRelationships(dump: string): string[] {
  return parseDump(dump)
    .relationships.filter((r) => sortedStrings(r.properties['evidenceSentences']).length > MAX_EVIDENCE_PER_RELATION)
    .map(
      (r) =>
        `${r.type}(${r.start},${r.end}): ${sortedStrings(r.properties['evidenceSentences']).length} sentences > ${MAX_EVIDENCE_PER_RELATION}`,
    );
}
