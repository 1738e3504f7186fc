import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entity, relation, run } from './rules/helpers';

void test('an acronym the text defines in brackets is its organization wherever the body uses it', async () => {
  const r = await run(
    'Ministers of the Lake Tanganyika Fisheries Authority (LTFA) met in Bujumbura. The LTFA, which groups Burundi, Tanzania and Zambia, will meet again in May. The UN praised the work.',
  );
  const org = entity(r, 'Lake Tanganyika Fisheries Authority');
  assert.ok(org);
  assert.equal(org.type, 'Organization');
  assert.ok(org.aliases.includes('LTFA'));
  assert.equal(org.mentions.filter((m) => m.surface === 'LTFA').length, 2);
  assert.ok(relation(r, 'MEMBER_OF', 'Zambia', 'Lake Tanganyika Fisheries Authority'));
});

void test('brackets that do not abbreviate the name define nothing', async () => {
  const r = await run('The Regional Water Council (RWC) and the Nile Basin Forum (AMM) met. AMM delegates left.');
  assert.ok(!entity(r, 'Nile Basin Forum')?.aliases.includes('AMM'));
  assert.ok(entity(r, 'Regional Water Council')?.aliases.includes('RWC'));
});
