import type { GraphExecutor } from './executor';
import { readNumber, readStrings, readMap } from './records';

/**
 * Deletes every node and relationship, in batches so a large graph does not
 * need one huge transaction. Only for databases the project created itself
 * (the test server, an `eval` run's own database): callers check that.
 */
export async function clearGraph(executor: GraphExecutor): Promise<void> {
  for (;;) {
    const result = await executor.write((tx) =>
      tx.run('MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted'),
    );
    const record = result.records[0];
    if (record === undefined || readNumber(record, 'deleted') === 0) return;
  }
}

// Every node and relationship, without the timestamps that differ between
// runs: two graphs holding the same facts dump the same (see canonicalDump).
const DUMP_NODES = `
MATCH (n)
RETURN labels(n) AS labels, n {.*, createdAt: null, updatedAt: null, ingestedAt: null, at: null} AS properties`;

const DUMP_RELATIONSHIPS = `
MATCH (a)-[r]->(b)
RETURN type(r) AS type, coalesce(a.id, a.key, a.from) AS start, coalesce(b.id, b.key, b.from) AS end,
       properties(r) AS properties`;

/** JSON with object keys sorted and nulls dropped, so equal values print equally. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== null && item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A canonical text dump of the graph (one sorted JSON line per node and per relationship), for comparing graphs. */
export async function canonicalDump(executor: GraphExecutor): Promise<string> {
  const nodes = await executor.read((tx) => tx.run(DUMP_NODES));
  const relationships = await executor.read((tx) => tx.run(DUMP_RELATIONSHIPS));
  const lines = [
    ...nodes.records.map((record) =>
      canonicalJson({
        labels: readStrings(record, 'labels').sort(),
        properties: readMap(record, 'properties'),
      }),
    ),
    ...relationships.records.map((record) => canonicalJson(record.toObject())),
  ];
  return lines.sort().join('\n');
}
