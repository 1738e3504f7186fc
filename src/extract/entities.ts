import { fold } from '../reference/index';
import { gazLookup } from './lexicon';
import type { RawMention } from './mentions';
import type { EntityProperties, EntityType, ExtractedEntity, Mention } from './types';

/** A mention with the entity it was resolved to. */
export interface ResolvedMention extends RawMention {
  key: string;
}

export interface EntityTable {
  entities: Map<string, ExtractedEntity>;
  /** Titles written before a person's name, by entity key. */
  titles: Map<string, string[]>;
  resolved: ResolvedMention[];
}

function slug(s: string): string {
  return fold(s)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/** "China-Russia Culture Year" and "Russia-China Culture Year" are one name: country pairs are ordered. */
function orderPairs(name: string): string {
  return name.replace(/(\p{L}+)[-–](\p{L}+)/gu, (m, a: string, b: string) =>
    gazLookup(a)?.type === 'Country' && gazLookup(b)?.type === 'Country' ? [a, b].sort().join('-') : m,
  );
}

export function entityKey(type: EntityType, name: string): string {
  return `${type.toLowerCase()}:${slug(type === 'Person' ? name : orderPairs(name))}`;
}

function nameTokens(s: string): string[] {
  return fold(s)
    .split(' ')
    .filter((t) => t !== '');
}

function containsSeq(long: string[], short: string[]): boolean {
  if (short.length === 0 || short.length >= long.length) return false;
  for (let i = 0; i + short.length <= long.length; i++) {
    let ok = true;
    for (let k = 0; k < short.length; k++) {
      if (long[i + k] !== short[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}

/**
 * Groups mentions into entities: gazetteer names by their canonical name, persons by their fullest form (short
 * forms such as a surname attach to the one full name that contains them), other names by their folded text.
 */
export function buildEntities(raw: RawMention[], articleText: string): EntityTable {
  const entities = new Map<string, ExtractedEntity>();
  const titles = new Map<string, string[]>();
  const resolved: ResolvedMention[] = [];

  // Persons: full names first (longest first), then short forms attach.
  const persons = raw.filter((m) => m.type === 'Person');
  const fullNames: { key: string; tokens: string[]; name: string }[] = [];
  const sortedPersons = [...persons].sort((a, b) => nameTokens(b.name).length - nameTokens(a.name).length);
  const personKeyOf = new Map<RawMention, string>();
  for (const m of sortedPersons) {
    const toks = nameTokens(m.name);
    const same = fullNames.find((f) => f.tokens.join(' ') === toks.join(' '));
    if (same) {
      personKeyOf.set(m, same.key);
      continue;
    }
    const containers = fullNames.filter((f) => containsSeq(f.tokens, toks));
    const distinct = new Set(containers.map((c) => c.key));
    if (distinct.size === 1 && containers[0]) {
      personKeyOf.set(m, containers[0].key);
      continue;
    }
    if (distinct.size > 1) continue; // ambiguous short form: dropped
    if (m.single && m.weak) continue;
    const key = entityKey('Person', m.name);
    fullNames.push({ key, tokens: toks, name: m.name });
    personKeyOf.set(m, key);
  }

  const ensure = (
    key: string,
    type: EntityType,
    name: string,
    props: EntityProperties,
    conf: number,
  ): ExtractedEntity => {
    let e = entities.get(key);
    if (!e) {
      e = { key, type, name, aliases: [], mentions: [], properties: props, confidence: conf };
      entities.set(key, e);
    } else {
      e.confidence = Math.max(e.confidence, conf);
    }
    return e;
  };

  for (const m of raw) {
    let key: string | undefined;
    let name = m.name;
    const props: EntityProperties = {};
    if (m.type === 'Person') {
      key = personKeyOf.get(m);
      const full = fullNames.find((f) => f.key === key);
      if (full) name = full.name;
    } else if (m.gaz) {
      key = entityKey(m.type, m.gaz.name);
      if (m.gaz.iso) props.isoCode = m.gaz.iso;
      if (m.gaz.acronym) props.acronym = m.gaz.acronym;
    } else {
      key = entityKey(m.type, m.name);
      if (m.eventType) props.eventType = m.eventType;
    }
    if (!key) continue;
    const e = ensure(key, m.type, name, props, m.weak ? 0.6 : 0.9);
    if (m.type === 'Person' && nameTokens(name).length > nameTokens(e.name).length) e.name = name;
    if (!e.aliases.includes(m.surface)) e.aliases.push(m.surface);
    const mention: Mention = { start: m.start, end: m.end, surface: m.surface, sentenceIndex: m.sentenceIndex };
    if (m.inTitle) mention.inTitle = true;
    else if (articleText.slice(m.start, m.end) !== m.surface) continue;
    e.mentions.push(mention);
    if (m.titles?.length) {
      const t = titles.get(key) ?? [];
      for (const x of m.titles) if (!t.includes(x)) t.push(x);
      titles.set(key, t);
    }
    resolved.push({ ...m, key });
  }
  for (const e of entities.values()) if (!e.aliases.includes(e.name)) e.aliases.unshift(e.name);
  return { entities, titles, resolved };
}
