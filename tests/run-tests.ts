/**
 * `npm test`: starts one throwaway Neo4j (a free port, a temporary data
 * directory) unless NEO4J_URI is set, and one managed CoreNLP (a free port,
 * a 2 GB heap) unless CORENLP_URL is set, runs every compiled test file against
 * them with Node's test runner, then stops both and deletes their directories.
 *
 * One server of each for the whole run, because a JVM start costs seconds;
 * test files run one at a time because they share them (each clears the graph
 * first). The annotation cache is a temporary directory shared by the run
 * (unless CORENLP_CACHE_DIR is set): an article the seeds hold is annotated
 * once, not once per file.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalNeo4j, type LocalNeo4j } from '../src/graph/local-neo4j';
import { startLocalCoreNlp, type LocalCoreNlp } from '../src/nlp/local-corenlp';
import { THROWAWAY_FLAG } from './support/graph';

const unset = (value: string | undefined): boolean => value === undefined || value === '';

async function main(): Promise<number> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  let neo4j: LocalNeo4j | undefined;
  let corenlp: LocalCoreNlp | undefined;
  const temporary: string[] = [];
  try {
    const starting: Promise<void>[] = [];
    if (unset(env['NEO4J_URI'])) {
      const dataDir = mkdtempSync(join(tmpdir(), 'kg-test-neo4j-'));
      temporary.push(dataDir);
      console.log(`Starting a throwaway Neo4j in ${dataDir}...`);
      starting.push(
        startLocalNeo4j({ dataDir, boltPort: 0, heap: '1g', pageCacheMiB: 256, transactionTimeoutSeconds: 30 }).then(
          (started) => {
            neo4j = started;
            env['NEO4J_URI'] = started.uri;
            env[THROWAWAY_FLAG] = '1';
          },
        ),
      );
    }
    if (unset(env['CORENLP_URL'])) {
      console.log('Starting a throwaway CoreNLP...');
      starting.push(
        startLocalCoreNlp({ port: 0, heap: '2g', threads: 2 }).then((started) => {
          corenlp = started;
          env['CORENLP_URL'] = started.url;
        }),
      );
    }
    if (unset(env['CORENLP_CACHE_DIR'])) {
      const cacheDir = mkdtempSync(join(tmpdir(), 'kg-test-corenlp-cache-'));
      temporary.push(cacheDir);
      env['CORENLP_CACHE_DIR'] = cacheDir;
    }
    // Both started, or neither left running: a failed start must not leave the other JVM behind.
    const started = await Promise.allSettled(starting);
    const failed = started.find((result) => result.status === 'rejected');
    if (failed !== undefined) throw failed.reason;

    const files = process.argv.slice(2);
    const child = spawn(
      process.execPath,
      ['--test', '--test-concurrency=1', ...(files.length > 0 ? files : [join(__dirname)])],
      { stdio: 'inherit', env },
    );
    return await new Promise<number>((resolve) => {
      child.once('exit', (status) => {
        resolve(status ?? 1);
      });
    });
  } finally {
    await Promise.all([neo4j?.stop(), corenlp?.stop()]);
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
