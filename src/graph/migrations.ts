import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config';
import type { GraphExecutor } from './executor';

const MIGRATIONS_FILE = join(PROJECT_ROOT, 'schema', 'neo4j.cypher');

/** The statements of `schema/neo4j.cypher`, comments dropped, one per `;`. */
export function readMigrations(file = MIGRATIONS_FILE): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/**
 * Applies every constraint and index. Each statement says IF NOT EXISTS, so this
 * is safe at every start; schema statements cannot share a transaction with
 * writes, hence one transaction each. Waits until the indexes are online so the
 * first query after start-up does not fall back to a scan.
 */
export async function applyMigrations(executor: GraphExecutor): Promise<void> {
  for (const statement of readMigrations()) {
    await executor.write((tx) => tx.run(statement));
  }
  await executor.write((tx) => tx.run('CALL db.awaitIndexes(120)'));
}
