import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairs, relation, run } from './helpers';

void test('a head-of-state title before the name leads the country; a deputy does not', async () => {
  const r = await run(
    'Brazilian President Luiz Inacio Lula da Silva spoke to farmers on Friday. Olena Kovalenko, Deputy Foreign Minister of Ukraine, arrived later.',
  );
  assert.equal(relation(r, 'LEADER_OF', 'Luiz Inacio Lula da Silva', 'Brazil')?.properties['title'], 'President');
  assert.deepEqual(
    pairs(r, 'LEADER_OF').filter((p) => p.startsWith('Olena')),
    [],
  );
});

void test('titles of a body: its head leads it, other roles are affiliations', async () => {
  const r = await run(
    'The Secretary-General of the United Nations, Ana Ferreira, spoke next. Kenji Watanabe, spokesperson of the World Health Organization, declined to comment. Samuel Okafor, correspondent for Reuters, covered the day.',
  );
  assert.ok(relation(r, 'LEADER_OF', 'Ana Ferreira', 'United Nations'));
  assert.equal(
    relation(r, 'AFFILIATED_WITH', 'Kenji Watanabe', 'World Health Organization')?.properties['role'],
    'spokesperson',
  );
  assert.equal(relation(r, 'AFFILIATED_WITH', 'Samuel Okafor', 'Reuters')?.properties['role'], 'correspondent');
});

void test('a source quoted "according to X from Y" is affiliated with Y', async () => {
  const r = await run('According to Pieter de Vries from the World Bank, growth slowed.');
  assert.ok(relation(r, 'AFFILIATED_WITH', 'Pieter de Vries', 'World Bank'));
});

void test('a bare head title goes to the country the article names most, with low confidence', async () => {
  const r = await run(
    'President Mahamat Deby said the budget was ready. Chad and Niger share a border. Chad expects rain.',
  );
  const led = relation(r, 'LEADER_OF', 'Mahamat Deby', 'Chad');
  assert.equal(led?.confidence, 0.5);
  assert.ok(!relation(r, 'LEADER_OF', 'Mahamat Deby', 'Niger'));
});

void test("a bare head title goes to the dateline's country before the one the article names most", async () => {
  const r = await run(
    'LISBON (Lusa) – Prime Minister Rui Marques received a delegation from Morocco on Monday. Morocco and Portugal will expand trade. Morocco hopes to export more fruit, and Morocco will host the next round.',
  );
  assert.ok(relation(r, 'LEADER_OF', 'Rui Marques', 'Portugal'));
  assert.ok(!relation(r, 'LEADER_OF', 'Rui Marques', 'Morocco'));
});

void test('a bare title goes to a country whose government has it, and not to the one its holder visits', async () => {
  const king = await run(
    'Chile and Chile’s ports were discussed. Chile and Norway signed a fishing accord. Norway welcomed it, and King Harald Olsen praised Norway’s fleet.',
  );
  assert.ok(relation(king, 'LEADER_OF', 'Harald Olsen', 'Norway'));
  assert.ok(!relation(king, 'LEADER_OF', 'Harald Olsen', 'Chile'));
  const president = await run(
    'Spain and Spain’s farmers were the topic. Spain and Ecuador agreed on bananas. President Lucia Andrade said Ecuador would ship more.',
  );
  assert.ok(relation(president, 'LEADER_OF', 'Lucia Andrade', 'Ecuador'));
  assert.ok(!relation(president, 'LEADER_OF', 'Lucia Andrade', 'Spain'));
  const visit = await run(
    'Prime Minister Ivo Kral visited Austria on Tuesday. Austria and Czechia share a border, and Austria welcomed him. Czechia is a neighbour.',
  );
  assert.ok(!relation(visit, 'LEADER_OF', 'Ivo Kral', 'Austria'));
});

void test('the Sahrawi Republic and Kosovo are countries a title can name', async () => {
  const r = await run(
    'The president of the Sahrawi Arab Democratic Republic, Omar Lahbib, met the President of Kosovo, Drita Berisha, on Friday.',
  );
  assert.ok(relation(r, 'LEADER_OF', 'Omar Lahbib', 'Western Sahara'));
  assert.ok(relation(r, 'LEADER_OF', 'Drita Berisha', 'Kosovo'));
});

void test('"Presidents A (X), B (Y)": each listed leader leads the country in brackets', async () => {
  const r = await run(
    'Among the guests were Presidents Marta Quiroga (Chile), Tomas Arce (Bolivia) and Ines Duval (Uruguay). The reporter Lia Soto (Peru) wrote about it.',
  );
  assert.equal(relation(r, 'LEADER_OF', 'Marta Quiroga', 'Chile')?.properties['title'], 'President');
  assert.ok(relation(r, 'LEADER_OF', 'Tomas Arce', 'Bolivia'));
  assert.ok(relation(r, 'LEADER_OF', 'Ines Duval', 'Uruguay'));
  assert.ok(!relation(r, 'LEADER_OF', 'Lia Soto', 'Peru'));
});

void test('"X, head of the Y" leads the organization', async () => {
  const r = await run(
    'Councillor Hanna Berg, head of the Federal Department of Finance, welcomed the delegation on Monday.',
  );
  assert.ok(relation(r, 'LEADER_OF', 'Hanna Berg', 'Federal Department of Finance'), pairs(r, 'LEADER_OF').join('; '));
});
