import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { evalDir, SEED_FILE } from '../../src/eval/eval-dir';
import { predictInMemory } from '../../src/eval/in-memory';
import { scoreArticles, summaryJson, type GoldFile } from '../../src/eval/score';
import { detectAndRead } from '../../src/extract/index';
import { testAnnotator } from '../support/nlp';

const DIR = evalDir();

/**
 * Whether the evaluation files are there. In CI (`CI=true`) a missing set is a
 * failure, so a broken checkout cannot pass by skipping; elsewhere the test is
 * skipped and says where the data belongs.
 */
function haveEvalFiles(t: TestContext, files: string[]): boolean {
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length === 0) return true;
  const where = `missing ${missing.join(', ')}: put the evaluation sets in ../shared/eval beside the repository or set EVAL_DIR`;
  if (process.env['CI'] === 'true') assert.fail(where);
  t.skip(where);
  return false;
}

void test('in-memory seed scores stay above the bar', async (t) => {
  const gold = join(DIR, 'seed-gold.json');
  if (!haveEvalFiles(t, [SEED_FILE, gold])) return;
  const arts = detectAndRead(readFileSync(SEED_FILE, 'utf8'), SEED_FILE).articles;
  const rep = scoreArticles(
    await predictInMemory(arts, testAnnotator()),
    JSON.parse(readFileSync(gold, 'utf8')) as GoldFile,
  );
  const line = summaryJson(rep);
  assert.ok(rep.entities.f1 >= 0.9, line);
  assert.ok(rep.relations.f1 >= 0.7, line);
  assert.ok(rep.events.f1 >= 0.7, line);
});

// A floor a little under what extraction and the linker that ships reach on the dev set (entities 0.881,
// relations 0.751, events 0.692), so that a regression shows; not a target to tune towards.
void test('in-memory dev scores stay above their floor', async (t) => {
  const articles = join(DIR, 'dev-articles.ndjson');
  const gold = join(DIR, 'dev-gold.json');
  if (!haveEvalFiles(t, [articles, gold])) return;
  const arts = detectAndRead(readFileSync(articles, 'utf8'), articles).articles;
  const rep = scoreArticles(
    await predictInMemory(arts, testAnnotator()),
    JSON.parse(readFileSync(gold, 'utf8')) as GoldFile,
  );
  const line = summaryJson(rep);
  assert.ok(rep.entities.f1 >= 0.84, line);
  assert.ok(rep.relations.f1 >= 0.7, line);
  assert.ok(rep.events.f1 >= 0.65, line);
});

// The same for the second dev set, other publishers and regions (entities 0.736, relations 0.337, events 0.271);
// a floor against regressions, far below the bars.
void test('in-memory dev2 scores stay above their floor', async (t) => {
  const articles = join(DIR, 'dev2-articles.ndjson');
  const gold = join(DIR, 'dev2-gold.json');
  if (!haveEvalFiles(t, [articles, gold])) return;
  const arts = detectAndRead(readFileSync(articles, 'utf8'), articles).articles;
  const rep = scoreArticles(
    await predictInMemory(arts, testAnnotator()),
    JSON.parse(readFileSync(gold, 'utf8')) as GoldFile,
  );
  const line = summaryJson(rep);
  assert.ok(rep.entities.f1 >= 0.7, line);
  assert.ok(rep.relations.f1 >= 0.3, line);
  assert.ok(rep.events.f1 >= 0.24, line);
});
