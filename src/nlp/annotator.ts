import type { AppConfig } from '../config';
import { AnnotationCache } from './cache';
import { splitForAnnotation, stitchChunks } from './chunks';
import { AnnotationFailedError, AnnotationTimeoutError } from './client';
import { annotationText, toAnnotatedArticle, type AnnotatedArticle, type AnnotatedSentence } from './document';
import { startLocalCoreNlp } from './local-corenlp';
import { CoreNlpPool, type PoolOptions } from './pool';

/**
 * The one entry point of the annotation backbone: articles in, `AnnotatedArticle`s
 * out. Each article is looked up in the on-disk cache, else annotated by the
 * pool of CoreNLP servers (in pieces when long) and cached.
 */

interface ArticleText {
  title: string;
  text: string;
}

/** What became of one article: its annotation, or why this article (alone) has none. */
export type AnnotationOutcome<A extends ArticleText> =
  { article: A; annotated: AnnotatedArticle } | { article: A; error: AnnotationTimeoutError | AnnotationFailedError };

export interface AnnotatorOptions extends PoolOptions {
  /** CoreNLP servers, used as one pool. */
  urls: string[];
  /** Where annotations are cached; no cache when null. */
  cacheDir: string | null;
  /** Articles annotated at the same time by default (the servers' threads). */
  concurrency?: number;
}

export interface AnnotateOptions {
  /** Articles in flight at once. */
  concurrency?: number;
}

/** Annotation failures that concern one article only; anything else (an unreachable backbone) stops the caller. */
function isArticleFailure(error: unknown): error is AnnotationTimeoutError | AnnotationFailedError {
  return error instanceof AnnotationTimeoutError || error instanceof AnnotationFailedError;
}

export class Annotator {
  readonly pool: CoreNlpPool;
  readonly cache: AnnotationCache | null;
  readonly concurrency: number;

  constructor(options: AnnotatorOptions) {
    this.pool = new CoreNlpPool(options.urls, options);
    this.cache = options.cacheDir === null ? null : new AnnotationCache(options.cacheDir);
    this.concurrency = options.concurrency ?? 2 * options.urls.length;
  }

  /** Annotates one article; throws AnnotationTimeoutError/AnnotationFailedError for it, AnnotationUnavailableError when no server answers. */
  async annotate(article: ArticleText): Promise<AnnotatedArticle> {
    return toAnnotatedArticle(article, await this.annotateText(annotationText(article)));
  }

  private async annotateText(text: string): Promise<AnnotatedSentence[]> {
    const cached = this.cache?.get(text);
    if (cached !== undefined) return cached;
    const pieces = [];
    // Pieces one after another: the article's neighbours keep the other server threads busy.
    for (const chunk of splitForAnnotation(text))
      pieces.push({ chunk, sentences: await this.pool.annotate(chunk.text) });
    const sentences = stitchChunks(pieces);
    this.cache?.set(text, sentences);
    return sentences;
  }

  /**
   * Annotates articles with up to `concurrency` in flight, and answers in their
   * order. An article that times out or fails is an outcome with an error; the
   * rest go on. An unreachable backbone rejects the whole call.
   */
  async annotateAll<A extends ArticleText>(
    articles: readonly A[],
    { concurrency = this.concurrency }: AnnotateOptions = {},
  ): Promise<AnnotationOutcome<A>[]> {
    const outcomes: AnnotationOutcome<A>[] = new Array<AnnotationOutcome<A>>(articles.length);
    let next = 0;
    let stop: Error | undefined;
    const worker = async (): Promise<void> => {
      while (stop === undefined && next < articles.length) {
        const index = next++;
        const article = articles[index] as A;
        try {
          outcomes[index] = { article, annotated: await this.annotate(article) };
        } catch (error) {
          if (!isArticleFailure(error)) {
            stop ??= error instanceof Error ? error : new Error(String(error));
            return;
          }
          outcomes[index] = { article, error };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, articles.length)) }, worker));
    if (stop !== undefined) throw stop;
    return outcomes;
  }

  /**
   * Yields each article's annotation in order, `concurrency` in flight; any
   * failure ends the iteration with its error (for eval and benchmarks, where
   * an article without annotation is an error).
   */
  async *annotateArticles<A extends ArticleText>(
    articles: readonly A[],
    options: AnnotateOptions = {},
  ): AsyncGenerator<{ article: A; annotated: AnnotatedArticle }> {
    const window = Math.max(1, options.concurrency ?? this.concurrency);
    const pending: Promise<AnnotatedArticle>[] = [];
    let started = 0;
    const startNext = (): void => {
      const article = articles[started++];
      if (article === undefined) return;
      const promise = this.annotate(article);
      // Awaited in turn below; until then a rejection must not count as unhandled.
      promise.catch(() => undefined);
      pending.push(promise);
    };
    while (started < Math.min(window, articles.length)) startNext();
    for (const article of articles) {
      const annotated = await pending.shift();
      if (annotated === undefined) return;
      startNext();
      yield { article, annotated };
    }
  }
}

/** A running annotation backbone: the annotator, and what stops what was started for it. */
export interface Backbone {
  annotator: Annotator;
  /** Where it runs, for a start-up line. */
  description: string;
  close(): Promise<void>;
}

/**
 * Opens the backbone the configuration names: the servers in `CORENLP_URL`
 * (nothing is started), or the managed local CoreNLP, which `close` stops.
 */
export async function openBackbone(config: Pick<AppConfig, 'corenlp'>): Promise<Backbone> {
  const target = config.corenlp.target;
  if (target.kind === 'external') {
    return {
      annotator: new Annotator({ urls: target.urls, cacheDir: config.corenlp.cacheDir }),
      description: `CoreNLP at ${target.urls.join(', ')}`,
      close: () => Promise.resolve(),
    };
  }
  const local = await startLocalCoreNlp({ port: 0, heap: target.heap, threads: target.threads });
  return {
    annotator: new Annotator({ urls: [local.url], cacheDir: config.corenlp.cacheDir, concurrency: target.threads }),
    description: `the managed CoreNLP at ${local.url}`,
    close: () => local.stop(),
  };
}
