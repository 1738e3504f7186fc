/*
 * Script entry (I/O allowed here): single-core extraction throughput on ~3 KB articles built from the seed and dev
 * sets. The articles are annotated first (backbone and cache, not timed): the figure is extraction alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config';
import { detectAndRead, extractArticle } from '../extract/index';
import type { Article } from '../extract/types';
import { openBackbone, type AnnotatedArticle } from '../nlp';
import { evalDir, SEED_FILE } from './eval-dir';

function load(file: string): Article[] {
  return detectAndRead(readFileSync(file, 'utf8'), file).articles;
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? '2000');
  const base = [...load(SEED_FILE), ...load(join(evalDir(), 'dev-articles.ndjson'))];
  // Articles of about 3 KB: short texts are repeated, long ones cut at a paragraph.
  const arts = base.map((a, i) => {
    let text = a.text;
    while (text.length < 3000) text += '\n\n' + a.text;
    const cut = text.indexOf('\n\n', 3000);
    return { ...a, id: `b-${i}`, text: cut > 0 ? text.slice(0, cut) : text };
  });
  const bytes = arts.reduce((s, a) => s + a.text.length, 0) / arts.length;
  const backbone = await openBackbone(loadConfig());
  const annotated: { article: Article; annotated: AnnotatedArticle }[] = [];
  try {
    for await (const pair of backbone.annotator.annotateArticles(arts)) annotated.push(pair);
  } finally {
    await backbone.close();
  }
  const extractNth = (i: number): void => {
    const pair = annotated[i % annotated.length];
    if (pair !== undefined) extractArticle(pair.article, pair.annotated);
  };
  for (let i = 0; i < 50; i++) extractNth(i); // warm-up
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) extractNth(i);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(c0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  // CPU time is the fairer number on a shared machine: wall time includes waiting for a core.
  process.stdout.write(
    `${n} articles (avg ${Math.round(bytes)} chars): wall ${ms.toFixed(0)} ms = ${((n / ms) * 1000).toFixed(0)} articles/s; ` +
      `cpu ${cpuMs.toFixed(0)} ms = ${((n / cpuMs) * 1000).toFixed(0)} articles/s\n`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
