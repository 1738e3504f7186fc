/**
 * `npm test`: starts one throwaway Neo4j (a free port, a temporary data
 * directory) unless NEO4J_URI is set, runs every compiled test file against it
 * with Node's test runner, then stops Neo4j and deletes its directory.
 *
 * One server for the whole run, because a JVM start costs ~15 s; test files
 * run one at a time because they share it (each clears the graph first).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalNeo4j, type LocalNeo4j } from '../src/graph/local-neo4j';
import { THROWAWAY_FLAG } from './support/graph';

async function main(): Promise<number> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  let local: LocalNeo4j | undefined;
  let dataDir: string | undefined;
  if (env['NEO4J_URI'] === undefined || env['NEO4J_URI'] === '') {
    dataDir = mkdtempSync(join(tmpdir(), 'kg-test-neo4j-'));
    console.log(`Starting a throwaway Neo4j in ${dataDir}...`);
    local = await startLocalNeo4j({
      dataDir,
      boltPort: 0,
      heap: '1g',
      pageCacheMiB: 256,
      transactionTimeoutSeconds: 30,
    });
    env['NEO4J_URI'] = local.uri;
    env[THROWAWAY_FLAG] = '1';
  }
  const files = process.argv.slice(2);
  const child = spawn(
    process.execPath,
    ['--test', '--test-concurrency=1', ...(files.length > 0 ? files : [join(__dirname)])],
    { stdio: 'inherit', env },
  );
  const code = await new Promise<number>((resolve) => {
    child.once('exit', (status) => {
      resolve(status ?? 1);
    });
  });
  await local?.stop();
  if (dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true });
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
