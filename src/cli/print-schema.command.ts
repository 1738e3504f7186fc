import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config';
import { printGraphSchema } from '../schema/build-schema';

export const SCHEMA_FILE = join(PROJECT_ROOT, 'schema', 'schema.graphql');

export function printSchemaCommand(): Promise<void> {
  writeFileSync(SCHEMA_FILE, printGraphSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
  return Promise.resolve();
}
