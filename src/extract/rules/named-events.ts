/** Named events ("the G20 Summit", "the Eastern Economic Forum"): their dates, places and host bodies. */
import { entityKey } from '../entities';
import { gazLookup } from '../lexicon';
import type { SentenceRule } from './context';

const HELD_AFTER_NAME_RE =
  /^(?:[^.;,]{0,40}\b|,\s*(?:which\s+(?:was|is)\s+|was\s+)?(?:held|opened|hosted)\s+)(?:in|at)\s+(?:the\s+)?$/;
/** A clause that reports the event as happening or done ("kicked off", "was held", "chaired"). */
const HAPPENING_RE =
  /\b(?:kick(?:s|ed)? off|t(?:ook|akes) place|(?:is|are|was|were) (?:being )?held|held|holds|open(?:s|ed)|clos(?:es|ed)|chair(?:s|ed)|attend(?:s|ed)|host(?:s|ed)|convened|beg(?:an|ins)|started|concluded|ended|signed at|(?:is|are) taking (?:part|place)|took part)\b/i;
/** …unless it is reported ahead of time. */
const AHEAD_RE = /\b(?:will|shall|would|next|upcoming|forthcoming|expected|scheduled|to be held|plans?)\b/i;
/** A meeting of heads of state ("Consultative Meeting of the Heads of State", "at the Summit Level") is a summit. */
const SUMMIT_NAME_RE = /\bheads? of state\b|\bsummit level\b/i;
const HOLDS_ITS_RE = /\b(?:held|holds|hosted|hosts|convened|opened)\s+(?:its|their)\s+$/i;

/**
 * Tracks each named event (dated by its sentence's first date, or by the report's day when it is told as happening;
 * a war is not dated), and relates it to the place
 * named after it, the places and bodies named inside its name, and the body that "held its" event.
 */
export const namedEvents: SentenceRule = (ctx, { sentence: s, mentions: ms }) => {
  const { text, sink, entities } = ctx;
  for (const [i, m] of ms.entries()) {
    if (m.type !== 'Event') continue;
    const e = entities.get(m.key);
    if (!e) continue;
    if (e.properties.eventType === 'Meeting' && SUMMIT_NAME_RE.test(e.name)) e.properties.eventType = 'Summit';
    const et = e.properties.eventType ?? 'Other';
    if (!sink.isTracked(m.key)) {
      // A named event without a date of its own that the sentence reports as happening takes the day the
      // paragraph last stated, else the article's date.
      const happening = HAPPENING_RE.test(s.text) && !AHEAD_RE.test(s.text);
      const date = /\bwar\b/i.test(e.name)
        ? undefined
        : (ctx.datesOf(s)[0]?.value ?? (happening ? ctx.dateOf(s) : undefined));
      if (date) e.properties.date = date;
      sink.track(
        date
          ? { key: m.key, type: et, name: e.name, date, sentence: s.index }
          : { key: m.key, type: et, name: e.name, sentence: s.index },
      );
    }
    const next = ms.slice(i + 1).find((x) => x.start >= m.end && (x.type === 'Place' || x.type === 'Country'));
    if (next) {
      const gap = text.slice(m.end, next.start);
      if (HELD_AFTER_NAME_RE.test(gap) && gap.length < 45) sink.relate('HELD_AT', m.key, next.key, s);
    }
    // Names inside the event's name: "FOCAC Beijing Summit", "G7 Hiroshima Summit", "EU-China Summit".
    const words = m.surface.split(/[\s/]+/);
    for (let a = 0; a < words.length; a++) {
      for (let b = Math.min(words.length, a + 4); b > a; b--) {
        const w = words
          .slice(a, b)
          .join(' ')
          .replace(/['’]s$/, '');
        const hit = gazLookup(w);
        if (!hit) continue;
        const k = entityKey(hit.type, hit.name);
        if (!entities.has(k) || k === m.key) continue;
        if (hit.type === 'Place' && hit.countryIso) sink.relate('HELD_AT', m.key, k, s, {}, 0.6);
        else if (hit.type === 'Organization') sink.relate('PARTICIPATED_IN', k, m.key, s, { role: 'host' }, 0.6);
        a = b - 1;
        break;
      }
      const pair = (words[a] ?? '').split(/[-–]/);
      if (pair.length === 2 && et !== 'Meeting' && et !== 'Talks') {
        const hs = pair.map((x) => gazLookup(x));
        if (hs.every((h) => h && (h.type === 'Country' || h.type === 'Organization')))
          for (const h of hs) {
            const k = h ? entityKey(h.type, h.name) : '';
            if (entities.has(k)) sink.relate('PARTICIPATED_IN', k, m.key, s, { role: 'host' }, 0.6);
          }
      }
    }
    // "The Supreme Council held its Forty-Fourth Session": the holder.
    if (HOLDS_ITS_RE.test(text.slice(Math.max(s.start, m.start - 20), m.start))) {
      const holder = [...ms]
        .reverse()
        .find((x) => x.end <= m.start && x.type !== 'Event' && x.type !== 'Place' && x.type !== 'Agreement');
      if (holder) sink.relate('PARTICIPATED_IN', holder.key, m.key, s, { role: 'host' }, 0.6);
    }
    // The body named inside: "… of the Shanghai Cooperation Organization".
    for (const o of ms) {
      if (o.type === 'Organization' && o.start >= m.start && o.end <= m.end)
        sink.relate('PARTICIPATED_IN', o.key, m.key, s, { role: 'host' }, 0.6);
    }
  }
};
