/** The offline Wikipedia anchor index (built by corenlp/wikidict-install.mjs). */
export {
  WikipediaIndex,
  WikipediaIndexError,
  defaultWikipediaDir,
  displayTitle,
  wikipediaUrl,
  type AnchorSense,
} from './wikipedia-index';
export { sharedWikipediaIndex } from './shared';
export { currentTitle, dictionaryTitles } from './title-moves';
