import { extractArticle, toArticle } from '../src/extract';
import type { ArticleInput, Article } from '../src/extract/types';
import type { GraphExecutor } from '../src/graph/executor';
import { applyRedirects, linkArticle, mergeNodeRecords, nodeRecordOf } from '../src/link';
import { isProvisionalId } from '../src/link/ids';
import type { KnownEntity, LinkedArticle, LinkStore } from '../src/link/types';
import { SYMMETRIC_RELATION_TYPES, type RelationType } from '../src/extract/types';

/**
 * The fast loader for the QUERY benchmarks at 10k/100k articles: extraction and
 * linking run in memory (the same `extractArticle` and `linkArticle` as ingest),
 * then the resolved graph is written with UNWIND batches. What it writes has
 * the shape `Neo4jLinkStore.save` writes (Entity + type label, aliasText, Alias
 * keys, Article with sentence offsets, MENTIONS with offsets, one relationship
 * per fact with evidence lists), except MergeCandidate and Redirect nodes,
 * which no benchmarked query reads.
 *
 * The store below is `InMemoryLinkStore` with hash indexes on keys: the
 * project's store scans every node on each lookup (fine for the eval's 30
 * articles, quadratic at 100k).
 */
class IndexedLinkStore implements LinkStore {
  readonly nodes = new Map<string, KnownEntity>();
  private readonly redirects = new Map<string, string>();
  private readonly byKey = new Map<string, Set<string>>();
  private readonly bySurname = new Map<string, Set<string>>();
  readonly written: LinkedArticle[] = [];

  private index(node: KnownEntity, add: boolean): void {
    const put = (map: Map<string, Set<string>>, key: string): void => {
      let ids = map.get(key);
      if (add) {
        if (ids === undefined) map.set(key, (ids = new Set()));
        ids.add(node.id);
      } else ids?.delete(node.id);
    };
    for (const key of node.keys) put(this.byKey, key);
    for (const key of node.shortKeys) put(this.byKey, key);
    if (node.type === 'Person') for (const key of node.surnameKeys) put(this.bySurname, key);
  }

  private set(node: KnownEntity): void {
    const previous = this.nodes.get(node.id);
    if (previous !== undefined) this.index(previous, false);
    this.nodes.set(node.id, node);
    this.index(node, true);
  }

  private lookup(map: Map<string, Set<string>>, keys: string[]): Promise<KnownEntity[]> {
    const ids = new Set<string>();
    for (const key of keys) for (const id of map.get(key) ?? []) ids.add(id);
    const out: KnownEntity[] = [];
    for (const id of ids) {
      const node = this.nodes.get(id);
      if (node !== undefined) out.push(structuredClone(node));
    }
    return Promise.resolve(out);
  }

  findByKeys(keys: string[]): Promise<KnownEntity[]> {
    return this.lookup(this.byKey, keys);
  }

  findBySurnames(surnameKeys: string[]): Promise<KnownEntity[]> {
    return this.lookup(this.bySurname, surnameKeys);
  }

  saveArticle(linked: LinkedArticle): Promise<void> {
    for (const r of linked.redirects) this.merge(r.from, r.to);
    for (const e of linked.entities) {
      const id = this.resolve(e.id);
      const record = { ...nodeRecordOf(e), id };
      const previous = this.nodes.get(id);
      this.set(previous ? mergeNodeRecords(previous, record, id) : record);
    }
    this.written.push(linked);
    return Promise.resolve();
  }

  private merge(from: string, to: string): void {
    const f = this.resolve(from);
    const t = this.resolve(to);
    if (f === t) return;
    const source = this.nodes.get(f);
    const target = this.nodes.get(t);
    if (source) {
      this.index(source, false);
      this.nodes.delete(f);
      this.set(target ? mergeNodeRecords(target, source, t) : { ...source, id: t, provisional: isProvisionalId(t) });
    }
    this.redirects.set(f, t);
  }

  resolve(id: string): string {
    let current = id;
    for (let i = 0; i < 64; i++) {
      const next = this.redirects.get(current);
      if (next === undefined) break;
      current = next;
    }
    return current;
  }
}

export interface LoadedCorpus {
  articles: number;
  nodes: number;
  relations: number;
  mentions: number;
  extractSeconds: number;
  linkSeconds: number;
  writeSeconds: number;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

interface RelationRow {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  properties: Record<string, string>;
  sources: string[];
  evidenceArticles: string[];
  evidenceSentences: string[];
  evidenceStarts: number[];
  evidenceEnds: number[];
  confidence: number;
}

const WRITE_NODES = `
UNWIND $nodes AS row
CREATE (e:Entity {id: row.id})
SET e:$(row.type)
SET e.createdAt = datetime(), e.type = row.type, e.name = row.name, e.aliases = row.aliases, e.keys = row.keys,
    e.shortKeys = row.shortKeys, e.surnameKeys = row.surnameKeys, e.provisional = row.provisional,
    e.wikidata = row.wikidata, e.distinctFrom = [],
    e.aliasText = reduce(text = '', alias IN row.aliases | text + ' | ' + alias),
    e.isoCode = row.isoCode, e.acronym = row.acronym, e.eventType = row.eventType, e.date = row.date
WITH e, row
UNWIND row.aliasKeys AS key
MERGE (k:Alias {key: key})
CREATE (k)-[:ALIAS_OF]->(e)`;

const WRITE_ARTICLES = `
UNWIND $articles AS row
CREATE (a:Article)
SET a = row, a.ingestedAt = datetime()`;

const WRITE_MENTIONS = `
UNWIND $mentions AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.id})
CREATE (a)-[:MENTIONS {count: size(row.starts), starts: row.starts, ends: row.ends, sentences: row.sentences,
                       surfaces: row.surfaces, confidence: row.confidence}]->(e)`;

const WRITE_RELATIONS = `
UNWIND $relations AS row
MATCH (from:Entity {id: row.from})
MATCH (to:Entity {id: row.to})
CREATE (from)-[r:$(row.type)]->(to)
SET r = row.properties, r.id = row.id, r.sources = row.sources, r.evidenceArticles = row.evidenceArticles,
    r.evidenceSentences = row.evidenceSentences, r.evidenceStarts = row.evidenceStarts,
    r.evidenceEnds = row.evidenceEnds, r.confidence = row.confidence`;

/** Extracts, links in memory and bulk-writes `inputs` into an empty graph. */
export async function bulkLoad(
  executor: GraphExecutor,
  inputs: ArticleInput[],
  log: (line: string) => void,
): Promise<LoadedCorpus> {
  let started = performance.now();
  const seen = new Set<string>();
  const articles: Article[] = [];
  for (const input of inputs) {
    const article = toArticle(input);
    if (seen.has(article.id)) continue;
    seen.add(article.id);
    articles.push(article);
  }
  const extracted = articles.map((article) => extractArticle(article));
  const extractSeconds = (performance.now() - started) / 1000;
  log(`  extracted ${articles.length} articles in ${extractSeconds.toFixed(1)} s`);

  started = performance.now();
  const store = new IndexedLinkStore();
  for (const result of extracted) await store.saveArticle(await linkArticle(result, store));
  const resolved = store.written.map((a) => applyRedirects(a, (id) => store.resolve(id)));
  const linkSeconds = (performance.now() - started) / 1000;
  log(`  linked in memory in ${linkSeconds.toFixed(1)} s (${store.nodes.size} nodes)`);

  started = performance.now();
  // Type-specific properties: the first value seen wins (as coalesce(row.x, e.x) keeps the stored one).
  const extras = new Map<string, Record<string, string | undefined>>();
  const mentions: Record<string, unknown>[] = [];
  const relations = new Map<string, RelationRow>();
  const articleRows: Record<string, unknown>[] = [];
  for (const linked of resolved) {
    const { sourceId, ...stored } = linked.article;
    articleRows.push({
      ...stored,
      sourceId: sourceId ?? null,
      sentenceStarts: linked.sentences.map((s) => s.start),
      sentenceEnds: linked.sentences.map((s) => s.end),
    });
    for (const entity of linked.entities) {
      const have = extras.get(entity.id) ?? {};
      const props = entity.properties as Record<string, string | undefined>;
      for (const key of ['isoCode', 'acronym', 'eventType', 'date']) have[key] ??= props[key];
      extras.set(entity.id, have);
      mentions.push({
        articleId: linked.article.id,
        id: entity.id,
        starts: entity.mentions.map((m) => m.start),
        ends: entity.mentions.map((m) => m.end),
        sentences: entity.mentions.map((m) => m.sentenceIndex),
        surfaces: entity.mentions.map((m) => m.surface),
        confidence: entity.confidence,
      });
    }
    for (const relation of linked.relations) {
      let [from, to] = [relation.from, relation.to];
      if (SYMMETRIC_RELATION_TYPES.has(relation.type) && to < from) [from, to] = [to, from];
      if (from === to) continue;
      const id = `${relation.type}(${from},${to})`;
      let row = relations.get(id);
      if (row === undefined) {
        row = {
          id,
          type: relation.type,
          from,
          to,
          properties: {},
          sources: [],
          evidenceArticles: [],
          evidenceSentences: [],
          evidenceStarts: [],
          evidenceEnds: [],
          confidence: 0,
        };
        relations.set(id, row);
      }
      Object.assign(row.properties, relation.properties);
      if (!row.sources.includes(linked.article.id)) row.sources.push(linked.article.id);
      row.evidenceArticles.push(linked.article.id);
      row.evidenceSentences.push(relation.evidence.sentence);
      row.evidenceStarts.push(relation.evidence.start);
      row.evidenceEnds.push(relation.evidence.end);
      row.confidence = Math.max(row.confidence, relation.confidence);
    }
  }
  const nodeRows = [...store.nodes.values()].map((node) => {
    const x = extras.get(node.id) ?? {};
    return {
      id: node.id,
      type: node.type,
      name: node.name,
      aliases: node.aliases,
      keys: node.keys,
      shortKeys: node.shortKeys,
      surnameKeys: node.surnameKeys,
      provisional: node.provisional,
      wikidata: node.wikidata ?? null,
      aliasKeys: [...new Set([...node.keys, ...node.shortKeys, ...node.surnameKeys.map((k) => 'surname:' + k)])],
      isoCode: x['isoCode'] ?? null,
      acronym: x['acronym'] ?? null,
      eventType: x['eventType'] ?? null,
      date: x['date'] ?? null,
    };
  });
  for (const batch of chunks(nodeRows, 2000)) await executor.write((tx) => tx.run(WRITE_NODES, { nodes: batch }));
  for (const batch of chunks(articleRows, 2000))
    await executor.write((tx) => tx.run(WRITE_ARTICLES, { articles: batch }));
  for (const batch of chunks(mentions, 10000))
    await executor.write((tx) => tx.run(WRITE_MENTIONS, { mentions: batch }));
  // Hub relationships (a country's) are written by many rows: sort so one batch rarely waits on another's lock.
  const relationRows = [...relations.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  for (const batch of chunks(relationRows, 5000))
    await executor.write((tx) => tx.run(WRITE_RELATIONS, { relations: batch }));
  const writeSeconds = (performance.now() - started) / 1000;
  log(
    `  wrote ${nodeRows.length} nodes, ${mentions.length} mentions, ${relationRows.length} relations in ${writeSeconds.toFixed(1)} s`,
  );
  return {
    articles: articles.length,
    nodes: nodeRows.length,
    relations: relationRows.length,
    mentions: mentions.length,
    extractSeconds,
    linkSeconds,
    writeSeconds,
  };
}
