import { surnameAliasKey, type AliasLookup } from '../link';
import type { KnownEntity, LinkedArticle, LinkStore } from '../link/types';
import { saveBatch } from './article-write';
import type { GraphExecutor } from './executor';
import { knownEntitiesOf } from './node-store';
import { readString } from './records';

/**
 * The linking store over Neo4j (see `LinkStore` in src/link/types.ts for the
 * contract): the alias lookups linking makes, and the batched article write
 * (src/graph/article-write.ts). Each node's match keys are `Alias` nodes, so a
 * lookup is one index seek per key: `(:Alias {key})-[:ALIAS_OF]->(:Entity)`.
 * Surname keys are stored as `surnameAliasKey(key)` in the same index.
 */

const FIND_BY_KEYS = `
UNWIND $keys AS key
MATCH (:Alias {key: key})-[:ALIAS_OF]->(e:Entity)
RETURN DISTINCT e`;

const EXISTING_ARTICLES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id`;

export class Neo4jLinkStore implements LinkStore, AliasLookup {
  constructor(private readonly executor: GraphExecutor) {}

  findByKeys(keys: string[]): Promise<KnownEntity[]> {
    return this.findByAliasKeys(keys);
  }

  async findBySurnames(surnameKeys: string[]): Promise<KnownEntity[]> {
    const nodes = await this.findByAliasKeys(surnameKeys.map(surnameAliasKey));
    return nodes.filter((node) => node.type === 'Person');
  }

  async findByAliasKeys(aliasKeys: string[]): Promise<KnownEntity[]> {
    if (aliasKeys.length === 0) return [];
    const result = await this.executor.read((tx) => tx.run(FIND_BY_KEYS, { keys: aliasKeys }));
    return knownEntitiesOf(result.records);
  }

  /** Which of these article ids are already in the graph. */
  async existingArticles(ids: string[]): Promise<Set<string>> {
    const result = await this.executor.read((tx) => tx.run(EXISTING_ARTICLES, { ids }));
    return new Set(result.records.map((record) => readString(record, 'id')));
  }

  /** Writes one article in one transaction (see `saveBatch`). */
  async saveArticle(linked: LinkedArticle): Promise<void> {
    await this.saveBatch([linked]);
  }

  /**
   * Writes linked articles, their entities, mentions, relations and merge
   * candidates in ONE transaction: all of it is in the graph afterwards, or
   * none of it. Returns the ids of the articles that were new.
   */
  saveBatch(batch: LinkedArticle[]): Promise<Set<string>> {
    return this.executor.write((tx) => saveBatch(tx, batch));
  }
}
