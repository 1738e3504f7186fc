import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entity, pairs, relation, run } from './helpers';

void test('countries that sign a document the text names by its kind; the document becomes an Agreement', async () => {
  const r = await run('Chile and Peru signed a trade agreement in Lima on Tuesday.', 'Trade', '2025-04-14');
  assert.equal(entity(r, 'trade agreement')?.type, 'Agreement');
  assert.ok(relation(r, 'SIGNED', 'Chile', 'trade agreement'));
  assert.ok(relation(r, 'SIGNED', 'Peru', 'trade agreement'));
});

void test('"was signed in X by A and B": passive signers and a signing event held in X', async () => {
  const r = await run('The Treaty of Lisbon was signed in Portugal by Spain and France.', 'Treaty', '2025-04-14');
  assert.ok(relation(r, 'SIGNED', 'Spain', 'Treaty of Lisbon'));
  assert.ok(relation(r, 'SIGNED', 'France', 'Treaty of Lisbon'));
  assert.ok(!relation(r, 'SIGNED', 'Portugal', 'Treaty of Lisbon'));
  assert.ok(relation(r, 'HELD_AT', 'signing of the Treaty of Lisbon', 'Portugal'));
});

void test('"the two leaders signed" after a meeting: both people sign; a memorandum of understanding is also "MoU"', async () => {
  const r = await run(
    'Hakon Berg met Leila Haddad in Oslo on Monday. The two leaders then signed a memorandum of understanding on fisheries.',
    'Oslo',
    '2025-04-14',
  );
  const mou = 'memorandum of understanding on fisheries';
  assert.ok(entity(r, mou)?.aliases.includes('MoU'));
  assert.ok(relation(r, 'SIGNED', 'Hakon Berg', mou));
  assert.ok(relation(r, 'SIGNED', 'Leila Haddad', mou));
});

void test('"the two countries signed the following:" and the documents listed after it, formal titles in full', async () => {
  const r = await run(
    [
      'Ghana and Togo held talks in Accra on Monday. Ghana and Togo are neighbours.',
      'The two countries signed the following agreements:',
      'Agreement between the Republic of Ghana and the Togolese Republic on Cooperation in the Field of Fisheries.',
      'Memorandum of Understanding between the Republic of Ghana and the Togolese Republic on Cooperation in the Field of Health.',
      'The talks ended with a lunch.',
    ].join('\n'),
  );
  const health =
    'Memorandum of Understanding between the Republic of Ghana and the Togolese Republic on Cooperation in the Field of Health';
  assert.ok(relation(r, 'SIGNED', 'Ghana', health));
  assert.ok(relation(r, 'SIGNED', 'Togo', health));
  assert.equal(pairs(r, 'SIGNED').length, 4);
  assert.ok(!r.entities.some((e) => e.type === 'Agreement' && /following/i.test(e.name)));
});

void test('"signed an agreement on <Name> …" is named by what it is on; "the agreement" later is the same one', async () => {
  const r = await run(
    'Kenya and Uganda have signed an agreement on Lake Victoria Fisheries Management marking a new phase of cooperation. Officials said Kenya and Uganda signed the agreement before a dinner.',
  );
  const name = 'agreement on Lake Victoria Fisheries Management';
  assert.ok(relation(r, 'SIGNED', 'Kenya', name));
  assert.ok(relation(r, 'SIGNED', 'Uganda', name));
  assert.deepEqual(
    r.entities.filter((e) => e.type === 'Agreement').map((e) => e.name),
    [name],
  );
});
