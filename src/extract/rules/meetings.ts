/** Meetings: MET between people, the meeting or talks event they held, and who took part in the pair's events. */
import type { ResolvedMention } from '../entities';
import type { ArticleRule, SentenceRule } from './context';

const MET_RE =
  /\b(?:held|holds|hold|holding)\s+(?:an?\s+)?((?:[\w-]+\s+){0,4}?)(talks|meeting|summit meeting)\s+with\b|\b(?:met|meets|meeting)\s+(?:with\s+)?|\b(?:received|receives|hosted|hosts|hosting)\s+/gi;
/** "received a congratulatory message / call / credentials": not a meeting (credentials are a ceremony). */
const RECEIVED_THING_RE = /^(?:\s*(?:the\s+)?(?:congratulatory|calls?|phone|letters?|messages?|credentials))/i;
const CREDENTIALS_RE = /^\s*the\s+(?:credentials|letters of credence)\s+of\s+/i;

/**
 * "X met (with) Y", "X held talks with Y", "X received Y": MET, a Talks or Meeting event (a Ceremony for credentials)
 * with X as host and Y (and every person coordinated with Y) as guests, held at the place named right after.
 */
export const meetings: SentenceRule = (ctx, { sentence: s, mentions: ms, date, before, after }) => {
  const { text, sink } = ctx;
  const rel0 = s.start;
  for (const mm of s.text.matchAll(MET_RE)) {
    const tStart = rel0 + mm.index;
    const tEnd = tStart + mm[0].length;
    let subj = before(tStart, ['Person']);
    const obj = after(tEnd, ['Person']);
    // "After hosting X over dinner, Y greeted him": the subject follows the participial clause.
    if (!subj && obj && /^(?:After|Before|While|Following|Besides|Since)\s*$/i.test(text.slice(rel0, tStart))) {
      const comma = text.indexOf(',', obj.end);
      if (comma >= 0 && comma < s.end)
        subj = ms.find((m) => m.type === 'Person' && m.start > comma && m.key !== obj.key);
    }
    // A first-person account: "Today's meeting with President X" is the speaker's.
    if (!subj && obj && ctx.speaker && /meeting/i.test(mm[0])) subj = ctx.speaker;
    if (!subj || !obj || subj.key === obj.key) continue;
    if (text.slice(tEnd, obj.start).length > 40) continue;
    const credentials = CREDENTIALS_RE.test(text.slice(tEnd, obj.start));
    if (
      !credentials &&
      /\b(?:received|receives)\s+$/i.test(mm[0]) &&
      RECEIVED_THING_RE.test(text.slice(tEnd, tEnd + 30))
    )
      continue;
    sink.relate('MET', subj.key, obj.key, s, date ? { date } : {});
    // "met with A and B": every person in the coordinated object.
    const objs: ResolvedMention[] = [obj];
    for (const m of ms) {
      const last = objs[objs.length - 1];
      if (!last || m.type !== 'Person' || m.start < last.end || objs.some((o) => o.key === m.key)) continue;
      const between = text.slice(last.end, m.start);
      if (/^[^;.]{0,60}$/.test(between) && /\band\b/.test(between) && !/\b(?:said|says|who|which)\b/.test(between)) {
        objs.push(m);
        sink.relate('MET', subj.key, m.key, s, date ? { date } : {});
      } else break;
    }
    if (/hosting/i.test(mm[0])) continue;
    const isTalks = /talks/i.test(mm[0]);
    const named = ms.find((m) => m.type === 'Event' && m.start >= tStart && m.end <= tEnd);
    const objName = ctx.entities.get(obj.key)?.name ?? obj.surface;
    const evSurface = text.slice(tStart, obj.end).replace(/\s+/g, ' ');
    const ev = named
      ? named.key
      : credentials
        ? sink.event(
            'Ceremony',
            'presentation of letters of credence',
            s,
            text.slice(tStart, tEnd).replace(/\s+of\s*$/, ''),
            date,
          )
        : sink.event(
            isTalks ? 'Talks' : 'Meeting',
            isTalks ? 'talks' : `meeting with ${objName}`,
            s,
            isTalks ? 'talks' : mm[0].trim(),
            date,
          );
    if (!named && !isTalks && evSurface.length < 80) sink.addAlias(ev, evSurface);
    sink.relate('PARTICIPATED_IN', subj.key, ev, s, { role: 'host' });
    for (const o of objs) sink.relate('PARTICIPATED_IN', o.key, ev, s, { role: 'guest' });
    const place = after(obj.end, ['Place']);
    if (place && /\b(?:at|in)\s+(?:the\s+)?$/.test(text.slice(Math.max(obj.end, place.start - 12), place.start)))
      sink.relate('HELD_AT', ev, place.key, s);
    ctx.discourse.lastMeeting = { host: subj.key, guest: obj.key, event: ev };
  }
};

/** When the article has one in-person meeting pair, its talks, dinners and ceremonies have both of them. */
export const bilateralEvents: ArticleRule = (ctx) => {
  const { sink } = ctx;
  const metPairs = sink.relations.filter((r) => r.type === 'MET');
  if (metPairs.length !== 1 || !metPairs[0]) return;
  const pair = [metPairs[0].from, metPairs[0].to];
  for (const e of sink.events) {
    if (!['Talks', 'Banquet', 'Ceremony'].includes(e.type)) continue;
    const ps = sink.relations.filter((r) => r.type === 'PARTICIPATED_IN' && r.to === e.key).map((r) => r.from);
    const persons = ps.filter((k) => ctx.typeOf(k) === 'Person');
    if (persons.some((k) => !pair.includes(k)) || ps.length > persons.length) continue;
    const s = ctx.sentences[e.sentence];
    if (!s) continue;
    for (const k of pair) sink.relate('PARTICIPATED_IN', k, e.key, s, { role: 'attendee' }, 0.5);
  }
};
