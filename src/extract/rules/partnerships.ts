/** Partnerships: PARTNER_OF between countries, with the kind of partnership the sentence names. */
import type { ResolvedMention } from '../entities';
import type { Sentence } from '../types';
import type { RuleContext, SentenceRule } from './context';

/** "security and economic cooperation between", "the growing ties between": the kind, then "between". */
const BETWEEN_RE = /((?:[\w-]+\s+){0,3}(?:cooperation|ties|alliance))\s+between\s+(?:the\s+)?$/i;

/**
 * "economic cooperation between A and B", "the ties between A and B": a standing tie of two named countries is a
 * partnership of the kind written before "between" ("relations between" is left out: relations are also bad ones).
 */
function cooperationBetween(ctx: RuleContext, s: Sentence, ms: readonly ResolvedMention[]): void {
  const { text, sink } = ctx;
  for (const [i, a] of ms.entries()) {
    const b = ms[i + 1];
    if (a.type !== 'Country' || b?.type !== 'Country' || a.key === b.key) continue;
    if (!/^\s+and\s+(?:the\s+)?$/.test(text.slice(a.end, b.start))) continue;
    const m = BETWEEN_RE.exec(text.slice(Math.max(s.start, a.start - 60), a.start));
    if (!m?.[1]) continue;
    const kind = m[1]
      .replace(/^(?:.*\b(?:the|a|an|their|its|our|of|on|in|to|for|with)\s+)/i, '')
      .trim()
      .toLowerCase();
    sink.relate('PARTNER_OF', a.key, b.key, s, { kind }, 0.6);
  }
}

const PARTNERSHIP_KIND_RE = /((?:[\w-]+\s+){0,4}partnership(?:\s+of\s+coordination)?(?:\s+in\s+the\s+new\s+era)?)/i;

/**
 * A sentence about a partnership relates the country pairs it writes "A and B" / "A-B"; else its two countries;
 * else, for "the two countries", the last two countries named before it (or the article's two most named).
 */
export const partnerships: SentenceRule = (ctx, { sentence: s, mentions: ms }) => {
  const { text, sink } = ctx;
  const st = s.text;
  cooperationBetween(ctx, s, ms);
  if (!/partnership|\bpartners\b/i.test(st)) return;
  const cs = ms.filter((m) => m.type === 'Country');
  const kind = (PARTNERSHIP_KIND_RE.exec(st)?.[1] ?? 'partnership')
    .replace(/^(?:the|a|an|their|its|our)\s+/i, '')
    .replace(/^[\w]+-[\w]+\s+/, '')
    .trim();
  const pairs: [string, string][] = [];
  for (const [i, a] of cs.entries()) {
    const b = cs[i + 1];
    if (b && a.key !== b.key && /^\s*(?:-|–|and)\s*$/.test(text.slice(a.end, b.start))) pairs.push([a.key, b.key]);
  }
  const distinct = [...new Set(cs.map((c) => c.key))];
  if (!pairs.length && distinct.length === 2 && distinct[0] && distinct[1]) pairs.push([distinct[0], distinct[1]]);
  if (!pairs.length && /the two countries|both countries/i.test(st)) {
    const recent: string[] = [];
    for (const m of [...ctx.table.resolved]
      .filter((x) => !x.inTitle && x.sentenceIndex < s.index)
      .sort((a, b) => b.start - a.start)) {
      if (m.type === 'Country' && !recent.includes(m.key)) recent.push(m.key);
      if (recent.length === 2) break;
    }
    const [c1, c2] = recent.length === 2 ? recent : ctx.topCountries;
    if (c1 && c2) pairs.push([c1, c2]);
  }
  for (const [a, b] of pairs) sink.relate('PARTNER_OF', a, b, s, { kind }, 0.6);
};
