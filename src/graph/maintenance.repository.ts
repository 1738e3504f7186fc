import type { GraphExecutor } from './executor';

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
    if ((result.records[0]?.get('deleted') as number) === 0) return;
  }
}
