import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toArticle } from '../src/extract';
import type { ArticleInput } from '../src/extract/types';
import { Annotator } from '../src/nlp';

/** Annotation throughput of the backbone, for one way of calling it. */
export interface AnnotationFigure {
  what: string;
  articles: number;
  perSecond: number;
}

/** Articles annotated before anything is timed. */
const WARM_UP = 40;

async function rate(annotator: Annotator, inputs: ArticleInput[], concurrency: number): Promise<number> {
  const articles = inputs.map(toArticle);
  const started = performance.now();
  for await (const _ of annotator.annotateArticles(articles, { concurrency })) {
    // Only the time to the last annotation counts.
  }
  return articles.length / ((performance.now() - started) / 1000);
}

/**
 * Articles per second through the annotation backbone at `urls`: uncached
 * with 1 and with 2 requests in flight (each on articles not sent before, so
 * the server's own caches do not flatter the second figure), and the cache
 * hit path (the same articles again, read from the on-disk cache).
 */
export async function measureAnnotation(
  urls: string[],
  inputs: ArticleInput[],
  log: (line: string) => void,
): Promise<AnnotationFigure[]> {
  const warmUp = inputs.slice(0, WARM_UP);
  const half = Math.floor((inputs.length - WARM_UP) / 2);
  const serial = inputs.slice(WARM_UP, WARM_UP + half);
  const parallel = inputs.slice(WARM_UP + half, WARM_UP + 2 * half);
  const uncached = new Annotator({ urls, cacheDir: null });
  // The first requests of a fresh JVM run interpreted code: warm it on other articles.
  await rate(uncached, warmUp, 2);
  const figures: AnnotationFigure[] = [];
  figures.push({
    what: 'CoreNLP, 1 request in flight',
    articles: serial.length,
    perSecond: await rate(uncached, serial, 1),
  });
  log(`  annotation, 1 in flight: ${figures.at(-1)?.perSecond.toFixed(1) ?? ''} articles/s`);
  figures.push({
    what: 'CoreNLP, 2 requests in flight',
    articles: parallel.length,
    perSecond: await rate(uncached, parallel, 2),
  });
  log(`  annotation, 2 in flight: ${figures.at(-1)?.perSecond.toFixed(1) ?? ''} articles/s`);
  const cacheDir = mkdtempSync(join(tmpdir(), 'kg-bench-corenlp-cache-'));
  try {
    const cached = new Annotator({ urls, cacheDir });
    await rate(cached, serial, 2);
    const sent = cached.pool.requests;
    const perSecond = await rate(cached, serial, 2);
    if (cached.pool.requests !== sent) throw new Error('the cache hit path sent requests');
    figures.push({ what: 'on-disk cache hits', articles: serial.length, perSecond });
    log(`  annotation, cache hits: ${perSecond.toFixed(0)} articles/s`);
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
  return figures;
}
