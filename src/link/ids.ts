/**
 * Graph ids for nodes and relationships, and the total order that decides
 * which id survives when two nodes become one.
 */
import type { EntityType, RelationType } from '../extract/types';
import { SYMMETRIC_RELATION_TYPES } from '../extract/types';
import { isReferenceOrgId } from '../reference/index';
import { shortHash, slug } from './normalize';

export const ID_PREFIX: Record<EntityType, string> = {
  Person: 'person',
  Country: 'country',
  Organization: 'org',
  Place: 'place',
  Event: 'event',
  Agreement: 'agreement',
};

/** True for provisional ids (`person:~putin`, `org:~fbc`). */
export function isProvisionalId(id: string): boolean {
  return id.includes(':~');
}

/** `person:xi-jinping`, `place:beijing`, `org:eurasian-economic-union` from a folded key. */
export function nodeId(type: EntityType, key: string): string {
  return `${ID_PREFIX[type]}:${slug(key)}`;
}

/** `person:~putin`, `org:~fbc`. */
export function provisionalId(type: EntityType, key: string): string {
  return `${ID_PREFIX[type]}:~${slug(key)}`;
}

function idRank(id: string): [number, number, number, number] {
  const body = id.slice(id.indexOf(':') + 1);
  return [isProvisionalId(id) ? 0 : 1, isReferenceOrgId(id) ? 1 : 0, body.split('-').length, body.length];
}

/**
 * Negative when `a` is the better id to keep: real over provisional, a
 * reference-data id over a derived one, then more words, then longer, then
 * alphabetically first. A total order, so the surviving id of a merged node
 * does not depend on the order its names arrived in.
 */
export function compareIds(a: string, b: string): number {
  const ra = idRank(a);
  const rb = idRank(b);
  for (let i = 0; i < ra.length; i++) {
    const d = (rb[i] ?? 0) - (ra[i] ?? 0);
    if (d !== 0) return d;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The better of two ids (see `compareIds`). */
export function betterId(a: string, b: string): string {
  return compareIds(a, b) <= 0 ? a : b;
}

/**
 * The id of one relationship fact: `TYPE(from,to)`; for symmetric types
 * (MET, PARTNER_OF) the ends are sorted so A–B and B–A are one id.
 */
export function relationId(type: RelationType, from: string, to: string): string {
  const [a, b] = relationEnds(type, from, to);
  return `${type}(${a},${b})`;
}

/** The ends a relationship is stored with: as given, or sorted for symmetric types (see `relationId`). */
export function relationEnds(type: RelationType, from: string, to: string): [string, string] {
  return SYMMETRIC_RELATION_TYPES.has(type) && to < from ? [to, from] : [from, to];
}

/**
 * The `Alias` key a surname key is stored under: surname keys share the alias
 * index with full keys, and the prefix keeps a surname from matching a node
 * whose full name is that one word.
 */
export function surnameAliasKey(key: string): string {
  return `surname:${key}`;
}

/** Event id: `event:<type>:<date|undated>:<hash>`. */
export function eventId(eventType: string, date: string | undefined, basis: string): string {
  const d = date && date.trim() !== '' ? date.trim() : 'undated';
  return `event:${eventType.toLowerCase()}:${d}:${shortHash(basis)}`;
}
