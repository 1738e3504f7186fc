/*
 * Script entry (I/O allowed here): scores the in-memory pipeline (the linker that ships) on the seed, dev and dev2
 * sets, found in EVAL_DIR or ../shared/eval beside the repository. Annotates through the managed CoreNLP, or the
 * servers in CORENLP_URL. `--wikipedia-errors` lists the titles that were wrong or missed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config';
import { detectAndRead } from '../extract/index';
import type { Article } from '../extract/types';
import { openBackbone, type Annotator } from '../nlp';
import { evalDir, SEED_FILE } from './eval-dir';
import { predictInMemory } from './in-memory';
import { formatTable, scoreArticles, summaryJson, type GoldFile, type ScoreReport } from './score';

function load(file: string): Article[] {
  const r = detectAndRead(readFileSync(file, 'utf8'), file);
  for (const e of r.errors) process.stderr.write(`${e.file}:${e.line}: ${e.reason}\n`);
  return r.articles;
}

export async function runSet(articlesFile: string, goldFile: string, annotator: Annotator): Promise<ScoreReport> {
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as GoldFile;
  return scoreArticles(await predictInMemory(load(articlesFile), annotator), gold);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = evalDir();
  const sets: [string, string, string][] = [
    ['seed', SEED_FILE, join(dir, 'seed-gold.json')],
    ['dev', join(dir, 'dev-articles.ndjson'), join(dir, 'dev-gold.json')],
    ['dev2', join(dir, 'dev2-articles.ndjson'), join(dir, 'dev2-gold.json')],
  ];
  const names = args.filter((x) => !x.startsWith('--'));
  const backbone = await openBackbone(loadConfig());
  try {
    for (const [name, a, g] of sets) {
      if (names.length > 0 && !names.includes(name)) continue;
      const rep = await runSet(a, g, backbone.annotator);
      const errors = args.includes('--wikipedia-errors') ? `${rep.wikipediaErrors.join('\n')}\n` : '';
      process.stdout.write(`\n== ${name} ==\n${formatTable(rep)}\n${errors}${summaryJson(rep)}\n`);
    }
  } finally {
    await backbone.close();
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
}
