import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RELATION_TYPES } from '../../src/extract/types';
import { FACT_TYPES } from '../../src/graph/fact-types';

test('the Cypher relationship-type alternation names exactly the ontology relation types', () => {
  assert.deepEqual(FACT_TYPES.split('|').sort(), [...RELATION_TYPES].sort());
});
