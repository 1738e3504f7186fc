/** Hosted events: ceremonies and banquets given for a guest, scheduled celebrations and summits, numbered sessions. */
import { EVENT_KW } from '../lexicon';
import type { EventType } from '../types';
import type { SentenceRule } from './context';

const HOSTED_FOR_RE =
  /\b(?:held|hosted|hosts|holds|gave)\s+(?:an?|the)\s+((?:[\w-]+\s+){0,3}?)(ceremony|banquet|dinner|luncheon|reception)\s+(?:for|in honou?r of)\s+/gi;
const MODIFIERS_DROP = /^(?:grand|lavish|solemn|warm|another|a|an|the|his|her|their|its)\s+/i;
const WILL_HOLD_RE =
  /\b(?:will\s+)?(?:jointly\s+)?(?:hold|holds|held|host|hosts|hosted|organi[sz]e)\s+(?:a\s+|an\s+|the\s+)?(?:grand\s+|joint\s+)?(celebrations?|summit|forum|conference|festival)\b/gi;
const NUMBERED_SESSION_RE =
  /\b(?:the\s+)?((?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|closing|opening|plenary|annual|extraordinary)\s+)+(?:meeting|session|plenary session|congress)\s+of\s+(?:the\s+)?)/gi;

/** "X held a grand welcome ceremony for Y in Z": an event with X as host, Y as guest, held at Z. */
export const ceremoniesForGuests: SentenceRule = (ctx, { sentence: s, date, before, after }) => {
  const { text, sink } = ctx;
  for (const mm of s.text.matchAll(HOSTED_FOR_RE)) {
    const tStart = s.start + mm.index;
    const tEnd = tStart + mm[0].length;
    const host = before(tStart, ['Person']);
    const guest = after(tEnd, ['Person']);
    if (!host || !guest) continue;
    const noun = (mm[2] ?? '').toLowerCase();
    let mods = (mm[1] ?? '').trim();
    while (MODIFIERS_DROP.test(mods + ' ') && mods) mods = (mods + ' ').replace(MODIFIERS_DROP, '').trim();
    const name = `${mods ? mods + ' ' : ''}${noun}`;
    const et: EventType = EVENT_KW.get(noun) ?? 'Other';
    const ev = sink.event(et, name, s, name, date);
    const fullSurface = `${(mm[1] ?? '').trim()} ${noun}`.trim();
    if (fullSurface !== name) sink.addAlias(ev, fullSurface);
    sink.relate('PARTICIPATED_IN', host.key, ev, s, { role: 'host' });
    sink.relate('PARTICIPATED_IN', guest.key, ev, s, { role: 'guest' });
    const place = after(guest.end, ['Place']);
    if (place && /\b(?:at|in)\s+(?:the\s+)?$/.test(text.slice(Math.max(guest.end, place.start - 12), place.start)))
      sink.relate('HELD_AT', ev, place.key, s);
  }
};

/** "Russia and China will hold celebrations": every country, person or body before the verb hosts the event. */
export const scheduledEvents: SentenceRule = (ctx, { sentence: s, mentions: ms }) => {
  const { sink } = ctx;
  for (const mm of s.text.matchAll(WILL_HOLD_RE)) {
    const tStart = s.start + mm.index;
    const subj = ms.filter(
      (m) => m.end <= tStart && (m.type === 'Country' || m.type === 'Person' || m.type === 'Organization'),
    );
    if (!subj.length) continue;
    const noun = (mm[1] ?? '').toLowerCase();
    const et: EventType = EVENT_KW.get(noun) ?? 'Other';
    const ev = sink.event(et, noun, s, mm[1] ?? noun, ctx.datesOf(s)[0]?.value);
    for (const m of subj) sink.relate('PARTICIPATED_IN', m.key, ev, s, { role: 'host' }, 0.6);
  }
};

/** "the first meeting of the 20th Central … Commission": a meeting the body holds. */
export const sessionsOfBodies: SentenceRule = (ctx, { sentence: s, mentions: ms }) => {
  const { text, sink } = ctx;
  for (const mm of s.text.matchAll(NUMBERED_SESSION_RE)) {
    const pStart = s.start + mm.index + mm[0].indexOf(mm[1] ?? '');
    const tEnd = s.start + mm.index + mm[0].length;
    const org = ms.find((m) => m.start === tEnd && m.type === 'Organization');
    if (!org) continue;
    const surface = text.slice(pStart, org.end);
    const type = /session/i.test(mm[1] ?? '') || /meeting/i.test(mm[1] ?? '') ? 'Meeting' : 'Conference';
    const ev = sink.event(type, surface, s, surface, ctx.datesOf(s)[0]?.value);
    sink.relate('PARTICIPATED_IN', org.key, ev, s, { role: 'host' }, 0.6);
  }
};
