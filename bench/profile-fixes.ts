/**
 * `node dist/bench/profile-fixes.js [articles]`: PROFILE db hits of the
 * repositories' timeline / relations / paths Cypher against the same Cypher
 * with the relationship types listed (so MENTIONS and ALIAS_OF are not
 * expanded), on a bulk-loaded graph. Evidence for BENCHMARKS.md.
 */
import { RELATION_TYPES } from '../src/extract/types';
import { bulkLoad } from './bulk-load';
import { corpus } from './corpus';
import { startBenchNeo4j } from './neo4j';
import { PICK_SUBJECTS } from './queries';

interface PlanNode {
  dbHits: number;
  children: PlanNode[];
}

const hits = (plan: PlanNode): number => plan.dbHits + plan.children.reduce((sum, child) => sum + hits(child), 0);
const TYPES = RELATION_TYPES.join('|');

const PAIRS: [string, string, string][] = [
  [
    'timeline',
    `MATCH (e:Entity {id: $id})-[r]-(event:Event) RETURN event.id ORDER BY event.date, event.name, event.id LIMIT 50`,
    `MATCH (e:Entity {id: $id})-[r:${TYPES}]-(event:Event) RETURN event.id ORDER BY event.date, event.name, event.id LIMIT 50`,
  ],
  [
    'relations of entity',
    `MATCH (e:Entity {id: $id}) CALL (e) { MATCH (e)-[r]-(o:Entity) RETURN r ORDER BY r.confidence DESC, size(r.sources) DESC, r.id LIMIT 100 } RETURN r.id`,
    `MATCH (e:Entity {id: $id}) CALL (e) { MATCH (e)-[r:${TYPES}]-(o:Entity) RETURN r ORDER BY r.confidence DESC, size(r.sources) DESC, r.id LIMIT 100 } RETURN r.id`,
  ],
  [
    'paths maxHops 4',
    `MATCH p = SHORTEST 10 (:Entity {id: $id})(()-[r]-(:Entity)){1,4}(:Entity {id: $to}) WITH p LIMIT 3 RETURN length(p)`,
    `MATCH p = SHORTEST 10 (:Entity {id: $id})(()-[r:${TYPES}]-(:Entity)){1,4}(:Entity {id: $to}) WITH p LIMIT 3 RETURN length(p)`,
  ],
];

async function main(): Promise<void> {
  const size = Number(process.argv[2] ?? '2000');
  const db = await startBenchNeo4j('profile');
  try {
    await bulkLoad(db.graph.executor, corpus(42, size), (line) => process.stderr.write(line + '\n'));
    const row = (await db.graph.executor.read((tx) => tx.run(PICK_SUBJECTS))).records[0];
    const params = { id: String(row?.get('person')), to: String(row?.get('farPerson')) };
    process.stdout.write(
      `| query (${size} articles) | db hits as in src/graph | db hits with typed relationships | same rows |\n|---|---|---|---|\n`,
    );
    for (const [name, before, after] of PAIRS) {
      const a = await db.graph.executor.read((tx) => tx.run('PROFILE ' + before, params));
      const b = await db.graph.executor.read((tx) => tx.run('PROFILE ' + after, params));
      const same =
        JSON.stringify(a.records.map((r) => r.toObject())) === JSON.stringify(b.records.map((r) => r.toObject()));
      const planA = a.summary.profile as unknown as PlanNode;
      const planB = b.summary.profile as unknown as PlanNode;
      process.stdout.write(`| ${name} | ${hits(planA)} | ${hits(planB)} | ${same ? 'yes' : 'no'} |\n`);
    }
  } finally {
    await db.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`profile failed: ${String(error)}\n`);
  process.exit(1);
});
