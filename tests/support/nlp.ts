import { loadConfig } from '../../src/config';
import type { Article } from '../../src/extract/types';
import { Annotator, type AnnotatedArticle } from '../../src/nlp';

let shared: Annotator | undefined;

/**
 * The annotator tests share: the CoreNLP server tests/run-tests.ts started (or
 * the servers a developer named) in CORENLP_URL, with the run's cache in
 * CORENLP_CACHE_DIR. Tests never start a JVM of their own for this.
 */
export function testAnnotator(): Annotator {
  if (shared !== undefined) return shared;
  const config = loadConfig();
  const target = config.corenlp.target;
  if (target.kind !== 'external') {
    throw new Error('CORENLP_URL is not set: run tests through dist/tests/run-tests.js, which starts CoreNLP');
  }
  shared = new Annotator({ urls: target.urls, cacheDir: config.corenlp.cacheDir });
  return shared;
}

/** The backbone's annotation of one article. */
export function annotateForTest(article: Article): Promise<AnnotatedArticle> {
  return testAnnotator().annotate(article);
}
