import 'reflect-metadata';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse, validate } from 'graphql';
import { buildGraphSchema } from '../../../src/schema/build-schema';
import * as explorer from '../../../src/server/playground/web/explore/queries';
import { EXAMPLE_OPERATIONS } from '../../../src/server/playground/web/playground/examples';

const schema = buildGraphSchema();

const explorerDocuments = Object.entries(explorer.EXPLORER_QUERIES);

void test('the front end has explorer queries and playground examples to check', () => {
  assert.ok(explorerDocuments.length >= 5);
  assert.ok(EXAMPLE_OPERATIONS.length >= 5);
});

for (const [name, document] of explorerDocuments) {
  void test(`the explorer's ${name} is valid against the schema`, () => {
    assert.deepEqual(
      validate(schema, parse(document)).map((error) => error.message),
      [],
    );
  });
}

for (const example of EXAMPLE_OPERATIONS) {
  void test(`the playground example "${example.title}" is valid against the schema`, () => {
    assert.deepEqual(
      validate(schema, parse(example.query)).map((error) => error.message),
      [],
    );
    if (example.variables !== undefined) assert.equal(typeof JSON.parse(example.variables), 'object');
  });
}
