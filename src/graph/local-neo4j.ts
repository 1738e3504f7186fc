import { spawn, spawnSync, type ChildProcessByStdio } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { PROJECT_ROOT } from '../config';

/**
 * The managed local Neo4j: Neo4j 5.26 Community, resolved from Maven Central by
 * `neo4j/pom.xml` and run by `neo4j/src/main/java/kg/neo4j/LocalNeo4j.java` as a
 * JVM of its own. It is started when `NEO4J_URI` is not set.
 *
 * The JVM stops when its standard input closes. Node closes that pipe when it
 * exits for any reason, SIGKILL included, so no JVM outlives its parent.
 */

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

export interface LocalNeo4jOptions {
  dataDir: string;
  /** 0 picks a free port. */
  boltPort: number;
  /** JVM heap, e.g. `2g`. */
  heap: string;
  pageCacheMiB: number;
  transactionTimeoutSeconds: number;
  /** How long to wait for Bolt to answer. */
  startTimeoutMs?: number;
}

export interface LocalNeo4j {
  uri: string;
  port: number;
  /** Shuts Neo4j down cleanly; resolves when the JVM has exited. */
  stop(): Promise<void>;
}

const NEO4J_DIR = join(PROJECT_ROOT, 'neo4j');
const CLASSPATH_FILE = join(NEO4J_DIR, 'target', 'classpath.txt');

function toolWorks(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/** Builds the launcher with Maven when `npm install` could not (or its output is gone). */
function ensureBuilt(): void {
  if (!toolWorks('java', ['-version'])) {
    throw new LocalNeo4jError(
      'Java was not found: install Java 17 (e.g. `apt-get install openjdk-17-jre-headless`) or set NEO4J_URI to use your own Neo4j.',
    );
  }
  if (existsSync(CLASSPATH_FILE)) return;
  if (!toolWorks('mvn', ['-v'])) {
    throw new LocalNeo4jError(
      'Maven was not found: install Maven (e.g. `apt-get install maven`) so Neo4j can be fetched, or set NEO4J_URI to use your own Neo4j.',
    );
  }
  const build = spawnSync('mvn', ['-B', '-q', '-f', join(NEO4J_DIR, 'pom.xml'), 'package'], { stdio: 'inherit' });
  if (build.status !== 0 || !existsSync(CLASSPATH_FILE)) {
    throw new LocalNeo4jError(
      'Maven could not build neo4j/pom.xml: see its output above (is Maven Central reachable?).',
    );
  }
}

function javaArguments(options: LocalNeo4jOptions): string[] {
  const target = join(NEO4J_DIR, 'target');
  const classpath = [
    join(target, 'classes'),
    readFileSync(CLASSPATH_FILE, 'utf8').trim(),
    join(target, 'plugins', '*'),
  ];
  return [
    `-Xms${options.heap}`,
    `-Xmx${options.heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    // Neo4j's own recommendation for its off-heap buffers on Java 17.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-cp',
    classpath.join(':'),
    'kg.neo4j.LocalNeo4j',
    options.dataDir,
    String(options.boltPort),
    join(target, 'plugins'),
    String(options.pageCacheMiB),
    String(options.transactionTimeoutSeconds),
  ];
}

/** Starts Neo4j and resolves once Bolt answers; rejects with one clear sentence otherwise. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  ensureBuilt();
  const child: ChildProcessByStdio<Writable, Readable, Readable> = spawn('java', javaArguments(options), {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });

  const port = await new Promise<number>((resolve, reject) => {
    let failure: string | undefined;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new LocalNeo4jError(
          `Neo4j did not answer within ${options.startTimeoutMs ?? 180_000} ms; see ${join(options.dataDir, 'logs', 'debug.log')}.`,
        ),
      );
    }, options.startTimeoutMs ?? 180_000);
    createInterface({ input: child.stdout }).on('line', (line) => {
      const ready = /^READY (\d+)$/.exec(line);
      if (ready?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(Number(ready[1]));
      }
    });
    createInterface({ input: child.stderr }).on('line', (line) => {
      const error = /^ERROR \S+ (.*)$/.exec(line);
      if (error?.[1] !== undefined) failure = error[1];
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new LocalNeo4jError(failure ?? `Neo4j exited with code ${code ?? 'unknown'} before it was ready.`));
    });
  });

  let stopping: Promise<void> | undefined;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    port,
    stop: () => {
      stopping ??= (async () => {
        child.stdin.end();
        const timeout = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(timeout);
      })();
      return stopping;
    },
  };
}
