import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config';
import { count, type GraphExecutor } from './executor';
import { readNumber } from './records';

const MIGRATIONS_FILE = join(PROJECT_ROOT, 'schema', 'neo4j.cypher');
const DATA_MIGRATIONS_DIR = join(PROJECT_ROOT, 'schema', 'data');

const DONE = 'MATCH (m:DataMigration {name: $name}) RETURN m.name AS name';
const RECORD_DONE = 'MERGE (m:DataMigration {name: $name}) ON CREATE SET m.at = datetime()';

/** Relationships (or nodes) a data migration rewrites per transaction. */
const DATA_MIGRATION_BATCH = 2_000;

function statementsOf(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/** The statements of `schema/neo4j.cypher`, comments dropped, one per `;`. */
export function readMigrations(file = MIGRATIONS_FILE): string[] {
  return statementsOf(readFileSync(file, 'utf8'));
}

/** The data migrations of `schema/data/`, in file-name order: each file one statement. */
export function readDataMigrations(dir = DATA_MIGRATIONS_DIR): { name: string; statement: string }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.cypher'))
    .sort()
    .flatMap((name) => statementsOf(readFileSync(join(dir, name), 'utf8')).map((statement) => ({ name, statement })));
}

/**
 * Applies every constraint and index. Each statement says IF NOT EXISTS, so this
 * is safe at every start; schema statements cannot share a transaction with
 * writes, hence one transaction each. Waits until the indexes are online so the
 * first query after start-up does not fall back to a scan. Then the data
 * migrations (see `applyDataMigrations`).
 */
export async function applyMigrations(executor: GraphExecutor): Promise<void> {
  for (const statement of readMigrations()) {
    await executor.write((tx) => tx.run(statement));
  }
  await executor.write((tx) => tx.run('CALL db.awaitIndexes(120)'));
  await applyDataMigrations(executor);
}

/**
 * Rewrites a graph written in an older shape into today's, in place. Each data
 * migration takes `$batch` items still in the old shape per transaction and
 * returns how many it rewrote (`migrated`); it runs until that is 0, so a large
 * graph never needs one huge transaction and an interrupted migration resumes.
 * A finished one is recorded (a `DataMigration` node), so later starts skip it
 * instead of scanning the graph for the old shape again.
 */
export async function applyDataMigrations(executor: GraphExecutor): Promise<number> {
  let total = 0;
  for (const { name, statement } of readDataMigrations()) {
    const done = await executor.read((tx) => tx.run(DONE, { name }));
    if (done.records.length > 0) continue;
    for (;;) {
      const result = await executor.write((tx) => tx.run(statement, { batch: count(DATA_MIGRATION_BATCH) }));
      const record = result.records[0];
      const migrated = record === undefined ? 0 : readNumber(record, 'migrated');
      total += migrated;
      if (migrated === 0) break;
    }
    await executor.write((tx) => tx.run(RECORD_DONE, { name }));
  }
  return total;
}
