import { findDates } from './dates';
import { findEventPhrases } from './event-phrases';
import { entityKey, type EntityTable, type ResolvedMention } from './entities';
import { HEAD_TITLE_SET, TITLES } from './gazetteer';
import { COUNTRY_BY_ISO, EVENT_KW, fold, gazLookup } from './lexicon';
import type { EntityType, EventType, ExtractedEntity, ExtractedRelation, RelationType, Sentence } from './types';

export interface RelationContext {
  text: string;
  sentences: Sentence[];
  table: EntityTable;
  published?: string;
  /** Date for events the text does not date: the published date or the dateline's. */
  defaultDate?: string;
  /** The article's title: "Remarks by X" names who "I" is. */
  title?: string;
}

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
const PRE_TITLE_RE = new RegExp(`^\\s*(?:['’]s\\s+)?(?:the\\s+)?(?:(former|late|then)\\s+)?(${TITLE_ALT})\\s*$`, 'i');
const POST_TITLE_RE = new RegExp(
  `^\\s*,?\\s*(?:the\\s+)?(?:(former|then)\\s+)?(${TITLE_ALT})\\s+(?:of|for)\\s+(?:the\\s+)?$`,
  'i',
);
const TITLE_OF_BEFORE_RE = new RegExp(`(?:^|\\W)(?:the\\s+)?(${TITLE_ALT})\\s+of\\s+(?:the\\s+)?$`, 'i');

function isHead(title: string): boolean {
  const t = title.toLowerCase();
  if (HEAD_TITLE_SET.has(t) || t === 'leader') return true;
  return (
    /\b(president|prime minister|premier|king|queen|amir|emir|sultan|chancellor|chair(man|person|woman)?|secretary[- ]general|general secretary)\b/.test(
      t,
    ) && !/\bvice\b|\bdeputy\b/.test(t)
  );
}

const MODIFIERS_DROP = /^(?:grand|lavish|solemn|warm|another|a|an|the|his|her|their|its)\s+/i;

export function extractRelations(ctx: RelationContext): ExtractedRelation[] {
  const { text, sentences, table } = ctx;
  const rels: ExtractedRelation[] = [];
  const seen = new Set<string>();
  const ent = table.entities;
  const typeOf = (k: string): EntityType | undefined => ent.get(k)?.type;
  const bySentence = new Map<number, ResolvedMention[]>();
  for (const m of table.resolved) {
    if (m.inTitle) continue;
    const list = bySentence.get(m.sentenceIndex) ?? [];
    list.push(m);
    bySentence.set(m.sentenceIndex, list);
  }
  // "Remarks by President X …": in a first-person text, "I" and "my" are X.
  let speaker: ResolvedMention | undefined;
  const byM = ctx.title
    ? /^(?:Remarks|Statement|Speech|Address|Message|Interview|Op-ed|Keynote)\b[^:]{0,40}?\b(?:by|of|from)\s+/i.exec(
        ctx.title,
      )
    : null;
  if (byM && /(?:^|[\s“"])I\s/.test(text)) {
    const at = byM[0].length;
    const tp = table.resolved.find((m) => m.inTitle && m.type === 'Person' && m.start >= at && m.start < at + 40);
    if (tp) {
      speaker = tp;
      const re = /\b(I|my|My|me)\b/g;
      for (const s of sentences) {
        re.lastIndex = 0;
        let pm: RegExpExecArray | null;
        const list = bySentence.get(s.index) ?? [];
        while ((pm = re.exec(s.text)) !== null) {
          const start = s.start + pm.index;
          list.push({
            ...tp,
            inTitle: false,
            start,
            end: start + pm[0].length,
            surface: pm[0],
            sentenceIndex: s.index,
          });
        }
        bySentence.set(s.index, list);
      }
    }
  }
  for (const l of bySentence.values()) l.sort((a, b) => a.start - b.start);

  const add = (
    type: RelationType,
    from: string,
    to: string,
    s: Sentence,
    props: Record<string, string> = {},
    confidence = 0.7,
  ): void => {
    if (from === to) return;
    const sym = type === 'MET' || type === 'PARTNER_OF';
    const id = sym ? `${type}|${[from, to].sort().join('|')}` : `${type}|${from}|${to}`;
    if (seen.has(id)) return;
    seen.add(id);
    rels.push({
      type,
      from,
      to,
      properties: props,
      evidence: { start: s.start, end: s.end, sentenceIndex: s.index, sentence: s.text },
      confidence,
    });
  };

  const events: { key: string; type: EventType; name: string; date?: string; sentence: number }[] = [];
  const newEntity = (
    type: EntityType,
    name: string,
    s: Sentence,
    surface: string,
    props: ExtractedEntity['properties'],
  ): string => {
    const key = entityKey(type, name);
    let e = ent.get(key);
    if (!e) {
      e = { key, type, name, aliases: [name], mentions: [], properties: props, confidence: 0.7 };
      ent.set(key, e);
    }
    if (!e.aliases.includes(surface)) e.aliases.push(surface);
    const at = s.text.indexOf(surface);
    if (at >= 0)
      e.mentions.push({ start: s.start + at, end: s.start + at + surface.length, surface, sentenceIndex: s.index });
    return key;
  };
  const newEvent = (type: EventType, name: string, s: Sentence, surface: string, date: string | undefined): string => {
    const props: ExtractedEntity['properties'] = { eventType: type };
    if (date) props.date = date;
    const existing = events.find((e) => e.type === type && fold(e.name) === fold(name));
    if (existing) return existing.key;
    const key = newEntity('Event', name, s, surface, props);
    events.push(date ? { key, type, name, date, sentence: s.index } : { key, type, name, sentence: s.index });
    return key;
  };

  const dateCache = new Map<number, ReturnType<typeof findDates>>();
  const datesOf = (s: Sentence): ReturnType<typeof findDates> => {
    let d = dateCache.get(s.index);
    if (!d) {
      d = findDates(s.text, ctx.published);
      dateCache.set(s.index, d);
    }
    return d;
  };
  const sentDate = (s: Sentence): string | undefined => datesOf(s)[0]?.value;
  const countryCounts = new Map<string, number>();
  for (const m of table.resolved)
    if (m.type === 'Country') countryCounts.set(m.key, (countryCounts.get(m.key) ?? 0) + 1);
  const topCountries = [...countryCounts.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  let lastMeeting: { host: string; guest: string; event: string } | undefined;

  // Named events: dates, places and host bodies from their sentence.
  for (const s of sentences) {
    const ms = bySentence.get(s.index) ?? [];
    for (const [i, m] of ms.entries()) {
      if (m.type !== 'Event') continue;
      const e = ent.get(m.key);
      if (!e) continue;
      const et = e.properties.eventType ?? 'Other';
      if (!events.some((x) => x.key === m.key)) {
        const ds = datesOf(s);
        const date = /\bwar\b/i.test(e.name) ? undefined : (ds[0]?.value ?? undefined);
        if (date) e.properties.date = date;
        events.push(
          date
            ? { key: m.key, type: et, name: e.name, date, sentence: s.index }
            : { key: m.key, type: et, name: e.name, sentence: s.index },
        );
      }
      const next = ms.slice(i + 1).find((x) => x.start >= m.end && (x.type === 'Place' || x.type === 'Country'));
      if (next) {
        const gap = text.slice(m.end, next.start);
        if (
          /^(?:[^.;,]{0,40}\b|,\s*(?:which\s+(?:was|is)\s+|was\s+)?(?:held|opened|hosted)\s+)(?:in|at)\s+(?:the\s+)?$/.test(
            gap,
          ) &&
          gap.length < 45
        )
          add('HELD_AT', m.key, next.key, s);
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
          if (!ent.has(k) || k === m.key) continue;
          if (hit.type === 'Place' && hit.countryIso) add('HELD_AT', m.key, k, s, {}, 0.6);
          else if (hit.type === 'Organization') add('PARTICIPATED_IN', k, m.key, s, { role: 'host' }, 0.6);
          a = b - 1;
          break;
        }
        const pair = (words[a] ?? '').split(/[-–]/);
        if (pair.length === 2 && et !== 'Meeting' && et !== 'Talks') {
          const hs = pair.map((x) => gazLookup(x));
          if (hs.every((h) => h && (h.type === 'Country' || h.type === 'Organization')))
            for (const h of hs) {
              const k = h ? entityKey(h.type, h.name) : '';
              if (ent.has(k)) add('PARTICIPATED_IN', k, m.key, s, { role: 'host' }, 0.6);
            }
        }
      }
      // "The Supreme Council held its Forty-Fourth Session": the holder.
      if (
        /\b(?:held|holds|hosted|hosts|convened|opened)\s+(?:its|their)\s+$/i.test(
          text.slice(Math.max(s.start, m.start - 20), m.start),
        )
      ) {
        const holder = [...ms]
          .reverse()
          .find((x) => x.end <= m.start && x.type !== 'Event' && x.type !== 'Place' && x.type !== 'Agreement');
        if (holder) add('PARTICIPATED_IN', holder.key, m.key, s, { role: 'host' }, 0.6);
      }
      // The body named inside: "… of the Shanghai Cooperation Organization".
      for (const o of ms) {
        if (o.type === 'Organization' && o.start >= m.start && o.end <= m.end)
          add('PARTICIPATED_IN', o.key, m.key, s, { role: 'host' }, 0.6);
      }
    }
  }

  for (const s of sentences) {
    const ms = bySentence.get(s.index) ?? [];
    const st = s.text;
    const rel0 = s.start;
    const before = (pos: number, types: EntityType[]): ResolvedMention | undefined =>
      [...ms].reverse().find((m) => m.end <= pos && types.includes(m.type));
    const after = (pos: number, types: EntityType[]): ResolvedMention | undefined =>
      ms.find((m) => m.start >= pos && types.includes(m.type));
    const date = sentDate(s) ?? ctx.defaultDate;

    // LEADER_OF / AFFILIATED_WITH from titles next to names.
    for (const [i, p] of ms.entries()) {
      if (p.type !== 'Person') continue;
      const prev = ms[i - 1];
      const next = ms[i + 1];
      if (prev && (prev.type === 'Country' || prev.type === 'Organization')) {
        const gap = text.slice(prev.end, p.start);
        const mt = PRE_TITLE_RE.exec(gap);
        if (mt && mt[2]) {
          const title = mt[1] ? `${mt[1]} ${mt[2]}` : mt[2];
          if (isHead(mt[2])) add('LEADER_OF', p.key, prev.key, s, { title });
          else if (prev.type === 'Organization') add('AFFILIATED_WITH', p.key, prev.key, s, { role: mt[2] });
        } else if (prev.type === 'Organization' && /^\s+(?:reporters?|correspondents?)\s+$/i.test(gap)) {
          add('AFFILIATED_WITH', p.key, prev.key, s, { role: 'reporter' });
        } else if (/^\s*,\s*$/.test(gap)) {
          const tb = TITLE_OF_BEFORE_RE.exec(text.slice(Math.max(rel0, prev.start - 60), prev.start));
          if (tb && tb[1]) {
            if (isHead(tb[1])) add('LEADER_OF', p.key, prev.key, s, { title: tb[1] });
            else if (prev.type === 'Organization') add('AFFILIATED_WITH', p.key, prev.key, s, { role: tb[1] });
          }
        }
      }
      if (next && (next.type === 'Country' || next.type === 'Organization')) {
        const gap = text.slice(p.end, next.start);
        const mt = POST_TITLE_RE.exec(gap);
        if (mt && mt[2]) {
          const title = mt[1] ? `${mt[1]} ${mt[2]}` : mt[2];
          if (isHead(mt[2])) add('LEADER_OF', p.key, next.key, s, { title });
          else if (next.type === 'Organization') add('AFFILIATED_WITH', p.key, next.key, s, { role: mt[2] });
        } else if (/^\s+of\s+(?:the\s+)?$/.test(gap)) {
          const ts = table.titles.get(p.key) ?? [];
          const head = ts.find((t) => isHead(t));
          if (head) add('LEADER_OF', p.key, next.key, s, { title: head });
        } else if (
          next.type === 'Organization' &&
          /^\s*(?:\n|\s)+$/.test(gap) &&
          /^\s*By\s*$/i.test(text.slice(rel0, p.start))
        ) {
          add('AFFILIATED_WITH', p.key, next.key, s, { role: 'reporter' });
        } else if (
          next.type === 'Organization' &&
          /^\s+(?:from|of|at)\s+(?:the\s+)?$/.test(gap) &&
          /according to\s*$/i.test(text.slice(Math.max(rel0, p.start - 20), p.start))
        ) {
          add('AFFILIATED_WITH', p.key, next.key, s, {});
        }
      }
    }

    // LOCATED_IN: "X in Y", "Y's capital X", "X of the Y" (places).
    for (const [i, a] of ms.entries()) {
      const b = ms[i + 1];
      if (!b) continue;
      const gap = text.slice(a.end, b.start);
      if (
        a.type === 'Place' &&
        (b.type === 'Place' || b.type === 'Country') &&
        /^\s*,?\s*in\s+(?:the\s+)?(?:(?:state|province|region) of\s+)?$/.test(gap)
      )
        add('LOCATED_IN', a.key, b.key, s);
      if (a.type === 'Place' && b.type === 'Place' && /^\s+of\s+(?:the\s+)?$/.test(gap))
        add('LOCATED_IN', a.key, b.key, s);
      if (a.type === 'Country' && b.type === 'Place' && /^['’]s\s+(?:capital\s+(?:city\s+)?(?:of\s+)?)?$/.test(gap))
        add('LOCATED_IN', b.key, a.key, s);
    }

    // MET and talks.
    const metRe =
      /\b(?:held|holds|hold|holding)\s+(?:an?\s+)?((?:[\w-]+\s+){0,4}?)(talks|meeting|summit meeting)\s+with\b|\b(?:met|meets|meeting)\s+(?:with\s+)?|\b(?:received|receives|hosted|hosts|hosting)\s+/gi;
    let mm: RegExpExecArray | null;
    while ((mm = metRe.exec(st)) !== null) {
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
      if (!subj && obj && speaker && /meeting/i.test(mm[0])) subj = speaker;
      if (!subj || !obj || subj.key === obj.key) continue;
      if (text.slice(tEnd, obj.start).length > 40) continue;
      const credentials = /^\s*the\s+(?:credentials|letters of credence)\s+of\s+/i.test(text.slice(tEnd, obj.start));
      if (
        !credentials &&
        /\b(?:received|receives)\s+$/i.test(mm[0]) &&
        /^(?:\s*(?:the\s+)?(?:congratulatory|calls?|phone|letters?|messages?|credentials))/i.test(
          text.slice(tEnd, tEnd + 30),
        )
      )
        continue;
      add('MET', subj.key, obj.key, s, date ? { date } : {});
      // "met with A and B": every person in the coordinated object.
      const objs = [obj];
      for (const m of ms) {
        const last = objs[objs.length - 1];
        if (!last || m.type !== 'Person' || m.start < last.end || objs.some((o) => o.key === m.key)) continue;
        if (
          /^[^;.]{0,60}$/.test(text.slice(last.end, m.start)) &&
          /\band\b/.test(text.slice(last.end, m.start)) &&
          !/\b(?:said|says|who|which)\b/.test(text.slice(last.end, m.start))
        ) {
          objs.push(m);
          add('MET', subj.key, m.key, s, date ? { date } : {});
        } else break;
      }
      if (/hosting/i.test(mm[0])) continue;
      const isTalks = /talks/i.test(mm[0]);
      const named = ms.find((m) => m.type === 'Event' && m.start >= tStart && m.end <= tEnd);
      const objName = ent.get(obj.key)?.name ?? obj.surface;
      const evSurface = text.slice(tStart, obj.end).replace(/\s+/g, ' ');
      const ev = named
        ? named.key
        : credentials
          ? newEvent(
              'Ceremony',
              'presentation of letters of credence',
              s,
              text.slice(tStart, tEnd).replace(/\s+of\s*$/, ''),
              date,
            )
          : newEvent(
              isTalks ? 'Talks' : 'Meeting',
              isTalks ? 'talks' : `meeting with ${objName}`,
              s,
              isTalks ? 'talks' : mm[0].trim(),
              date,
            );
      const evE = ent.get(ev);
      if (evE && !named && !isTalks && evSurface.length < 80 && !evE.aliases.includes(evSurface))
        evE.aliases.push(evSurface);
      add('PARTICIPATED_IN', subj.key, ev, s, { role: 'host' });
      for (const o of objs) add('PARTICIPATED_IN', o.key, ev, s, { role: 'guest' });
      const place = after(obj.end, ['Place']);
      if (place && /\b(?:at|in)\s+(?:the\s+)?$/.test(text.slice(Math.max(obj.end, place.start - 12), place.start)))
        add('HELD_AT', ev, place.key, s);
      lastMeeting = { host: subj.key, guest: obj.key, event: ev };
    }

    // Hosted ceremonies and banquets: "X held a grand welcome ceremony for Y in Z".
    const hostRe =
      /\b(?:held|hosted|hosts|holds|gave)\s+(?:an?|the)\s+((?:[\w-]+\s+){0,3}?)(ceremony|banquet|dinner|luncheon|reception)\s+(?:for|in honou?r of)\s+/gi;
    while ((mm = hostRe.exec(st)) !== null) {
      const tStart = rel0 + mm.index;
      const tEnd = tStart + mm[0].length;
      const host = before(tStart, ['Person']);
      const guest = after(tEnd, ['Person']);
      if (!host || !guest) continue;
      const noun = (mm[2] ?? '').toLowerCase();
      let mods = (mm[1] ?? '').trim();
      while (MODIFIERS_DROP.test(mods + ' ') && mods) mods = (mods + ' ').replace(MODIFIERS_DROP, '').trim();
      const name = `${mods ? mods + ' ' : ''}${noun}`;
      const et: EventType = EVENT_KW.get(noun) ?? 'Other';
      const ev = newEvent(et, name, s, name, date);
      const evE = ent.get(ev);
      const fullSurface = `${(mm[1] ?? '').trim()} ${noun}`.trim();
      if (evE && fullSurface !== name && !evE.aliases.includes(fullSurface)) evE.aliases.push(fullSurface);
      add('PARTICIPATED_IN', host.key, ev, s, { role: 'host' });
      add('PARTICIPATED_IN', guest.key, ev, s, { role: 'guest' });
      const place = after(guest.end, ['Place']);
      if (place && /\b(?:at|in)\s+(?:the\s+)?$/.test(text.slice(Math.max(guest.end, place.start - 12), place.start)))
        add('HELD_AT', ev, place.key, s);
    }

    // "Russia and China will hold celebrations": hosts of a scheduled event.
    const holdRe =
      /\b(?:will\s+)?(?:jointly\s+)?(?:hold|holds|held|host|hosts|hosted|organi[sz]e)\s+(?:a\s+|an\s+|the\s+)?(?:grand\s+|joint\s+)?(celebrations?|summit|forum|conference|festival)\b/gi;
    while ((mm = holdRe.exec(st)) !== null) {
      const tStart = rel0 + mm.index;
      const subj = ms.filter(
        (m) => m.end <= tStart && (m.type === 'Country' || m.type === 'Person' || m.type === 'Organization'),
      );
      if (!subj.length) continue;
      const noun = (mm[1] ?? '').toLowerCase();
      const et: EventType = EVENT_KW.get(noun) ?? 'Other';
      const ev = newEvent(et, noun, s, mm[1] ?? noun, sentDate(s));
      for (const m of subj) add('PARTICIPATED_IN', m.key, ev, s, { role: 'host' }, 0.6);
    }
    // "the first meeting of the 20th Central … Commission": a meeting the body holds.
    const ordRe =
      /\b(?:the\s+)?((?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|closing|opening|plenary|annual|extraordinary)\s+)+(?:meeting|session|plenary session|congress)\s+of\s+(?:the\s+)?)/gi;
    while ((mm = ordRe.exec(st)) !== null) {
      const pStart = rel0 + mm.index + mm[0].indexOf(mm[1] ?? '');
      const tEnd = rel0 + mm.index + mm[0].length;
      const org = ms.find((m) => m.start === tEnd && m.type === 'Organization');
      if (!org) continue;
      const surface = text.slice(pStart, org.end);
      const ev = newEvent(
        /session/i.test(mm[1] ?? '') || /meeting/i.test(mm[1] ?? '') ? 'Meeting' : 'Conference',
        surface,
        s,
        surface,
        sentDate(s),
      );
      add('PARTICIPATED_IN', org.key, ev, s, { role: 'host' }, 0.6);
    }

    // Visits.
    const visitRe =
      /\b((?:(?:state|official|working|first|successful|historic|another|last|recent|previous|\w+-day)\s+)*)(visit(?:s|ing|ed)?)\b(\s+(?:to|of)\s+(?:the\s+)?)?|\barrived\s+(?:in|at)\s+(?:the\s+)?|\b(?:has|have) come to\s+/gi;
    while ((mm = visitRe.exec(st)) !== null) {
      const tStart = rel0 + mm.index;
      const tEnd = tStart + mm[0].length;
      const isNoun =
        /^visits?$/i.test(mm[2] ?? '') && !/\bto\s+$/i.test(text.slice(Math.max(rel0, tStart - 4), tStart));
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
        // "the visit to Hiroshima by Prime Minister Modi".
        const by = /^\s+by\s+(?:[\p{Lu}][\p{L}.]*\s+){0,3}$/u;
        const pa = after(dest.end, ['Person']);
        if (pa && by.test(text.slice(dest.end, pa.start))) visitor = pa;
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
        !!p && rels.some((r) => r.type === 'LEADER_OF' && r.from === p.key && r.to === destKey);
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
      const sd = sentDate(s);
      const vdate = sd ?? ctx.defaultDate?.slice(0, 7);
      add('VISITED', visitor.key, dest.key, s, vdate ? { kind, date: vdate } : { kind });
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
      const headOfState = (t: string): boolean => isHead(t) && !/\b(?:vice|deputy)\b/i.test(t);
      const isHeadVisitor =
        rels.some((r) => r.type === 'LEADER_OF' && r.from === vt && headOfState(r.properties['title'] ?? '')) ||
        (table.titles.get(vt) ?? []).some(headOfState) ||
        /\b(?:state|official)\b/.test(kindWords);
      const existing = events.find(
        (e) =>
          e.type === 'StateVisit' && rels.some((r) => r.type === 'HELD_AT' && r.from === e.key && r.to === destKey),
      );
      const ev = existing ? existing.key : newEvent(isHeadVisitor ? 'StateVisit' : 'Other', surface, s, surface, vdate);
      add('PARTICIPATED_IN', visitor.key, ev, s, { role: 'guest' });
      add('HELD_AT', ev, dest.key, s);
    }

    // Signing, issuing, adopting documents.
    const signRe = /\b(?:jointly\s+)?(signed|sign|signs|issued|adopted|inked)\b/gi;
    while ((mm = signRe.exec(st)) !== null) {
      const tStart = rel0 + mm.index;
      const tEnd = tStart + mm[0].length;
      if (/\bwitness(?:ed)?\s+the\s+$/i.test(text.slice(tStart - 20, tStart))) continue;
      let doc = after(tEnd, ['Agreement']);
      let passive = false;
      if (doc && /[,;]/.test(text.slice(tEnd, doc.start)) && text.slice(tEnd, doc.start).length > 40) doc = undefined;
      if (!doc) {
        const dm =
          /^\s+(?:and\s+\w+\s+)?(?:an?|the)\s+((?:[\w-]+\s+){0,3}?(?:memorandum of understanding|mou|agreement|treaty|declaration|joint statement|communiqu[eé]|protocol|convention|accord|charter)\b(?:\s+(?:on|to|for)\s+[\w\s-]{3,60}?(?=[,.;]|\s+(?:and|which|that|in|at|on)\b|$))?)/i.exec(
            text.slice(tEnd, s.end),
          );
        if (dm && dm[1]) {
          const phrase = dm[1].trim();
          const at = text.indexOf(phrase, tEnd);
          const key = newEntity('Agreement', phrase, s, phrase, date ? { date } : {});
          const e = ent.get(key);
          if (e && /memorandum of understanding/i.test(phrase) && !e.aliases.includes('MoU')) e.aliases.push('MoU');
          doc = {
            key,
            type: 'Agreement',
            start: at,
            end: at + phrase.length,
            surface: phrase,
            name: phrase,
            sentenceIndex: s.index,
          };
        }
      }
      if (!doc) {
        const bd = before(tStart, ['Agreement']);
        if (bd && /\b(?:was|were|has been|have been)\s+(?:jointly\s+)?$/i.test(text.slice(bd.end, tStart))) {
          doc = bd;
          passive = true;
        }
      }
      if (!doc) continue;
      let signers: string[] = [];
      if (passive) {
        const byAt = st.indexOf(' by ', tEnd - rel0);
        if (byAt >= 0)
          signers = ms
            .filter(
              (m) =>
                m.start >= rel0 + byAt && (m.type === 'Country' || m.type === 'Person' || m.type === 'Organization'),
            )
            .map((m) => m.key);
      } else {
        const subjText = text.slice(rel0, tStart);
        const lastBreak = Math.max(subjText.lastIndexOf(';'), subjText.lastIndexOf(' where '));
        const from = lastBreak >= 0 ? rel0 + lastBreak : rel0;
        const ps = ms.filter((m) => m.end <= tStart && m.start >= from && m.type === 'Person');
        const allPs = ms.filter((m) => m.end <= tStart && m.type === 'Person');
        if (ps.length) signers = ps.map((m) => m.key);
        else if (
          /\b(?:the two (?:heads of state|leaders|presidents|sides)|both (?:leaders|sides)|they)\b/i.test(subjText) &&
          (allPs.length >= 2 || lastMeeting)
        ) {
          signers =
            allPs.length >= 2 ? allPs.map((m) => m.key) : lastMeeting ? [lastMeeting.host, lastMeeting.guest] : [];
        } else
          signers = ms
            .filter((m) => m.end <= tStart && (m.type === 'Country' || m.type === 'Organization'))
            .map((m) => m.key);
      }
      for (const k of new Set(signers)) add('SIGNED', k, doc.key, s, date ? { date } : {});
      // A signing the text places: "met in Riyadh where they signed …", "was signed in Shanghai in June 2001 by …".
      let where: ResolvedMention | undefined;
      const pa = after(tEnd, ['Place', 'Country']);
      if (pa && /^\s+in\s+(?:the\s+)?$/.test(text.slice(tEnd, pa.start))) {
        const cap = ms.find((m) => m.start > pa.end && m.type === 'Place');
        where =
          pa.type === 'Country' && cap && /^['’]s\s+(?:capital(?:\s+city)?\s+)?$/.test(text.slice(pa.end, cap.start))
            ? cap
            : pa;
      }
      const pb = before(tStart, ['Place']);
      if (!where && pb && /^\s*,?\s+where\s+(?:\w+\s+){0,2}$/.test(text.slice(pb.end, tStart))) where = pb;
      if (where && signers.length) {
        const docName = ent.get(doc.key)?.name ?? doc.surface;
        const ds = datesOf(s).filter((d) => rel0 + d.start >= tStart);
        const sdate = ds[0]?.value ?? date;
        const ev = newEvent('Signing', `signing of the ${docName}`, s, mm[0].trim(), sdate);
        for (const k of new Set(signers)) add('PARTICIPATED_IN', k, ev, s, { role: 'attendee' }, 0.6);
        add('HELD_AT', ev, where.key, s, {}, 0.6);
      }
    }

    // Partnerships between countries.
    if (/partnership|\bpartners\b/i.test(st)) {
      const cs = ms.filter((m) => m.type === 'Country');
      const kindM = /((?:[\w-]+\s+){0,4}partnership(?:\s+of\s+coordination)?(?:\s+in\s+the\s+new\s+era)?)/i.exec(st);
      const kind = (kindM?.[1] ?? 'partnership')
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
        // The last two countries named before this sentence.
        const recent: string[] = [];
        for (const m of [...table.resolved]
          .filter((x) => !x.inTitle && x.sentenceIndex < s.index)
          .sort((a, b) => b.start - a.start)) {
          if (m.type === 'Country' && !recent.includes(m.key)) recent.push(m.key);
          if (recent.length === 2) break;
        }
        const [c1, c2] = recent.length === 2 ? recent : topCountries;
        if (c1 && c2) pairs.push([c1, c2]);
      }
      for (const [a, b] of pairs) add('PARTNER_OF', a, b, s, { kind }, 0.6);
    }

    // Membership.
    if (
      !/observer|invited|will join|to join|joining|accession|\bbid\b|candidate|new members|dialogue partner|seeking/i.test(
        st,
      )
    ) {
      const cs = ms.filter((m) => m.type === 'Country');
      const membersOf = /\bmembers?\s+(?:states?\s+)?of\s+(?:the\s+)?/i.exec(st);
      if (membersOf) {
        const at = rel0 + membersOf.index;
        const org = after(at, ['Organization']);
        if (org) for (const c of cs.filter((c) => c.end <= at)) add('MEMBER_OF', c.key, org.key, s);
      }
      const frame =
        /\b(?:within|in)\s+(?:the\s+)?frameworks?\s+of\b|\bplatforms\s+such\s+as\b|\bmechanisms\s+such\s+as\b/i.exec(
          st,
        );
      if (frame) {
        const at = rel0 + frame.index;
        const orgs = ms.filter((m) => m.type === 'Organization' && m.start > at && ent.get(m.key) && isIntergov(m));
        for (const c of cs) for (const o of orgs) add('MEMBER_OF', c.key, o.key, s, {}, 0.6);
      }
      const founders = /\bfounding\s+(?:states|members|countries|nations)\b/i.exec(st);
      if (founders) {
        const at = rel0 + founders.index;
        const org = ms.find((m) => m.type === 'Organization' && isIntergov(m));
        if (org) for (const c of cs.filter((c) => c.start > at)) add('MEMBER_OF', c.key, org.key, s);
      }
    }
    {
      // "the BRICS group (Brazil, Russia, India, China and South Africa)": the list right after the name.
      const cs = ms.filter((m) => m.type === 'Country');
      for (const o of ms.filter((m) => m.type === 'Organization' && isIntergov(m))) {
        const par = /^\s*(?:group|bloc|members)?\s*\(([^)]{3,200})\)/.exec(text.slice(o.end, s.end));
        if (!par) continue;
        const inside = cs.filter((c) => c.start > o.end && c.end <= o.end + par[0].length);
        if (inside.length >= 2) for (const c of inside) add('MEMBER_OF', c.key, o.key, s);
      }
      // "Ambassador of Chad to Ethiopia and Permanent Representative to the African Union".
      const prRe =
        /\b(?:Permanent Representative|Ambassador|Permanent Mission)\s+(?:of\s+(?:the\s+)?[^,;]{2,40}?\s+)?to\s+(?:the\s+)?$/i;
      for (const o of ms.filter((m) => m.type === 'Organization' && isIntergov(m))) {
        const pre = text.slice(Math.max(rel0, o.start - 80), o.start);
        if (!prRe.test(pre.slice(-60))) continue;
        const c = [...cs]
          .reverse()
          .find(
            (x) =>
              x.end <= o.start && o.start - x.end < 90 && /\bof\s+(?:the\s+)?$/.test(text.slice(x.start - 8, x.start)),
          );
        if (c) add('MEMBER_OF', c.key, o.key, s, {}, 0.6);
      }
    }

    // Attendance: "A, B, C and others attended / participated in …".
    const attRe = /\b(?:participated in|attended|were present at|took part in|joined)\b/gi;
    while ((mm = attRe.exec(st)) !== null) {
      const tStart = rel0 + mm.index;
      const tEnd = tStart + mm[0].length;
      const ps = ms.filter((m) => m.end <= tStart && m.type === 'Person');
      if (!ps.length) continue;
      const rest = text.slice(tEnd, s.end);
      let targets: string[] = [];
      const named = after(tEnd, ['Event']);
      if (/^\s+the\s+above\s+(?:activities|events)/i.test(rest)) {
        targets = events
          .filter(
            (e) =>
              e.type !== 'StateVisit' &&
              e.sentence < s.index &&
              ['Talks', 'Meeting', 'Ceremony', 'Banquet'].includes(e.type),
          )
          .map((e) => e.key);
      } else if (named && named.start - tEnd < 40) targets = [named.key];
      else if (/^\s+the\s+(?:meeting|talks)/i.test(rest)) {
        const last = [...events].reverse().find((e) => e.type === 'Meeting' || e.type === 'Talks');
        if (last) targets = [last.key];
      }
      const speaker = /delivered\s+(?:a|an|the)\s+(?:\w+\s+)?speech|addressed/i.test(rest);
      for (const t of targets)
        for (const p of ps) add('PARTICIPATED_IN', p.key, t, s, { role: speaker ? 'speaker' : 'attendee' });
      if (speaker)
        for (const t of targets)
          for (const p of ps) if (ent.get(t)?.type === 'Event') add('ADDRESSED', p.key, t, s, { kind: 'speech' });
    }

    // Letters, messages, speeches to an event or body.
    const addrRe =
      /\b((?:congratulatory|welcome|opening|keynote|video)\s+)?(letter|message|speech|address|remarks)\b/gi;
    while ((mm = addrRe.exec(st)) !== null) {
      const tStart = rel0 + mm.index;
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
        const tw = /\bto\s+the\s+[\w\s-]{0,40}?\b(forum|summit|meeting|conference|session|ceremony)\b/i.exec(
          text.slice(tEnd, s.end),
        );
        const wantType = tw ? EVENT_KW.get((tw[1] ?? '').toLowerCase()) : undefined;
        const cands = wantType
          ? [...ent.values()].filter((e) => e.type === 'Event' && e.properties.eventType === wantType)
          : [];
        if (cands.length === 1 && cands[0]) targetKey = cands[0].key;
        else if (fromM || /\bspeech\b/i.test(kind)) {
          const inSent = ms.find((m) => m.type === 'Event');
          const last = [...events]
            .reverse()
            .find((e) => e.type === 'Meeting' || e.type === 'Forum' || e.type === 'Summit' || e.type === 'Conference');
          targetKey = inSent?.key ?? last?.key;
        }
      }
      if (!targetKey || typeOf(targetKey) === 'Person') continue;
      add('ADDRESSED', speaker.key, targetKey, s, date ? { kind, date } : { kind }, 0.6);
    }
  }

  // Messages and calls between people: events, but not meetings.
  for (const s of sentences) {
    const ms = bySentence.get(s.index) ?? [];
    const rel0 = s.start;
    const persons = ms.filter((m) => m.type === 'Person');
    if (persons.length < 2) continue;
    const msgRe =
      /\bsent\s+(?:a|an|his|her)\s+((?:congratulatory|condolence|thank-you|greetings?|new year)\s+)?(message|letter|cable|telegram)\s+to\s+/gi;
    const callRe =
      /\b(?:spoke|speaks|talked|held\s+(?:a\s+)?(?:phone|telephone)\s+(?:call|conversation)s?)\s+(?:(?:today|yesterday|on\s+\w+day)\s+)?(?:(?:by|over|on)\s+(?:the\s+)?(?:phone|telephone)\s+)?with\s+/gi;
    for (const [re, kindName] of [
      [msgRe, 'message'],
      [callRe, 'call'],
    ] as const) {
      re.lastIndex = 0;
      let mm: RegExpExecArray | null;
      while ((mm = re.exec(s.text)) !== null) {
        const tStart = rel0 + mm.index;
        const tEnd = tStart + mm[0].length;
        const from = [...persons].reverse().find((m) => m.end <= tStart);
        const to = persons.find((m) => m.start >= tEnd);
        if (!from || !to || from.key === to.key || to.start - tEnd > 40) continue;
        if (
          kindName === 'message' &&
          !/^(?:(?:his|her|their)\s+)?(?:[\p{L}-]+\s+)?(?:counterpart,?\s+)?[\p{Lu}]/u.test(
            text.slice(tEnd, to.start + 1),
          )
        )
          continue;
        const ds = datesOf(s).filter((d) => rel0 + d.end <= to.end + 5);
        const date = ds[ds.length - 1]?.value ?? ctx.defaultDate;
        const adj = (mm[1] ?? '').trim().toLowerCase();
        const name = kindName === 'message' ? `${adj ? adj + ' ' : ''}${(mm[2] ?? 'message').toLowerCase()}` : 'call';
        const surface = kindName === 'message' ? (mm[2] ?? 'message') : mm[0].trim();
        const ev = newEvent('Other', name, s, surface, date);
        add('PARTICIPATED_IN', from.key, ev, s, { role: kindName === 'message' ? 'speaker' : 'attendee' }, 0.6);
        add('PARTICIPATED_IN', to.key, ev, s, { role: kindName === 'message' ? 'guest' : 'attendee' }, 0.6);
        // "his Chinese counterpart, Xi Jinping": the same office in the other country.
        const cp = /^(?:his|her)\s+([\p{L}-]+)\s+counterpart,?\s+$/u.exec(text.slice(tEnd, to.start));
        const c = cp ? ms.find((m) => m.type === 'Country' && m.start >= tEnd && m.end <= to.start) : undefined;
        const lt = rels.find((r) => r.type === 'LEADER_OF' && r.from === from.key && typeOf(r.to) === 'Country');
        if (c && lt) add('LEADER_OF', to.key, c.key, s, { title: lt.properties['title'] ?? 'leader' }, 0.6);
      }
    }
  }

  // Events named by common nouns: "the summit", "Tuesday's official talks", "a press conference".
  const REPORT_BEFORE = /\b(?:said|says|told|reported|added|stated|announced|noted|wrote)\s+(?:on\s+)?$/i;
  const HELD_GAP =
    /^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:has|have|had|was|were|is|are|will)\s+)?(?:(?:been|be|being)\s+)?(?:(?:already|officially|formally)\s+)?(?:held|opened|started|begun|began|convened|kicked off|kicks off|taking place|took place|takes place|underway|under way)?\s*(?:in|at)\s+(?:the\s+)?$/i;
  const participantsOf = (key: string): Set<string> =>
    new Set(
      rels
        .filter((r) => (r.type === 'PARTICIPATED_IN' && r.to === key) || (r.type === 'HELD_AT' && r.from === key))
        .map((r) => (r.type === 'HELD_AT' ? r.to : r.from)),
    );
  const ordinalOf = (s: string): string | undefined =>
    /\b(\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[a-z]+-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))\b/i
      .exec(s)?.[1]
      ?.toLowerCase();
  const addAlias = (key: string, surface: string, s: Sentence, at: number): void => {
    const e = ent.get(key);
    if (!e) return;
    if (!e.aliases.includes(surface)) e.aliases.push(surface);
    if (!e.mentions.some((x) => x.start === at))
      e.mentions.push({ start: at, end: at + surface.length, surface, sentenceIndex: s.index });
  };
  const defaultDated = new Set<string>();
  for (const s of sentences) {
    const ms = bySentence.get(s.index) ?? [];
    const rel0 = s.start;
    const local = (m: ResolvedMention): { start: number; end: number } => ({
      start: m.start - rel0,
      end: m.end - rel0,
    });
    const phrases = findEventPhrases(s.text, {
      nameSpans: ms.filter((m) => m.type !== 'Person').map(local),
      placeSpans: ms.filter((m) => m.type === 'Country' || m.type === 'Place').map(local),
      orgSpans: ms.filter((m) => m.type === 'Organization').map(local),
    });
    if (!phrases.length) continue;
    const ds = datesOf(s).filter((d) => !REPORT_BEFORE.test(s.text.slice(Math.max(0, d.start - 30), d.start)));
    const persons = ms.filter((m) => m.type === 'Person');
    for (const [i, ph] of phrases.entries()) {
      const aStart = rel0 + ph.start;
      const aEnd = rel0 + ph.end;
      const inside = ms.filter((m) => m.start >= aStart && m.end <= aEnd && m.type !== 'Person');
      // The date closest to this phrase, unless another phrase is closer to it.
      const dist = (d: { start: number; end: number }, p: { start: number; end: number }): number =>
        d.end <= p.start ? p.start - d.end : d.start >= p.end ? d.start - p.end : 0;
      const own = ds
        .filter((d) => phrases.every((q, j) => j === i || dist(d, ph) <= dist(d, q)))
        .sort((a, b) => dist(a, ph) - dist(b, ph))[0];
      const attached = own && dist(own, ph) < 60 ? own.value : undefined;
      const sameType = events.filter((e) => e.type === ph.type);
      const core = fold(ph.surface);
      const capKeys = inside.map((m) => m.key);
      const ord = ordinalOf(ph.surface);
      let key: string | undefined;
      if (ph.conflict) {
        const place = inside.find((m) => m.type === 'Country' || m.type === 'Place');
        const pname = place ? (ent.get(place.key)?.name ?? place.surface) : '';
        const name = `war in ${pname}`;
        key = newEntity('Event', name, s, ph.surface, { eventType: 'Other' });
        if (!events.some((e) => e.key === key)) events.push({ key, type: 'Other', name, sentence: s.index });
        continue;
      }
      const exact = sameType.find((e) => (ent.get(e.key)?.aliases ?? []).some((a) => fold(a) === core));
      if (exact) key = exact.key;
      if (!key) {
        const compatible = sameType.filter((e) => {
          const en = ent.get(e.key);
          if (!en) return false;
          const eo = ordinalOf(en.name);
          if (ord !== eo && (ord || (eo && capKeys.length))) return false;
          if (capKeys.length) {
            const pk = participantsOf(e.key);
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
        addAlias(key, ph.surface, s, aStart);
        const e = ent.get(key);
        const rec = events.find((x) => x.key === key);
        if (e && rec && attached && (!e.properties.date || defaultDated.has(key))) {
          e.properties.date = attached;
          rec.date = attached;
          defaultDated.delete(key);
        }
      } else {
        const date = attached ?? ctx.defaultDate;
        key = newEvent(ph.type, ph.surface, s, ph.surface, date);
        if (!attached) defaultDated.add(key);
      }
      const ek = key;
      for (const m of inside)
        if (m.type === 'Organization' || (m.type === 'Country' && ph.type !== 'Meeting' && ph.type !== 'Talks'))
          add('PARTICIPATED_IN', m.key, ek, s, { role: 'host' }, 0.6);
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
          const lo = Math.min(p.end, aStart);
          const hi = Math.max(p.start, aEnd);
          const between = text.slice(lo, hi);
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
          add('PARTICIPATED_IN', p.key, ek, s, { role: 'attendee' }, 0.55);
        }
      // Place: "… in Johannesburg", "… has started in Kazakhstan's capital Astana".
      const next = ms.find((m) => m.start >= aEnd && (m.type === 'Place' || m.type === 'Country'));
      if (next) {
        const gap = text.slice(aEnd, next.start);
        let target = next;
        const cap = /^['’]s\s+capital(?:\s+city)?\s+$/;
        const after2 = ms.find((m) => m.start > next.end && m.type === 'Place');
        if (next.type === 'Country' && after2 && cap.test(text.slice(next.end, after2.start))) target = after2;
        if (HELD_GAP.test(gap) && gap.length < 50) add('HELD_AT', ek, target.key, s);
      }
    }
  }

  // Bilateral events: when the article has one in-person meeting pair, its talks, dinners and ceremonies have both.
  const metPairs = rels.filter((r) => r.type === 'MET');
  if (metPairs.length === 1 && metPairs[0]) {
    const pair = [metPairs[0].from, metPairs[0].to];
    for (const e of events) {
      if (!['Talks', 'Banquet', 'Ceremony'].includes(e.type)) continue;
      const ps = rels.filter((r) => r.type === 'PARTICIPATED_IN' && r.to === e.key).map((r) => r.from);
      const persons = ps.filter((k) => typeOf(k) === 'Person');
      if (persons.some((k) => !pair.includes(k)) || ps.length > persons.length) continue;
      const s = sentences[e.sentence];
      if (!s) continue;
      for (const k of pair) add('PARTICIPATED_IN', k, e.key, s, { role: 'attendee' }, 0.5);
    }
  }
  // Leaders: a head-of-state title without a country goes to the article's main country that has no such leader yet.
  const led = new Map<string, Set<string>>();
  for (const r of rels)
    if (r.type === 'LEADER_OF')
      led.set(r.to, (led.get(r.to) ?? new Set()).add(r.properties['title']?.toLowerCase() ?? ''));
  for (const [key, ts] of table.titles) {
    if (rels.some((r) => r.type === 'LEADER_OF' && r.from === key)) continue;
    const head = ts.find((t) =>
      /^(?:president|prime minister|premier|king|queen|amir|emir|sultan|chancellor)$/i.test(t),
    );
    if (!head) continue;
    const c = topCountries.find(
      (k) => (countryCounts.get(k) ?? 0) >= 2 && !(led.get(k)?.has(head.toLowerCase()) ?? false),
    );
    const p = table.resolved.find((m) => m.key === key && !m.inTitle);
    const s = p ? sentences[p.sentenceIndex] : undefined;
    if (c && s) {
      add('LEADER_OF', key, c, s, { title: head }, 0.5);
      led.set(c, (led.get(c) ?? new Set()).add(head.toLowerCase()));
    }
  }
  // Visits are hosted by the destination's leader.
  for (const r of [...rels]) {
    if (r.type !== 'HELD_AT' || ent.get(r.from)?.properties.eventType !== 'StateVisit') continue;
    const leader = rels.find((x) => x.type === 'LEADER_OF' && x.to === r.to);
    const s = sentences[r.evidence.sentenceIndex];
    const vd = ent.get(r.from)?.properties.date;
    if (vd !== ctx.defaultDate && vd !== ctx.defaultDate?.slice(0, 7)) continue;
    if (leader && s) add('PARTICIPATED_IN', leader.from, r.from, s, { role: 'host' }, 0.5);
  }
  // Cities in a country the article names.
  for (const m of table.resolved) {
    const iso = m.gaz?.countryIso;
    if (!iso || m.inTitle) continue;
    const cname = COUNTRY_BY_ISO.get(iso);
    if (!cname) continue;
    const ck = entityKey('Country', cname);
    const s = sentences[m.sentenceIndex];
    // A dateline city ("MOSCOW (AP) —") says where the reporter was, not much about the city.
    if (m.sentenceIndex === 0 && s && m.start - s.start < 25) continue;
    if (ent.has(ck) && s && !rels.some((r) => r.type === 'LOCATED_IN' && r.from === m.key))
      add('LOCATED_IN', m.key, ck, s, {}, 0.5);
  }
  return rels;
}

function isIntergov(m: ResolvedMention): boolean {
  return m.gaz?.intergovernmental === true;
}
