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

/** Entities, relations and events F1 a set must reach. */
interface Floor {
  entities: number;
  relations: number;
  events: number;
}

/** Scores one set in memory (annotated, extracted, linked as shipped) and checks it against its floor. */
async function checkSet(t: TestContext, articlesFile: string, goldFile: string, floor: Floor): Promise<void> {
  if (!haveEvalFiles(t, [articlesFile, goldFile])) return;
  const arts = detectAndRead(readFileSync(articlesFile, 'utf8'), articlesFile).articles;
  const rep = scoreArticles(
    await predictInMemory(arts, testAnnotator()),
    JSON.parse(readFileSync(goldFile, 'utf8')) as GoldFile,
  );
  const line = summaryJson(rep);
  assert.ok(rep.entities.f1 >= floor.entities, line);
  assert.ok(rep.relations.f1 >= floor.relations, line);
  assert.ok(rep.events.f1 >= floor.events, line);
}

void test('in-memory seed scores stay above the bar', (t) =>
  checkSet(t, SEED_FILE, join(DIR, 'seed-gold.json'), { entities: 0.9, relations: 0.7, events: 0.7 }));

// A floor a little under what extraction and the linker that ships reach on the dev set (entities 0.881,
// relations 0.758, events 0.692), so that a regression shows; not a target to tune towards.
void test('in-memory dev scores stay above their floor', (t) =>
  checkSet(t, join(DIR, 'dev-articles.ndjson'), join(DIR, 'dev-gold.json'), {
    entities: 0.84,
    relations: 0.7,
    events: 0.65,
  }));

// The same for the second dev set, other publishers and regions (entities 0.755, relations 0.459, events 0.446);
// a floor against regressions, far below the bars.
void test('in-memory dev2 scores stay above their floor', (t) =>
  checkSet(t, join(DIR, 'dev2-articles.ndjson'), join(DIR, 'dev2-gold.json'), {
    entities: 0.72,
    relations: 0.42,
    events: 0.4,
  }));
