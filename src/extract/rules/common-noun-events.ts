/**
 * Events named by common nouns ("the summit", "Tuesday's official talks", "a press conference"): each phrase joins an
 * event found earlier when it can only mean that one, else becomes a new event; it gets its date, hosts, attendees
 * and place from its sentence.
 */
import type { ResolvedMention } from '../entities';
import { fold } from '../../reference/index';
import type { Span } from '../types';
import type { ArticleRule, RuleContext } from './context';
import { findEventPhrases } from './event-phrases';

/** "…, he said on Tuesday": the date of the report, not of the event. */
const REPORT_BEFORE = /\b(?:said|says|told|reported|added|stated|announced|noted|wrote)\s+(?:on\s+)?$/i;
const HELD_GAP =
  /^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:has|have|had|was|were|is|are|will)\s+)?(?:(?:been|be|being)\s+)?(?:(?:already|officially|formally)\s+)?(?:held|opened|started|begun|began|convened|kicked off|kicks off|taking place|took place|takes place|underway|under way)?\s*(?:in|at)\s+(?:the\s+)?$/i;
const ORDINAL_RE =
  /\b(\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[a-z]+-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))\b/i;
const CAPITAL_GAP = /^['’]s\s+capital(?:\s+city)?\s+$/;

const ordinalOf = (s: string): string | undefined => ORDINAL_RE.exec(s)?.[1]?.toLowerCase();
/** Characters between two spans; 0 when they overlap. */
const dist = (d: Span, p: Span): number =>
  d.end <= p.start ? p.start - d.end : d.start >= p.end ? d.start - p.end : 0;

/** The people and places an event already has. */
function participantsOf(ctx: RuleContext, key: string): Set<string> {
  return new Set(
    ctx.sink.relations
      .filter((r) => (r.type === 'PARTICIPATED_IN' && r.to === key) || (r.type === 'HELD_AT' && r.from === key))
      .map((r) => (r.type === 'HELD_AT' ? r.to : r.from)),
  );
}

export const commonNounEvents: ArticleRule = (ctx) => {
  const { text, sink, entities } = ctx;
  /** Events dated by the article's default date, which a later phrase with a date of its own may re-date. */
  const defaultDated = new Set<string>();
  for (const s of ctx.sentences) {
    const ms = ctx.mentionsIn(s.index);
    const rel0 = s.start;
    const local = (m: ResolvedMention): Span => ({ start: m.start - rel0, end: m.end - rel0 });
    const phrases = findEventPhrases(s.text, {
      nameSpans: ms.filter((m) => m.type !== 'Person').map(local),
      placeSpans: ms.filter((m) => m.type === 'Country' || m.type === 'Place').map(local),
      orgSpans: ms.filter((m) => m.type === 'Organization').map(local),
    });
    if (!phrases.length) continue;
    const ds = ctx.datesOf(s).filter((d) => !REPORT_BEFORE.test(s.text.slice(Math.max(0, d.start - 30), d.start)));
    const persons = ms.filter((m) => m.type === 'Person');
    for (const [i, ph] of phrases.entries()) {
      const aStart = rel0 + ph.start;
      const aEnd = rel0 + ph.end;
      const inside = ms.filter((m) => m.start >= aStart && m.end <= aEnd && m.type !== 'Person');
      // The date closest to this phrase, unless another phrase is closer to it.
      const own = ds
        .filter((d) => phrases.every((q, j) => j === i || dist(d, ph) <= dist(d, q)))
        .sort((a, b) => dist(a, ph) - dist(b, ph))[0];
      // A sentence that names one event and one date dates that event by it, however long the clause between.
      const alone = phrases.length === 1 && ds.length === 1;
      const attached = own && (dist(own, ph) < 60 || alone) ? own.value : undefined;
      // "the meeting" also names a summit that the article calls a meeting ("Consultative Meeting of the Heads
      // of State"), when no other meeting is known.
      const typed = sink.events.filter((e) => e.type === ph.type);
      const sameType =
        typed.length === 0 && ph.type === 'Meeting'
          ? sink.events.filter((e) => e.type === 'Summit' && /\bmeeting\b/i.test(e.name))
          : typed;
      const core = fold(ph.surface);
      const capKeys = inside.map((m) => m.key);
      const ord = ordinalOf(ph.surface);
      let key: string | undefined;
      if (ph.conflict) {
        const place = inside.find((m) => m.type === 'Country' || m.type === 'Place');
        const pname = place ? (entities.get(place.key)?.name ?? place.surface) : '';
        const name = `war in ${pname}`;
        key = sink.entity('Event', name, s, ph.surface, { eventType: 'Other' });
        sink.track({ key, type: 'Other', name, sentence: s.index });
        continue;
      }
      const exact = sameType.find((e) => (entities.get(e.key)?.aliases ?? []).some((a) => fold(a) === core));
      if (exact) key = exact.key;
      if (!key) {
        const compatible = sameType.filter((e) => {
          const en = entities.get(e.key);
          if (!en) return false;
          const eo = ordinalOf(en.name);
          if (ord !== eo && (ord || (eo && capKeys.length))) return false;
          if (capKeys.length) {
            const pk = participantsOf(ctx, e.key);
            const words = fold(en.name);
            const ok = inside.every((m) => pk.has(m.key) || words.includes(fold(m.surface)));
            if (!ok && (pk.size > 0 || /\p{Lu}/u.test(en.name))) return false;
          }
          if (ph.type === 'StateVisit') return false;
          return true;
        });
        const generic = capKeys.length === 0 && !ord && !ph.tailStart;
        const pick = [...compatible].reverse().find((e) => e.sentence <= s.index) ?? compatible[0];
        if (pick && (generic || compatible.length === 1)) key = pick.key;
      }
      if (key) {
        sink.addMention(key, ph.surface, s, aStart);
        const e = entities.get(key);
        const rec = sink.events.find((x) => x.key === key);
        // A date stated next to a later mention re-dates an event whose own sentence stated none.
        const first = ctx.sentences[rec?.sentence ?? -1];
        const inferred = defaultDated.has(key) || (first !== undefined && ctx.datesOf(first).length === 0);
        if (e && rec && attached && (!e.properties.date || inferred)) {
          e.properties.date = attached;
          rec.date = attached;
          defaultDated.delete(key);
        }
      } else {
        // A sentence with no date of its own narrates the day its paragraph last stated.
        const unattached = ctx.datesOf(s).length === 0 ? ctx.dateOf(s) : ctx.defaultDate;
        key = sink.event(ph.type, ph.surface, s, ph.surface, attached ?? unattached);
        if (!attached) defaultDated.add(key);
      }
      const ek = key;
      // "a meeting with B": the article's own words for it, with its party, are a name for it too.
      const party = ms.find(
        (m) =>
          m.start >= aEnd &&
          (m.type === 'Person' || m.type === 'Country' || m.type === 'Organization') &&
          /^\s+with\s+(?:the\s+)?$/.test(text.slice(aEnd, m.start)),
      );
      if (party && (ph.type === 'Meeting' || ph.type === 'Talks')) sink.addAlias(ek, text.slice(aStart, party.end));
      for (const m of inside)
        if (m.type === 'Organization' || (m.type === 'Country' && ph.type !== 'Meeting' && ph.type !== 'Talks'))
          sink.relate('PARTICIPATED_IN', m.key, ek, s, { role: 'host' }, 0.6);
      // People in the sentence take part in the phrase nearest to them, but not one who only reports it
      // ("…, X said"), a byline, one in another clause, or one who sent a letter to it.
      const clauseBefore = text.slice(rel0, aStart);
      const toLetter = /\b(?:letters?|messages?|greetings|congratulations)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i.test(
        clauseBefore,
      );
      const reported = /\baccording to\b[^,;]*$/i.test(clauseBefore);
      if (persons.length <= 4 && !toLetter && !reported)
        for (const p of persons) {
          if (
            p.start > aEnd &&
            /^\s*(?:,\s*)?(?:said|says|told|noted|added|stated)\b/.test(text.slice(p.end, p.end + 12))
          )
            continue;
          const between = text.slice(Math.min(p.end, aStart), Math.max(p.start, aEnd));
          if (/;|\s[—–]\s|\s--\s|\n/.test(between)) continue;
          if (/,\s+(?:as|while|when|after|before|and)?\s*(?:it|they)\s/.test(between)) continue;
          if (
            /\b(?:letters?|messages?)\s+from\s+(?:[\w.-]+\s+){0,3}$/i.test(
              text.slice(Math.max(rel0, p.start - 40), p.start),
            )
          )
            continue;
          const nearest = phrases
            .map((q) => ({ q, d: dist({ start: p.start - rel0, end: p.end - rel0 }, q) }))
            .sort((a, b) => a.d - b.d)[0];
          if (nearest && nearest.q !== ph) continue;
          sink.relate('PARTICIPATED_IN', p.key, ek, s, { role: 'attendee' }, 0.55);
        }
      // Place: "… in Johannesburg", "… has started in Kazakhstan's capital Astana".
      const next = ms.find((m) => m.start >= aEnd && (m.type === 'Place' || m.type === 'Country'));
      if (next) {
        const gap = text.slice(aEnd, next.start);
        let target = next;
        const after2 = ms.find((m) => m.start > next.end && m.type === 'Place');
        if (next.type === 'Country' && after2 && CAPITAL_GAP.test(text.slice(next.end, after2.start))) target = after2;
        if (HELD_GAP.test(gap) && gap.length < 50) sink.relate('HELD_AT', ek, target.key, s);
      }
    }
  }
};
