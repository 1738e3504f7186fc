import 'reflect-metadata';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { SCHEMA_FILE } from '../../src/cli/print-schema.command';
import { printGraphSchema } from '../../src/schema/build-schema';

test('schema/schema.graphql matches the code-first schema (run `npm run schema:print` after a schema change)', () => {
  assert.equal(readFileSync(SCHEMA_FILE, 'utf8'), printGraphSchema());
});
