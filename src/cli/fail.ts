import { ConfigError } from '../config';
import { GraphError } from '../graph/errors';
import { LocalNeo4jError } from '../graph/local-neo4j';
import { AnnotationUnavailableError } from '../nlp';
import { LocalCoreNlpError } from '../nlp/local-corenlp';
import { WikipediaIndexError } from '../wikipedia';

/** An error whose message is already the one sentence a person should read. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const EXPECTED = [
  UsageError,
  ConfigError,
  GraphError,
  LocalNeo4jError,
  LocalCoreNlpError,
  AnnotationUnavailableError,
  WikipediaIndexError,
];

/**
 * The sentence to print for a failed command. Errors we raise on purpose carry
 * their own sentence; anything else is unexpected and keeps its stack for a bug report.
 */
export function describeFailure(error: unknown): string {
  if (EXPECTED.some((kind) => error instanceof kind)) return `error: ${(error as Error).message}`;
  if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    return `error: the HTTP port is already in use (${error.message}): stop what listens there or set PORT to a free port.`;
  }
  return `error: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}
