import {
  int,
  isRetryableError,
  type Driver,
  type Integer,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
} from 'neo4j-driver';
import { setTimeout as sleep } from 'node:timers/promises';
import { toGraphError } from './errors';

export type TransactionWork<T> = (tx: ManagedTransaction) => Promise<T>;

/** What a read may do: run statements (each its own auto-commit transaction, see `read`). */
export interface StatementRunner {
  run<R extends RecordShape = RecordShape>(text: string, parameters?: Record<string, unknown>): Promise<QueryResult<R>>;
}

export type ReadWork<T> = (runner: StatementRunner) => Promise<T>;

/**
 * Runs `start` with stack traces switched off. The driver records the call
 * site of every statement it starts (`new Error().stack`, formatted at once)
 * to put it on an error the statement may later fail with: measured, about
 * 0.1 ms of CPU per statement, a tenth of a small request's whole API cost.
 * Our callers never see that stack: a driver error leaves `read` mapped to a
 * `GraphError` with its own, and only the message and code reach a client.
 */
function withoutCallSite<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Attempts of a read that keeps failing with a transient error (a leader switch, a deadlock, a restart). */
const READ_ATTEMPTS = 3;

/**
 * The one door to Neo4j. Reads run in READ sessions (in a cluster they go to
 * followers) and writes in managed write transactions; transient failures are
 * retried; every transaction carries a timeout; sessions are closed in
 * `finally`; and every driver error leaves here mapped to a `GraphError`.
 */
export class GraphExecutor {
  /** Transactions run so far: what "no N+1" tests count. */
  readonly transactions = { read: 0, write: 0 };

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly timeoutMs: number,
  ) {}

  /**
   * Runs read statements as auto-commit transactions: one request/response
   * with Neo4j per statement, where a managed transaction adds a BEGIN and a
   * COMMIT round to each (measured: about half the server CPU of a one-row
   * read). A read has nothing to roll back, so what the driver's managed
   * transactions would add is the retry on transient errors, done here.
   */
  async read<T>(work: ReadWork<T>): Promise<T> {
    this.transactions.read += 1;
    for (let attempt = 1; ; attempt++) {
      const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
      const runner: StatementRunner = {
        run: (text, parameters) => withoutCallSite(() => session.run(text, parameters, { timeout: this.timeoutMs })),
      };
      try {
        return await work(runner);
      } catch (error) {
        if (attempt >= READ_ATTEMPTS || !isRetryableError(error)) throw toGraphError(error);
        await sleep(100 * attempt);
      } finally {
        await session.close().catch(() => undefined);
      }
    }
  }

  /** Runs `work` in one managed write transaction: all of it commits, or none (retried on transient errors). */
  async write<T>(work: TransactionWork<T>): Promise<T> {
    this.transactions.write += 1;
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      return await session.executeWrite(work, { timeout: this.timeoutMs });
    } catch (error) {
      throw toGraphError(error);
    } finally {
      await session.close().catch(() => undefined);
    }
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
}

/**
 * A count for LIMIT and friends: JavaScript numbers travel as floats, which
 * Cypher refuses there.
 */
export function count(value: number): Integer {
  return int(value);
}
