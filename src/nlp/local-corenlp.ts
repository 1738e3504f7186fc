import { spawn, spawnSync, type ChildProcessByStdio } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { PROJECT_ROOT } from '../config';
import { AnnotationUnavailableError, CoreNlpClient, DEFAULT_TIMEOUT_MS } from './client';
import { CHUNK_CHARS } from './chunks';

/**
 * The managed local CoreNLP: Stanford CoreNLP 4.5.10 and its English models,
 * resolved from Maven Central by `corenlp/pom.xml` and run by
 * `corenlp/src/main/java/kg/corenlp/LocalCoreNlp.java` as a JVM of its own,
 * listening on 127.0.0.1 only. It is started when `CORENLP_URL` is not set.
 *
 * The JVM stops when its standard input closes. Node closes that pipe when it
 * exits for any reason, SIGKILL included, so no JVM outlives its parent.
 */

export class LocalCoreNlpError extends Error {
  override name = 'LocalCoreNlpError';
}

export interface LocalCoreNlpOptions {
  /** 0 picks a free port. */
  port: number;
  /** JVM heap, e.g. `3g`. */
  heap: string;
  /** Texts annotated at the same time. */
  threads: number;
  /** How long to wait for the server to listen and load its models. */
  startTimeoutMs?: number;
}

export interface LocalCoreNlp {
  url: string;
  port: number;
  /** The JVM's process id (tests check it is gone). */
  pid: number;
  /** Stops the JVM; resolves when it has exited. */
  stop(): Promise<void>;
}

const CORENLP_DIR = join(PROJECT_ROOT, 'corenlp');
const CLASSPATH_FILE = join(CORENLP_DIR, 'target', 'classpath.txt');
/** What the server refuses outright; our pieces (`CHUNK_CHARS`) stay well below it. */
const SERVER_MAX_CHARS = 5 * CHUNK_CHARS;

function toolWorks(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/** Builds the launcher with Maven when `npm install` could not (or its output is gone). */
function ensureBuilt(): void {
  if (!toolWorks('java', ['-version'])) {
    throw new LocalCoreNlpError(
      'Java was not found: install Java 17 (e.g. `apt-get install openjdk-17-jre-headless`) or set CORENLP_URL to use your own CoreNLP servers.',
    );
  }
  if (existsSync(CLASSPATH_FILE)) return;
  if (!toolWorks('mvn', ['-v'])) {
    throw new LocalCoreNlpError(
      'Maven was not found: install Maven (e.g. `apt-get install maven`) so CoreNLP can be fetched, or set CORENLP_URL to use your own CoreNLP servers.',
    );
  }
  const build = spawnSync('mvn', ['-B', '-q', '-f', join(CORENLP_DIR, 'pom.xml'), 'package'], { stdio: 'inherit' });
  if (build.status !== 0 || !existsSync(CLASSPATH_FILE)) {
    throw new LocalCoreNlpError(
      'Maven could not build corenlp/pom.xml: see its output above (is Maven Central reachable?).',
    );
  }
}

function javaArguments(options: LocalCoreNlpOptions): string[] {
  const classpath = [join(CORENLP_DIR, 'target', 'classes'), readFileSync(CLASSPATH_FILE, 'utf8').trim()];
  return [
    `-Xmx${options.heap}`,
    // A JVM that ran out of memory is in no state to go on: it exits, and we say why.
    '-XX:+ExitOnOutOfMemoryError',
    // LoopbackHttpServerProvider wraps the JDK's own HTTP server provider, in a package jdk.httpserver does not export.
    '--add-exports=jdk.httpserver/sun.net.httpserver=ALL-UNNAMED',
    '-cp',
    classpath.join(':'),
    'kg.corenlp.LocalCoreNlp',
    String(options.port),
    String(options.threads),
    String(DEFAULT_TIMEOUT_MS),
    String(SERVER_MAX_CHARS),
  ];
}

function outOfMemory(heap: string): string {
  return `CoreNLP ran out of memory with a heap of ${heap}: set CORENLP_HEAP higher (e.g. 4g) or CORENLP_THREADS lower.`;
}

/**
 * Starts CoreNLP and resolves once it has annotated a first sentence (the
 * models load on the first request, several seconds); rejects with one clear
 * sentence otherwise.
 */
export async function startLocalCoreNlp(options: LocalCoreNlpOptions): Promise<LocalCoreNlp> {
  ensureBuilt();
  const child: ChildProcessByStdio<Writable, Readable, Readable> = spawn('java', javaArguments(options), {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let failure: string | undefined;
  let stopping = false;
  let ready = false;
  const watch = (line: string): void => {
    const error = /^ERROR \S+ (.*)$/.exec(line);
    if (error?.[1] !== undefined) failure = error[1];
    if (line.includes('OutOfMemoryError')) failure = outOfMemory(options.heap);
  };
  createInterface({ input: child.stderr }).on('line', watch);
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      // A JVM that dies while in use (not stopped by us) says why on our stderr, once.
      if (!stopping && ready)
        console.error(`error: the managed CoreNLP stopped: ${failure ?? `exit code ${code ?? 'unknown'}`}`);
      resolve(code);
    });
  });
  const startTimeoutMs = options.startTimeoutMs ?? 180_000;

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new LocalCoreNlpError(`CoreNLP did not listen within ${startTimeoutMs} ms.`));
    }, startTimeoutMs);
    createInterface({ input: child.stdout }).on('line', (line) => {
      watch(line);
      const match = /^READY (\d+)$/.exec(line);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new LocalCoreNlpError(failure ?? `CoreNLP exited with code ${code ?? 'unknown'} before it was ready.`));
    });
  });

  const url = `http://127.0.0.1:${port}`;
  // Loads the models now, so that the first article does not pay for it and a heap too small shows at start.
  try {
    await new CoreNlpClient(url, { timeoutMs: startTimeoutMs, retries: 0 }).annotate('CoreNLP is ready.');
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    if (failure !== undefined) throw new LocalCoreNlpError(failure);
    if (error instanceof AnnotationUnavailableError)
      throw new LocalCoreNlpError(`CoreNLP stopped while loading its models.`);
    throw new LocalCoreNlpError(
      `CoreNLP could not load its models: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  ready = true;

  let stopped: Promise<void> | undefined;
  return {
    url,
    port,
    pid: child.pid ?? 0,
    stop: () => {
      stopped ??= (async () => {
        stopping = true;
        child.stdin.end();
        const timeout = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timeout);
      })();
      return stopped;
    },
  };
}
