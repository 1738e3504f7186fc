import { int, type Driver, type Integer, type ManagedTransaction, type Session } from 'neo4j-driver';
import { toGraphError } from './errors';

export type TransactionWork<T> = (tx: ManagedTransaction) => Promise<T>;

/**
 * The one door to Neo4j. Reads run with `executeRead` and writes with
 * `executeWrite`, so that in a cluster reads go to followers and transient
 * failures are retried by the driver; every transaction carries a timeout;
 * sessions are closed in `finally`; and every driver error leaves here mapped
 * to a `GraphError`.
 */
export class GraphExecutor {
  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly timeoutMs: number,
  ) {}

  read<T>(work: TransactionWork<T>): Promise<T> {
    return this.run('READ', work);
  }

  write<T>(work: TransactionWork<T>): Promise<T> {
    return this.run('WRITE', work);
  }

  /** True when Neo4j answers a trivial query now. */
  async isReachable(): Promise<boolean> {
    try {
      await this.read((tx) => tx.run('RETURN 1'));
      return true;
    } catch {
      return false;
    }
  }

  private async run<T>(mode: 'READ' | 'WRITE', work: TransactionWork<T>): Promise<T> {
    let session: Session | undefined;
    try {
      session = this.driver.session({ database: this.database, defaultAccessMode: mode });
      const config = { timeout: this.timeoutMs };
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (error) {
      throw toGraphError(error);
    } finally {
      await session?.close().catch(() => undefined);
    }
  }
}

/**
 * A count for LIMIT and friends: JavaScript numbers travel as floats, which
 * Cypher refuses there.
 */
export function count(value: number): Integer {
  return int(value);
}
