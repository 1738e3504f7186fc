import assert from 'node:assert/strict';
import { test } from 'node:test';
import { facts, run } from './helpers';

void test('titles from the noun phrase: demonym, possessive, "of" after the name, apposition', async () => {
  const r = await run(
    "Estonian Prime Minister Kristen Michal spoke first. Then Latvia's President Edgars Rinkevics spoke. " +
      'President Gitanas Nauseda of Lithuania closed the debate, and Alar Karis, the president of Estonia, thanked them.',
  );
  const f = facts(r);
  for (const line of [
    'LEADER_OF Kristen Michal -> Estonia',
    'LEADER_OF Edgars Rinkevics -> Latvia',
    'LEADER_OF Gitanas Nauseda -> Lithuania',
    'LEADER_OF Alar Karis -> Estonia',
  ])
    assert.ok(f.includes(line), `${line}\n${f.join('\n')}`);
});

void test('a deputy does not lead; a former holder did, and the title says so', async () => {
  const r = await run(
    'Former Prime Minister Taavi Roivas of Estonia attended, with Deputy Prime Minister Hanno Pevkur of Estonia and Director-General Rafael Grossi of the International Atomic Energy Agency.',
  );
  const f = facts(r);
  const former = r.relations.find(
    (x) => x.type === 'LEADER_OF' && r.entities.find((e) => e.key === x.from)?.name === 'Taavi Roivas',
  );
  assert.match(former?.properties['title'] ?? '', /^former /i, f.join('\n'));
  assert.ok(!f.includes('LEADER_OF Hanno Pevkur -> Estonia'), f.join('\n'));
});

// Regression: in a list, "A, President of X B" gave A the country of B's title.
void test('a coordinated list of "Title of Country Name" gives each leader their own country', async () => {
  const r = await run(
    "The summit was attended by Prime Minister of Nepal Sher Bahadur Deuba, President of Sri Lanka Gotabaya Rajapaksa and Bhutan's Prime Minister Lotay Tshering. Later, the Prime Minister of Nepal paid a courtesy call on President Rajapaksa.",
    'Leaders meet',
    '2024-05-02',
  );
  const f = facts(r);
  for (const line of [
    'LEADER_OF Sher Bahadur Deuba -> Nepal',
    'LEADER_OF Gotabaya Rajapaksa -> Sri Lanka',
    'LEADER_OF Lotay Tshering -> Bhutan',
    'MET Sher Bahadur Deuba -> Gotabaya Rajapaksa',
  ])
    assert.ok(f.includes(line), `${line}\n${f.join('\n')}`);
  assert.ok(!f.includes('LEADER_OF Sher Bahadur Deuba -> Sri Lanka'), f.join('\n'));
});

void test("of two demonyms before a title, the one next to it is the holder's country", async () => {
  const r = await run(
    'Leaders mark anniversary of Serbian blockade\nCroatian Prime Minister Ivo Maric joined other leaders in Zagreb on Saturday to show solidarity.',
  );
  const f = facts(r);
  assert.ok(f.includes('LEADER_OF Ivo Maric -> Croatia'), f.join('\n'));
  assert.ok(!f.includes('LEADER_OF Ivo Maric -> Serbia'), f.join('\n'));
});
