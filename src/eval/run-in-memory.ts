/*
 * Script entry (I/O allowed here): scores the in-memory pipeline on the seed and dev sets, found in EVAL_DIR or
 * ../shared/eval beside the repository. Annotates through the managed CoreNLP, or the servers in CORENLP_URL.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config';
import { detectAndRead } from '../extract/index';
import type { Article } from '../extract/types';
import { openBackbone, type Annotator } from '../nlp';
import { evalDir, SEED_FILE } from './eval-dir';
import { predictInMemory, usingRealLinker } from './in-memory';
import { formatTable, scoreArticles, summaryJson, type GoldFile, type ScoreReport } from './score';

function load(file: string): Article[] {
  const r = detectAndRead(readFileSync(file, 'utf8'), file);
  for (const e of r.errors) process.stderr.write(`${e.file}:${e.line}: ${e.reason}\n`);
  return r.articles;
}

export async function runSet(
  articlesFile: string,
  goldFile: string,
  annotator: Annotator,
  standIn = false,
): Promise<ScoreReport> {
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as GoldFile;
  return scoreArticles(await predictInMemory(load(articlesFile), annotator, { standIn }), gold);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const standIn = args.includes('--stand-in');
  const dir = evalDir();
  const sets: [string, string, string][] = [
    ['seed', SEED_FILE, join(dir, 'seed-gold.json')],
    ['dev', join(dir, 'dev-articles.ndjson'), join(dir, 'dev-gold.json')],
  ];
  process.stdout.write(
    `linker: ${usingRealLinker() && !standIn ? 'src/link linkArticlesInMemory' : 'stand-in (type + folded name)'}\n`,
  );
  const backbone = await openBackbone(loadConfig());
  try {
    for (const [name, a, g] of sets) {
      if (args.length && !args.includes(name) && !args.every((x) => x.startsWith('--'))) continue;
      const rep = await runSet(a, g, backbone.annotator, standIn);
      process.stdout.write(`\n== ${name} ==\n${formatTable(rep)}\n${summaryJson(rep)}\n`);
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
