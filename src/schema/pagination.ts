import { GraphQLError } from 'graphql';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Where a page sits in a list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of this page: pass it as `after`.' })
  endCursor!: string | null;
}

/** The largest page a client may ask for. */
export const MAX_PAGE_SIZE = 100;

/** Checks a `first` argument: a clear BAD_USER_INPUT error outside 1..MAX_PAGE_SIZE. */
export function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new GraphQLError(`first must be between 1 and ${MAX_PAGE_SIZE}, not ${first}`, {
      extensions: { code: 'BAD_USER_INPUT', argument: 'first', max: MAX_PAGE_SIZE },
    });
  }
  return first;
}

/** Cursors are opaque to clients: base64url of the JSON position. */
export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

export function decodeCursor<T>(cursor: string, isPosition: (value: unknown) => value is T): T {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (!isPosition(value)) {
    throw new GraphQLError('after is not a cursor this API gave out', {
      extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
    });
  }
  return value;
}

/** Splits the `first + 1` rows a repository returns into a page and whether more follow. */
export function toPage<T>(rows: T[], first: number): { items: T[]; hasNextPage: boolean } {
  return { items: rows.slice(0, first), hasNextPage: rows.length > first };
}
