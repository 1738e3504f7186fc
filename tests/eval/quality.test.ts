import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { predictStandIn } from '../../src/eval/in-memory';
import { scoreArticles, summaryJson, type GoldFile } from '../../src/eval/score';
import { detectAndRead } from '../../src/extract/index';

const ROOT = join(__dirname, '../../..');
const SEED = join(ROOT, 'seeds/000_9158aa63fc4f2dea.txt');
const GOLD = process.env['EVAL_DIR']
  ? join(process.env['EVAL_DIR'], 'seed-gold.json')
  : '/work/shared/eval/seed-gold.json';

void test('in-memory seed scores stay above the bar', { skip: !existsSync(SEED) || !existsSync(GOLD) }, () => {
  const arts = detectAndRead(readFileSync(SEED, 'utf8'), SEED).articles;
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as GoldFile;
  const rep = scoreArticles(predictStandIn(arts), gold);
  const line = summaryJson(rep);
  assert.ok(rep.entities.f1 >= 0.9, line);
  assert.ok(rep.relations.f1 >= 0.7, line);
  assert.ok(rep.events.f1 >= 0.7, line);
});
