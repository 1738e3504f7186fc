import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

/**
 * The dates news gives, as precisely as the text says: a day (`2024-05-16`), a
 * month (`2023-03`), a year (`2024`), a day without its year (`--06-14`:
 * "on June 14") or an interval of two of these (`2024/2025`, ISO 8601's
 * solidus). Strings compare in date order, which the graph's range filters use.
 */
const YEAR = /^\d{4}$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY_WITHOUT_YEAR = /^--(\d{2})-(\d{2})$/;

/** Days in each month of a leap year: `--02-29` is a day some year has. */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isMonth(month: string): boolean {
  const value = Number(month);
  return value >= 1 && value <= 12;
}

/** A full day, validated by graphql-scalars' LocalDate (it knows that 2023-02-29 does not exist). */
function isFullDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  try {
    GraphQLLocalDate.parseValue(value);
    return true;
  } catch {
    return false;
  }
}

function isPoint(value: string): boolean {
  if (YEAR.test(value) || isFullDate(value)) return true;
  const month = MONTH.exec(value);
  if (month !== null) return isMonth(month[2] ?? '');
  const day = DAY_WITHOUT_YEAR.exec(value);
  if (day !== null) {
    const monthIndex = Number(day[1]) - 1;
    const dayOfMonth = Number(day[2]);
    return isMonth(day[1] ?? '') && dayOfMonth >= 1 && dayOfMonth <= (DAYS_IN_MONTH[monthIndex] ?? 0);
  }
  return false;
}

/** True for every form NewsDate accepts. */
export function isNewsDate(value: string): boolean {
  const parts = value.split('/');
  if (parts.length === 1) return isPoint(value);
  const [start, end] = parts;
  return (
    parts.length === 2 &&
    start !== undefined &&
    end !== undefined &&
    isPoint(start) &&
    isPoint(end) &&
    !start.startsWith('--') &&
    !end.startsWith('--') &&
    start <= end
  );
}

/** A value in an error message: a string quoted and cut short, anything else by its type. */
function shown(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : `a ${typeof value}`;
}

const EXPECTED = 'a date such as 2024-05-16, 2023-03, 2024, --06-14 (day without year) or 2024/2025 (interval)';

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isNewsDate(value)) {
    throw new GraphQLError(`${shown(value)} is not ${EXPECTED}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/**
 * A stored date as served. Dates are written by extraction and by ingest; a
 * publication timestamp (`2024-05-16T19:37:00Z`, which ingest accepts) is
 * served as its day. A stored value that is no date at all is a field error
 * (logged as internal), never passed on unchecked.
 */
function serialize(stored: unknown): string {
  if (typeof stored === 'string') {
    if (isNewsDate(stored)) return stored;
    const day = stored.slice(0, 10);
    if (/^\d{4}-\d{2}-\d{2}T/.test(stored) && isFullDate(day)) return day;
  }
  throw new TypeError(`a stored date is not a NewsDate: ${shown(stored)}`);
}

export const NewsDateScalar = new GraphQLScalarType<string, string>({
  name: 'NewsDate',
  description:
    'A date as precisely as the news gives it (ISO 8601 forms): a day `2024-05-16`, a month `2023-03`, a year `2024`, ' +
    'a day without its year `--06-14`, or an interval `2024/2025` of two of these. ' +
    'Anything else given as a NewsDate is refused with BAD_USER_INPUT.',
  specifiedByURL: 'https://www.iso.org/iso-8601-date-and-time-format.html',
  serialize,
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError(`a NewsDate is a string: ${EXPECTED}`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parse(ast.value);
  },
});

/**
 * The range a pair of NewsDate bounds stands for, as strings the graph compares
 * with stored dates: an interval bound counts from its start (`from`) or to its
 * end (`to`); a bound must carry a year.
 */
export function dateRange(
  from: string | null | undefined,
  to: string | null | undefined,
): { from: string | null; to: string | null } {
  const lower = from == null ? null : (from.split('/')[0] ?? from);
  const upper = to == null ? null : (to.split('/').at(-1) ?? to);
  for (const [argument, bound] of [
    ['from', lower],
    ['to', upper],
  ] as const) {
    if (bound?.startsWith('--') === true) {
      throw new GraphQLError(`${argument} needs a year: ${bound} could be any year`, {
        extensions: { code: 'BAD_USER_INPUT', argument },
      });
    }
  }
  // `to` covers all of its last day, month or year: 2024-05 ends after 2024-05-31.
  if (lower !== null && upper !== null && lower > upper + '~') {
    throw new GraphQLError(`from (${lower}) is after to (${upper})`, {
      extensions: { code: 'BAD_USER_INPUT', argument: 'from' },
    });
  }
  return { from: lower, to: upper };
}
