/**
 * Entity linking: from per-article extraction to stable graph ids.
 * See types.ts for the contract with the graph store.
 */
export type {
  EntityKeys,
  EventMerge,
  KnownEntity,
  LinkedArticle,
  LinkedEntity,
  LinkedRelation,
  LinkStore,
  MergeCandidate,
  Redirect,
  WikipediaMerge,
} from './types';
export type { ArticleAnalysis } from './linker';
export { analyzeForLinking, linkArticle, groupWithinArticle, collapseRelations, linkRelation } from './linker';
export {
  InMemoryLinkStore,
  applyRedirects,
  linkArticlesInMemory,
  mergeNodeRecords,
  nodeRecordOf,
} from './memory-store';
export {
  validateMerge,
  planSplit,
  keysForNames,
  type MergePlan,
  type MergeValidation,
  type SplitPlan,
  type SplitValidation,
} from './review';
export { analyze, compareNames, eventNameKey, agreementKey, type Analyzed } from './analyze';
export {
  betterId,
  compareIds,
  eventId,
  isProvisionalId,
  nodeId,
  provisionalId,
  relationEnds,
  relationId,
  surnameAliasKey,
} from './ids';
export { BatchLinkStore, type AliasLookup } from './batch-store';
export { parsePersonName, personNamesCompatible, type PersonName } from './person-names';
export { slug, cleanSurface } from './normalize';
export { countryTitle, decideWikipediaTitle, titleFitsType, type WikipediaSenses } from './wikipedia';
export { wikipediaKey } from './linker';
export { evidenceRenames } from './events';
