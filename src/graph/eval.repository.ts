import type { GraphExecutor } from './executor';
import { readString, readOptionalString, readStrings, readMaps } from './records';

/** What the graph says about one article, in the shape the scorer reads (src/eval/score.ts). */
export interface ArticlePrediction {
  title: string;
  entities: { nodeId: string; type: string; name: string; aliases: string[]; wikipedia?: string }[];
  relations: { type: string; fromNodeId: string; toNodeId: string }[];
  events: { nodeId: string; type: string; date?: string }[];
}

// Per article: the entities it mentions, and the relations it states (its Fact nodes; PART_OF, the structure of events,
// is no relation the gold annotates).
const PREDICTIONS = `
MATCH (a:Article)
CALL (a) {
  OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
  WITH DISTINCT e WHERE e IS NOT NULL
  RETURN collect(e {.id, .type, .name, .aliases, .eventType, .date, .wikipedia}) AS entities
}
CALL (a) {
  OPTIONAL MATCH (a)-[:STATES]->(f:Fact)
  WITH DISTINCT f WHERE f IS NOT NULL AND f.type <> 'PART_OF'
  RETURN collect({type: f.type, from: f.from, to: f.to}) AS relations
}
RETURN a.title AS title, entities, relations
ORDER BY a.id`;

interface EntityRow {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  eventType: string | null;
  date: string | null;
  wikipedia: string | null;
}

function toEntityRow(row: Readonly<Record<string, unknown>>): EntityRow {
  return {
    id: readString(row, 'id'),
    type: readString(row, 'type'),
    name: readString(row, 'name'),
    aliases: readStrings(row, 'aliases'),
    eventType: readOptionalString(row, 'eventType'),
    date: readOptionalString(row, 'date'),
    wikipedia: readOptionalString(row, 'wikipedia'),
  };
}

/** Reads back every article's entities, relations and events for scoring. */
export async function articlePredictions(executor: GraphExecutor): Promise<ArticlePrediction[]> {
  const result = await executor.read((tx) => tx.run(PREDICTIONS));
  return result.records.map((record) => {
    const entities = readMaps(record, 'entities').map(toEntityRow);
    const relations = readMaps(record, 'relations').map((r) => ({
      type: readString(r, 'type'),
      from: readString(r, 'from'),
      to: readString(r, 'to'),
    }));
    return {
      title: readString(record, 'title'),
      entities: entities.map((e) => ({
        nodeId: e.id,
        type: e.type,
        name: e.name,
        aliases: e.aliases,
        ...(e.wikipedia === null ? {} : { wikipedia: e.wikipedia }),
      })),
      relations: relations.map((r) => ({ type: r.type, fromNodeId: r.from, toNodeId: r.to })),
      events: entities
        .filter((e) => e.type === 'Event')
        .map((e) => ({ nodeId: e.id, type: e.eventType ?? 'Other', ...(e.date === null ? {} : { date: e.date }) })),
    };
  });
}

/** True when the graph holds no node but the record of its data migrations. */
export async function isGraphEmpty(executor: GraphExecutor): Promise<boolean> {
  const result = await executor.read((tx) =>
    tx.run('MATCH (n) WHERE NOT n:DataMigration RETURN count(n) = 0 AS empty LIMIT 1'),
  );
  return result.records[0]?.get('empty') === true;
}
