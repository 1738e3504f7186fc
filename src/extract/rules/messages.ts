/** Messages and calls between people: events they both take part in, but not meetings. */
import type { SentenceRule } from './context';

const MESSAGE_RE =
  /\bsent\s+(?:a|an|his|her)\s+((?:congratulatory|condolence|thank-you|greetings?|new year)\s+)?(message|letter|cable|telegram)\s+to\s+/gi;
const CALL_RE =
  /\b(?:spoke|speaks|talked|held\s+(?:a\s+)?(?:phone|telephone)\s+(?:call|conversation)s?)\s+(?:(?:today|yesterday|on\s+\w+day)\s+)?(?:(?:by|over|on)\s+(?:the\s+)?(?:phone|telephone)\s+)?with\s+/gi;
/** A message goes to a person named right after "to" (perhaps as "his Chinese counterpart, X"), not to a body. */
const TO_PERSON_RE = /^(?:(?:his|her|their)\s+)?(?:[\p{L}-]+\s+)?(?:counterpart,?\s+)?[\p{Lu}]/u;
const COUNTERPART_RE = /^(?:his|her)\s+([\p{L}-]+)\s+counterpart,?\s+$/u;

/**
 * "X sent a congratulatory message to Y", "X spoke by phone with Y": an Other event with X as speaker (or attendee)
 * and Y as guest (or attendee). "his Chinese counterpart, Y": Y leads that country with X's title.
 */
export const messagesAndCalls: SentenceRule = (ctx, { sentence: s, mentions: ms }) => {
  const { text, sink } = ctx;
  const rel0 = s.start;
  const persons = ms.filter((m) => m.type === 'Person');
  if (persons.length < 2) return;
  for (const [re, kindName] of [
    [MESSAGE_RE, 'message'],
    [CALL_RE, 'call'],
  ] as const) {
    for (const mm of s.text.matchAll(re)) {
      const tStart = rel0 + mm.index;
      const tEnd = tStart + mm[0].length;
      const from = [...persons].reverse().find((m) => m.end <= tStart);
      const to = persons.find((m) => m.start >= tEnd);
      if (!from || !to || from.key === to.key || to.start - tEnd > 40) continue;
      if (kindName === 'message' && !TO_PERSON_RE.test(text.slice(tEnd, to.start + 1))) continue;
      const ds = ctx.datesOf(s).filter((d) => rel0 + d.end <= to.end + 5);
      const date = ds[ds.length - 1]?.value ?? ctx.defaultDate;
      const adj = (mm[1] ?? '').trim().toLowerCase();
      const name = kindName === 'message' ? `${adj ? adj + ' ' : ''}${(mm[2] ?? 'message').toLowerCase()}` : 'call';
      const surface = kindName === 'message' ? (mm[2] ?? 'message') : mm[0].trim();
      const ev = sink.event('Other', name, s, surface, date);
      sink.relate('PARTICIPATED_IN', from.key, ev, s, { role: kindName === 'message' ? 'speaker' : 'attendee' }, 0.6);
      sink.relate('PARTICIPATED_IN', to.key, ev, s, { role: kindName === 'message' ? 'guest' : 'attendee' }, 0.6);
      const cp = COUNTERPART_RE.exec(text.slice(tEnd, to.start));
      const c = cp ? ms.find((m) => m.type === 'Country' && m.start >= tEnd && m.end <= to.start) : undefined;
      const lt = sink.find('LEADER_OF', (r) => r.from === from.key && ctx.typeOf(r.to) === 'Country');
      if (c && lt) sink.relate('LEADER_OF', to.key, c.key, s, { title: lt.properties['title'] ?? 'leader' }, 0.6);
    }
  }
};
