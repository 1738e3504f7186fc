/**
 * Date expressions in news text, resolved against the article's published date. Without a published date,
 * a date whose year the text does not give stays partial (`--06-14`, `--03`); a year is never invented.
 */

export interface DateMention {
  start: number;
  end: number;
  /** ISO date `2024-05-16`, month `2024-05`, year `2024`, or partial `--05-16` / `--05`. */
  value: string;
  /** true when the text says which day it is. */
  hasDay: boolean;
}

const MONTH_NAMES = [
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
];
const MONTH_INDEX = new Map<string, number>();
MONTH_NAMES.forEach((m, i) => {
  MONTH_INDEX.set(m, i + 1);
  MONTH_INDEX.set(m.slice(0, 3), i + 1);
});
MONTH_INDEX.set('sept', 9);
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTH_RE_SRC =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';

const pad = (n: number): string => String(n).padStart(2, '0');

interface Ref {
  y: number;
  m: number;
  d: number;
}

export function parseRef(published: string | undefined): Ref | undefined {
  if (!published) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!m) return undefined;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

function addDays(ref: Ref, days: number): string {
  const t = new Date(Date.UTC(ref.y, ref.m - 1, ref.d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

function monthOf(s: string): number | undefined {
  return MONTH_INDEX.get(s.toLowerCase().replace(/\.$/, ''));
}

/** A month named without a year: the latest such month not after the reference (news reports the past). */
function monthYear(month: number, ref: Ref | undefined, day?: number): number | undefined {
  if (!ref) return undefined;
  if (month < ref.m || (month === ref.m && (day === undefined || day <= ref.d + 7))) return ref.y;
  // A month a little ahead (scheduled events) stays in this year; far ahead means last year.
  return month - ref.m <= 2 ? ref.y : ref.y - 1;
}

interface Rule {
  re: RegExp;
  fn: (m: RegExpExecArray, ref: Ref | undefined) => { value: string; hasDay: boolean } | undefined;
}

const RULES: Rule[] = [
  {
    re: /\bthis year and (?:the )?next\b/gi,
    fn: (_m, ref) => (ref ? { value: `${ref.y}/${ref.y + 1}`, hasDay: false } : undefined),
  },
  {
    // May 16, 2024 / June 14th / May 16
    re: new RegExp(`\\b${MONTH_RE_SRC}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'g'),
    fn: (m, ref) => {
      const mon = monthOf(m[1] ?? '');
      const day = Number(m[2]);
      if (!mon || day < 1 || day > 31) return undefined;
      if (m[3]) return { value: `${m[3]}-${pad(mon)}-${pad(day)}`, hasDay: true };
      const y = monthYear(mon, ref, day);
      return { value: y ? `${y}-${pad(mon)}-${pad(day)}` : `--${pad(mon)}-${pad(day)}`, hasDay: true };
    },
  },
  {
    // 11 March 2021 / 5 December
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE_SRC}\\b(?:,?\\s+(\\d{4})\\b)?`, 'g'),
    fn: (m, ref) => {
      const mon = monthOf(m[2] ?? '');
      const day = Number(m[1]);
      if (!mon || day < 1 || day > 31) return undefined;
      if (m[3]) return { value: `${m[3]}-${pad(mon)}-${pad(day)}`, hasDay: true };
      const y = monthYear(mon, ref, day);
      return { value: y ? `${y}-${pad(mon)}-${pad(day)}` : `--${pad(mon)}-${pad(day)}`, hasDay: true };
    },
  },
  {
    // March last year / September this year
    re: new RegExp(`\\b${MONTH_RE_SRC}\\s+(last|this|next)\\s+year\\b`, 'gi'),
    fn: (m, ref) => {
      const mon = monthOf(m[1] ?? '');
      if (!mon || !ref) return undefined;
      const rel = (m[2] ?? '').toLowerCase();
      const y = rel === 'last' ? ref.y - 1 : rel === 'next' ? ref.y + 1 : ref.y;
      return { value: `${y}-${pad(mon)}`, hasDay: false };
    },
  },
  {
    // last September
    re: new RegExp(`\\b(last|this|next)\\s+${MONTH_RE_SRC}\\b`, 'gi'),
    fn: (m, ref) => {
      const mon = monthOf(m[2] ?? '');
      if (!mon || !ref) return undefined;
      const rel = (m[1] ?? '').toLowerCase();
      let y = ref.y;
      if (rel === 'last') y = mon < ref.m ? ref.y : ref.y - 1;
      if (rel === 'next') y = mon > ref.m ? ref.y : ref.y + 1;
      return { value: `${y}-${pad(mon)}`, hasDay: false };
    },
  },
  {
    // June 2001
    re: new RegExp(`\\b${MONTH_RE_SRC}\\s+(\\d{4})\\b`, 'g'),
    fn: (m) => {
      const mon = monthOf(m[1] ?? '');
      return mon ? { value: `${m[2]}-${pad(mon)}`, hasDay: false } : undefined;
    },
  },
  {
    // in March
    re: new RegExp(`\\b(?:in|since|until|by|during|from|early|late|mid-?)\\s+${MONTH_RE_SRC}\\b`, 'g'),
    fn: (m, ref) => {
      const mon = monthOf(m[1] ?? '');
      if (!mon) return undefined;
      const y = monthYear(mon, ref);
      return { value: y ? `${y}-${pad(mon)}` : `--${pad(mon)}`, hasDay: false };
    },
  },
  {
    re: /\b(last|this|next|on)?\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?\b/gi,
    fn: (m, ref) => {
      if (!ref) return undefined;
      const want = WEEKDAYS.indexOf((m[2] ?? '').toLowerCase());
      const cur = new Date(Date.UTC(ref.y, ref.m - 1, ref.d)).getUTCDay();
      const rel = (m[1] ?? '').toLowerCase();
      let diff = want - cur;
      if (rel === 'last') {
        if (diff >= 0) diff -= 7;
      } else if (rel === 'next') {
        if (diff <= 0) diff += 7;
      } else {
        // The closest such day, preferring the past (news reports what happened).
        if (diff > 3) diff -= 7;
        if (diff < -4) diff += 7;
      }
      return { value: addDays(ref, diff), hasDay: true };
    },
  },
  {
    re: /\b(today|this morning|this afternoon|this evening|tonight|yesterday|the previous night|last night|tomorrow)\b/gi,
    fn: (m, ref) => {
      if (!ref) return undefined;
      const w = (m[1] ?? '').toLowerCase();
      const diff =
        w === 'yesterday' || w === 'the previous night' || w === 'last night' ? -1 : w === 'tomorrow' ? 1 : 0;
      return { value: addDays(ref, diff), hasDay: true };
    },
  },
  {
    re: /\b(last|this|next)\s+(year|month)\b/gi,
    fn: (m, ref) => {
      if (!ref) return undefined;
      const rel = (m[1] ?? '').toLowerCase();
      const delta = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
      if ((m[2] ?? '').toLowerCase() === 'year') return { value: String(ref.y + delta), hasDay: false };
      let y = ref.y;
      let mon = ref.m + delta;
      if (mon < 1) {
        mon = 12;
        y--;
      } else if (mon > 12) {
        mon = 1;
        y++;
      }
      return { value: `${y}-${pad(mon)}`, hasDay: false };
    },
  },
  {
    re: /\b(?:in|since|of|year)\s+((?:19|20)\d{2})\b(?!\s*(?:-|–)\s*\d)/g,
    fn: (m) => ({ value: m[1] ?? '', hasDay: false }),
  },
];

const DATE_HINT =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|today|tonight|yesterday|tomorrow|last|this|next|previous|(?:19|20)\d\d)/i;

/** Every date expression in `text`, earliest first; overlapping matches keep the first rule's. */
export function findDates(text: string, published?: string): DateMention[] {
  if (!DATE_HINT.test(text)) return [];
  const ref = parseRef(published);
  const found: DateMention[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(text)) !== null) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const r = rule.fn(m, ref);
      if (r) found.push({ start, end, value: r.value, hasDay: r.hasDay });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The first date expression in `text`, resolved, or undefined. */
export function normalizeDate(text: string, published?: string): string | undefined {
  return findDates(text, published)[0]?.value;
}
