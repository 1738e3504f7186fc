import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config';
import { openGraph, type GraphConnection } from '../src/graph/connection';
import { startLocalNeo4j, type LocalNeo4j } from '../src/graph/local-neo4j';

/** A throwaway Neo4j (the project's managed one) in a temp dir, with the migrations applied. */
export interface BenchNeo4j {
  uri: string;
  neo4j: LocalNeo4j;
  graph: GraphConnection;
  dataDir: string;
  stop(): Promise<void>;
}

export const BENCH_PASSWORD = 'unused-auth-is-disabled-on-loopback';

export async function startBenchNeo4j(label: string): Promise<BenchNeo4j> {
  const dataDir = mkdtempSync(join(tmpdir(), `kg-bench-${label}-`));
  const heap = process.env['NEO4J_HEAP'] || '2g';
  const pageCacheMiB = Number(process.env['NEO4J_PAGECACHE_MB'] || '1024');
  const neo4j = await startLocalNeo4j({ dataDir, boltPort: 0, heap, pageCacheMiB, transactionTimeoutSeconds: 600 });
  try {
    const graph = await openGraph(
      loadConfig({
        NEO4J_URI: neo4j.uri,
        NEO4J_USERNAME: 'neo4j',
        NEO4J_PASSWORD: BENCH_PASSWORD,
        NEO4J_TX_TIMEOUT_S: '600',
        KG_WRITES: 'off',
      }),
    );
    return {
      uri: neo4j.uri,
      neo4j,
      graph,
      dataDir,
      async stop() {
        await graph.close();
        await neo4j.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
