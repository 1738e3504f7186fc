import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle, toArticle } from '../../src/extract/index';
import type { ExtractedEntity, ExtractionResult } from '../../src/extract/types';
import { annotateForTest } from '../support/nlp';

// Invented sentences: none of these people, places or events comes from the seed or dev sets.
async function run(text: string, title: string, published: string): Promise<ExtractionResult> {
  const article = toArticle({ title, text, published });
  return extractArticle(article, await annotateForTest(article));
}

function named(r: ExtractionResult, name: string): ExtractedEntity {
  const e = r.entities.find((x) => x.type === 'Event' && x.name === name);
  assert.ok(
    e,
    `no event named "${name}": ${r.entities
      .filter((x) => x.type === 'Event')
      .map((x) => x.name)
      .join('; ')}`,
  );
  return e;
}

function partOf(r: ExtractionResult, child: ExtractedEntity): string[] {
  return r.relations.filter((x) => x.type === 'PART_OF' && x.from === child.key).map((x) => x.to);
}

void test('events are named after their people, kind and place; the article words stay aliases; parts of a visit', async () => {
  const r = await run(
    'Ghanaian President Kofi Mensah arrived in Santiago on Monday for a state visit to Chile. ' +
      'On Tuesday, Chilean President Rosa Vidal held talks with Kofi Mensah at the Moneda Palace. ' +
      'Vidal later hosted a welcome banquet for Mensah.',
    'Mensah begins state visit to Chile',
    '2031-04-15',
  );
  const visit = named(r, "Kofi Mensah's state visit to Chile");
  assert.ok(visit.aliases.includes('state visit to Chile'));
  const talks = named(r, 'Rosa Vidal–Kofi Mensah talks');
  assert.ok(talks.aliases.includes('talks'));
  const banquet = named(r, 'welcome banquet for Kofi Mensah');
  assert.ok(banquet.aliases.includes('welcome banquet'));
  // The talks and the banquet, on a day of the visit, are parts of it; the visit is part of nothing.
  assert.deepEqual(partOf(r, talks), [visit.key]);
  assert.deepEqual(partOf(r, banquet), [visit.key]);
  assert.deepEqual(partOf(r, visit), []);
});

void test('a message is named by who sent it to whom', async () => {
  const r = await run(
    'Peruvian President Ana Torres sent a congratulatory message to Rosa Vidal on Sunday.',
    'Torres congratulates Vidal',
    '2031-04-15',
  );
  const message = named(r, "Ana Torres's congratulatory message to Rosa Vidal");
  assert.ok(message.aliases.includes('congratulatory message'));
});

void test('talks a week after a visit began are no part of it', async () => {
  const r = await run(
    'Ghanaian President Kofi Mensah arrived in Santiago on 2 March 2031 for a state visit to Chile. ' +
      'Chilean President Rosa Vidal held talks with Kofi Mensah in Lima on 20 March 2031.',
    'Mensah and Vidal',
    '2031-03-21',
  );
  const talks = named(r, 'Rosa Vidal–Kofi Mensah talks');
  assert.deepEqual(partOf(r, talks), []);
});
