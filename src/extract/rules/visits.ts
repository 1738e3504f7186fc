/** Visits: VISITED, the visit as an event held at the destination, and its host. */
import type { ResolvedMention } from '../entities';
import type { ArticleRule, SentenceRule } from './context';
import { isHead } from './titles';

const VISIT_RE =
  /\b((?:(?:state|official|working|first|successful|historic|another|last|recent|previous|\w+-day)\s+)*)(visit(?:s|ing|ed)?)\b(\s+(?:to|of)\s+(?:the\s+)?)?|\barrived\s+(?:in|at)\s+(?:the\s+)?|\b(?:has|have) come to\s+/gi;
/** "the visit to Hiroshima by Prime Minister Modi". */
const BY_VISITOR_RE = /^\s+by\s+(?:[\p{Lu}][\p{L}.]*\s+){0,3}$/u;

/** "will visit", "is expected to visit", "plans to arrive in": a visit that has not happened is no VISITED. */
const NOT_YET_RE = /\b(?:will|shall|would|to|could|may|might|should)\s+(?:also\s+|soon\s+)?$/i;

const headOfState = (t: string): boolean => isHead(t) && !/\b(?:vice|deputy)\b/i.test(t);

/**
 * "X visited Y", "X's state visit to Y", "the visit of X to Y", "X arrived in Y": VISITED with the kind of visit, and
 * for the noun forms a visit event (a StateVisit when a head of state makes it) held at Y with X as guest.
 * Reads the LEADER_OF relations found so far: nobody visits the country they lead.
 */
export const visits: SentenceRule = (ctx, { sentence: s, mentions: ms, before, after }) => {
  const { text, sink } = ctx;
  const rel0 = s.start;
  for (const mm of s.text.matchAll(VISIT_RE)) {
    const tStart = rel0 + mm.index;
    const tEnd = tStart + mm[0].length;
    if (NOT_YET_RE.test(text.slice(Math.max(rel0, tStart - 20), tStart))) continue;
    const isNoun = /^visits?$/i.test(mm[2] ?? '') && !/\bto\s+$/i.test(text.slice(Math.max(rel0, tStart - 4), tStart));
    let visitor: ResolvedMention | undefined;
    let dest: ResolvedMention | undefined;
    let destEnd = tEnd;
    if (/\bof\s+(?:the\s+)?$/i.test(mm[0])) {
      // "the visit of Vice President X to Zimbabwe".
      const p = after(tEnd, ['Person']);
      if (!p || !/^[\s\w.]*$/.test(text.slice(tEnd, p.start))) continue;
      const to = /^\s+to\s+(?:the\s+)?/.exec(text.slice(p.end, p.end + 10));
      const d = to ? after(p.end + to[0].length, ['Country', 'Place']) : undefined;
      if (!to || !d || d.start !== p.end + to[0].length) continue;
      visitor = p;
      dest = d;
      destEnd = d.end;
    } else {
      const aft = after(tEnd, ['Country', 'Place']);
      if (aft && /^\s*(?:the\s+)?$/.test(text.slice(tEnd, aft.start))) dest = aft;
      if (!dest && /^that country\b/i.test(text.slice(tEnd, tEnd + 12))) {
        dest = before(tStart, ['Country']);
        destEnd = tEnd + 'that country'.length;
      }
      if (!dest && !mm[3]) {
        // "in Astana for a state visit".
        const bef = before(tStart, ['Country', 'Place']);
        if (
          bef &&
          /^\s+for\s+(?:an?|his|her|another)?\s*$/i.test(text.slice(bef.end, tStart)) &&
          /\bin\s+$/.test(text.slice(bef.start - 4, bef.start))
        )
          dest = bef;
      }
      if (!dest) continue;
      if (dest.end > destEnd) destEnd = dest.end;
      const pa = after(dest.end, ['Person']);
      if (pa && BY_VISITOR_RE.test(text.slice(dest.end, pa.start))) visitor = pa;
    }
    const pb = before(tStart, ['Person']);
    if (!visitor && pb && /^['’]s\s+[\w\s-]{0,20}$/.test(text.slice(pb.end, tStart))) visitor = pb;
    if (!visitor && pb) {
      const gap = text.slice(pb.end, tStart);
      if (/,?\s*who\s+(?:was|is)\s+/.test(gap) || !/[,;]/.test(gap) || gap.length < 60) visitor = pb;
    }
    // Nobody visits the country they lead: "his visit to India" said of the other leader.
    const destKey = dest.key;
    const leads = (p: ResolvedMention | undefined): boolean =>
      !!p && sink.has('LEADER_OF', (r) => r.from === p.key && r.to === destKey);
    if (leads(visitor)) visitor = ms.find((m) => m.type === 'Person' && m.end <= tStart && !leads(m));
    if (!visitor) continue;
    const kindWords = (mm[1] ?? '').toLowerCase();
    const kind = /state/.test(kindWords)
      ? 'state visit'
      : /official/.test(kindWords)
        ? 'official visit'
        : /working/.test(kindWords)
          ? 'working visit'
          : 'visit';
    const vdate = ctx.datesOf(s)[0]?.value ?? ctx.defaultDate?.slice(0, 7);
    sink.relate('VISITED', visitor.key, dest.key, s, vdate ? { kind, date: vdate } : { kind });
    if (!isNoun) continue;
    let surface =
      mm[3] || /that country/.test(text.slice(tEnd, destEnd))
        ? text
            .slice(tStart, destEnd)
            .replace(/^(?:another|first|successful|historic)\s+/i, '')
            .replace(/\s+/g, ' ')
            .trim()
        : kind;
    const more = /^\s+(?:countries|states|nations|region)\b/.exec(text.slice(destEnd, destEnd + 12));
    if (more && mm[3]) surface += more[0].replace(/\s+/g, ' ');
    const vt = visitor.key;
    const isHeadVisitor =
      sink.has('LEADER_OF', (r) => r.from === vt && headOfState(r.properties['title'] ?? '')) ||
      (ctx.table.titles.get(vt) ?? []).some(headOfState) ||
      /\b(?:state|official)\b/.test(kindWords);
    // One state visit per destination: a second mention of a visit there is the same visit.
    const existing = sink.events.find(
      (e) => e.type === 'StateVisit' && sink.has('HELD_AT', (r) => r.from === e.key && r.to === destKey),
    );
    const ev = existing ? existing.key : sink.event(isHeadVisitor ? 'StateVisit' : 'Other', surface, s, surface, vdate);
    sink.relate('PARTICIPATED_IN', visitor.key, ev, s, { role: 'guest' });
    sink.relate('HELD_AT', ev, dest.key, s);
  }
};

/** A state visit the article dates by its default date is hosted by the destination's leader. */
export const visitHosts: ArticleRule = (ctx) => {
  const { sink } = ctx;
  for (const r of [...sink.relations]) {
    if (r.type !== 'HELD_AT' || ctx.entities.get(r.from)?.properties.eventType !== 'StateVisit') continue;
    const leader = sink.find('LEADER_OF', (x) => x.to === r.to);
    const s = ctx.sentences[r.evidence.sentenceIndex];
    const vd = ctx.entities.get(r.from)?.properties.date;
    if (vd !== ctx.defaultDate && vd !== ctx.defaultDate?.slice(0, 7)) continue;
    if (leader && s) sink.relate('PARTICIPATED_IN', leader.from, r.from, s, { role: 'host' }, 0.5);
  }
};
