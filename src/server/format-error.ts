import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import {
  GraphAuthError,
  GraphError,
  GraphInputError,
  GraphNotFoundError,
  GraphTimeoutError,
  GraphUnavailableError,
} from '../graph/errors';
import { AnnotationUnavailableError } from '../nlp';

/** The client-visible code and message for each graph error; anything else is internal. */
function fromGraphError(error: GraphError): { code: string; message: string } {
  if (error instanceof GraphUnavailableError) {
    return { code: 'SERVICE_UNAVAILABLE', message: 'The graph database is unavailable; try again shortly.' };
  }
  if (error instanceof GraphTimeoutError) {
    return { code: 'QUERY_TIMEOUT', message: 'The query took too long and was cancelled; ask for less.' };
  }
  if (error instanceof GraphNotFoundError) return { code: 'NOT_FOUND', message: error.message };
  if (error instanceof GraphInputError) return { code: 'BAD_USER_INPUT', message: error.message };
  if (error instanceof GraphAuthError) {
    return { code: 'SERVICE_UNAVAILABLE', message: 'The graph database is unavailable; try again shortly.' };
  }
  return { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error.' };
}

/**
 * True when a scalar refused a value written in the query itself (a NewsDate
 * that is no date): graphql-js reports that during validation, wrapping the
 * scalar's own BAD_USER_INPUT error.
 */
function refusedByScalar(error: unknown): boolean {
  let cause: unknown = error;
  while (cause instanceof GraphQLError) {
    if (cause.extensions['code'] === 'BAD_USER_INPUT') return true;
    cause = cause.originalError;
  }
  return false;
}

/**
 * Apollo's formatError hook: the last place an error passes before a client
 * sees it. Errors we raised on purpose (GraphQLError with a code, validation)
 * pass through; graph errors become typed errors; anything else is reported
 * to the log and answered with a bare INTERNAL_SERVER_ERROR, so no internal
 * message, Cypher or stack trace leaks.
 */
export function createFormatError(log: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    // Apollo files every validation error under GRAPHQL_VALIDATION_FAILED; a
    // limit refusal keeps its own code, the limit and its value.
    if (formatted.extensions?.['limit'] !== undefined) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
      return { ...formatted, extensions: { ...extensions, code: 'QUERY_TOO_COMPLEX' } };
    }
    if (formatted.extensions?.['code'] === 'GRAPHQL_VALIDATION_FAILED' && refusedByScalar(error)) {
      return { ...formatted, extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (original instanceof ArgumentValidationError) {
      return {
        message:
          'Argument validation failed: ' +
          original.extensions.validationErrors.map((e) => Object.values(e.constraints ?? {}).join(', ')).join('; '),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT' },
      };
    }
    if (original instanceof GraphError) {
      const { code, message } = fromGraphError(original);
      if (code === 'INTERNAL_SERVER_ERROR' || original instanceof GraphAuthError) log(original);
      return { message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    if (original instanceof AnnotationUnavailableError) {
      log(original);
      return {
        message: 'The language analysis service is unavailable; try again shortly.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    if (original instanceof GraphQLError || formatted.extensions?.['code'] !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    log(original);
    return {
      message: 'Internal server error.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
