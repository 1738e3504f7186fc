import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entity, relation, run } from './helpers';

void test('a banquet held for a guest: host, guest and place; modifiers like "lavish" leave the name', async () => {
  const r = await run(
    'President Aliyu Garba hosted a lavish state banquet for President Nana Owusu in Abuja.',
    'Banquet',
    '2025-04-14',
  );
  const banquet = entity(r, 'state banquet');
  assert.equal(banquet?.properties.eventType, 'Banquet');
  assert.ok(banquet.aliases.includes('lavish state banquet'));
  assert.equal(relation(r, 'PARTICIPATED_IN', 'Aliyu Garba', 'state banquet')?.properties['role'], 'host');
  assert.equal(relation(r, 'PARTICIPATED_IN', 'Nana Owusu', 'state banquet')?.properties['role'], 'guest');
  assert.ok(relation(r, 'HELD_AT', 'state banquet', 'Abuja'));
});

void test('countries that will hold celebrations host them', async () => {
  const r = await run('Ghana and Nigeria will jointly hold celebrations next year.', 'Plans', '2025-04-14');
  assert.equal(entity(r, 'celebrations')?.properties.eventType, 'Celebration');
  assert.equal(relation(r, 'PARTICIPATED_IN', 'Ghana', 'celebrations')?.properties['role'], 'host');
  assert.equal(relation(r, 'PARTICIPATED_IN', 'Nigeria', 'celebrations')?.properties['role'], 'host');
});

void test('a numbered session of a body is a meeting that body hosts', async () => {
  const r = await run('The third plenary session of the Economic Community of West African States opened.');
  const name = 'third plenary session of the Economic Community of West African States';
  assert.equal(entity(r, name)?.properties.eventType, 'Meeting');
  assert.ok(relation(r, 'PARTICIPATED_IN', 'Economic Community of West African States', name));
});
