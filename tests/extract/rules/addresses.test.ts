import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairs, relation, run } from './helpers';

void test('a congratulatory letter to a named event addresses it', async () => {
  const r = await run('Sara Lind sent a congratulatory letter to the Nordic Climate Forum.', 'Letter', '2025-04-14');
  assert.deepEqual(relation(r, 'ADDRESSED', 'Sara Lind', 'Nordic Climate Forum')?.properties, {
    kind: 'congratulatory letter',
    date: '2025-04-14',
  });
});

void test('a message to a body needs "to": a message about it is not addressed to it', async () => {
  const to = await run('Omar Nasser read a video message to the African Union.');
  assert.ok(relation(to, 'ADDRESSED', 'Omar Nasser', 'African Union'));
  const about = await run('Omar Nasser read a video message about the African Union.');
  assert.deepEqual(pairs(about, 'ADDRESSED'), []);
});

void test('a speech with no event named goes to the last forum of the article', async () => {
  const r = await run(
    'The Nordic Climate Forum opened in Helsinki on Monday. Omar Nasser gave a speech calling for lower emissions.',
    'Forum',
    '2025-04-14',
  );
  assert.ok(relation(r, 'ADDRESSED', 'Omar Nasser', 'Nordic Climate Forum'));
});
