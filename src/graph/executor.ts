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
  /** Transactions run so far: what "no N+1" tests count. */
  readonly transactions = { read: 0, write: 0 };

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

  /**
   * True when Neo4j answers a trivial query within `timeoutMs`. Deliberately
   * not retried (unlike `read`): a health check must answer fast.
   */
  async isReachable(timeoutMs = 2000): Promise<boolean> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      await session.run('RETURN 1', {}, { timeout: timeoutMs });
      return true;
    } catch {
      return false;
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  private async run<T>(mode: 'READ' | 'WRITE', work: TransactionWork<T>): Promise<T> {
    let session: Session | undefined;
    this.transactions[mode === 'READ' ? 'read' : 'write'] += 1;
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
