/**
 * The cost limit a server applies with its estimates kept per document
 * (`cachedCostLimit`): whatever it has already estimated, it refuses exactly
 * what the plain estimate (`costLimitError`) refuses.
 */
import 'reflect-metadata';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse, type DocumentNode } from 'graphql';
import { buildGraphSchema } from '../../src/schema/build-schema';
import { cachedCostLimit, costLimitError } from '../../src/server/query-limits';

const schema = buildGraphSchema();
const MAX_COST = 20_000;

/** Both limits on one request: they must agree, and the answer is whether it was refused. */
function refused(
  limit: ReturnType<typeof cachedCostLimit>,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | null = null,
): boolean {
  const cached = limit(document, variables, operationName);
  const plain = costLimitError(schema, document, variables, operationName, MAX_COST);
  assert.equal(cached?.message, plain?.message);
  if (cached !== null) assert.equal(cached.extensions['code'], 'QUERY_TOO_COMPLEX');
  return cached !== null;
}

describe('cost limit with estimates kept per document', () => {
  test('a page size given as a variable is priced with each request’s value', () => {
    const limit = cachedCostLimit(schema, MAX_COST);
    const document = parse(
      'query($id: ID!, $n: Int!) { entity(id: $id) { neighbors(first: $n) { neighbors(first: $n) { id } } } }',
    );
    assert.equal(refused(limit, document, { id: 'person:a', n: 10 }), false);
    assert.equal(refused(limit, document, { id: 'person:a', n: 500 }), true);
    // The small page was kept as within the limit; another id changes nothing, a large page is still refused.
    assert.equal(refused(limit, document, { id: 'person:b', n: 10 }), false);
    assert.equal(refused(limit, document, { id: 'person:b', n: 500 }), true);
  });

  test('a page size in a fragment and a selection switched on by @include count', () => {
    const limit = cachedCostLimit(schema, MAX_COST);
    const document = parse(`query($id: ID!, $n: Int!, $deep: Boolean!) {
      entity(id: $id) { ...around }
    }
    fragment around on Entity {
      neighbors(first: 100) { id neighbors(first: $n) @include(if: $deep) { neighbors(first: 100) { id } } }
    }`);
    assert.equal(refused(limit, document, { id: 'person:a', n: 100, deep: false }), false);
    assert.equal(refused(limit, document, { id: 'person:a', n: 100, deep: true }), true);
    assert.equal(refused(limit, document, { id: 'person:a', n: 1, deep: true }), false);
    assert.equal(refused(limit, document, { id: 'person:a', n: 100, deep: true }), true);
  });

  test('an absent variable is priced with its default', () => {
    const limit = cachedCostLimit(schema, MAX_COST);
    const document = parse(
      'query($id: ID!, $n: Int = 500) { entity(id: $id) { neighbors(first: $n) { neighbors(first: $n) { id } } } }',
    );
    assert.equal(refused(limit, document, { id: 'person:a', n: 5 }), false);
    assert.equal(refused(limit, document, { id: 'person:a' }), true);
    assert.equal(refused(limit, document, { id: 'person:a', n: 5 }), false);
    assert.equal(refused(limit, document, { id: 'person:b' }), true);
  });

  test('each operation of a document is priced on its own', () => {
    const limit = cachedCostLimit(schema, MAX_COST);
    const document = parse(`
      query Small { entity(id: "person:a") { neighbors(first: 5) { id } } }
      query Large { entity(id: "person:a") { neighbors(first: 500) { neighbors(first: 500) { id } } } }`);
    assert.equal(refused(limit, document, {}, 'Small'), false);
    assert.equal(refused(limit, document, {}, 'Large'), true);
    assert.equal(refused(limit, document, {}, 'Small'), false);
  });

  test('variables that do not fit their types are left to execution to report', () => {
    const limit = cachedCostLimit(schema, MAX_COST);
    const document = parse('query($n: Int!) { entity(id: "person:a") { neighbors(first: $n) { id } } }');
    assert.equal(refused(limit, document, { n: 'many' }), false);
    assert.equal(refused(limit, document, { n: 5 }), false);
  });
});
