/**
 * Linked entities and relations as the linker hands them to the graph write,
 * built by hand: for the write-path bench and for graph tests that need facts
 * without extraction.
 */
import type { EntityType, RelationType } from '../src/extract/types';
import { relationEnds, relationId } from '../src/link';
import type { LinkedEntity, LinkedRelation } from '../src/link/types';

/** An entity named once, at `start` of sentence 0; a person also gets its surname key. */
export function linkedEntity(type: EntityType, id: string, name: string, start = 0): LinkedEntity {
  const key = name.toLowerCase();
  return {
    key,
    type,
    name,
    aliases: [name],
    mentions: [{ start, end: start + name.length, surface: name, sentenceIndex: 0 }],
    properties: {},
    confidence: 0.9,
    id,
    sourceKeys: [key],
    provisional: false,
    keys: [key],
    shortKeys: [],
    surnameKeys: type === 'Person' ? [key.split(' ').at(-1) ?? key] : [],
  };
}

/** A relation stated by `sentence` (sentence 0), with its ends in stored order. */
export function linkedRelation(
  type: RelationType,
  from: LinkedEntity,
  to: LinkedEntity,
  sentence: string,
  properties: Record<string, string> = {},
): LinkedRelation {
  const [a, b] = relationEnds(type, from.id, to.id);
  return {
    type,
    from: a,
    to: b,
    id: relationId(type, from.id, to.id),
    properties,
    evidence: { start: 0, end: sentence.length, sentenceIndex: 0, sentence },
    confidence: 0.8,
  };
}
