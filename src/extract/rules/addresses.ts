/** Addresses: ADDRESSED from a person's letter, message or speech to an event or a body. */
import type { ResolvedMention } from '../entities';
import { EVENT_KW } from '../lexicon';
import type { SentenceRule } from './context';

const ADDRESS_RE =
  /\b((?:congratulatory|welcome|opening|keynote|video)\s+)?(letter|message|speech|address|remarks)\b/gi;
const TO_THE_EVENT_RE = /\bto\s+the\s+[\w\s-]{0,40}?\b(forum|summit|meeting|conference|session|ceremony)\b/i;

/**
 * "X's congratulatory letter to the Y Forum", "a message from X to the Z", "X's speech at the Y": the speaker is the
 * person after "from", else the person before; the target the event or body named after ("to the" for a body), else
 * the one event of the type the sentence names, else (for a speech or a "from" message) the sentence's event or the
 * last meeting, forum, summit or conference.
 */
export const addresses: SentenceRule = (ctx, { sentence: s, mentions: ms, date, before, after }) => {
  const { text, sink } = ctx;
  for (const mm of s.text.matchAll(ADDRESS_RE)) {
    const tStart = s.start + mm.index;
    const tEnd = tStart + mm[0].length;
    const kind = mm[0].toLowerCase();
    let speaker: ResolvedMention | undefined;
    const fromM = /^\s+from\s+/i.exec(text.slice(tEnd, tEnd + 10));
    if (fromM) speaker = after(tEnd, ['Person']);
    if (!speaker) speaker = before(tStart, ['Person']);
    if (!speaker) continue;
    let target = after(tEnd, ['Event', 'Organization']);
    if (target && target.type === 'Organization' && !/^\s+to\s+(?:the\s+)?$/.test(text.slice(tEnd, target.start)))
      target = undefined;
    if (target && target.start - tEnd > 60) target = undefined;
    let targetKey = target?.key;
    if (!targetKey) {
      const tw = TO_THE_EVENT_RE.exec(text.slice(tEnd, s.end));
      const wantType = tw ? EVENT_KW.get((tw[1] ?? '').toLowerCase()) : undefined;
      const cands = wantType
        ? [...ctx.entities.values()].filter((e) => e.type === 'Event' && e.properties.eventType === wantType)
        : [];
      if (cands.length === 1 && cands[0]) targetKey = cands[0].key;
      else if (fromM || /\bspeech\b/i.test(kind)) {
        const inSent = ms.find((m) => m.type === 'Event');
        const last = [...sink.events]
          .reverse()
          .find((e) => e.type === 'Meeting' || e.type === 'Forum' || e.type === 'Summit' || e.type === 'Conference');
        targetKey = inSent?.key ?? last?.key;
      }
    }
    if (!targetKey || ctx.typeOf(targetKey) === 'Person') continue;
    sink.relate('ADDRESSED', speaker.key, targetKey, s, date ? { kind, date } : { kind }, 0.6);
  }
};
