import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FactSink } from '../../../src/extract/rules/fact-sink';
import type { ExtractedEntity, Sentence } from '../../../src/extract/types';

const first: Sentence = { index: 0, start: 0, end: 24, text: 'Ana Costa met Jo Lee.' };
const second: Sentence = { index: 1, start: 25, end: 60, text: 'Jo Lee met Ana Costa again today.' };

void test('a fact stated twice is kept once, with the evidence and confidence of its first statement', () => {
  const sink = new FactSink(new Map());
  sink.relate('LEADER_OF', 'person:a', 'country:x', first, { title: 'President' });
  sink.relate('LEADER_OF', 'person:a', 'country:x', second, { title: 'Prime Minister' }, 0.5);
  assert.equal(sink.relations.length, 1);
  const [kept] = sink.relations;
  assert.ok(kept);
  assert.deepEqual(kept.evidence, { start: 0, end: 24, sentenceIndex: 0, sentence: first.text });
  assert.equal(kept.confidence, 0.7);
  assert.equal(kept.properties['title'], 'President');
});

void test('symmetric types dedupe in either direction, directed types do not; no relation to oneself', () => {
  const sink = new FactSink(new Map());
  sink.relate('MET', 'person:a', 'person:b', first);
  sink.relate('MET', 'person:b', 'person:a', second);
  sink.relate('VISITED', 'person:a', 'person:b', first);
  sink.relate('VISITED', 'person:b', 'person:a', first);
  sink.relate('MET', 'person:a', 'person:a', first);
  assert.deepEqual(
    sink.relations.map((r) => `${r.type} ${r.from} ${r.to}`),
    ['MET person:a person:b', 'VISITED person:a person:b', 'VISITED person:b person:a'],
  );
});

void test('an event named twice (case and punctuation aside) is one tracked event with its first date', () => {
  const entities = new Map<string, ExtractedEntity>();
  const sink = new FactSink(entities);
  const a = sink.event('Talks', 'Trade talks', first, 'met', '2025-01-02');
  const b = sink.event('Talks', 'trade  talks.', second, 'met', '2025-03-04');
  assert.equal(a, b);
  assert.equal(sink.events.length, 1);
  assert.equal(entities.get(a)?.properties.date, '2025-01-02');
  assert.deepEqual(entities.get(a)?.mentions, [{ start: 10, end: 13, surface: 'met', sentenceIndex: 0 }]);
});
