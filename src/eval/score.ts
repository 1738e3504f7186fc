/**
 * Scoring against a gold file (see shared/eval/FORMAT.md). Pure: no I/O. Names match "after folding case, whitespace
 * and punctuation" with the one fold of src/reference (which also folds diacritics).
 */
import { fold } from '../reference/index';

export interface GoldEntity {
  name: string;
  type: string;
  mentions?: string[];
  /** English Wikipedia title, where the annotator was sure of one. */
  wikipedia?: string;
}
export interface GoldRelation {
  type: string;
  from: string;
  to: string;
  props?: Record<string, string>;
}
export interface GoldEvent {
  name?: string;
  type: string;
  date?: string;
  place?: string;
  participants?: string[];
}
export interface GoldArticle {
  title: string;
  published?: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
  events: GoldEvent[];
}
export interface GoldFile {
  articles: GoldArticle[];
}

/** A neutral shape both the in-memory pipeline and a Neo4j read-back can produce. */
export interface PredictedArticle {
  title: string;
  entities: { nodeId: string; type: string; name: string; aliases: string[]; wikipedia?: string }[];
  relations: { type: string; fromNodeId: string; toNodeId: string }[];
  events: { nodeId: string; type: string; date?: string }[];
}

export interface Prf {
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ArticleScore {
  title: string;
  found: boolean;
  entities: Prf;
  relations: Prf;
  events: Prf;
  /** Per entity type / relation type. */
  entityTypes: Record<string, Prf>;
  relationTypes: Record<string, Prf>;
}

export interface ScoreReport {
  articles: ArticleScore[];
  entities: Prf;
  relations: Prf;
  events: Prf;
  linking: number;
  linkingPairs: number;
  /** Linking restricted to gold Event entities: one node per real event across articles. */
  eventLinking: number;
  eventLinkingPairs: number;
  /**
   * Wikipedia linking over gold entities that carry a title: predicted = titles
   * on the predicted entities matched to them, tp = those equal to the gold
   * title, gold = gold entities with a title. Overall and per entity type.
   */
  wikipedia: Prf;
  wikipediaTypes: Record<string, Prf>;
  /**
   * The same over the gold entities with a title that extraction found (matched
   * to a predicted entity): linking's own share, apart from extraction's misses.
   */
  wikipediaFound: Prf;
  /** Gold titles missed or linked wrongly: `type:name gold → predicted (or none)`. */
  wikipediaErrors: string[];
  /** Predicted nodes matched to two or more distinct gold entities. */
  wrongMerges: { nodeId: string; gold: string[] }[];
  unmatchedTitles: string[];
}

const SYMMETRIC = new Set(['MET', 'PARTNER_OF']);

export function prf(tp: number, predicted: number, gold: number): Prf {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : tp / predicted;
  const recall = gold === 0 ? (predicted === 0 ? 1 : 0) : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, predicted, gold, precision, recall, f1 };
}

/** Titles compare with spaces and underscores alike and the first letter in any case, as Wikipedia does. */
export function sameWikipediaTitle(a: string, b: string): boolean {
  return normalTitle(a) === normalTitle(b);
}

function normalTitle(title: string): string {
  const s = title.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The real-world entity each gold canonical name stands for: the same name is
 * the same entity in every article, and so are names whose entities carry the
 * same Wikipedia title (one event under two publishers' names). Returns a key
 * per name, shared by every name of one entity.
 */
export function goldIdentities(gold: GoldFile): (name: string) => string {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) root = up;
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string): void => {
    const [ra, rb] = [find(a), find(b)];
    // The smaller key wins, so the result does not depend on the order of the files.
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const article of gold.articles) {
    for (const entity of article.entities) {
      const key = `name:${entity.name}`;
      if (!parent.has(key)) parent.set(key, key);
      if (entity.wikipedia === undefined) continue;
      const title = `wikipedia:${normalTitle(entity.wikipedia)}`;
      if (!parent.has(title)) parent.set(title, title);
      union(key, title);
    }
  }
  return (name) => find(`name:${name}`);
}

/** For every real-world entity in two or more articles, the share of its mentions on the node holding most of them. */
function linkingScore(pairs: Iterable<(string | undefined)[]>): { score: number; pairs: number } {
  let hit = 0;
  let all = 0;
  for (const nodes of pairs) {
    if (nodes.length < 2) continue;
    const counts = new Map<string, number>();
    for (const n of nodes) if (n) counts.set(n, (counts.get(n) ?? 0) + 1);
    hit += Math.max(0, ...counts.values());
    all += nodes.length;
  }
  return { score: all === 0 ? 1 : hit / all, pairs: all };
}

function addPrf(acc: Map<string, [number, number, number]>, key: string, tp: number, p: number, g: number): void {
  const cur = acc.get(key) ?? [0, 0, 0];
  acc.set(key, [cur[0] + tp, cur[1] + p, cur[2] + g]);
}

/** Greedy one-to-one matching between predicted and gold items. */
function match<P, G>(preds: P[], golds: G[], ok: (p: P, g: G) => boolean): Map<number, number> {
  const res = new Map<number, number>();
  const used = new Set<number>();
  golds.forEach((g, gi) => {
    for (let pi = 0; pi < preds.length; pi++) {
      if (used.has(pi)) continue;
      const p = preds[pi];
      if (p !== undefined && ok(p, g)) {
        used.add(pi);
        res.set(gi, pi);
        return;
      }
    }
  });
  return res;
}

export function scoreArticles(predicted: PredictedArticle[], gold: GoldFile): ScoreReport {
  const byTitle = new Map<string, PredictedArticle>();
  for (const p of predicted) byTitle.set(fold(p.title), p);
  const articles: ArticleScore[] = [];
  const tot = { e: { tp: 0, p: 0, g: 0 }, r: { tp: 0, p: 0, g: 0 }, v: { tp: 0, p: 0, g: 0 } };
  const unmatchedTitles: string[] = [];
  // linking: real-world gold entity → list of node ids (undefined when unmatched), one per article mention.
  const identity = goldIdentities(gold);
  const linkPairs = new Map<string, (string | undefined)[]>();
  const eventIdentities = new Set<string>();
  const nodeGold = new Map<string, Map<string, string>>();
  const wikiTypes = new Map<string, [number, number, number]>();
  const wikipediaErrors: string[] = [];
  const wikiFound: [number, number, number] = [0, 0, 0];

  for (const ga of gold.articles) {
    const pa = byTitle.get(fold(ga.title));
    if (!pa) unmatchedTitles.push(ga.title);
    const pents = pa?.entities ?? [];
    const forms = (g: GoldEntity): Set<string> => new Set([g.name, ...(g.mentions ?? [])].map((n) => fold(n)));
    const goldForms = ga.entities.map(forms);
    const entOk = (p: PredictedArticle['entities'][number], gi: number): boolean => {
      const g = ga.entities[gi];
      const f = goldForms[gi];
      if (!g || !f || g.type !== p.type) return false;
      return [p.name, ...p.aliases].some((a) => f.has(fold(a)));
    };
    const em = match(
      pents,
      ga.entities.map((_, i) => i),
      entOk,
    );
    // Nodes standing for each gold entity name (any predicted entity of the type that matches, for relation ends).
    const nodesFor = new Map<string, Set<string>>();
    ga.entities.forEach((g, gi) => {
      const set = new Set<string>();
      for (const p of pents) if (entOk(p, gi)) set.add(p.nodeId);
      nodesFor.set(g.name, set);
      const pi = em.get(gi);
      const node = pi !== undefined ? pents[pi]?.nodeId : undefined;
      const key = identity(g.name);
      const list = linkPairs.get(key) ?? [];
      list.push(node);
      linkPairs.set(key, list);
      if (g.type === 'Event') eventIdentities.add(key);
      // Two names of one real-world entity on one node are a right merge, not a wrong one.
      if (node)
        nodeGold.set(
          node,
          (nodeGold.get(node) ?? new Map<string, string>()).set(`${g.type} ${key}`, `${g.type}:${g.name}`),
        );
    });
    const entityTypes = new Map<string, [number, number, number]>();
    ga.entities.forEach((g, gi) => {
      addPrf(entityTypes, g.type, em.has(gi) ? 1 : 0, 0, 1);
      if (g.wikipedia === undefined) return;
      const pi = em.get(gi);
      const title = pi !== undefined ? pents[pi]?.wikipedia : undefined;
      const right = title !== undefined && sameWikipediaTitle(title, g.wikipedia);
      addPrf(wikiTypes, g.type, right ? 1 : 0, title !== undefined ? 1 : 0, 1);
      if (pi !== undefined) {
        wikiFound[0] += right ? 1 : 0;
        wikiFound[1] += title !== undefined ? 1 : 0;
        wikiFound[2] += 1;
      }
      if (!right)
        wikipediaErrors.push(
          `${g.type}:${g.name} ${g.wikipedia} → ${title ?? (pi === undefined ? '(entity not found)' : '(none)')}`,
        );
    });
    for (const p of pents) addPrf(entityTypes, p.type, 0, 1, 0);

    const prels = pa?.relations ?? [];
    const relOk = (p: PredictedArticle['relations'][number], g: GoldRelation): boolean => {
      if (p.type !== g.type) return false;
      const f = nodesFor.get(g.from);
      const t = nodesFor.get(g.to);
      if (!f || !t) return false;
      if (f.has(p.fromNodeId) && t.has(p.toNodeId)) return true;
      return SYMMETRIC.has(g.type) && f.has(p.toNodeId) && t.has(p.fromNodeId);
    };
    const rm = match(prels, ga.relations, relOk);
    const relationTypes = new Map<string, [number, number, number]>();
    ga.relations.forEach((g, gi) => {
      addPrf(relationTypes, g.type, rm.has(gi) ? 1 : 0, 0, 1);
    });
    for (const p of prels) addPrf(relationTypes, p.type, 0, 1, 0);

    const pevs = pa?.events ?? [];
    const vm = match(pevs, ga.events, (p, g) => p.type === g.type && (p.date ?? '') === (g.date ?? ''));

    const e = prf(em.size, pents.length, ga.entities.length);
    const r = prf(rm.size, prels.length, ga.relations.length);
    const v = prf(vm.size, pevs.length, ga.events.length);
    for (const [acc, x] of [
      [tot.e, e],
      [tot.r, r],
      [tot.v, v],
    ] as const) {
      acc.tp += x.tp;
      acc.p += x.predicted;
      acc.g += x.gold;
    }
    const toRec = (m: Map<string, [number, number, number]>): Record<string, Prf> =>
      Object.fromEntries([...m.entries()].sort().map(([k, [a, b, c]]) => [k, prf(a, b, c)]));
    articles.push({
      title: ga.title,
      found: pa !== undefined,
      entities: e,
      relations: r,
      events: v,
      entityTypes: toRec(entityTypes),
      relationTypes: toRec(relationTypes),
    });
  }

  const linking = linkingScore(linkPairs.values());
  const eventLinking = linkingScore([...linkPairs].filter(([key]) => eventIdentities.has(key)).map(([, n]) => n));
  const wrongMerges = [...nodeGold.entries()]
    .filter(([, g]) => g.size > 1)
    .map(([nodeId, g]) => ({ nodeId, gold: [...g.values()].sort() }));
  const wikiTotal = [...wikiTypes.values()].reduce<[number, number, number]>(
    (acc, [a, b, c]) => [acc[0] + a, acc[1] + b, acc[2] + c],
    [0, 0, 0],
  );
  return {
    articles,
    wikipedia: prf(...wikiTotal),
    wikipediaFound: prf(...wikiFound),
    wikipediaTypes: Object.fromEntries([...wikiTypes.entries()].sort().map(([k, [a, b, c]]) => [k, prf(a, b, c)])),
    wikipediaErrors,
    entities: prf(tot.e.tp, tot.e.p, tot.e.g),
    relations: prf(tot.r.tp, tot.r.p, tot.r.g),
    events: prf(tot.v.tp, tot.v.p, tot.v.g),
    linking: linking.score,
    linkingPairs: linking.pairs,
    eventLinking: eventLinking.score,
    eventLinkingPairs: eventLinking.pairs,
    wrongMerges,
    unmatchedTitles,
  };
}

const r3 = (n: number): number => Math.round(n * 1000) / 1000;

/** The final one-line summary. */
export function summaryJson(rep: ScoreReport): string {
  const o = (p: Prf): { precision: number; recall: number; f1: number } => ({
    precision: r3(p.precision),
    recall: r3(p.recall),
    f1: r3(p.f1),
  });
  return JSON.stringify({
    entities: o(rep.entities),
    relations: o(rep.relations),
    events: o(rep.events),
    linking: r3(rep.linking),
    eventLinking: r3(rep.eventLinking),
    wikipedia: o(rep.wikipedia),
  });
}

/** A plain-text table: one row per article, then per entity type and relation type totals. */
export function formatTable(rep: ScoreReport): string {
  const f = (p: Prf): string => `${p.tp}/${p.predicted}/${p.gold} ${p.f1.toFixed(2)}`.padEnd(16);
  const lines: string[] = [];
  lines.push(
    `${'article'.padEnd(50)} ${'entities tp/p/g F1'.padEnd(16)} ${'relations'.padEnd(16)} ${'events'.padEnd(16)}`,
  );
  for (const a of rep.articles) {
    lines.push(
      ((a.found ? '' : '(missing) ') + a.title.slice(0, 48)).padEnd(50) +
        ` ${f(a.entities)} ${f(a.relations)} ${f(a.events)}`,
    );
  }
  const agg = (pick: (a: ArticleScore) => Record<string, Prf>): Map<string, [number, number, number]> => {
    const m = new Map<string, [number, number, number]>();
    for (const a of rep.articles) for (const [k, p] of Object.entries(pick(a))) addPrf(m, k, p.tp, p.predicted, p.gold);
    return m;
  };
  lines.push('', 'by type:');
  for (const [k, [a, b, c]] of [...agg((a) => a.entityTypes).entries(), ...agg((a) => a.relationTypes).entries()])
    lines.push(
      `  ${k.padEnd(16)} ${f(prf(a, b, c))} P=${prf(a, b, c).precision.toFixed(2)} R=${prf(a, b, c).recall.toFixed(2)}`,
    );
  lines.push('', 'wikipedia (gold entities with a title; tp/linked/gold):');
  for (const [k, p] of [...Object.entries(rep.wikipediaTypes), ['all', rep.wikipedia] as const])
    lines.push(`  ${k.padEnd(16)} ${f(p)} P=${p.precision.toFixed(2)} R=${p.recall.toFixed(2)}`);
  const found = rep.wikipediaFound;
  lines.push(
    `  ${'found by extr.'.padEnd(16)} ${f(found)} P=${found.precision.toFixed(2)} R=${found.recall.toFixed(2)}`,
  );
  lines.push(
    '',
    `TOTAL entities ${f(rep.entities)} relations ${f(rep.relations)} events ${f(rep.events)} linking ${rep.linking.toFixed(3)} (${rep.linkingPairs} pairs), event linking ${rep.eventLinking.toFixed(3)} (${rep.eventLinkingPairs} pairs), wrong merges ${rep.wrongMerges.length}`,
  );
  return lines.join('\n');
}
