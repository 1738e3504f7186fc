import { Neo4jError } from 'neo4j-driver';

/**
 * The errors the graph layer raises. Everything the driver throws is mapped to
 * one of these in one place (`toGraphError`), so callers never inspect driver
 * codes and the API can turn each into a typed client error.
 */
export class GraphError extends Error {
  override name = 'GraphError';
}

/** Neo4j cannot be reached (stopped, restarting, network gone). Retry later. */
export class GraphUnavailableError extends GraphError {
  override name = 'GraphUnavailableError';
}

/** Neo4j refused the credentials. */
export class GraphAuthError extends GraphError {
  override name = 'GraphAuthError';
}

/** A transaction ran past its time limit and was cancelled. */
export class GraphTimeoutError extends GraphError {
  override name = 'GraphTimeoutError';
}

/** The caller named something that does not exist or asked for something invalid. */
export class GraphNotFoundError extends GraphError {
  override name = 'GraphNotFoundError';
}

export class GraphInputError extends GraphError {
  override name = 'GraphInputError';
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

export function toGraphError(error: unknown): Error {
  if (error instanceof GraphError) return error;
  if (error instanceof Neo4jError) {
    const code = error.code;
    if (UNAVAILABLE_CODES.has(code) || code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
      return new GraphUnavailableError('Neo4j is not reachable', { cause: error });
    }
    if (code.startsWith('Neo.ClientError.Security.')) {
      return new GraphAuthError('Neo4j refused the credentials (check NEO4J_USERNAME and NEO4J_PASSWORD)', {
        cause: error,
      });
    }
    if (code.includes('TransactionTimedOut') || code.includes('Transaction.Terminated')) {
      return new GraphTimeoutError('the database query ran out of time and was cancelled', { cause: error });
    }
    return new GraphError(`Neo4j failed: ${code}`, { cause: error });
  }
  if (error instanceof Error && 'code' in error && (error as { code: unknown }).code === 'ECONNREFUSED') {
    return new GraphUnavailableError('Neo4j is not reachable', { cause: error });
  }
  return error instanceof Error ? error : new GraphError(String(error));
}
