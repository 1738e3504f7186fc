/**
 * Review primitives: pure checks and plans for a person's decision to merge
 * two or more nodes, or to split an alias off a node. The store (Neo4j, CLI,
 * GraphQL) carries the plan out as documented on each result.
 */
import type { EntityType, ExtractedEntity } from '../extract/types';
import { analyze, compareNames } from './analyze';
import { isReferenceOrgId } from '../reference/index';
import { isProvisionalId, nodeId, provisionalId } from './ids';
import { WIKI_KEY } from './linker';
import { mergeNodeRecords } from './memory-store';
import { fold } from '../reference/index';
import { shortHash } from './normalize';
import type { KnownEntity, Redirect } from './types';

export interface MergePlan {
  /** The surviving node as it must look afterwards (id = `keep.id`). */
  node: KnownEntity;
  /**
   * One redirect per merged node, into `keep.id`. The store applies each as a
   * `Redirect` (move relationships and mentions, recompute relationship ids,
   * collapse duplicates, drop self-loops, delete the merged node, remember the
   * old id) and stores `node`'s fields on the survivor. Merge candidates
   * between the nodes are resolved (deleted).
   */
  redirects: Redirect[];
}

export type MergeValidation = { ok: true; plan: MergePlan } | { ok: false; errors: string[] };

/**
 * Checks a merge of `merge` into `keep`. Errors: nothing to merge; a node
 * merged into itself or listed twice; different types ("a Person cannot be
 * merged into a Country"); two countries with different ISO codes; two
 * distinct reference organizations (`org:un`, `org:unsc`); two nodes with
 * different Wikipedia titles.
 */
export function validateMerge(keep: KnownEntity, merge: KnownEntity[]): MergeValidation {
  const errors: string[] = [];
  if (merge.length === 0) errors.push('nothing to merge: give at least one node to merge into the kept one');
  const seen = new Set<string>();
  for (const m of merge) {
    if (m.id === keep.id) errors.push(`cannot merge ${keep.id} into itself`);
    else if (seen.has(m.id)) errors.push(`${m.id} is listed twice`);
    seen.add(m.id);
    if (m.type !== keep.type) errors.push(`incompatible types: ${m.id} is a ${m.type}, ${keep.id} is a ${keep.type}`);
    else if (m.type === 'Country' && /^country:[A-Z]{2}$/.test(m.id) && /^country:[A-Z]{2}$/.test(keep.id))
      errors.push(`${m.id} and ${keep.id} are different countries (different ISO codes)`);
    else if (isReferenceOrgId(m.id) && isReferenceOrgId(keep.id))
      errors.push(`${m.id} and ${keep.id} are different reference organizations`);
    else if (m.wikipedia !== undefined && keep.wikipedia !== undefined && m.wikipedia !== keep.wikipedia)
      errors.push(`${m.id} and ${keep.id} are different Wikipedia articles ("${m.wikipedia}", "${keep.wikipedia}")`);
  }
  if (errors.length > 0) return { ok: false, errors: [...new Set(errors)] };
  let node = keep;
  for (const m of merge) node = mergeNodeRecords(node, m, keep.id);
  return {
    ok: true,
    plan: {
      node,
      redirects: merge.map((m) => ({ from: m.id, to: keep.id, reason: `merged by review into ${keep.id}` })),
    },
  };
}

export interface SplitPlan {
  /** The original node without the alias: its aliases and keys recomputed from the remaining names. */
  remaining: KnownEntity;
  /** The new node holding the alias. */
  split: KnownEntity;
  /**
   * Folded forms of the alias: the store moves to `split` every MENTIONS
   * edge of the original node whose surfaces all fold to one of these, and
   * every relationship whose provenance lies only in the articles of those
   * mentions; the rest stays. Keys are replaced on both nodes, so later
   * linking sends the alias to `split`.
   */
  movedSurfaces: string[];
}

export type SplitValidation = { ok: true; plan: SplitPlan } | { ok: false; errors: string[] };

function pseudoEntity(type: EntityType, names: string[]): ExtractedEntity {
  return {
    key: 'review',
    type,
    name: names[0] ?? '',
    aliases: names,
    mentions: [],
    properties: {},
    confidence: 1,
  };
}

/** Keys, short keys and surname keys of a set of names of one type. */
export function keysForNames(
  type: EntityType,
  names: string[],
): Pick<KnownEntity, 'keys' | 'shortKeys' | 'surnameKeys'> & { name?: string; partial: boolean } {
  const a = analyze([pseudoEntity(type, names)]);
  if (!a) return { keys: [], shortKeys: [], surnameKeys: [], partial: false };
  return { keys: a.keys, shortKeys: a.shortKeys, surnameKeys: a.surnameKeys, name: a.name, partial: a.partial };
}

/**
 * Plans splitting `alias` off `entity` (a wrong merge: "Johnson" was linked to
 * Boris Johnson but the article meant another Johnson). Errors: the alias is
 * not one of the node's aliases; it is the node's only name; the node is a
 * country (countries are fixed by ISO code: relink the mention instead).
 * The new node's id comes from the alias (`person:~johnson` for a bare
 * surname), suffixed with a hash of the original id if it would collide.
 */
export function planSplit(entity: KnownEntity, alias: string): SplitValidation {
  const errors: string[] = [];
  const target = fold(alias);
  const moved = entity.aliases.filter((a) => fold(a) === target);
  if (moved.length === 0) errors.push(`"${alias}" is not an alias of ${entity.id}`);
  const rest = entity.aliases.filter((a) => fold(a) !== target);
  if (moved.length > 0 && rest.length === 0)
    errors.push(`"${alias}" is the only name of ${entity.id}: nothing would remain`);
  if (entity.type === 'Country')
    errors.push(`${entity.id} is a country fixed by its ISO code: relink the mention instead`);
  if (errors.length > 0) return { ok: false, errors };

  const restKeys = keysForNames(entity.type, rest);
  const splitKeys = keysForNames(entity.type, moved);
  const restName = rest.includes(entity.name) ? entity.name : ([...rest].sort(compareNames)[0] ?? entity.name);
  const splitName = splitKeys.name ?? moved[0] ?? alias;
  let id: string;
  if (splitKeys.partial) {
    id = provisionalId(entity.type, entity.type === 'Person' ? (splitKeys.surnameKeys[0] ?? target) : target);
  } else {
    id = nodeId(entity.type, splitKeys.keys.find((k) => !k.includes(':')) ?? target);
  }
  if (id === entity.id) id = `${id}-${shortHash(entity.id).slice(0, 6)}`;
  // The remaining node keeps its Wikipedia title, and the key that finds it by title.
  const titleKeys = entity.keys.filter((k) => k.startsWith(WIKI_KEY));
  const remaining: KnownEntity = {
    ...entity,
    name: restName,
    aliases: rest,
    keys: [...restKeys.keys, ...titleKeys],
    shortKeys: restKeys.shortKeys,
    surnameKeys: restKeys.surnameKeys,
    distinctFrom: [...(entity.distinctFrom ?? []), id],
  };
  const split: KnownEntity = {
    id,
    type: entity.type,
    name: splitName,
    aliases: moved,
    keys: splitKeys.keys,
    shortKeys: splitKeys.shortKeys,
    surnameKeys: splitKeys.surnameKeys,
    provisional: isProvisionalId(id),
    distinctFrom: [entity.id],
  };
  return { ok: true, plan: { remaining, split, movedSurfaces: [target] } };
}
