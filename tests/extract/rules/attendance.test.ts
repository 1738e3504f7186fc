import assert from 'node:assert/strict';
import { test } from 'node:test';
import { relation, run } from './helpers';

void test('people who attended a named event and gave a speech there are speakers who addressed it', async () => {
  const r = await run(
    'The Nordic Climate Forum opened in Helsinki on Monday. Sara Lind and Omar Nasser attended the Nordic Climate Forum and delivered a speech.',
    'Forum',
    '2025-04-14',
  );
  for (const p of ['Sara Lind', 'Omar Nasser']) {
    assert.equal(relation(r, 'PARTICIPATED_IN', p, 'Nordic Climate Forum')?.properties['role'], 'speaker');
    assert.equal(relation(r, 'ADDRESSED', p, 'Nordic Climate Forum')?.properties['kind'], 'speech');
  }
});

void test('"attended the above activities": the talks and ceremonies of earlier sentences', async () => {
  const r = await run(
    'Hakon Berg held talks with Leila Haddad on Monday. Berg hosted a welcome ceremony for Haddad. Minister Jonas Weber and Ana Costa attended the above activities.',
    'Talks',
    '2025-04-14',
  );
  const ceremony = r.entities.find((e) => e.type === 'Event' && e.properties.eventType === 'Ceremony');
  assert.ok(ceremony);
  for (const p of ['Jonas Weber', 'Ana Costa']) {
    assert.equal(relation(r, 'PARTICIPATED_IN', p, 'talks')?.properties['role'], 'attendee');
    assert.ok(relation(r, 'PARTICIPATED_IN', p, ceremony.name));
  }
});
