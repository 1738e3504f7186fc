import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { LocalNeo4jError, startLocalNeo4j } from '../../src/graph/local-neo4j';

const options = { heap: '512m', pageCacheMiB: 64, transactionTimeoutSeconds: 10 };

test('a taken Bolt port is refused with one clear sentence', async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const address = blocker.address();
  assert.ok(address !== null && typeof address === 'object');
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-port-'));
  try {
    await assert.rejects(
      startLocalNeo4j({ ...options, dataDir, boltPort: address.port }),
      (error: unknown) =>
        error instanceof LocalNeo4jError && error.message.includes(`port ${address.port} is already in use`),
    );
  } finally {
    blocker.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a data directory in use by another Neo4j is refused, and stop() leaves no JVM', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-lock-'));
  const first = await startLocalNeo4j({ ...options, dataDir, boltPort: 0 });
  try {
    await assert.rejects(
      startLocalNeo4j({ ...options, dataDir, boltPort: 0 }),
      (error: unknown) => error instanceof LocalNeo4jError && error.message.includes('is in use by another Neo4j'),
    );
  } finally {
    await first.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  // After stop() resolves the JVM has exited, so its port is free again.
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(first.port, '127.0.0.1', resolve);
  });
  probe.close();
});
