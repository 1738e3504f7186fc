/**
 * Simulated extraction from the gold files: each gold entity becomes one
 * ExtractedEntity named by its longest mention (titles included, as a weak
 * extractor would leave them) with the mentions as aliases and no reference
 * properties, so the linker's own rules do the work. Also the FORMAT.md
 * linking score over linked articles.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EntityType, EventType, ExtractionResult, RelationType } from '../../src/extract/types';
import { fold } from '../../src/reference/index';
import type { LinkedArticle } from '../../src/link/types';
import { article, type EntitySpec, type RelationSpec } from './helpers';

export interface GoldEntity {
  name: string;
  type: EntityType;
  mentions: string[];
}
export interface GoldArticle {
  title: string;
  published?: string;
  entities: GoldEntity[];
  relations: { type: RelationType; from: string; to: string }[];
  events?: { name: string; type: EventType; date?: string; participants?: string[] }[];
}

/** The shared eval folder (EVAL_DIR, else a sibling of the repository root), if present. */
export function goldPath(file: string): string | undefined {
  const given = process.env['EVAL_DIR'];
  const candidates = [
    ...(given === undefined || given === '' ? [] : [resolve(given, file)]),
    resolve(__dirname, '../../../../shared/eval', file),
    resolve(__dirname, '../../../shared/eval', file),
    resolve('/work/shared/eval', file),
  ];
  return candidates.find((p) => existsSync(p));
}

export function loadGold(file: string): GoldArticle[] | undefined {
  const p = goldPath(file);
  if (!p) return undefined;
  return (JSON.parse(readFileSync(p, 'utf8')) as { articles: GoldArticle[] }).articles;
}

function longest(mentions: string[], fallback: string): string {
  return [...mentions].sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length)[0] ?? fallback;
}

export function simulate(gold: GoldArticle[]): ExtractionResult[] {
  return gold.map((g, i) => {
    const keyOf = new Map<string, string>();
    const specs: EntitySpec[] = g.entities.map((e, j) => {
      keyOf.set(e.name, `e${j}`);
      const ev = g.events?.find((x) => x.name === e.name);
      const spec: EntitySpec = {
        key: `e${j}`,
        type: e.type,
        name: longest(e.mentions, e.name),
        aliases: e.mentions.length > 0 ? e.mentions : [e.name],
      };
      if (ev) spec.properties = ev.date ? { eventType: ev.type, date: ev.date } : { eventType: ev.type };
      return spec;
    });
    const rels: RelationSpec[] = [];
    for (const r of g.relations) {
      const from = keyOf.get(r.from);
      const to = keyOf.get(r.to);
      if (from && to) rels.push({ type: r.type, from, to });
    }
    for (const ev of g.events ?? []) {
      const to = keyOf.get(ev.name);
      for (const p of ev.participants ?? []) {
        const from = keyOf.get(p);
        if (from && to) rels.push({ type: 'PARTICIPATED_IN', from, to });
      }
    }
    return article(`g-${i}`, specs, rels, g.title);
  });
}

export interface LinkingScore {
  score: number;
  pairs: number;
  linked: number;
  /** Gold entities whose pairs did not all land on one node. */
  misses: string[];
  /** Nodes that hold the majority of two distinct gold entities. */
  wrongMerges: string[];
}

/** FORMAT.md's linking score: gold entities in 2+ articles, share of (article, entity) pairs on the majority node. */
export function linkingScore(gold: GoldArticle[], linked: LinkedArticle[]): LinkingScore {
  const byTitle = new Map(linked.map((a) => [a.article.title, a]));
  const occurrences = new Map<string, { type: EntityType; nodes: (string | undefined)[] }>();
  for (const g of gold) {
    const la = byTitle.get(g.title);
    for (const e of g.entities) {
      const forms = new Set([e.name, ...e.mentions].map(fold));
      const hit = la?.entities.find((p) => p.type === e.type && [p.name, ...p.aliases].some((x) => forms.has(fold(x))));
      const key = `${e.type}|${e.name}`;
      const occ = occurrences.get(key) ?? { type: e.type, nodes: [] };
      occ.nodes.push(hit?.id);
      occurrences.set(key, occ);
    }
  }
  let pairs = 0;
  let linkedPairs = 0;
  const misses: string[] = [];
  const majorityOwner = new Map<string, string[]>();
  for (const [key, occ] of occurrences) {
    if (occ.nodes.length < 2) continue;
    const counts = new Map<string, number>();
    for (const n of occ.nodes) if (n) counts.set(n, (counts.get(n) ?? 0) + 1);
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    pairs += occ.nodes.length;
    linkedPairs += best?.[1] ?? 0;
    if ((best?.[1] ?? 0) < occ.nodes.length) misses.push(`${key}: ${occ.nodes.map((n) => n ?? '∅').join(', ')}`);
    if (best) majorityOwner.set(best[0], [...(majorityOwner.get(best[0]) ?? []), key]);
  }
  const wrongMerges = [...majorityOwner.entries()]
    .filter(([, ks]) => ks.length > 1)
    .map(([n, ks]) => `${n}: ${ks.join(' + ')}`);
  return { score: pairs === 0 ? 1 : linkedPairs / pairs, pairs, linked: linkedPairs, misses, wrongMerges };
}

/** Distinct gold entities (by type and name) of all articles that share one node. */
export function allWrongMerges(gold: GoldArticle[], linked: LinkedArticle[]): string[] {
  const byTitle = new Map(linked.map((a) => [a.article.title, a]));
  const owners = new Map<string, Set<string>>();
  for (const g of gold) {
    const la = byTitle.get(g.title);
    for (const e of g.entities) {
      const forms = new Set([e.name, ...e.mentions].map(fold));
      const hit = la?.entities.find((p) => p.type === e.type && [p.name, ...p.aliases].some((x) => forms.has(fold(x))));
      if (!hit) continue;
      const set = owners.get(hit.id) ?? new Set<string>();
      set.add(`${e.type}|${e.name}`);
      owners.set(hit.id, set);
    }
  }
  return [...owners.entries()].filter(([, s]) => s.size > 1).map(([id, s]) => `${id}: ${[...s].join(' + ')}`);
}

/**
 * A harsher simulation: every gold mention becomes its own extracted entity
 * (name = the mention, title and all), so within-article linking must put
 * "Putin" with "Russian President Vladimir Putin".
 */
export function simulateSplit(gold: GoldArticle[]): ExtractionResult[] {
  return gold.map((g, i) => {
    const specs: EntitySpec[] = [];
    const keysOf = new Map<string, string[]>();
    g.entities.forEach((e, j) => {
      const ev = g.events?.find((x) => x.name === e.name);
      const mentions = e.mentions.length > 0 ? e.mentions : [e.name];
      mentions.forEach((m, k) => {
        const key = `e${j}_${k}`;
        keysOf.set(e.name, [...(keysOf.get(e.name) ?? []), key]);
        const spec: EntitySpec = { key, type: e.type, name: m, aliases: [m] };
        if (ev) spec.properties = ev.date ? { eventType: ev.type, date: ev.date } : { eventType: ev.type };
        specs.push(spec);
      });
    });
    const rels: RelationSpec[] = [];
    for (const r of g.relations) {
      const from = keysOf.get(r.from)?.[0];
      const to = keysOf.get(r.to)?.[0];
      if (from && to) rels.push({ type: r.type, from, to });
    }
    return article(`g-${i}`, specs, rels, g.title);
  });
}
