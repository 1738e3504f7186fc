/** Signings: SIGNED between signers and agreements (named, or named here from "signed a … agreement"), and the signing event. */
import type { ResolvedMention } from '../entities';
import type { SentenceRule } from './context';

const SIGN_RE = /\b(?:jointly\s+)?(signed|sign|signs|issued|adopted|inked)\b/gi;
/** "signed a memorandum of understanding on …": a document the text names by its kind. */
const DOCUMENT_AFTER_RE =
  /^\s+(?:and\s+\w+\s+)?(?:an?|the)\s+((?:[\w-]+\s+){0,3}?(?:memorandum of understanding|mou|agreement|treaty|declaration|joint statement|communiqu[eé]|protocol|convention|accord|charter)\b(?:\s+(?:on|to|for)\s+[\w\s-]{3,60}?(?=[,.;]|\s+(?:and|which|that|in|at|on)\b|$))?)/i;
const BOTH_SIDES_RE = /\b(?:the two (?:heads of state|leaders|presidents|sides)|both (?:leaders|sides)|they)\b/i;

/**
 * "X and Y signed the Z agreement", "the Z was signed by A and B", "the two leaders signed …": SIGNED from each
 * signer (the people of the clause, else the pair of the last meeting, else its countries and bodies), and a Signing
 * event when the text places the signing. Reads the last meeting that earlier rules recorded.
 */
export const signings: SentenceRule = (ctx, { sentence: s, mentions: ms, date, before, after }) => {
  const { text, sink } = ctx;
  const rel0 = s.start;
  const st = s.text;
  for (const mm of st.matchAll(SIGN_RE)) {
    const tStart = rel0 + mm.index;
    const tEnd = tStart + mm[0].length;
    if (/\bwitness(?:ed)?\s+the\s+$/i.test(text.slice(tStart - 20, tStart))) continue;
    let doc = after(tEnd, ['Agreement']);
    let passive = false;
    if (doc && /[,;]/.test(text.slice(tEnd, doc.start)) && text.slice(tEnd, doc.start).length > 40) doc = undefined;
    if (!doc) {
      const dm = DOCUMENT_AFTER_RE.exec(text.slice(tEnd, s.end));
      const last = ctx.discourse.lastAgreement;
      // "… signed an agreement on X. The ministers signed the agreement before …": the one the text just named.
      if (dm && last && /^\s+the\s+(?:agreement|treaty|accord)$/i.test(dm[0])) {
        const at = tEnd + dm[0].length - (dm[1]?.length ?? 0);
        const surface = dm[1] ?? '';
        doc = {
          key: last,
          type: 'Agreement',
          start: at,
          end: at + surface.length,
          surface,
          name: surface,
          sentenceIndex: s.index,
        };
      } else if (dm && dm[1] && !/^following\b/i.test(dm[1])) {
        let phrase = dm[1].trim();
        // "an agreement on BIMSTEC Maritime Transport Cooperation marking …": the capitalized name it is on.
        const named = /^(?:on|for)\s+\p{Lu}[\p{L}\p{N}-]*(?:\s+(?:(?:of|and|the)\s+)*\p{Lu}[\p{L}\p{N}-]*)*/u.exec(
          text.slice(tEnd + dm[0].length).trimStart(),
        );
        if (named && /\S$/.test(dm[0]) && !/\s(?:on|to|for)\s/i.test(phrase)) phrase = `${phrase} ${named[0]}`;
        const at = text.indexOf(phrase, tEnd);
        const key = sink.entity('Agreement', phrase, s, phrase, date ? { date } : {});
        if (/memorandum of understanding/i.test(phrase)) sink.addAlias(key, 'MoU');
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
    ctx.discourse.lastAgreement = doc.key;
    let signers: string[] = [];
    if (passive) {
      const byAt = st.indexOf(' by ', tEnd - rel0);
      if (byAt >= 0)
        signers = ms
          .filter(
            (m) => m.start >= rel0 + byAt && (m.type === 'Country' || m.type === 'Person' || m.type === 'Organization'),
          )
          .map((m) => m.key);
    } else {
      const subjText = text.slice(rel0, tStart);
      const lastBreak = Math.max(subjText.lastIndexOf(';'), subjText.lastIndexOf(' where '));
      const from = lastBreak >= 0 ? rel0 + lastBreak : rel0;
      const ps = ms.filter((m) => m.end <= tStart && m.start >= from && m.type === 'Person');
      const allPs = ms.filter((m) => m.end <= tStart && m.type === 'Person');
      const lastMeeting = ctx.discourse.lastMeeting;
      if (ps.length) signers = ps.map((m) => m.key);
      else if (BOTH_SIDES_RE.test(subjText) && (allPs.length >= 2 || lastMeeting)) {
        signers =
          allPs.length >= 2 ? allPs.map((m) => m.key) : lastMeeting ? [lastMeeting.host, lastMeeting.guest] : [];
      } else
        signers = ms
          .filter((m) => m.end <= tStart && (m.type === 'Country' || m.type === 'Organization'))
          .map((m) => m.key);
    }
    for (const k of new Set(signers)) sink.relate('SIGNED', k, doc.key, s, date ? { date } : {});
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
      const docName = ctx.entities.get(doc.key)?.name ?? doc.surface;
      const ds = ctx.datesOf(s).filter((d) => rel0 + d.start >= tStart);
      const sdate = ds[0]?.value ?? date;
      const ev = sink.event('Signing', `signing of the ${docName}`, s, mm[0].trim(), sdate);
      for (const k of new Set(signers)) sink.relate('PARTICIPATED_IN', k, ev, s, { role: 'attendee' }, 0.6);
      sink.relate('HELD_AT', ev, where.key, s, {}, 0.6);
    }
  }
};

/** "signed the following agreements:", "inked the following documents:": a list of what was signed follows. */
const SIGNED_FOLLOWING_RE = /\b(?:signed|inked|concluded|exchanged)\s+(?:the\s+)?following\b[^:]{0,80}:/i;
/** A subject that stands for the article's two countries. */
const TWO_COUNTRIES_RE = /\b(?:the two|both)\s+(?:countries|sides|governments|nations|states)\b/i;

/**
 * "The two countries signed the following agreements:" and the documents listed after the colon, in the sentence or
 * in the list items (one per line) that follow it: each is SIGNED by the clause's subject (its people, else its
 * countries and bodies, else, for "the two countries", the two countries the article names most).
 */
export const signedLists: SentenceRule = (ctx, { sentence: s, mentions: ms }) => {
  const { text, sink } = ctx;
  const mm = SIGNED_FOLLOWING_RE.exec(s.text);
  if (!mm) return;
  const verbAt = s.start + mm.index;
  const colon = s.start + mm.index + mm[0].length;
  const subject = ms.filter((m) => m.end <= verbAt);
  const people = subject.filter((m) => m.type === 'Person');
  const parties = subject.filter((m) => m.type === 'Country' || m.type === 'Organization');
  let signers = (people.length ? people : parties).map((m) => m.key);
  if (!signers.length && TWO_COUNTRIES_RE.test(text.slice(s.start, verbAt)) && ctx.topCountries.length >= 2)
    signers = ctx.topCountries.slice(0, 2);
  if (!signers.length) return;
  const docs = ms.filter((m) => m.type === 'Agreement' && m.start >= colon);
  if (!docs.length) {
    // The list items: the sentences after it, one per line, each opening with a document's name.
    for (const next of ctx.sentences.slice(s.index + 1)) {
      const first = ctx.mentionsIn(next.index)[0];
      if (!first || first.type !== 'Agreement' || !/^[\s\d.)•*–-]*$/.test(text.slice(next.start, first.start))) break;
      if (!/\n/.test(text.slice(ctx.sentences[next.index - 1]?.end ?? next.start, next.start))) break;
      docs.push(first);
    }
  }
  for (const d of docs) for (const k of new Set(signers)) sink.relate('SIGNED', k, d.key, s);
};
