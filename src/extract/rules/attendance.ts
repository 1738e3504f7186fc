/** Attendance: PARTICIPATED_IN for people who attended or took part in an event (ADDRESSED when they spoke there). */
import type { SentenceRule } from './context';

const ATTENDED_RE = /\b(?:participated in|attended|were present at|took part in|joined)\b/gi;
const GAVE_SPEECH_RE = /delivered\s+(?:a|an|the)\s+(?:\w+\s+)?speech|addressed/i;

/**
 * "A, B, C and others attended / participated in …" the named event right after the verb, "the above activities"
 * (the talks, meetings, ceremonies and banquets of earlier sentences) or "the meeting / talks" (the last one).
 */
export const attendance: SentenceRule = (ctx, { sentence: s, mentions: ms, after }) => {
  const { text, sink } = ctx;
  for (const mm of s.text.matchAll(ATTENDED_RE)) {
    const tStart = s.start + mm.index;
    const tEnd = tStart + mm[0].length;
    const ps = ms.filter((m) => m.end <= tStart && m.type === 'Person');
    if (!ps.length) continue;
    const rest = text.slice(tEnd, s.end);
    let targets: string[] = [];
    const named = after(tEnd, ['Event']);
    if (/^\s+the\s+above\s+(?:activities|events)/i.test(rest)) {
      targets = sink.events
        .filter(
          (e) =>
            e.type !== 'StateVisit' &&
            e.sentence < s.index &&
            ['Talks', 'Meeting', 'Ceremony', 'Banquet'].includes(e.type),
        )
        .map((e) => e.key);
    } else if (named && named.start - tEnd < 40) targets = [named.key];
    else if (/^\s+the\s+(?:meeting|talks)/i.test(rest)) {
      const last = [...sink.events].reverse().find((e) => e.type === 'Meeting' || e.type === 'Talks');
      if (last) targets = [last.key];
    }
    const spoke = GAVE_SPEECH_RE.test(rest);
    for (const t of targets)
      for (const p of ps) sink.relate('PARTICIPATED_IN', p.key, t, s, { role: spoke ? 'speaker' : 'attendee' });
    if (spoke)
      for (const t of targets)
        for (const p of ps) if (ctx.typeOf(t) === 'Event') sink.relate('ADDRESSED', p.key, t, s, { kind: 'speech' });
  }
};
