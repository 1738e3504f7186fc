import { Field, ID, InterfaceType } from 'type-graphql';
import type { ArticleRecord, EntityRecord, RelationRecord } from '../graph/records';

/** What a Node field resolves to: the graph's records, told apart by their shape. */
export type NodeRecord = ArticleRecord | EntityRecord | RelationRecord;

export function nodeTypeName(value: NodeRecord): string {
  if ('fromId' in value) return 'Relation';
  if ('contentHash' in value) return 'Article';
  return value.type;
}

/**
 * The global ids of this API are the ids the graph stores, whose shape tells
 * the kind of object apart, so no id needs decoding or re-encoding:
 * entities `<kind>:<key>` (`person:xi-jinping`, `country:CN`, `org:sco`,
 * `place:beijing`, `event:talks:2024-05-16:1a2b3c`, `agreement:…`), articles
 * `a-<16 hex>`, relations `<TYPE>(<from id>,<to id>)`.
 */
export const GLOBAL_ID_DESCRIPTION =
  'Global id (Relay): the same id the object has everywhere in this API, unique across all kinds, ' +
  'and stable across runs. Entities `<kind>:<key>` (`person:xi-jinping`, `country:CN`), ' +
  'articles `a-<16 hex digits>`, relations `<TYPE>(<from id>,<to id>)` ' +
  '(`MET(person:vladimir-putin,person:xi-jinping)`). Pass it to `node(id:)`.';

@InterfaceType('Node', {
  description:
    'An object with a global id, fetchable with `node(id:)` or `nodes(ids:)` (Relay Global Object Identification). ' +
    GLOBAL_ID_DESCRIPTION,
  resolveType: nodeTypeName,
})
export abstract class Node {
  @Field(() => ID, { description: GLOBAL_ID_DESCRIPTION })
  id!: string;
}
