import { surnameAliasKey } from './ids';
import { InMemoryLinkStore, mergeNodeRecords } from './memory-store';
import type { KnownEntity, LinkedArticle, LinkStore } from './types';

/** Where a batch's lookups go when the overlay has not seen a key yet: the graph's alias index. */
export interface AliasLookup {
  /** Nodes linked to any of these alias keys (surname keys as `surnameAliasKey` makes them). */
  findByAliasKeys(aliasKeys: string[]): Promise<KnownEntity[]>;
}

/**
 * Links a batch of articles before any of it is written: lookups see the graph
 * plus every article of the batch linked so far (an in-memory overlay seeded
 * with the graph nodes each lookup returns), and `saveArticle` only queues.
 * `pending` then goes to the graph's batch write in one transaction, so a
 * batch costs one commit instead of one per article.
 */
export class BatchLinkStore implements LinkStore {
  readonly pending: LinkedArticle[] = [];
  private readonly overlay = new InMemoryLinkStore();
  private readonly seeded = new Set<string>();
  /** Lookup keys (surname keys with their prefix) already fetched from the graph. */
  private readonly fetched = new Set<string>();

  constructor(private readonly graph: AliasLookup) {}

  /** Fetches, in one round trip, the graph nodes for every key the batch will look up. */
  async prefetch(keys: string[], surnameKeys: string[]): Promise<void> {
    await this.fetch([...keys, ...surnameKeys.map(surnameAliasKey)]);
  }

  async findByKeys(keys: string[]): Promise<KnownEntity[]> {
    await this.fetch(keys);
    return this.overlay.findByKeys(keys);
  }

  async findBySurnames(surnameKeys: string[]): Promise<KnownEntity[]> {
    await this.fetch(surnameKeys.map(surnameAliasKey));
    return this.overlay.findBySurnames(surnameKeys);
  }

  async saveArticle(linked: LinkedArticle): Promise<void> {
    await this.overlay.saveArticle(linked);
    this.pending.push(linked);
  }

  private async fetch(aliasKeys: string[]): Promise<void> {
    const missing = [...new Set(aliasKeys)].filter((key) => !this.fetched.has(key));
    if (missing.length === 0) return;
    this.seed(await this.graph.findByAliasKeys(missing));
    for (const key of missing) this.fetched.add(key);
  }

  /** Adds graph nodes to the overlay once, merged with what the batch already made of them. */
  private seed(nodes: KnownEntity[]): void {
    for (const node of nodes) {
      if (this.seeded.has(node.id)) continue;
      this.seeded.add(node.id);
      const id = this.overlay.resolve(node.id);
      const current = this.overlay.node(id);
      this.overlay.putNode(current === undefined ? node : mergeNodeRecords({ ...node, id }, current, id));
    }
  }
}
