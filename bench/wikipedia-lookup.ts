/**
 * Wikipedia index lookups: `node dist/bench/wikipedia-lookup.js [ARTICLES_FILE…]`.
 * Opens the index (`.data/wikidict` or WIKIDICT_DIR), then times, over the
 * entity forms the articles' extraction gives: one anchor lookup as linking
 * makes it (binary search in anchors.tsv, no cache), one title's anchors
 * (titles.tsv), and the whole title decision per article. The last line is
 * one JSON object.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig, PROJECT_ROOT } from '../src/config';
import { detectAndRead, extractArticle } from '../src/extract';
import { analyzeForLinking } from '../src/link';
import { openBackbone } from '../src/nlp';
import { WikipediaIndex } from '../src/wikipedia';

function quantiles(samples: number[]): { n: number; meanUs: number; p50Us: number; p99Us: number; maxUs: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const us = (ms: number): number => Math.round(ms * 1000);
  const mean = sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length);
  return { n: sorted.length, meanUs: us(mean), p50Us: us(at(0.5)), p99Us: us(at(0.99)), maxUs: us(at(1)) };
}

async function main(): Promise<void> {
  const files = process.argv.slice(2);
  const inputs = files.length > 0 ? files : [join(PROJECT_ROOT, 'seeds', '000_9158aa63fc4f2dea.txt')];
  const articles = inputs.flatMap((file) => detectAndRead(readFileSync(file, 'utf8'), file).articles);
  // Extraction needs each article's annotation: the managed CoreNLP, or the servers in CORENLP_URL.
  const backbone = await openBackbone(loadConfig());
  const extractions = [];
  try {
    for await (const { article, annotated } of backbone.annotator.annotateArticles(articles)) {
      extractions.push(extractArticle(article, annotated));
    }
  } finally {
    await backbone.close();
  }
  const forms = [...new Set(extractions.flatMap((r) => r.entities.flatMap((e) => [e.name, ...e.aliases])))];

  const openStart = performance.now();
  const probe = WikipediaIndex.open();
  const openMs = performance.now() - openStart;
  probe.close();

  // A fresh index per pass: its small per-process cache must not answer the timed lookups.
  const anchors = WikipediaIndex.open();
  const senseTimes = forms.map((form) => {
    const start = performance.now();
    anchors.senses(form);
    return performance.now() - start;
  });
  const titles = [...new Set(forms.map((form) => anchors.sense(form)?.title).filter((t) => t !== undefined))];
  const titleTimes = titles.map((title) => {
    const start = performance.now();
    anchors.anchorsOf(title);
    return performance.now() - start;
  });
  anchors.close();

  const decisions = WikipediaIndex.open();
  const articleTimes = extractions.map((result) => {
    const start = performance.now();
    analyzeForLinking(result, decisions);
    return performance.now() - start;
  });
  const plainTimes = extractions.map((result) => {
    const start = performance.now();
    analyzeForLinking(result);
    return performance.now() - start;
  });
  decisions.close();

  const result = {
    articles: articles.length,
    openMs: Math.round(openMs * 100) / 100,
    anchorLookup: quantiles(senseTimes),
    titleAnchors: quantiles(titleTimes),
    analyzeWithWikipedia: quantiles(articleTimes),
    analyzeWithout: quantiles(plainTimes),
  };
  console.log(JSON.stringify(result));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
