/**
 * `linkArticle`: from one article's extraction to graph ids.
 *
 * 1. Within the article: entities that are one are merged (shared keys, a
 *    short form of a fuller name, a bare "Putin" that matches exactly one
 *    full name of the article, an acronym matching exactly one full name).
 *    Generic phrases ("the two heads of state") and bare titles are dropped,
 *    with the relations that touch them.
 * 2. Across articles (two store lookups per article):
 *    - countries, well-known organizations and agreements get ids fixed by
 *      reference data and their own keys;
 *    - an event is a node per report, made one with the node of the same
 *      event by a reviewable merge when the evidence says so (events.ts);
 *    - a full name links to the one existing node of the same type that has
 *      its full key, or whose full key is one of its short forms, or that has
 *      its full key as a short form; several → an exact full-key match wins,
 *      else a new node and MergeCandidates;
 *    - a bare surname links to the one existing full-name person with that
 *      surname key; none → provisional `person:~surname`; several →
 *      provisional plus MergeCandidates;
 *    - a full name absorbs (Redirect) the provisional node of each of its
 *      surnames / acronyms when no other full node claims that surname /
 *      acronym; if another does, a MergeCandidate instead.
 *    These rules give the same nodes whatever the order articles arrive in,
 *    as long as no bare surname or acronym is ambiguous in the whole corpus;
 *    where one is, the result may depend on order but every such case is
 *    reported as a MergeCandidate (never merged silently).
 */
import type {
  EntityType,
  EventType,
  ExtractedEntity,
  ExtractedRelation,
  ExtractionResult,
  Mention,
} from '../extract/types';
import { PART_KINDS, withinVisit } from '../extract/rules/event-parts';
import { isReferenceOrgId } from '../reference/index';
import { analyze, compareNames, isGenericAgreementKey, isGenericBodyKey, type Analyzed } from './analyze';
import {
  compatibleNodes,
  evidenceKeys,
  evidenceLookupKeys,
  matchEvent,
  nodeEvidence,
  participantKey,
  properNameKey,
  type EventEvidence,
} from './events';
import { betterId, eventId, isProvisionalId, nodeId, provisionalId, relationEnds, relationId } from './ids';
import { shortHash, unique } from './normalize';
import { decideWikipediaTitle, type WikipediaSenses } from './wikipedia';
import { personKeyTokens, personNamesCompatible, parsePersonName, NAME_PARTICLES } from './person-names';
import type {
  KnownEntity,
  LinkedArticle,
  LinkedEntity,
  LinkedRelation,
  LinkStore,
  MergeCandidate,
  EventMerge,
  Redirect,
  WikipediaMerge,
} from './types';

// ------------------------------------------------------------------ within the article

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_v, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] ?? r;
    let j = i;
    while (this.parent[j] !== r) {
      const next = this.parent[j] ?? r;
      this.parent[j] = r;
      j = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // The smaller index stays root: deterministic.
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
  }
}

/** The fullest key: most words, then longest, then alphabetically first. */
function bestKeyOf(keys: string[]): string | undefined {
  return [...keys].sort(
    (a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length || (a < b ? -1 : 1),
  )[0];
}

function intersects(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const set = new Set(a);
  return b.some((x) => set.has(x));
}

function fullKeys(a: { keys: string[] }): string[] {
  return a.keys.filter((k) => !k.startsWith('acr:') && !k.startsWith('iso:') && !k.startsWith(WIKI_KEY));
}

/** Prefix of the key that makes a Wikipedia title part of a node's identity. */
export const WIKI_KEY = 'wiki:';

/** The identity key of a Wikipedia title. */
export function wikipediaKey(title: string): string {
  return `${WIKI_KEY}${title}`;
}

/** Decides each group's Wikipedia title and joins the groups of the article that have the same one. */
function withWikipediaTitles(groups: Analyzed[], text: string, wikipedia: WikipediaSenses): Analyzed[] {
  const byTitle = new Map<string, Analyzed[]>();
  const rest: Analyzed[] = [];
  const countries = new Set(
    groups.flatMap((g) => (g.type === 'Country' && g.fixedId?.startsWith('country:') ? [g.fixedId.slice(8)] : [])),
  );
  const places = groups.filter((g) => g.type === 'Place').map((g) => g.name);
  for (const g of groups) {
    const title = decideWikipediaTitle(g, text, wikipedia, countries, places);
    if (title === undefined) {
      rest.push(g);
      continue;
    }
    const k = `${g.type}|${title}`;
    byTitle.set(k, [...(byTitle.get(k) ?? []), g]);
  }
  const titled = [...byTitle.entries()].flatMap(([k, same]) => {
    const joined = same.length === 1 ? same[0] : analyze(same.flatMap((g) => g.sources));
    if (!joined) return [];
    const title = k.slice(k.indexOf('|') + 1);
    joined.wikipedia = title;
    joined.keys = unique([...joined.keys, wikipediaKey(title)]);
    return [joined];
  });
  return [...titled, ...rest];
}

function personTokenSet(a: Analyzed): Set<string> {
  return new Set(
    fullKeys(a)
      .flatMap((k) => k.split(' '))
      .filter((t) => !NAME_PARTICLES.has(t)),
  );
}

/** Groups the article's analysed entities that denote one entity. */
export function groupWithinArticle(items: Analyzed[]): Analyzed[][] {
  const uf = new UnionFind(items.length);
  const pairs = (fn: (a: Analyzed, b: Analyzed) => boolean): void => {
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i];
        const b = items[j];
        if (a && b && a.type === b.type && fn(a, b)) uf.union(i, j);
      }
    }
  };
  // Same reference id, shared full key, or a short form of the other's full name.
  pairs((a, b) => {
    if (a.type === 'Event' || a.type === 'Agreement') return false;
    if (a.fixedId !== undefined && a.fixedId === b.fixedId) return true;
    if (a.fixedId !== undefined && b.fixedId !== undefined) return false;
    const fa = fullKeys(a);
    const fb = fullKeys(b);
    return intersects(fa, fb) || intersects(a.shortKeys, fb) || intersects(b.shortKeys, fa);
  });
  // "One unique target" rules: decided on the groups formed so far.
  const uniqueTarget = (i: number, matches: (b: Analyzed) => boolean): void => {
    const roots = new Set<number>();
    items.forEach((b, j) => {
      if (j !== i && uf.find(j) !== uf.find(i) && matches(b)) roots.add(uf.find(j));
    });
    const [only] = [...roots];
    if (roots.size === 1 && only !== undefined) uf.union(i, only);
  };
  items.forEach((a, i) => {
    if (a.type === 'Person' && !a.partial && a.tokens.length >= 2) {
      // "Lacalle Pou" / "Filipe Nyusi" inside "Luis Lacalle Pou" / "Filipe Jacinto Nyusi".
      uniqueTarget(
        i,
        (b) => !b.partial && b.tokens.length > a.tokens.length && personNamesCompatible(a.tokens, b.tokens),
      );
    }
  });
  items.forEach((a, i) => {
    if (a.type === 'Person' && a.partial) {
      const tok = a.tokens[0] ?? '';
      uniqueTarget(i, (b) => b.type === 'Person' && !b.partial && personTokenSet(b).has(tok));
    }
    if (a.type === 'Organization' && a.partial) {
      uniqueTarget(i, (b) => b.type === 'Organization' && !b.partial && intersects(a.acronyms, b.acronyms));
    }
  });
  const groups = new Map<number, Analyzed[]>();
  items.forEach((a, i) => {
    const r = uf.find(i);
    const list = groups.get(r) ?? [];
    list.push(a);
    groups.set(r, list);
  });
  return [...groups.values()];
}

// ------------------------------------------------------------------ across articles

interface Resolution {
  id: string;
}

function candidate(entityId: string, candidateId: string, type: EntityType, reason: string): MergeCandidate {
  return { entityId, candidateId, type, reason };
}

function nodePersonTokens(node: KnownEntity): string[] {
  return parsePersonName(node.name)?.tokens ?? personKeyTokens(node.name);
}

function mergeEntityInto(target: LinkedEntity, other: LinkedEntity): void {
  target.aliases = unique([...target.aliases, ...other.aliases]);
  target.mentions = [...target.mentions, ...other.mentions].sort((x, y) => x.start - y.start || x.end - y.end);
  target.keys = unique([...target.keys, ...other.keys]);
  target.shortKeys = unique([...target.shortKeys, ...other.shortKeys]).filter((k) => !target.keys.includes(k));
  target.surnameKeys = unique([...target.surnameKeys, ...other.surnameKeys]);
  target.sourceKeys = unique([...target.sourceKeys, ...other.sourceKeys]);
  target.confidence = Math.max(target.confidence, other.confidence);
  target.properties = { ...other.properties, ...target.properties };
  target.provisional = target.provisional && other.provisional;
  if (!target.wikidata && other.wikidata) target.wikidata = other.wikidata;
  if (!target.wikipedia && other.wikipedia) target.wikipedia = other.wikipedia;
  const tn = target.name.split(/\s+/).length;
  const on = other.name.split(/\s+/).length;
  if (on > tn || (on === tn && other.name.length > target.name.length)) target.name = other.name;
}

/** Collapses duplicate relations (same id) keeping the best evidence; drops self-loops. */
export function collapseRelations(relations: LinkedRelation[]): LinkedRelation[] {
  const byId = new Map<string, LinkedRelation>();
  for (const r of relations) {
    if (r.from === r.to) continue;
    const prev = byId.get(r.id);
    if (!prev) {
      byId.set(r.id, { ...r, properties: { ...r.properties } });
      continue;
    }
    const better =
      r.confidence > prev.confidence || (r.confidence === prev.confidence && r.evidence.start < prev.evidence.start);
    const keep = better ? { ...r, properties: { ...r.properties } } : prev;
    const other = better ? prev : r;
    for (const [k, v] of Object.entries(other.properties)) if (!(k in keep.properties)) keep.properties[k] = v;
    byId.set(r.id, keep);
  }
  return [...byId.values()];
}

/** Makes a LinkedRelation with graph-id ends (sorted for symmetric types). */
export function linkRelation(r: ExtractedRelation, from: string, to: string): LinkedRelation {
  const [a, b] = relationEnds(r.type, from, to);
  return { ...r, properties: { ...r.properties }, from: a, to: b, id: relationId(r.type, from, to) };
}

/**
 * Person aliases as the article writes them with the titles right before a
 * mention ("Prime Minister Johnson", "His Royal Highness Prince Mohammed bin
 * Salman ..."), when extraction kept only the bare name. Every added form
 * parses back to the same name, so keys do not change.
 */
export function titledSurfaces(text: string, entity: ExtractedEntity): string[] {
  if (entity.type !== 'Person') return [];
  const out: string[] = [];
  for (const m of entity.mentions) {
    if (text.slice(m.start, m.end) !== m.surface) continue;
    const base = parsePersonName(m.surface);
    if (!base) continue;
    const line =
      text
        .slice(Math.max(0, m.start - 120), m.start)
        .split(/[\n.;:,()"\u201C\u201D]/)
        .pop() ?? '';
    const before = line.split(/[ \t]+/).filter((t) => t !== '');
    for (let k = 1; k <= Math.min(6, before.length); k++) {
      const prefix = before.slice(before.length - k);
      if (!/^\p{Lu}/u.test(prefix[0] ?? '')) continue;
      const candidate = `${prefix.join(' ')} ${m.surface}`;
      const parsed = parsePersonName(candidate);
      if (parsed && parsed.tokens.join(' ') === base.tokens.join(' ')) out.push(candidate);
    }
  }
  return unique(out);
}

/** The article's entities grouped and analyzed, and the keys linking will look up for them. */
function analyzeArticle(
  result: ExtractionResult,
  wikipedia?: WikipediaSenses,
): { groups: Analyzed[]; lookupKeys: string[]; surnameKeys: string[] } {
  const text = result.article.text;
  const analyzed = result.entities
    .map((e) => {
      const titled = titledSurfaces(text, e);
      return analyze([titled.length > 0 ? { ...e, aliases: unique([...e.aliases, ...titled]) } : e]);
    })
    .filter((a): a is Analyzed => a !== undefined);
  const grouped = groupWithinArticle(analyzed)
    .map((g) => analyze(g.flatMap((a) => a.sources)))
    .filter((a): a is Analyzed => a !== undefined);
  const groups = wikipedia ? withWikipediaTitles(grouped, text, wikipedia) : grouped;
  const lookupKeys = unique(
    groups.filter((g) => g.type !== 'Event' && g.type !== 'Agreement').flatMap((g) => [...g.keys, ...g.shortKeys]),
  );
  const surnameKeys = unique(groups.filter((g) => g.type === 'Person').flatMap((g) => g.surnameKeys));
  return { groups, lookupKeys, surnameKeys };
}

/**
 * What linking computes from an article before it asks the store anything:
 * its entities grouped, and the keys it will look up for them, so a store can
 * fetch a whole batch's candidates in one round trip beforehand (ingest does)
 * and linking then starts from the same analysis instead of redoing it.
 */
export type ArticleAnalysis = ReturnType<typeof analyzeArticle>;

export function analyzeForLinking(result: ExtractionResult, wikipedia?: WikipediaSenses): ArticleAnalysis {
  return analyzeArticle(result, wikipedia);
}

/**
 * Links one article against the store. Does not write: call
 * `store.saveArticle(result)` before linking the next article. `analysis`,
 * when given, must come from `analyzeForLinking(result)` and serves one call.
 */
export async function linkArticle(
  result: ExtractionResult,
  store: LinkStore,
  analysis: ArticleAnalysis = analyzeArticle(result),
): Promise<LinkedArticle> {
  const { groups, lookupKeys, surnameKeys } = analysis;
  const found = lookupKeys.length > 0 ? await store.findByKeys(lookupKeys) : [];
  const bySurname = surnameKeys.length > 0 ? await store.findBySurnames(surnameKeys) : [];

  const redirects: Redirect[] = [];
  const local = new Map<string, string>();
  const resolveLocal = (id: string): string => {
    let cur = id;
    for (let i = 0; i < 32 && local.has(cur); i++) cur = local.get(cur) ?? cur;
    return cur;
  };
  const distinct = new Set<string>();
  for (const n of [...found, ...bySurname])
    for (const d of n.distinctFrom ?? []) {
      distinct.add(`${n.id}|${d}`);
      distinct.add(`${d}|${n.id}`);
    }
  // Titles of the nodes involved: two different confident titles never merge.
  const titleOf = new Map<string, string>();
  for (const n of [...found, ...bySurname]) if (n.wikipedia) titleOf.set(n.id, n.wikipedia);
  const differentTitles = (a: string, b: string): boolean => {
    const ta = titleOf.get(a);
    const tb = titleOf.get(b);
    return ta !== undefined && tb !== undefined && ta !== tb;
  };
  const redirect = (from: string, to: string, reason: string): void => {
    const f = resolveLocal(from);
    const t = resolveLocal(to);
    if (f === t || distinct.has(`${f}|${t}`) || differentTitles(f, t)) return;
    const title = titleOf.get(f);
    if (title !== undefined && !titleOf.has(t)) titleOf.set(t, title);
    local.set(f, t);
    redirects.push({ from: f, to: t, reason });
  };
  const candidates: MergeCandidate[] = [];
  const wikipediaMerges: WikipediaMerge[] = [];
  const resolutions = new Map<Analyzed, Resolution>();

  const sameTitle = (g: Analyzed, n: KnownEntity): boolean => g.wikipedia !== undefined && n.wikipedia === g.wikipedia;
  const otherTitle = (g: Analyzed, n: KnownEntity): boolean =>
    g.wikipedia !== undefined && n.wikipedia !== undefined && n.wikipedia !== g.wikipedia;

  const strongMatches = (g: Analyzed): KnownEntity[] => {
    const gFull = fullKeys(g);
    return found.filter(
      (n) =>
        n.type === g.type &&
        !n.provisional &&
        !otherTitle(g, n) &&
        (sameTitle(g, n) || intersects(fullKeys(n), [...gFull, ...g.shortKeys]) || intersects(n.shortKeys, gFull)),
    );
  };

  /** One node among several strong matches, or none (then candidates). */
  const pickMatch = (g: Analyzed, matches: KnownEntity[], ownId: string): string => {
    const ids = unique(matches.map((m) => resolveLocal(m.id)));
    if (ids.length === 0) return ownId;
    const [first] = ids;
    if (ids.length === 1 && first !== undefined) {
      const keep = betterId(first, ownId);
      if (keep !== first) redirect(first, keep, `"${g.name}" gives the node a fuller id`);
      return keep;
    }
    const gFull = fullKeys(g);
    // The node with the same Wikipedia title is the entity; else an exact full-name match.
    const titled = unique(matches.filter((m) => sameTitle(g, m)).map((m) => resolveLocal(m.id)));
    const exact =
      titled.length > 0
        ? titled
        : unique(matches.filter((m) => intersects(fullKeys(m), gFull)).map((m) => resolveLocal(m.id)));
    const [only] = exact;
    const chosen = exact.length === 1 && only !== undefined ? only : ownId;
    for (const id of ids) {
      if (id !== chosen)
        candidates.push(candidate(chosen, id, g.type, `"${g.name}" matches ${ids.length} existing nodes by name`));
    }
    return chosen;
  };

  const typeConflicts = (g: Analyzed, id: string): void => {
    const gFull = fullKeys(g);
    for (const n of found) {
      if (n.type === g.type || n.type === 'Event' || n.type === 'Agreement') continue;
      if (intersects(fullKeys(n), gFull))
        candidates.push(
          candidate(id, resolveLocal(n.id), g.type, `same name "${g.name}" is a ${n.type} there and a ${g.type} here`),
        );
    }
  };

  /**
   * Untitled nodes named exactly as one of this entity's forms are its node
   * once the entity has its title: "Liz Truss", untitled, and "Elizabeth Truss",
   * titled, written as one person here. A reviewable merge, not a redirect.
   */
  const mergeUntitled = (g: Analyzed, id: string): void => {
    if (g.wikipedia === undefined || titleOf.get(id) !== g.wikipedia) return;
    const gFull = fullKeys(g);
    const untitled = unique(
      found
        .filter((n) => n.type === g.type && !n.provisional && !n.wikipedia && intersects(fullKeys(n), gFull))
        .map((n) => resolveLocal(n.id)),
    ).filter((n) => n !== id && !titleOf.has(n) && !distinct.has(`${n}|${id}`));
    if (untitled.length > 0) wikipediaMerges.push({ keepId: id, mergeIds: untitled, title: g.wikipedia });
  };

  const articlePersons = groups.filter((g) => g.type === 'Person' && !g.partial);

  const resolvePerson = (g: Analyzed): string => {
    if (g.partial) {
      const s = g.surnameKeys[0] ?? g.tokens[0] ?? '';
      const full = unique(
        bySurname.filter((n) => !n.provisional && n.surnameKeys.includes(s)).map((n) => resolveLocal(n.id)),
      );
      const prov = provisionalId('Person', s);
      const [only] = full;
      if (full.length === 1 && only !== undefined) {
        // A reviewer split this surname off its only full name: it stays apart.
        if (distinct.has(`${prov}|${only}`)) return prov;
        if (bySurname.some((n) => n.id === prov)) redirect(prov, only, `surname "${s}" now has one full name`);
        return only;
      }
      for (const id of full)
        candidates.push(candidate(prov, id, 'Person', `surname-only "${g.name}" matches ${full.length} people`));
      return prov;
    }
    const own = nodeId('Person', g.tokens.join(' '));
    const matches: KnownEntity[] = [];
    for (const n of strongMatches(g)) {
      if (sameTitle(g, n) || personNamesCompatible(g.tokens, nodePersonTokens(n))) matches.push(n);
      else
        candidates.push(
          candidate(own, resolveLocal(n.id), 'Person', `"${g.name}" shares a short form with "${n.name}"`),
        );
    }
    const id = pickMatch(g, matches, own);
    const previous = new Set(matches.map((m) => m.id));
    // Absorb provisional surname nodes, or flag them when the surname is shared.
    for (const s of g.surnameKeys) {
      const prov = bySurname.filter((n) => n.provisional && n.surnameKeys.includes(s));
      const others = bySurname.filter(
        (n) =>
          !n.provisional &&
          n.surnameKeys.includes(s) &&
          !previous.has(n.id) &&
          resolveLocal(n.id) !== resolveLocal(id) &&
          !personNamesCompatible(g.tokens, nodePersonTokens(n)),
      );
      const sameArticle = articlePersons.filter((o) => o !== g && o.surnameKeys.includes(s));
      for (const p of prov) {
        if (others.length === 0 && sameArticle.length === 0)
          redirect(p.id, id, `"${g.name}" is the only full name with surname "${s}"`);
        else candidates.push(candidate(id, p.id, 'Person', `surname-only "${p.name}" may be "${g.name}"`));
      }
      for (const o of others) {
        const bareSeen = o.aliases.some((al) => {
          const pn = parsePersonName(al);
          return pn?.bare === true && pn.tokens[0] === s;
        });
        if (bareSeen)
          candidates.push(
            candidate(
              id,
              resolveLocal(o.id),
              'Person',
              `surname-only mentions "${s}" linked to "${o.name}" may be "${g.name}"`,
            ),
          );
      }
    }
    return id;
  };

  const resolveOrganization = (g: Analyzed): string => {
    const acrKeys = g.acronyms.map((a) => `acr:${a}`);
    if (g.fixedId !== undefined) {
      const fixed = g.fixedId;
      // Nodes made before from a form of this body, and provisional acronym nodes.
      const gFull = fullKeys(g);
      for (const n of found) {
        const same =
          n.type === 'Organization' && !n.provisional && !isReferenceOrgId(n.id) && intersects(fullKeys(n), gFull);
        if (same && resolveLocal(n.id) !== fixed) redirect(n.id, fixed, `reference name "${g.name}"`);
      }
      for (const n of found)
        if (n.type === 'Organization' && n.provisional && intersects(n.keys, acrKeys))
          redirect(n.id, fixed, `acronym of "${g.name}"`);
      return fixed;
    }
    // "the Ministry of Foreign Affairs" of one article is not another article's: its node is the article's own.
    const body = bestKeyOf(fullKeys(g));
    if (body !== undefined && isGenericBodyKey(body)) {
      return `${nodeId('Organization', body)}-${shortHash(result.article.id).slice(0, 6)}`;
    }
    if (g.partial) {
      const full = unique(
        found
          .filter((n) => n.type === 'Organization' && !n.provisional && intersects(n.keys, acrKeys))
          .map((n) => resolveLocal(n.id)),
      );
      const prov = provisionalId('Organization', g.acronyms[0] ?? g.name);
      const [only] = full;
      if (full.length === 1 && only !== undefined) {
        if (found.some((n) => n.id === prov)) redirect(prov, only, `acronym "${g.name}" now has one full name`);
        return only;
      }
      for (const id of full)
        candidates.push(
          candidate(prov, id, 'Organization', `acronym "${g.name}" matches ${full.length} organizations`),
        );
      return prov;
    }
    const ownId = nodeId('Organization', bestKeyOf(fullKeys(g)) ?? g.name);
    const matches = strongMatches(g);
    const id = pickMatch(g, matches, ownId);
    const previous = new Set(matches.map((m) => m.id));
    for (const key of acrKeys) {
      const prov = found.filter((n) => n.type === 'Organization' && n.provisional && n.keys.includes(key));
      const others = found.filter(
        (n) =>
          n.type === 'Organization' &&
          !n.provisional &&
          n.keys.includes(key) &&
          !previous.has(n.id) &&
          resolveLocal(n.id) !== resolveLocal(id),
      );
      for (const p of prov) {
        if (others.length === 0)
          redirect(p.id, id, `"${g.name}" is the only organization with acronym ${key.slice(4).toUpperCase()}`);
        else candidates.push(candidate(id, p.id, 'Organization', `acronym "${p.name}" may be "${g.name}"`));
      }
      for (const o of others)
        candidates.push(
          candidate(
            id,
            resolveLocal(o.id),
            'Organization',
            `both "${o.name}" and "${g.name}" use ${key.slice(4).toUpperCase()}`,
          ),
        );
    }
    return id;
  };

  const resolvePlace = (g: Analyzed): string => {
    // The id drops "Province", "City", "state of": "Heilongjiang Province" and "Heilongjiang" are one id.
    const best = bestKeyOf(fullKeys(g)) ?? g.name;
    const bare = g.shortKeys.find((k) => best.includes(k)) ?? best;
    return pickMatch(g, strongMatches(g), nodeId('Place', bare));
  };

  for (const g of groups) {
    let id: string | undefined;
    switch (g.type) {
      case 'Country':
        id = g.fixedId ?? nodeId('Country', g.name);
        break;
      case 'Person':
        id = resolvePerson(g);
        break;
      case 'Organization':
        id = resolveOrganization(g);
        break;
      case 'Place':
        id = resolvePlace(g);
        break;
      default:
        break;
    }
    if (id !== undefined) {
      resolutions.set(g, { id });
      if (g.wikipedia !== undefined && !titleOf.has(id)) titleOf.set(id, g.wikipedia);
      mergeUntitled(g, id);
      typeConflicts(g, id);
    }
  }

  // Agreements: ids from their names; events: a node per report, one with the node of the same event (events.ts).
  const keyToGroup = new Map<string, Analyzed>();
  for (const g of groups) for (const s of g.sources) keyToGroup.set(s.key, g);
  const idOfKey = (key: string): string | undefined => {
    const g = keyToGroup.get(key);
    const r = g ? resolutions.get(g) : undefined;
    return r ? resolveLocal(r.id) : undefined;
  };
  const eventEvidence = new Map<Analyzed, EventEvidence>();
  for (const g of groups) {
    if (g.type === 'Event') {
      const evidence = evidenceOf(g, result, idOfKey);
      const war = [evidence.nameKey, ...g.keys].find((k) => k?.startsWith('war in '));
      if (war !== undefined) {
        // A war is one long event whatever day a report dates it: its country names it.
        resolutions.set(g, { id: eventId('Other', undefined, war) });
        continue;
      }
      eventEvidence.set(g, evidence);
      const basis = `article:${result.article.id}:${g.keys[0] ?? ''}`;
      resolutions.set(g, { id: eventId(evidence.type, evidence.date, basis) });
    } else if (g.type === 'Agreement') {
      const key = g.keys[0] ?? '';
      const id = isGenericAgreementKey(key)
        ? `${nodeId('Agreement', key)}-${shortHash(result.article.id).slice(0, 6)}`
        : nodeId('Agreement', key);
      resolutions.set(g, { id });
    }
  }
  const nameOfId = new Map<string, string>();
  for (const [g, r] of resolutions) nameOfId.set(resolveLocal(r.id), g.name);
  const eventMerges = await sameEvents(eventEvidence, resolutions, store, distinct, candidates, resolveLocal, nameOfId);
  const eventParts = await partsOfKnownEvents(eventEvidence, resolutions, result, store, resolveLocal);

  // Linked entities, one per node.
  const knownById = new Map<string, KnownEntity>();
  for (const n of [...found, ...bySurname]) knownById.set(n.id, n);
  const byId = new Map<string, LinkedEntity>();
  for (const g of groups) {
    const r = resolutions.get(g);
    if (!r) continue;
    const id = resolveLocal(r.id);
    const first: ExtractedEntity | undefined = g.sources[0];
    if (!first) continue;
    const entity: LinkedEntity = {
      key: first.key,
      type: g.type,
      name: g.name,
      aliases: unique(g.aliases),
      mentions: g.sources.flatMap((s) => s.mentions).sort((x, y) => x.start - y.start || x.end - y.end),
      properties: { ...g.properties },
      confidence: Math.max(...g.sources.map((s) => s.confidence)),
      id,
      keys: eventKeysOf(g, eventEvidence.get(g)),
      shortKeys: [...g.shortKeys],
      surnameKeys: [...g.surnameKeys],
      sourceKeys: g.sources.map((s) => s.key),
      provisional: isProvisionalId(id),
    };
    if (g.wikidata) entity.wikidata = g.wikidata;
    // A form without a title of its own ("Putin") linked to a titled node carries the node's title.
    const title = g.wikipedia ?? titleOf.get(id) ?? knownById.get(id)?.wikipedia;
    if (title !== undefined) entity.wikipedia = title;
    // Linked to an existing node: carry the node's canonical name when it is the better one ("Johnson" → "Boris Johnson").
    const node = knownById.get(id);
    if (node && g.fixedId === undefined && node.type === g.type && compareNames(node.name, entity.name) < 0)
      entity.name = node.name;
    const prev = byId.get(id);
    if (prev) mergeEntityInto(prev, entity);
    else byId.set(id, entity);
  }
  const entities = [...byId.values()];

  const relations = collapseRelations([
    ...result.relations.flatMap((r) => {
      const from = idOfKey(r.from);
      const to = idOfKey(r.to);
      if (from === undefined || to === undefined || from === to) return [];
      return [linkRelation(r, from, to)];
    }),
    ...eventParts,
  ]);

  const seen = new Set<string>();
  const mergeCandidates: MergeCandidate[] = [];
  for (const c of candidates) {
    const a = resolveLocal(c.entityId);
    const b = resolveLocal(c.candidateId);
    if (a === b) continue;
    const pair = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (seen.has(pair)) continue;
    seen.add(pair);
    mergeCandidates.push({ ...c, entityId: a, candidateId: b });
  }

  const merges = wikipediaMerges
    .map((m) => ({
      ...m,
      keepId: resolveLocal(m.keepId),
      mergeIds: unique(m.mergeIds.map(resolveLocal)).filter((id) => id !== resolveLocal(m.keepId)),
    }))
    .filter((m) => m.mergeIds.length > 0);
  return {
    article: result.article,
    sentences: result.sentences,
    entities,
    relations,
    mergeCandidates,
    redirects,
    ...(merges.length > 0 ? { wikipediaMerges: merges } : {}),
    ...(eventMerges.length > 0 ? { eventMerges } : {}),
  };
}

// ------------------------------------------------------------------ events across articles

/** What the article says of an event: kind, date, participants and places as graph ids, a proper name. */
function evidenceOf(
  g: Analyzed,
  result: ExtractionResult,
  idOfKey: (key: string) => string | undefined,
): EventEvidence {
  const sourceKeys = new Set(g.sources.map((s) => s.key));
  const ends = (type: 'PARTICIPATED_IN' | 'HELD_AT'): string[] =>
    unique(
      result.relations
        .filter((r) => r.type === type && sourceKeys.has(type === 'HELD_AT' ? r.from : r.to))
        .map((r) => idOfKey(type === 'HELD_AT' ? r.to : r.from))
        .filter((x): x is string => x !== undefined),
    ).sort();
  // A proper name is one the article writes ("15th BRICS Summit"), not one linking's rules built from participants.
  const nameKey = g.sources
    .flatMap((s) => s.mentions)
    .filter((m) => /\p{Lu}/u.test(m.surface))
    .map((m) => properNameKey(m.surface, capitalizedByPlace(m, result)))
    .find((k) => k !== undefined);
  const date = g.properties.date;
  return {
    type: g.properties.eventType ?? 'Other',
    date: date === undefined || date === '' ? undefined : date,
    participants: ends('PARTICIPATED_IN'),
    places: ends('HELD_AT'),
    nameKey,
  };
}

/** A mention in the title, or opening its sentence: capitalized wherever a proper name would be. */
function capitalizedByPlace(m: Mention, result: ExtractionResult): boolean {
  const sentence = result.sentences[m.sentenceIndex];
  if (m.inTitle === true || sentence === undefined) return true;
  return !/[\p{L}\p{N}]/u.test(result.article.text.slice(sentence.start, m.start));
}

function eventKeysOf(g: Analyzed, evidence: EventEvidence | undefined): string[] {
  if (evidence === undefined) return [...g.keys];
  return unique([...g.keys, ...(evidence.nameKey === undefined ? [] : [evidence.nameKey]), ...evidenceKeys(evidence)]);
}

/**
 * The article's events against the event nodes they may be (sharing a person,
 * a body or a proper name): a clear match is a reviewable merge with its
 * reason, and so are several, when those nodes can be one event (the report
 * bridges what each holds in part; had it come first, each would have joined
 * it); anything less clear (two matches that cannot be one event, one node
 * matched by two of the article's events, missing dates) a merge candidate.
 * Reports of one event become one node, and two events stay two.
 */
async function sameEvents(
  evidence: Map<Analyzed, EventEvidence>,
  resolutions: Map<Analyzed, Resolution>,
  store: LinkStore,
  distinct: Set<string>,
  candidates: MergeCandidate[],
  resolveLocal: (id: string) => string,
  names: Map<string, string>,
): Promise<EventMerge[]> {
  const lookup = unique([...evidence.values()].flatMap(evidenceLookupKeys));
  if (lookup.length === 0) return [];
  const nodes = (await store.findByKeys(lookup)).filter((n) => n.type === 'Event');
  if (nodes.length === 0) return [];
  // Each node's evidence, unioned over store nodes this batch already made one.
  const keysOf = new Map<string, string[]>();
  for (const n of nodes) keysOf.set(resolveLocal(n.id), [...(keysOf.get(resolveLocal(n.id)) ?? []), ...n.keys]);
  const nameOf = (id: string): string => names.get(id) ?? id.slice(id.indexOf(':') + 1);
  const same = new Map<Analyzed, { node: string; reason: string }[]>();
  const claims = new Map<string, number>();
  for (const [g, ev] of evidence) {
    const own = resolutions.get(g)?.id;
    if (own === undefined) continue;
    const found: { node: string; reason: string }[] = [];
    for (const n of nodes) {
      const node = resolveLocal(n.id);
      if (node === own || distinct.has(`${node}|${own}`)) continue;
      const m = matchEvent(ev, [...n.keys, ...n.shortKeys], nameOf);
      if (m.kind === 'same') found.push({ node, reason: m.reason });
      else if (m.kind === 'maybe') candidates.push(candidate(own, node, 'Event', m.reason));
    }
    const distinctNodes = unique(found.map((f) => f.node));
    same.set(
      g,
      distinctNodes.map((node) => found.find((f) => f.node === node) ?? { node, reason: '' }),
    );
    for (const node of distinctNodes) claims.set(node, (claims.get(node) ?? 0) + 1);
  }
  const merges: EventMerge[] = [];
  for (const [g, found] of same) {
    const own = resolutions.get(g)?.id;
    if (own === undefined) continue;
    for (const f of found) candidates.push(candidate(own, f.node, 'Event', f.reason));
    if (found.length === 0 || found.some((f) => (claims.get(f.node) ?? 0) > 1)) continue;
    // One node for two reports of this article, or two nodes that cannot be one event: a person decides.
    const bridged = found.every((f, i) =>
      found.slice(i + 1).every((o) => compatibleNodes(keysOf.get(f.node) ?? [], keysOf.get(o.node) ?? [])),
    );
    if (!bridged) continue;
    const ids = [own, ...found.map((f) => f.node)];
    const keep = ids.reduce((best, id) => betterId(best, id));
    merges.push({
      keepId: keep,
      mergeIds: ids.filter((id) => id !== keep),
      reason: found.map((f) => f.reason).join('; '),
    });
  }
  return merges;
}

/**
 * Talks, a ceremony or a banquet this article reports on a day of a state
 * visit that another article reported, with a person of that visit: PART_OF
 * the visit's node (as within one article, see extract/rules/event-parts.ts),
 * unless the article already places it in a visit of its own.
 */
async function partsOfKnownEvents(
  evidence: Map<Analyzed, EventEvidence>,
  resolutions: Map<Analyzed, Resolution>,
  result: ExtractionResult,
  store: LinkStore,
  resolveLocal: (id: string) => string,
): Promise<LinkedRelation[]> {
  const placed = new Set(result.relations.filter((r) => r.type === 'PART_OF').map((r) => r.from));
  const parts = [...evidence].filter(
    ([g, ev]) =>
      PART_KINDS.has(ev.type as EventType) && ev.date !== undefined && !g.sources.some((s) => placed.has(s.key)),
  );
  const lookup = unique(parts.flatMap(([, ev]) => ev.participants.filter((p) => p.startsWith('person:'))));
  if (lookup.length === 0) return [];
  const visits = (await store.findByKeys(lookup.map(participantKey))).filter((n) => n.type === 'Event');
  const out: LinkedRelation[] = [];
  for (const [g, ev] of parts) {
    const own = resolutions.get(g)?.id;
    const mention = g.sources[0]?.mentions[0];
    const sentence = mention === undefined ? undefined : result.sentences[mention.sentenceIndex];
    if (own === undefined || sentence === undefined || ev.date === undefined) continue;
    const date = ev.date;
    const parents = unique(
      visits
        .filter((n) => {
          const v = nodeEvidence(n.keys);
          return (
            v.types.includes('StateVisit') &&
            v.dates.length > 0 &&
            v.dates.every((d) => withinVisit(date, d)) &&
            ev.participants.some((p) => p.startsWith('person:') && v.participants.includes(p)) &&
            !(ev.places.length > 0 && v.places.length > 0 && !ev.places.some((p) => v.places.includes(p)))
          );
        })
        .map((n) => resolveLocal(n.id)),
    );
    const [parent] = parents;
    if (parents.length !== 1 || parent === undefined) continue;
    const relation: ExtractedRelation = {
      type: 'PART_OF',
      from: g.sources[0]?.key ?? '',
      to: parent,
      properties: {},
      evidence: { start: sentence.start, end: sentence.end, sentenceIndex: sentence.index, sentence: sentence.text },
      confidence: 0.5,
    };
    out.push(linkRelation(relation, own, parent));
  }
  return out;
}
