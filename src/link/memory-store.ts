/**
 * The in-memory LinkStore (reference implementation of the store semantics,
 * used by tests and the in-memory eval) and `linkArticlesInMemory`.
 */
import type { ExtractionResult } from '../extract/types';
import { compareNames } from './analyze';
import { evidenceRenames } from './events';
import { isProvisionalId } from './ids';
import { analyzeForLinking, collapseRelations, linkArticle, linkRelation } from './linker';
import type { WikipediaSenses } from './wikipedia';
import { unique } from './normalize';
import type { KnownEntity, LinkedArticle, LinkedEntity, LinkStore, MergeCandidate } from './types';

/**
 * The node that results from merging `incoming` into `existing` under `id`:
 * union of aliases and key lists (first-seen order), the better name
 * (`compareNames`: more words, longer, alphabetically first; a country's or
 * reference body's name is the same on both sides), provisional only if both
 * were. Commutative up to list order, so the node does not depend on
 * arrival order.
 */
export function mergeNodeRecords(existing: KnownEntity, incoming: KnownEntity, id: string = existing.id): KnownEntity {
  const keys = unique([...existing.keys, ...incoming.keys]);
  const out: KnownEntity = {
    id,
    type: existing.type,
    name: compareNames(existing.name, incoming.name) <= 0 ? existing.name : incoming.name,
    aliases: unique([...existing.aliases, ...incoming.aliases]),
    keys,
    shortKeys: unique([...existing.shortKeys, ...incoming.shortKeys]).filter((k) => !keys.includes(k)),
    surnameKeys: unique([...existing.surnameKeys, ...incoming.surnameKeys]),
    provisional: isProvisionalId(id),
  };
  const wikidata = existing.wikidata ?? incoming.wikidata;
  if (wikidata) out.wikidata = wikidata;
  const wikipedia = existing.wikipedia ?? incoming.wikipedia;
  if (wikipedia) out.wikipedia = wikipedia;
  const distinct = unique([...(existing.distinctFrom ?? []), ...(incoming.distinctFrom ?? [])]);
  if (distinct.length > 0) out.distinctFrom = distinct;
  return out;
}

/** The node record a LinkedEntity contributes. */
export function nodeRecordOf(e: LinkedEntity): KnownEntity {
  const out: KnownEntity = {
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: unique([e.name, ...e.aliases]),
    keys: [...e.keys],
    shortKeys: [...e.shortKeys],
    surnameKeys: [...e.surnameKeys],
    provisional: e.provisional,
  };
  if (e.wikidata) out.wikidata = e.wikidata;
  if (e.wikipedia) out.wikipedia = e.wikipedia;
  return out;
}

/**
 * A linked article with every id passed through `resolve` (e.g. the store's
 * redirects after later articles merged nodes): entities that became one are
 * merged, relation ids recomputed and duplicates collapsed, self-loops and
 * candidates between one node dropped.
 */
export function applyRedirects(article: LinkedArticle, resolve: (id: string) => string): LinkedArticle {
  const byId = new Map<string, LinkedEntity>();
  for (const e of article.entities) {
    const id = resolve(e.id);
    const copy: LinkedEntity = {
      ...e,
      id,
      provisional: isProvisionalId(id),
      aliases: [...e.aliases],
      mentions: [...e.mentions],
      keys: [...e.keys],
      shortKeys: [...e.shortKeys],
      surnameKeys: [...e.surnameKeys],
      sourceKeys: [...e.sourceKeys],
      properties: { ...e.properties },
    };
    const prev = byId.get(id);
    if (!prev) {
      byId.set(id, copy);
      continue;
    }
    prev.aliases = unique([...prev.aliases, ...copy.aliases]);
    prev.mentions = [...prev.mentions, ...copy.mentions].sort((a, b) => a.start - b.start);
    prev.keys = unique([...prev.keys, ...copy.keys]);
    prev.shortKeys = unique([...prev.shortKeys, ...copy.shortKeys]);
    prev.surnameKeys = unique([...prev.surnameKeys, ...copy.surnameKeys]);
    prev.sourceKeys = unique([...prev.sourceKeys, ...copy.sourceKeys]);
    prev.confidence = Math.max(prev.confidence, copy.confidence);
    if (compareNames(copy.name, prev.name) < 0) prev.name = copy.name;
    prev.wikipedia ??= copy.wikipedia;
  }
  const relations = collapseRelations(
    article.relations.map((r) => linkRelation(r, resolve(r.from), resolve(r.to))).filter((r) => r.from !== r.to),
  );
  const mergeCandidates: MergeCandidate[] = [];
  const seen = new Set<string>();
  for (const c of article.mergeCandidates) {
    const a = resolve(c.entityId);
    const b = resolve(c.candidateId);
    const pair = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (a === b || seen.has(pair)) continue;
    seen.add(pair);
    mergeCandidates.push({ ...c, entityId: a, candidateId: b });
  }
  return { ...article, entities: [...byId.values()], relations, mergeCandidates };
}

/**
 * The in-memory store: nodes, redirects, and every article written. Lookups go
 * through hash indexes on the match keys, so linking a corpus stays linear;
 * results come in the order the nodes were first stored, as a scan would give.
 */
export class InMemoryLinkStore implements LinkStore {
  private readonly nodes = new Map<string, KnownEntity>();
  private readonly redirectMap = new Map<string, string>();
  private readonly written: LinkedArticle[] = [];
  /** Full and short keys → ids; Person surname keys → ids; id → when it was first stored. */
  private readonly byKey = new Map<string, Set<string>>();
  private readonly bySurname = new Map<string, Set<string>>();
  private readonly sequence = new Map<string, number>();
  private stored = 0;

  findByKeys(keys: string[]): Promise<KnownEntity[]> {
    return Promise.resolve(this.lookup(this.byKey, keys));
  }

  findBySurnames(surnameKeys: string[]): Promise<KnownEntity[]> {
    return Promise.resolve(this.lookup(this.bySurname, surnameKeys));
  }

  saveArticle(linked: LinkedArticle): Promise<void> {
    for (const r of linked.redirects) this.merge(r.from, r.to);
    for (const e of linked.entities) {
      const id = this.resolve(e.id);
      const record = { ...nodeRecordOf(e), id };
      const prev = this.nodes.get(id);
      this.setNode(prev ? mergeNodeRecords(prev, record, id) : record);
    }
    for (const m of [...(linked.wikipediaMerges ?? []), ...(linked.eventMerges ?? [])])
      for (const id of m.mergeIds) this.merge(id, m.keepId);
    this.written.push(linked);
    return Promise.resolve();
  }

  /** Merges node `from` into `to` (renames it when `to` does not exist) and remembers the redirect. */
  merge(from: string, to: string): void {
    const f = this.resolve(from);
    const t = this.resolve(to);
    if (f === t) return;
    const source = this.nodes.get(f);
    const target = this.nodes.get(t);
    if (source) {
      this.setNode(
        target ? mergeNodeRecords(target, source, t) : { ...source, id: t, provisional: isProvisionalId(t) },
      );
      this.deleteNode(f);
    }
    this.redirectMap.set(f, t);
    for (const rename of evidenceRenames(f, t)) {
      for (const id of [...(this.byKey.get(rename.old) ?? [])]) {
        const node = this.nodes.get(id);
        if (node) this.setNode({ ...node, keys: unique(node.keys.map((k) => (k === rename.old ? rename.new : k))) });
      }
    }
  }

  /** Puts a node as a reviewer's plan left it (split / merge results). */
  putNode(node: KnownEntity): void {
    this.setNode(copyNode(node));
  }

  private lookup(index: Map<string, Set<string>>, keys: string[]): KnownEntity[] {
    const ids = new Set<string>();
    for (const key of keys) for (const id of index.get(key) ?? []) ids.add(id);
    return [...ids]
      .sort((a, b) => (this.sequence.get(a) ?? 0) - (this.sequence.get(b) ?? 0))
      .flatMap((id) => {
        const node = this.nodes.get(id);
        return node === undefined ? [] : [copyNode(node)];
      });
  }

  private index(node: KnownEntity, add: boolean): void {
    const update = (index: Map<string, Set<string>>, key: string): void => {
      let ids = index.get(key);
      if (add) {
        if (ids === undefined) index.set(key, (ids = new Set()));
        ids.add(node.id);
      } else ids?.delete(node.id);
    };
    for (const key of [...node.keys, ...node.shortKeys]) update(this.byKey, key);
    if (node.type === 'Person') for (const key of node.surnameKeys) update(this.bySurname, key);
  }

  private setNode(node: KnownEntity): void {
    const previous = this.nodes.get(node.id);
    if (previous !== undefined) this.index(previous, false);
    else this.sequence.set(node.id, this.stored++);
    this.nodes.set(node.id, node);
    this.index(node, true);
  }

  private deleteNode(id: string): void {
    const node = this.nodes.get(id);
    if (node === undefined) return;
    this.index(node, false);
    this.nodes.delete(id);
    this.sequence.delete(id);
  }

  /** The live id an id now stands for (follows redirects). */
  resolve(id: string): string {
    let cur = id;
    for (let i = 0; i < 64; i++) {
      const next = this.redirectMap.get(cur);
      if (next === undefined) break;
      cur = next;
    }
    return cur;
  }

  node(id: string): KnownEntity | undefined {
    const n = this.nodes.get(this.resolve(id));
    return n ? copyNode(n) : undefined;
  }

  allNodes(): KnownEntity[] {
    return [...this.nodes.values()].map(copyNode).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** Articles as written, unchanged. */
  writtenArticles(): LinkedArticle[] {
    return [...this.written];
  }

  /** Articles with every id resolved through the redirects made since (what the graph now says). */
  resolvedArticles(): LinkedArticle[] {
    return this.written.map((a) => {
      const resolved = applyRedirects(a, (id) => this.resolve(id));
      // Each entity carries its node's canonical name and Wikipedia title as they stand now.
      for (const e of resolved.entities) {
        const node = this.nodes.get(e.id);
        if (node) e.name = node.name;
        if (node?.wikipedia) e.wikipedia = node.wikipedia;
      }
      return resolved;
    });
  }

  /** Every merge candidate written, resolved and deduplicated by unordered pair. */
  mergeCandidates(): MergeCandidate[] {
    const seen = new Set<string>();
    const out: MergeCandidate[] = [];
    for (const a of this.resolvedArticles()) {
      for (const c of a.mergeCandidates) {
        const pair = c.entityId < c.candidateId ? `${c.entityId}|${c.candidateId}` : `${c.candidateId}|${c.entityId}`;
        if (seen.has(pair)) continue;
        seen.add(pair);
        out.push(c);
      }
    }
    return out;
  }
}

function copyNode(n: KnownEntity): KnownEntity {
  const out: KnownEntity = {
    ...n,
    aliases: [...n.aliases],
    keys: [...n.keys],
    shortKeys: [...n.shortKeys],
    surnameKeys: [...n.surnameKeys],
  };
  if (n.distinctFrom) out.distinctFrom = [...n.distinctFrom];
  return out;
}

/**
 * Links the articles in order against one in-memory store and returns them
 * with ids resolved through every later merge, so the result depends only on
 * the set of articles (see linker.ts for the conditions).
 */
export async function linkArticlesInMemory(
  results: ExtractionResult[],
  store: InMemoryLinkStore = new InMemoryLinkStore(),
  wikipedia?: WikipediaSenses,
): Promise<LinkedArticle[]> {
  for (const r of results) {
    const linked = await linkArticle(r, store, analyzeForLinking(r, wikipedia));
    await store.saveArticle(linked);
  }
  return store.resolvedArticles();
}
