/**
 * Date expressions in news text, resolved against the article's own date. chrono-node finds the expressions and
 * does the calendar arithmetic; this module decides what each one means for a news report: which year a date
 * without one belongs to, which day a weekday is, how precise the result is. Without a year from the article,
 * a date whose year the text does not give stays partial (`--06-14`, `--03`); a year is never invented.
 */
import * as chrono from 'chrono-node';

export interface DateMention {
  start: number;
  end: number;
  /** ISO date `2024-05-16`, month `2024-05`, year `2024`, interval `2024/2025`, or partial `--05-16` / `--05`. */
  value: string;
  /** true when the text says which day it is. */
  hasDay: boolean;
  /** The weekday the text names next to the date ("Friday (4 April)"), 0 = Sunday. */
  weekday?: number;
}

/** What relative dates are resolved against. */
export interface DateReference {
  /** The article's own day: its published date, else its dateline's; `2024-05-16`, or `--06-09` without a year. */
  today?: string;
  /** A day whose weekday the text states ("Friday, 19 January"): places weekdays when `today` cannot. */
  weekAnchor?: { date: string; weekday: number };
}

/** A day; `y` is undefined when the year is unknown. */
interface Day {
  y: number | undefined;
  m: number;
  d: number;
}

/**
 * Calendar arithmetic on a day of unknown year runs in this non-leap year, and the year is dropped again from the
 * result: "the day before 1 March" is then 28 February, the usual case.
 */
const STAND_IN_YEAR = 2001;
/**
 * Published dates are often a day or two off the story (time zones, the date a site posted it), so a year-less
 * date up to this many days after publication is still read as this year's ("On 6 October … met" posted 5 October).
 */
const TOLERANCE_DAYS = 7;
const DAY_MS = 86_400_000;

const pad = (n: number): string => String(n).padStart(2, '0');
const utc = (day: Day): number => Date.UTC(day.y ?? STAND_IN_YEAR, day.m - 1, day.d);
const formatDay = (day: Day): string => `${day.y === undefined ? '-' : String(day.y)}-${pad(day.m)}-${pad(day.d)}`;
const formatMonth = (y: number | undefined, m: number): string => `${y === undefined ? '-' : String(y)}-${pad(m)}`;

function shift(day: Day, days: number): Day {
  const t = new Date(utc(day) + days * DAY_MS);
  return { y: day.y === undefined ? undefined : t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function parseDay(iso: string | undefined): Day | undefined {
  const m = iso ? /^(\d{4}|-)-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return undefined;
  return { y: m[1] === '-' ? undefined : Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

/** Month names as news writes them, capitalised: a lower-case "may" is the verb. */
const MONTH_NAME_RE =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;
const MONTH_NAMES_SRC =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const MONTH_NUMBER = new Map<string, number>(
  [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ].flatMap((name, i): [string, number][] => [
    [name, i + 1],
    [name.slice(0, 3), i + 1],
  ]),
);
MONTH_NUMBER.set('sept', 9);
const WEEKDAY_RE = /\b(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b/i;

/** Words that, shortly before a date, say it is still to come: a year-less date then is the next such date, not the last. */
const UPCOMING_RE =
  /\b(?:will|shall|to be held|(?:set|due|expected|scheduled|planned) (?:to|for)|scheduled|upcoming|forthcoming|plans? to)\b/i;

/** A month named alone is a date only after a word that introduces one: "June Lee" and "Theresa May" are names. */
const MONTH_ALONE_BEFORE_RE = /\b(?:in|since|until|till|by|during|from|early|late|mid-?|last|this|next|of|to|and)\s*$/i;

/**
 * Relative expressions chrono reads that news uses for a day, month or year before or after the article's day.
 * Anything else chrono finds relative to the reference ("now", "in 10 days", "the next day", "within a year") is
 * left out: in narration those count from some other event, or are no date at all.
 */
const RELATIVE_DAY_RE = /^(?:today|tonight|yesterday|tomorrow|(?:\w+|a few) (?:days?|weeks?) ago)$/i;
const RELATIVE_MONTH_RE = /^(?:(?:last|this|next|past) month|(?:\w+|a few) months? ago)$/i;
const RELATIVE_YEAR_RE = /^(?:(?:last|this|next|past) year|(?:\w+|a few) years? ago)$/i;

/**
 * Every chrono reading kept below needs one of these or a month name; chrono costs about 0.25 ms a sentence, so a sentence
 * without any skips it.
 */
const CHRONO_HINT_RE =
  /\b(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur|to|yester)day|tonight|tomorrow|ago|(?:last|this|next|past) (?:month|year))\b|\d{4}-\d\d-\d\d/i;

/** Time-of-day words, blanked before chrono reads the text: it lets them swallow the date ("the morning of May 16"). */
const TIME_OF_DAY_RE = /\b(?:morning|afternoon|evening|night|noon|midnight)\b/gi;

interface Found {
  start: number;
  end: number;
  value: string;
  hasDay: boolean;
  weekday?: number;
}

/** The reference the sentence is read against, with the day weekdays are counted from. */
interface Resolver {
  today: Day | undefined;
  anchor: { day: Day; weekday: number } | undefined;
}

function resolverFor(reference: string | DateReference | undefined): Resolver {
  const ref: DateReference = typeof reference === 'string' ? { today: reference } : (reference ?? {});
  const today = parseDay(ref.today);
  const anchorDay = parseDay(ref.weekAnchor?.date);
  const anchor =
    today?.y !== undefined
      ? { day: today, weekday: new Date(utc(today)).getUTCDay() }
      : anchorDay && ref.weekAnchor
        ? { day: anchorDay, weekday: ref.weekAnchor.weekday }
        : undefined;
  return { today, anchor };
}

/**
 * The year of a month (and day) named without one: the latest such date not after the article's day, since news
 * reports what happened; the next one when the sentence speaks of something to come.
 */
function yearOf(r: Resolver, m: number, d: number | undefined, upcoming: boolean): number | undefined {
  const today = r.today;
  if (today?.y === undefined) return undefined;
  if (d === undefined) {
    if (upcoming) return m < today.m ? today.y + 1 : today.y;
    return m > today.m ? today.y - 1 : today.y;
  }
  const ahead = (utc({ y: today.y, m, d }) - utc(today)) / DAY_MS;
  if (upcoming) return ahead < -TOLERANCE_DAYS ? today.y + 1 : today.y;
  return ahead > TOLERANCE_DAYS ? today.y - 1 : today.y;
}

/** A weekday: the closest such day to the anchor, the past preferred; "last"/"next" step to the week before/after. */
function weekdayDate(r: Resolver, weekday: number, modifier: string | undefined): string | undefined {
  if (!r.anchor) return undefined;
  let diff = weekday - r.anchor.weekday;
  if (modifier === 'last') {
    if (diff >= 0) diff -= 7;
  } else if (modifier === 'next') {
    if (diff <= 0) diff += 7;
  } else {
    if (diff > 3) diff -= 7;
    if (diff < -4) diff += 7;
  }
  return formatDay(shift(r.anchor.day, diff));
}

/**
 * What chrono cannot express, read first: intervals, a month in a relative year, a week as the month it fell in,
 * times of day that chrono reads as times only, and bare years (chrono reads a year only next to a month).
 */
interface ExplicitRule {
  re: RegExp;
  resolve: (m: RegExpExecArray, r: Resolver) => Omit<Found, 'start' | 'end'> | undefined;
}

const EXPLICIT_RULES: ExplicitRule[] = [
  {
    // An interval of years: ISO 8601 writes it `2024/2025`.
    re: /\bthis year and (?:the )?next\b/gi,
    resolve: (_m, r) =>
      r.today?.y === undefined ? undefined : { value: `${String(r.today.y)}/${String(r.today.y + 1)}`, hasDay: false },
  },
  {
    // "March last year": chrono reads "March" (this year) and "last year" apart.
    re: new RegExp(`\\b${MONTH_NAMES_SRC}\\s+(last|this|next)\\s+year\\b`, 'g'),
    resolve: (m, r) => {
      const month = MONTH_NUMBER.get((m[1] ?? '').toLowerCase().replace(/\.$/, ''));
      if (month === undefined || r.today?.y === undefined) return undefined;
      const rel = (m[2] ?? '').toLowerCase();
      return { value: formatMonth(r.today.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0), month), hasDay: false };
    },
  },
  {
    // A week gives no day: news that says "last week" dates the event to the month that week fell in.
    re: /\b(last|this|next|past) week\b/gi,
    resolve: (m, r) => {
      if (!r.today) return undefined;
      const rel = (m[1] ?? '').toLowerCase();
      const day = shift(r.today, rel === 'next' ? 7 : rel === 'this' ? 0 : -7);
      return { value: formatMonth(day.y, day.m), hasDay: false };
    },
  },
  {
    re: /\b(?:(this (?:morning|afternoon|evening))|((?:last|the previous) night))\b/gi,
    resolve: (m, r) => (r.today ? { value: formatDay(shift(r.today, m[1] ? 0 : -1)), hasDay: true } : undefined),
  },
  {
    // A year on its own after a preposition; "2000-2001" is a span the sentence qualifies, not a date.
    re: /\b(?:in|since|of|year|during)\s+((?:19|20)\d{2})\b(?!\s*[-–]\s*\d)/g,
    resolve: (m) => ({ value: m[1] ?? '', hasDay: false }),
  },
];

function explicitDates(text: string, r: Resolver): Found[] {
  const found: Found[] = [];
  for (const rule of EXPLICIT_RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m !== null; m = rule.re.exec(text)) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const resolved = rule.resolve(m, r);
      if (resolved) found.push({ start, end, ...resolved });
    }
  }
  return found;
}

/** One chrono result, read as news means it; undefined for what is no date of the story. */
function readResult(res: chrono.ParsedResult, text: string, r: Resolver): Omit<Found, 'start' | 'end'> | undefined {
  const c = res.start;
  const surface = res.text.trim();
  const bare = surface.replace(/^(?:on|in|the)\s+/i, '');
  const weekday = c.isCertain('weekday') ? (c.get('weekday') ?? undefined) : undefined;
  const month = c.get('month') ?? 0;
  const day = c.get('day') ?? 0;
  // Only a marker in the same stretch before the date counts: "signed in January, will help …" is past.
  const upcoming = UPCOMING_RE.test(
    text
      .slice(Math.max(0, res.index - 60), res.index)
      .split(/[,;]/)
      .pop() ?? '',
  );

  if (MONTH_NAME_RE.test(surface)) {
    const stated = /\b(\d{4})\b/.exec(surface);
    const statedYear = stated ? Number(stated[1]) : undefined;
    const withWeekday = weekday === undefined ? {} : { weekday };
    // chrono reads "the end of March" as the 31st; the text gives no day.
    if (c.isCertain('day') && !/\b(?:end|beginning|start|middle) of\b/i.test(surface)) {
      const y = statedYear ?? yearOf(r, month, day, upcoming);
      return { value: formatDay({ y, m: month, d: day }), hasDay: true, ...withWeekday };
    }
    if (statedYear !== undefined) return { value: formatMonth(statedYear, month), hasDay: false };
    // "last September", "next March": chrono leaves the modifier out of the match.
    const modifier = /\b(last|this|next)\s+$/i.exec(text.slice(Math.max(0, res.index - 6), res.index))?.[1];
    const today = r.today;
    if (modifier && today?.y !== undefined) {
      const rel = modifier.toLowerCase();
      let y = today.y;
      if (rel === 'last') y = month < today.m ? today.y : today.y - 1;
      if (rel === 'next') y = month > today.m ? today.y : today.y + 1;
      return { value: formatMonth(y, month), hasDay: false };
    }
    const before = text.slice(Math.max(0, res.index - 8), res.index) + surface.slice(0, surface.search(MONTH_NAME_RE));
    if (!MONTH_ALONE_BEFORE_RE.test(before)) return undefined;
    return { value: formatMonth(yearOf(r, month, undefined, upcoming), month), hasDay: false };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(surface))
    return { value: formatDay({ y: c.get('year') ?? undefined, m: month, d: day }), hasDay: true };
  if (weekday !== undefined && !c.isCertain('day')) {
    if (!WEEKDAY_RE.test(surface)) return undefined;
    const modifier = /^(last|next)\b/i.exec(bare)?.[1]?.toLowerCase();
    const value = weekdayDate(r, weekday, modifier);
    return value ? { value, hasDay: true } : undefined;
  }
  // Relative to the article's own day only: chrono computed them from it (year dropped again when unknown).
  const today = r.today;
  if (!today) return undefined;
  const y = today.y === undefined ? undefined : (c.get('year') ?? undefined);
  if (RELATIVE_DAY_RE.test(bare)) return { value: formatDay({ y, m: month, d: day }), hasDay: true };
  if (RELATIVE_MONTH_RE.test(bare)) return { value: formatMonth(y, month), hasDay: false };
  if (RELATIVE_YEAR_RE.test(bare) && y !== undefined) return { value: String(y), hasDay: false };
  return undefined;
}

/** Every date expression in `text`, earliest first, resolved against `reference` (the published date, or more). */
export function findDates(text: string, reference?: string | DateReference): DateMention[] {
  const r = resolverFor(reference);
  const found = explicitDates(text, r);
  if (!MONTH_NAME_RE.test(text) && !CHRONO_HINT_RE.test(text)) return found.sort((a, b) => a.start - b.start);
  const base = r.today ?? r.anchor?.day;
  const instant = new Date((base ? utc(base) : utc({ y: undefined, m: 1, d: 1 })) + DAY_MS / 2);
  const masked = text.replace(TIME_OF_DAY_RE, (w) => ' '.repeat(w.length));
  const results = chrono.casual.parse(masked, { instant, timezone: 0 }, { forwardDate: false });
  const pairedWeekday = new Map<chrono.ParsedResult, { start: number; weekday: number }>();
  const read: Found[] = [];
  for (const [i, res] of results.entries()) {
    const start = res.index;
    // chrono keeps the punctuation that closed the expression ("On Sunday,", "Friday (4 April").
    const end = res.index + res.text.replace(/[\s,.;:(]+$/, '').length;
    if (found.some((f) => start < f.end && end > f.start)) continue;
    // "Friday (4 April)", "Friday, 19 January": the weekday and the date are one mention, which names the weekday of that day.
    const next = results[i + 1];
    const weekday = weekdayIndex(res.text);
    if (
      next &&
      weekday !== undefined &&
      !res.start.isCertain('day') &&
      next.start.isCertain('day') &&
      /^[\s,(]*$/.test(text.slice(end, next.index))
    ) {
      pairedWeekday.set(next, { start, weekday });
      continue;
    }
    const paired = pairedWeekday.get(res);
    const value = readResult(res, text, r);
    if (value)
      read.push(paired ? { ...value, start: paired.start, end, weekday: paired.weekday } : { start, end, ...value });
  }
  return [...found, ...read].sort((a, b) => a.start - b.start);
}

function weekdayIndex(s: string): number | undefined {
  const name = WEEKDAY_RE.exec(s)?.[0].toLowerCase();
  const i = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].indexOf(name ?? '');
  return i < 0 ? undefined : i;
}

/** The first date expression in `text`, resolved, or undefined. */
export function normalizeDate(text: string, reference?: string | DateReference): string | undefined {
  return findDates(text, reference)[0]?.value;
}
