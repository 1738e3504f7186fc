import type { ManagedTransaction } from 'neo4j-driver';
import { evidenceRenames, isProvisionalId, mergeNodeRecords, surnameAliasKey } from '../link';
import type { KnownEntity, Redirect } from '../link/types';
import { GraphError } from './errors';
import { moveRelationships } from './node-move';
import { readMap, readString, type Row } from './records';

/**
 * Node writes and redirects for linking and review: a node's linking record
 * (name, aliases, match keys) with its `Alias` nodes, read back as linking
 * knows it, unioned by ingest or replaced by review, and redirects that fold
 * one node into another.
 */

const NODES_BY_ID = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e`;

const RESOLVE_REDIRECTS = `
UNWIND $ids AS id
OPTIONAL MATCH (r:Redirect {from: id})
RETURN id, coalesce(r.to, id) AS resolved`;

// Adds what an ingest learned to nodes: lists are unioned ON THE SERVER, so two
// ingests writing the same node at once both keep their aliases and keys
// (the second waits for the first's lock, then adds to what it wrote).
const UNION_NODES = `
UNWIND $nodes AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.createdAt = datetime(), e.aliases = [], e.keys = [], e.shortKeys = [], e.surnameKeys = [],
                e.distinctFrom = []
SET e:$(row.type), e.updatedAt = datetime()
// The name is the better of the stored one and the written one by linking's own order (compareNames: more
// words, then longer, then the smaller string), decided here so two ingests writing at once agree with one after
// the other.
WITH e, row, size(split(row.name, ' ')) AS rowWords, size(split(coalesce(e.name, ''), ' ')) AS nodeWords
SET e.type = row.type, e.provisional = row.provisional,
    e.name = CASE
      WHEN e.name IS NULL OR rowWords > nodeWords THEN row.name
      WHEN rowWords < nodeWords THEN e.name
      WHEN size(row.name) > size(e.name) THEN row.name
      WHEN size(row.name) < size(e.name) THEN e.name
      WHEN row.name < e.name THEN row.name
      ELSE e.name END,
    e.aliases = e.aliases + [x IN row.aliases WHERE NOT x IN e.aliases],
    e.keys = e.keys + [x IN row.keys WHERE NOT x IN e.keys],
    e.shortKeys = e.shortKeys + [x IN row.shortKeys WHERE NOT x IN e.shortKeys],
    e.surnameKeys = e.surnameKeys + [x IN row.surnameKeys WHERE NOT x IN e.surnameKeys],
    e.distinctFrom = e.distinctFrom + [x IN row.distinctFrom WHERE NOT x IN e.distinctFrom],
    e.wikidata = coalesce(e.wikidata, row.wikidata), e.wikipedia = coalesce(e.wikipedia, row.wikipedia),
    e.isoCode = coalesce(e.isoCode, row.isoCode), e.acronym = coalesce(e.acronym, row.acronym),
    e.eventType = coalesce(e.eventType, row.eventType), e.date = coalesce(e.date, row.date)
SET e.aliasText = reduce(text = '', alias IN e.aliases | text + ' | ' + alias)
WITH e, row
UNWIND row.aliasKeys AS key
MERGE (k:Alias {key: key})
MERGE (k)-[:ALIAS_OF]->(e)`;

// Replaces a node's record (review: merge, split, redirect); Alias nodes follow
// its keys and stale ones are unlinked.
const WRITE_NODES = `
UNWIND $nodes AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.createdAt = datetime()
SET e:$(row.type), e.updatedAt = datetime()
SET e.type = row.type, e.name = row.name, e.aliases = row.aliases, e.keys = row.keys, e.shortKeys = row.shortKeys,
    e.surnameKeys = row.surnameKeys, e.provisional = row.provisional, e.wikidata = row.wikidata,
    e.wikipedia = row.wikipedia,
    e.distinctFrom = row.distinctFrom, e.aliasText = reduce(text = '', alias IN row.aliases | text + ' | ' + alias),
    e.isoCode = coalesce(row.isoCode, e.isoCode), e.acronym = coalesce(row.acronym, e.acronym),
    e.eventType = coalesce(row.eventType, e.eventType), e.date = coalesce(row.date, e.date)
WITH e, row
CALL (e, row) {
  MATCH (k:Alias)-[x:ALIAS_OF]->(e) WHERE NOT k.key IN row.aliasKeys
  DELETE x
}
CALL (e, row) {
  UNWIND row.aliasKeys AS key
  MERGE (k:Alias {key: key})
  MERGE (k)-[:ALIAS_OF]->(e)
}`;

// After a full move: the emptied node goes, and redirects into it now point on.
const RETIRE_NODE = `
MATCH (f:Entity {id: $from})
DETACH DELETE f
WITH 1 AS done
MATCH (old:Redirect {to: $from})
SET old.to = $to`;

// Events name their participants and places in evidence keys (src/link/events.ts): a node merged away is renamed
// in them, on every event that holds one.
const RENAME_EVIDENCE = `
UNWIND $renames AS rename
MATCH (old:Alias {key: rename.old})-[x:ALIAS_OF]->(e:Entity)
DELETE x
SET e.keys = [k IN e.keys WHERE k <> rename.old] + CASE WHEN rename.new IN e.keys THEN [] ELSE [rename.new] END
MERGE (k:Alias {key: rename.new})
MERGE (k)-[:ALIAS_OF]->(e)`;

const RECORD_REDIRECT = `
MERGE (r:Redirect {from: $from})
SET r.to = $to, r.reason = $reason, r.at = datetime()`;

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** A node's record as linking knows it, from the Neo4j node's properties. */
export function toKnownEntity(properties: Readonly<Record<string, unknown>>): KnownEntity {
  const known: KnownEntity = {
    id: String(properties['id']),
    type: properties['type'] as KnownEntity['type'],
    name: String(properties['name']),
    aliases: list(properties['aliases']),
    keys: list(properties['keys']),
    shortKeys: list(properties['shortKeys']),
    surnameKeys: list(properties['surnameKeys']),
    provisional: properties['provisional'] === true,
  };
  const wikidata = text(properties['wikidata']);
  if (wikidata !== undefined) known.wikidata = wikidata;
  const wikipedia = text(properties['wikipedia']);
  if (wikipedia !== undefined) known.wikipedia = wikipedia;
  const distinctFrom = list(properties['distinctFrom']);
  if (distinctFrom.length > 0) known.distinctFrom = distinctFrom;
  return known;
}

/** The nodes of a result whose column `e` holds entity nodes. */
export function knownEntitiesOf(records: readonly Row[]): KnownEntity[] {
  return records.map((record) => toKnownEntity(readMap(record, 'e')));
}

/** Type-specific properties a node may carry beyond its linking record. */
export interface NodeExtras {
  isoCode?: string | undefined;
  acronym?: string | undefined;
  eventType?: string | undefined;
  date?: string | undefined;
}

function nodeRow(node: KnownEntity, extras: NodeExtras = {}): Record<string, unknown> {
  const aliasKeys = [...new Set([...node.keys, ...node.shortKeys, ...node.surnameKeys.map(surnameAliasKey)])];
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
    wikipedia: node.wikipedia ?? null,
    distinctFrom: node.distinctFrom ?? [],
    aliasKeys,
    isoCode: extras.isoCode ?? null,
    acronym: extras.acronym ?? null,
    eventType: extras.eventType ?? null,
    date: extras.date ?? null,
  };
}

export interface StoredNode {
  node: KnownEntity;
  extras: NodeExtras;
}

/** Nodes by id with their linking record and type-specific properties. */
export async function storedNodes(tx: ManagedTransaction, ids: string[]): Promise<Map<string, StoredNode>> {
  const result = await tx.run(NODES_BY_ID, { ids });
  return new Map(
    result.records.map((record) => {
      const properties = readMap(record, 'e');
      const extras: NodeExtras = {
        isoCode: text(properties['isoCode']),
        acronym: text(properties['acronym']),
        eventType: text(properties['eventType']),
        date: text(properties['date']),
      };
      const node = toKnownEntity(properties);
      return [node.id, { node, extras }] as const;
    }),
  );
}

/** Where each id points after the recorded redirects (itself when none), keyed by the id asked. */
export async function resolveRedirects(tx: ManagedTransaction, ids: string[]): Promise<Map<string, string>> {
  const result = await tx.run(RESOLVE_REDIRECTS, { ids });
  return new Map(result.records.map((record) => [readString(record, 'id'), readString(record, 'resolved')]));
}

/** Adds records to nodes, creating them as needed (see UNION_NODES). */
export async function unionNodes(
  tx: ManagedTransaction,
  nodes: { node: KnownEntity; extras?: NodeExtras }[],
): Promise<void> {
  if (nodes.length > 0) await tx.run(UNION_NODES, { nodes: nodes.map(({ node, extras }) => nodeRow(node, extras)) });
}

/** Replaces full node records (labels, properties, alias keys). */
export async function writeNodes(
  tx: ManagedTransaction,
  nodes: { node: KnownEntity; extras?: NodeExtras }[],
): Promise<void> {
  if (nodes.length > 0) await tx.run(WRITE_NODES, { nodes: nodes.map(({ node, extras }) => nodeRow(node, extras)) });
}

/** The extras that are set, so spreading them over others keeps the others' values where these have none. */
export function definedOnly(extras: NodeExtras): NodeExtras {
  return Object.fromEntries(Object.entries(extras).filter(([, value]) => value !== undefined));
}

/**
 * Applies one redirect inside a transaction: node `from` disappears into `to`
 * (created from `from`'s record when it does not exist). Old redirects that
 * pointed at `from` now point at `to`, so resolving an id is one lookup.
 */
export async function applyRedirect(tx: ManagedTransaction, redirect: Redirect): Promise<void> {
  const resolved = await resolveRedirects(tx, [redirect.from, redirect.to]);
  const from = resolved.get(redirect.from);
  const to = resolved.get(redirect.to);
  if (from === undefined || to === undefined) throw new GraphError('redirect resolution returned no row');
  if (from !== to) {
    const nodes = await storedNodes(tx, [from, to]);
    const source = nodes.get(from);
    if (source !== undefined) {
      const target = nodes.get(to);
      const merged =
        target === undefined
          ? { ...source.node, id: to, provisional: isProvisionalId(to) }
          : mergeNodeRecords(target.node, source.node, to);
      // Type-specific properties of the source survive (the target's win where both have one).
      await writeNodes(tx, [{ node: merged, extras: { ...source.extras, ...definedOnly(target?.extras ?? {}) } }]);
      await moveRelationships(tx, from, to);
      await tx.run(RETIRE_NODE, { from, to });
      await tx.run(RENAME_EVIDENCE, { renames: evidenceRenames(from, to) });
    }
  }
  await tx.run(RECORD_REDIRECT, { from: redirect.from, to, reason: redirect.reason });
}
