import { extractArticle } from '../extract/index';
import { fold } from '../extract/lexicon';
import type { Article, ExtractionResult } from '../extract/types';
import type { LinkedArticle } from '../link/types';
import type { WikipediaSenses } from '../link/wikipedia';
import { WikipediaIndex } from '../wikipedia';
import type { PredictedArticle } from './score';

type InMemoryLinker = (
  results: ExtractionResult[],
  store: undefined,
  wikipedia: WikipediaSenses,
) => LinkedArticle[] | Promise<LinkedArticle[]>;

/** The linking engineer's in-memory linker, when `src/link/index.ts` exports one. */
function findLinker(): InMemoryLinker | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod: unknown = require('../link/index');
    if (typeof mod === 'object' && mod !== null && 'linkArticlesInMemory' in mod) {
      const fn = mod.linkArticlesInMemory;
      if (typeof fn === 'function') return fn as InMemoryLinker;
    }
  } catch {
    // not there yet
  }
  return undefined;
}

/**
 * STAND-IN LINKER (until src/link exposes linkArticlesInMemory): the node id is the entity type plus the folded
 * canonical name; events add their date so that two "talks" on different days stay apart.
 */
export function standInNodeId(type: string, name: string, date?: string): string {
  return `${type}:${fold(name)}${type === 'Event' && date ? '@' + date : ''}`;
}

function fromExtraction(r: ExtractionResult): PredictedArticle {
  const idOf = new Map<string, string>();
  for (const e of r.entities) idOf.set(e.key, standInNodeId(e.type, e.name, e.properties.date));
  return {
    title: r.article.title,
    entities: r.entities.map((e) => ({
      nodeId: idOf.get(e.key) ?? e.key,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
    })),
    relations: r.relations.map((x) => ({
      type: x.type,
      fromNodeId: idOf.get(x.from) ?? x.from,
      toNodeId: idOf.get(x.to) ?? x.to,
    })),
    events: r.entities
      .filter((e) => e.type === 'Event')
      .map((e) => {
        const ev: PredictedArticle['events'][number] = {
          nodeId: idOf.get(e.key) ?? e.key,
          type: e.properties.eventType ?? 'Other',
        };
        if (e.properties.date) ev.date = e.properties.date;
        return ev;
      }),
  };
}

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
    relations: a.relations.map((x) => ({ type: x.type, fromNodeId: x.from, toNodeId: x.to })),
    events: a.entities
      .filter((e) => e.type === 'Event')
      .map((e) => {
        const ev: PredictedArticle['events'][number] = { nodeId: e.id, type: e.properties.eventType ?? 'Other' };
        if (e.properties.date) ev.date = e.properties.date;
        return ev;
      }),
  };
}

export interface InMemoryOptions {
  /** Force the stand-in linker even when src/link provides one. */
  standIn?: boolean;
}

/** Extracts every article and links them with the stand-in linker (synchronous). */
export function predictStandIn(articles: Article[]): PredictedArticle[] {
  return articles.map((a) => fromExtraction(extractArticle(a)));
}

/**
 * Extracts every article and links them in memory into the neutral PredictedArticle shape: with src/link's
 * `linkArticlesInMemory` when it exists, else with the stand-in.
 */
export async function predictInMemory(articles: Article[], options: InMemoryOptions = {}): Promise<PredictedArticle[]> {
  const linker = options.standIn ? undefined : findLinker();
  if (!linker) return predictStandIn(articles);
  const results = articles.map((a) => extractArticle(a));
  const wikipedia = WikipediaIndex.open();
  try {
    return (await linker(results, undefined, wikipedia)).map(fromLinked);
  } finally {
    wikipedia.close();
  }
}

export function usingRealLinker(): boolean {
  return findLinker() !== undefined;
}
