/* Script entry (I/O allowed here): scores the in-memory pipeline on the seed and dev sets. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectAndRead } from '../extract/index';
import type { Article } from '../extract/types';
import { predictInMemory, usingRealLinker } from './in-memory';
import { formatTable, scoreArticles, summaryJson, type GoldFile, type ScoreReport } from './score';

export const SHARED_EVAL = process.env['EVAL_DIR'] ?? '/work/shared/eval';
export const SEED_FILE = process.env['SEED_FILE'] ?? join(__dirname, '../../../seeds/000_9158aa63fc4f2dea.txt');

function load(file: string): Article[] {
  const r = detectAndRead(readFileSync(file, 'utf8'), file);
  for (const e of r.errors) process.stderr.write(`${e.file}:${e.line}: ${e.reason}\n`);
  return r.articles;
}

export async function runSet(articlesFile: string, goldFile: string, standIn = false): Promise<ScoreReport> {
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as GoldFile;
  return scoreArticles(await predictInMemory(load(articlesFile), { standIn }), gold);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const standIn = args.includes('--stand-in');
  const sets: [string, string, string][] = [
    ['seed', SEED_FILE, join(SHARED_EVAL, 'seed-gold.json')],
    ['dev', join(SHARED_EVAL, 'dev-articles.ndjson'), join(SHARED_EVAL, 'dev-gold.json')],
    ['dev2', join(SHARED_EVAL, 'dev2-articles.ndjson'), join(SHARED_EVAL, 'dev2-gold.json')],
  ];
  process.stdout.write(
    `linker: ${usingRealLinker() && !standIn ? 'src/link linkArticlesInMemory' : 'stand-in (type + folded name)'}\n`,
  );
  for (const [name, a, g] of sets) {
    if (args.length && !args.includes(name) && !args.every((x) => x.startsWith('--'))) continue;
    const rep = await runSet(a, g, standIn);
    const errors = args.includes('--wikipedia-errors') ? `${rep.wikipediaErrors.join('\n')}\n` : '';
    process.stdout.write(`\n== ${name} ==\n${formatTable(rep)}\n${errors}${summaryJson(rep)}\n`);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
}
