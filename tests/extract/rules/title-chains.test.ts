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
