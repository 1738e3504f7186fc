/**
 * The process's one open Wikipedia index. Ingest (every entry point: the CLI,
 * `npm start`, the `ingestArticles` mutation, eval) and search read it; the
 * commands open it first thing, so a missing or corrupt index stops them with
 * the rebuild command before anything is written.
 */
import { WikipediaIndex } from './wikipedia-index';

let shared: WikipediaIndex | undefined;

/** Opens the index of `WIKIDICT_DIR` (default `.data/wikidict`) once; throws WikipediaIndexError when it is unusable. */
export function sharedWikipediaIndex(): WikipediaIndex {
  shared ??= WikipediaIndex.open();
  return shared;
}
