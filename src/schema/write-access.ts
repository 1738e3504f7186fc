import { GraphQLError } from 'graphql';
import { timingSafeEqual } from 'node:crypto';

/**
 * Who may write. Reads are open; every mutation needs the bearer token that
 * the server was configured with (`KG_WRITE_TOKEN`), or is refused outright
 * when writes are switched off.
 */
export type Writer = { kind: 'authorized' } | { kind: 'anonymous'; reason: string } | { kind: 'disabled' };

/** Compares in constant time, so response timing does not reveal how much of a token was right. */
function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The writer for a request's `Authorization` header. `token` null means writes are disabled. */
export function writerFor(authorization: string | undefined, token: string | null): Writer {
  if (token === null) return { kind: 'disabled' };
  if (authorization === undefined || authorization === '') {
    return { kind: 'anonymous', reason: 'this mutation needs an Authorization: Bearer <token> header' };
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (match?.[1] === undefined || !sameToken(match[1], token)) {
    return { kind: 'anonymous', reason: 'the bearer token is not valid' };
  }
  return { kind: 'authorized' };
}

/** Throws the typed error a refused write gets: UNAUTHENTICATED or FORBIDDEN. */
export function assertCanWrite(writer: Writer): void {
  if (writer.kind === 'authorized') return;
  if (writer.kind === 'disabled') {
    throw new GraphQLError('writes are disabled on this server (KG_WRITES=off)', {
      extensions: { code: 'FORBIDDEN' },
    });
  }
  throw new GraphQLError(writer.reason, { extensions: { code: 'UNAUTHENTICATED' } });
}
