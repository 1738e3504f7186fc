import { extractArticle } from '../extract/index';
import type { Article, ExtractionResult } from '../extract/types';
import { linkArticlesInMemory } from '../link/index';
import type { LinkedArticle } from '../link/types';
import type { Annotator } from '../nlp';
import { WikipediaIndex } from '../wikipedia';
import type { PredictedArticle } from './score';

function fromLinked(a: LinkedArticle): PredictedArticle {
  return {
    title: a.article.title,
    entities: a.entities.map((e) => ({
      nodeId: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      ...(e.wikipedia !== undefined ? { wikipedia: e.wikipedia } : {}),
    })),
    // PART_OF (event → event) is the graph's structure of events; the gold annotates no such relation (FORMAT.md).
    relations: a.relations
      .filter((x) => x.type !== 'PART_OF')
      .map((x) => ({ type: x.type, fromNodeId: x.from, toNodeId: x.to })),
    events: a.entities
      .filter((e) => e.type === 'Event')
      .map((e) => {
        const ev: PredictedArticle['events'][number] = { nodeId: e.id, type: e.properties.eventType ?? 'Other' };
        if (e.properties.date) ev.date = e.properties.date;
        return ev;
      }),
  };
}

/** Annotates (through the backbone) and extracts every article, in order; any annotation failure rejects. */
async function extractAll(articles: Article[], annotator: Annotator): Promise<ExtractionResult[]> {
  const results: ExtractionResult[] = [];
  for await (const { article, annotated } of annotator.annotateArticles(articles)) {
    results.push(extractArticle(article, annotated));
  }
  return results;
}

/**
 * Annotates, extracts and links every article in memory with the linker that ships (src/link, Wikipedia titles
 * included), into the neutral PredictedArticle shape the scorer reads.
 */
export async function predictInMemory(articles: Article[], annotator: Annotator): Promise<PredictedArticle[]> {
  // Opened first: a missing or corrupt index stops the run with its rebuild command before any annotation.
  const wikipedia = WikipediaIndex.open();
  try {
    const results = await extractAll(articles, annotator);
    return (await linkArticlesInMemory(results, undefined, wikipedia)).map(fromLinked);
  } finally {
    wikipedia.close();
  }
}
