/** Titles and leadership: LEADER_OF and AFFILIATED_WITH from titles written next to names. */
import { entityKey } from '../entities';
import {
  countryByIso,
  EMIRATES,
  HEAD_TITLE_SET,
  MONARCH_TITLE_RE,
  MONARCHIES,
  NO_PRIME_MINISTER,
  TITLES,
} from '../../reference/index';
import type { ArticleRule, RuleContext, SentenceRule } from './context';

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TITLE_ALT = [
  ...TITLES.map((t) => t.title),
  'leader',
  'head',
  'reporter',
  'correspondent',
  'journalist',
  'photographer',
  'editor',
]
  .sort((a, b) => b.length - a.length)
  .map(esc)
  .join('|');
/** "China's President X", "the UN Secretary-General X": the title between the body and the name. */
const PRE_TITLE_RE = new RegExp(`^\\s*(?:['’]s\\s+)?(?:the\\s+)?(?:(former|late|then)\\s+)?(${TITLE_ALT})\\s*$`, 'i');
/** "X, President of Y": the title between the name and the body. */
const POST_TITLE_RE = new RegExp(
  `^\\s*,?\\s*(?:the\\s+)?(?:(former|then)\\s+)?(${TITLE_ALT})\\s+(?:of|for)\\s+(?:the\\s+)?$`,
  'i',
);
/** "the President of Y, X": the title before the body. */
const TITLE_OF_BEFORE_RE = new RegExp(`(?:^|\\W)(?:the\\s+)?(${TITLE_ALT})\\s+of\\s+(?:the\\s+)?$`, 'i');
/** Head-of-state and head-of-government titles that, alone, stand for the article's main country. */
const BARE_HEAD_TITLE_RE = /^(?:president|prime minister|premier|king|queen|amir|emir|sultan|chancellor)$/i;

/** A title that makes its holder the leader of the body (not a deputy, not a member). */
export function isHead(title: string): boolean {
  const t = title.toLowerCase();
  if (HEAD_TITLE_SET.has(t) || t === 'leader' || t === 'head') return true;
  return (
    /\b(president|prime minister|premier|king|queen|amir|emir|sultan|chancellor|chair(man|person|woman)?|secretary[- ]general|general secretary)\b/.test(
      t,
    ) && !/\bvice\b|\bdeputy\b/.test(t)
  );
}

/** A title next to a person and a country or body: "Indian Prime Minister X", "X, Secretary-General of the UN". */
export const titlesNextToNames: SentenceRule = (ctx, { sentence: s, mentions: ms }) => {
  const { text, sink } = ctx;
  const rel0 = s.start;
  // "A, President of X" also reads a list ("Prime Minister of Y A, President of X B") one name off: a person the
  // parse already gave a leadership in this sentence takes none from the comma patterns.
  const ledHere = (key: string): boolean =>
    sink.has('LEADER_OF', (r) => r.from === key && r.evidence.sentenceIndex === s.index);
  for (const [i, p] of ms.entries()) {
    if (p.type !== 'Person') continue;
    const prev = ms[i - 1];
    const next = ms[i + 1];
    if (prev && (prev.type === 'Country' || prev.type === 'Organization')) {
      const gap = text.slice(prev.end, p.start);
      const mt = PRE_TITLE_RE.exec(gap);
      if (mt && mt[2]) {
        const title = mt[1] ? `${mt[1]} ${mt[2]}` : mt[2];
        if (isHead(mt[2])) sink.relate('LEADER_OF', p.key, prev.key, s, { title });
        else if (prev.type === 'Organization') sink.relate('AFFILIATED_WITH', p.key, prev.key, s, { role: mt[2] });
      } else if (prev.type === 'Organization' && /^\s+(?:reporters?|correspondents?)\s+$/i.test(gap)) {
        sink.relate('AFFILIATED_WITH', p.key, prev.key, s, { role: 'reporter' });
      } else if (/^\s*,\s*$/.test(gap) && !ledHere(p.key)) {
        const tb = TITLE_OF_BEFORE_RE.exec(text.slice(Math.max(rel0, prev.start - 60), prev.start));
        if (tb && tb[1]) {
          if (isHead(tb[1])) sink.relate('LEADER_OF', p.key, prev.key, s, { title: tb[1] });
          else if (prev.type === 'Organization') sink.relate('AFFILIATED_WITH', p.key, prev.key, s, { role: tb[1] });
        }
      }
    }
    if (next && (next.type === 'Country' || next.type === 'Organization')) {
      const gap = text.slice(p.end, next.start);
      const mt = POST_TITLE_RE.exec(gap);
      if (mt && mt[2] && !(/^\s*,/.test(gap) && ledHere(p.key))) {
        const title = mt[1] ? `${mt[1]} ${mt[2]}` : mt[2];
        if (isHead(mt[2])) sink.relate('LEADER_OF', p.key, next.key, s, { title });
        else if (next.type === 'Organization') sink.relate('AFFILIATED_WITH', p.key, next.key, s, { role: mt[2] });
      } else if (/^\s+of\s+(?:the\s+)?$/.test(gap)) {
        // "President X of Y": the title written before the name.
        const head = (ctx.table.titles.get(p.key) ?? []).find((t) => isHead(t));
        if (head) sink.relate('LEADER_OF', p.key, next.key, s, { title: head });
      } else if (
        next.type === 'Organization' &&
        /^\s*(?:\n|\s)+$/.test(gap) &&
        /^\s*By\s*$/i.test(text.slice(rel0, p.start))
      ) {
        // A byline: "By X\nReuters".
        sink.relate('AFFILIATED_WITH', p.key, next.key, s, { role: 'reporter' });
      } else if (
        next.type === 'Organization' &&
        /^\s+(?:from|of|at)\s+(?:the\s+)?$/.test(gap) &&
        /according to\s*$/i.test(text.slice(Math.max(rel0, p.start - 20), p.start))
      ) {
        sink.relate('AFFILIATED_WITH', p.key, next.key, s, {});
      }
    }
  }
};

/** A plural head title that introduces a list of leaders: "Presidents A (X), B (Y)", "heads of state such as". */
const LEADERS_LIST_RE =
  /\b(?:presidents|prime ministers|premiers|kings|heads of (?:state|government)(?: and government)?|leaders)\b/i;

/**
 * "Presidents Ana Ruiz (Chile), Luis Vera (Peru)": a person with a head title, or listed after a plural one, followed
 * by a country in brackets leads that country.
 */
export const leadersWithCountryInBrackets: SentenceRule = (ctx, { sentence: s, mentions: ms }) => {
  const { text, sink } = ctx;
  for (const [i, p] of ms.entries()) {
    const c = ms[i + 1];
    if (p.type !== 'Person' || c?.type !== 'Country') continue;
    if (!/^\s*\(\s*$/.test(text.slice(p.end, c.start)) || !/^\s*\)/.test(text.slice(c.end, c.end + 3))) continue;
    const own = (ctx.table.titles.get(p.key) ?? []).find((t) => isHead(t));
    const list = LEADERS_LIST_RE.exec(text.slice(s.start, p.start))?.[0];
    if (!own && !list) continue;
    const title = own ?? (list && !/heads? of|leaders/i.test(list) ? list.replace(/s$/i, '') : 'leader');
    sink.relate('LEADER_OF', p.key, c.key, s, { title });
  }
};

/** What follows a dateline's city: "HANOI (VNA) –", "KATHMANDU, Jan 6", "Addis Ababa November 30", "New Delhi:". */
const DATELINE_TAIL_RE = /^(?:\s*[,(:—–]|\s+-\s|\s+\p{Lu}\p{Ll}*\.?\s+\d)/u;

/**
 * The country of the city an article opens its dateline with: a publisher reports from home more often than not,
 * and its own leaders are the ones it names by a bare title ("Prime Minister X hosted …").
 */
function datelineCountry(ctx: RuleContext): string | undefined {
  const s0 = ctx.sentences[0];
  const m = s0 ? ctx.mentionsIn(s0.index)[0] : undefined;
  if (!s0 || !m || m.start - s0.start > 2 || !DATELINE_TAIL_RE.test(ctx.text.slice(m.end, m.end + 20)))
    return undefined;
  if (m.type === 'Country') return m.key;
  const name = m.type === 'Place' && m.gaz?.countryIso ? countryByIso(m.gaz.countryIso)?.name : undefined;
  const key = name ? entityKey('Country', name) : undefined;
  return key && ctx.entities.has(key) ? key : undefined;
}

/**
 * Whether a holder of `titles` can lead `country` with `title`: a monarch's or heir's title goes to a monarchy (an
 * amir's to an emirate, a king's to none), a president's to a country that is no monarchy, a prime minister's to a
 * country that has one.
 */
function fitsForm(ctx: RuleContext, country: string, title: string, titles: readonly string[]): boolean {
  const iso = ctx.entities.get(country)?.properties.isoCode;
  if (!iso) return true;
  if (titles.some((t) => /^(?:amir|emir)$/i.test(t))) return EMIRATES.has(iso);
  if (titles.some((t) => /^(?:king|queen)$/i.test(t)) && EMIRATES.has(iso)) return false;
  if (titles.some((t) => MONARCH_TITLE_RE.test(t))) return MONARCHIES.has(iso);
  if (/^president$/i.test(title)) return !MONARCHIES.has(iso);
  return !/^prime minister$/i.test(title) || !NO_PRIME_MINISTER.has(iso);
}

/** The countries named in the paragraph around article offset `at`, most named in the article first. */
function countriesOfParagraph(ctx: RuleContext, at: number): string[] {
  const from = ctx.text.lastIndexOf('\n', at) + 1;
  const next = ctx.text.indexOf('\n', at);
  const to = next < 0 ? ctx.text.length : next;
  const named = new Set(
    ctx.table.resolved
      .filter((m) => m.type === 'Country' && !m.inTitle && m.start >= from && m.end <= to)
      .map((m) => m.key),
  );
  return ctx.topCountries.filter((k) => named.has(k));
}

/**
 * A head-of-state title without a country ("President X") goes to the article's own country: its dateline's, else one
 * named in X's paragraph, else its most named (named at least twice); the first whose form of government has that
 * title (no king of a republic), that has no leader with that title yet and that X is not said to visit.
 */
export const headsOfMainCountry: ArticleRule = (ctx) => {
  const { sink, sentences } = ctx;
  const led = new Map<string, Set<string>>();
  for (const r of sink.relations)
    if (r.type === 'LEADER_OF')
      led.set(r.to, (led.get(r.to) ?? new Set()).add(r.properties['title']?.toLowerCase() ?? ''));
  const home = datelineCountry(ctx);
  const candidates = ctx.topCountries.filter((k) => (ctx.countryCounts.get(k) ?? 0) >= 2);
  for (const [key, ts] of ctx.table.titles) {
    if (sink.has('LEADER_OF', (r) => r.from === key)) continue;
    const head = ts.find((t) => BARE_HEAD_TITLE_RE.test(t));
    if (!head) continue;
    const p = ctx.table.resolved.find((m) => m.key === key && !m.inTitle);
    // "Presidents A (Costa Rica), …": the brackets name the country, even when no table knows the name.
    if (p && /^\s*\(/.test(ctx.text.slice(p.end, p.end + 3))) continue;
    const s = p ? sentences[p.sentenceIndex] : undefined;
    const near = p ? countriesOfParagraph(ctx, p.start) : [];
    const c = [...(home ? [home] : []), ...near, ...candidates].find(
      (k) =>
        fitsForm(ctx, k, head, ts) &&
        !(led.get(k)?.has(head.toLowerCase()) ?? false) &&
        !sink.has('VISITED', (r) => r.from === key && r.to === k),
    );
    if (c && s) {
      sink.relate('LEADER_OF', key, c, s, { title: head }, 0.5);
      led.set(c, (led.get(c) ?? new Set()).add(head.toLowerCase()));
    }
  }
};
