/** Titles and leadership: LEADER_OF and AFFILIATED_WITH from titles written next to names. */
import { HEAD_TITLE_SET, TITLES } from '../gazetteer';
import type { ArticleRule, SentenceRule } from './context';

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TITLE_ALT = [
  ...TITLES.map((t) => t.title),
  'leader',
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
  if (HEAD_TITLE_SET.has(t) || t === 'leader') return true;
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
      } else if (/^\s*,\s*$/.test(gap)) {
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
      if (mt && mt[2]) {
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

/**
 * A head-of-state title without a country ("President X") goes to the article's most named country (named at least
 * twice) that has no leader with that title yet.
 */
export const headsOfMainCountry: ArticleRule = (ctx) => {
  const { sink, sentences } = ctx;
  const led = new Map<string, Set<string>>();
  for (const r of sink.relations)
    if (r.type === 'LEADER_OF')
      led.set(r.to, (led.get(r.to) ?? new Set()).add(r.properties['title']?.toLowerCase() ?? ''));
  for (const [key, ts] of ctx.table.titles) {
    if (sink.has('LEADER_OF', (r) => r.from === key)) continue;
    const head = ts.find((t) => BARE_HEAD_TITLE_RE.test(t));
    if (!head) continue;
    const c = ctx.topCountries.find(
      (k) => (ctx.countryCounts.get(k) ?? 0) >= 2 && !(led.get(k)?.has(head.toLowerCase()) ?? false),
    );
    const p = ctx.table.resolved.find((m) => m.key === key && !m.inTitle);
    const s = p ? sentences[p.sentenceIndex] : undefined;
    if (c && s) {
      sink.relate('LEADER_OF', key, c, s, { title: head }, 0.5);
      led.set(c, (led.get(c) ?? new Set()).add(head.toLowerCase()));
    }
  }
};
