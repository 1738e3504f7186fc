/** Memberships: MEMBER_OF between countries and intergovernmental bodies. */
import type { ResolvedMention } from '../entities';
import type { SentenceRule } from './context';

/** Sentences about joining, bids or observers do not state membership. */
const NOT_YET_MEMBER_RE =
  /observer|invited|will join|to join|joining|accession|\bbid\b|candidate|new members|dialogue partner|seeking/i;
const MEMBERS_OF_RE = /\bmembers?\s+(?:states?\s+)?of\s+(?:the\s+)?/i;
const FRAMEWORK_RE =
  /\b(?:within|in)\s+(?:the\s+)?frameworks?\s+of\b|\bplatforms\s+such\s+as\b|\bmechanisms\s+such\s+as\b/i;
const FOUNDERS_RE = /\bfounding\s+(?:states|members|countries|nations)\b/i;
/** "Ambassador of Chad to Ethiopia and Permanent Representative to the African Union". */
const REPRESENTATIVE_TO_RE =
  /\b(?:Permanent Representative|Ambassador|Permanent Mission)\s+(?:of\s+(?:the\s+)?[^,;]{2,40}?\s+)?to\s+(?:the\s+)?$/i;

/** After a body: "'s partnership with", "'s dialogue with" (what is framed is a relation with outsiders). */
const PARTNERSHIP_WITH_RE = /^['’]s\s+(?:\w+\s+){0,2}(?:partnerships?|dialogue|cooperation|relations)\s+with\b/i;
/** "SAARC, which groups", "the bloc -- which comprises", "ASEAN, whose members are": a list of its members follows. */
const GROUPS_RE =
  /^\s*(?:,|--|—|–|\()?\s*(?:which|that)\s+(?:groups|comprises|includes|brings\s+together|consists\s+of|unites)\s|^\s*(?:,|--|—|–|\()?\s*whose\s+(?:members|member\s+states)\s+(?:are|include)\s/i;
/** Where a list of members ends: a dash, a bracket, a semicolon, or a comma before a new clause (", while …"). */
const CLAUSE_END_RE = /\s(?:--|—|–)\s|[);]|,\s+(?!(?:and|or|the)\b)\p{Ll}/u;
/** Between a country and a body it chairs. */
const CHAIRS_RE =
  /^(?:['’]s\s+(?:rotating\s+)?(?:chairmanship|chairship|presidency)\s+of|\s*,?\s*which\s+(?:currently\s+)?chairs|\s+(?:currently\s+|previously\s+|has\s+previously\s+)?(?:chairs|chaired|has\s+chaired))\s+(?:the\s+)?$/i;
/** "A and other", "A and with other", "A, like other": before the body of "other X member states". */
const AND_OTHER_RE =
  /^\s*,?\s*(?:and|or|like|as\s+well\s+as)\s+(?:with\s+|to\s+|in\s+)?(?:the\s+|all\s+)?(?:other|fellow)\s+$/i;
/** What follows the body in "other EU member states", "fellow ASEAN members". */
const OTHER_MEMBERS_RE = /^\s+(?:member\s+)?(?:states|countries|nations|members|economies)\b/i;

const isIntergov = (m: ResolvedMention): boolean => m.gaz?.intergovernmental === true;

/**
 * "A and B, members of the X", "within the framework of X", "the founding members A, B…", "the X group (A, B, C)",
 * "Permanent Representative of A to the X", "X, which groups A, B and C", "A's chairmanship of X", "A and other X member
 * states".
 */
export const memberships: SentenceRule = (ctx, { sentence: s, mentions: ms, after }) => {
  const { text, sink } = ctx;
  const rel0 = s.start;
  const st = s.text;
  const cs = ms.filter((m) => m.type === 'Country');
  if (!NOT_YET_MEMBER_RE.test(st)) {
    const membersOf = MEMBERS_OF_RE.exec(st);
    if (membersOf) {
      const at = rel0 + membersOf.index;
      const org = after(at, ['Organization']);
      if (org) for (const c of cs.filter((c) => c.end <= at)) sink.relate('MEMBER_OF', c.key, org.key, s);
    }
    const frame = FRAMEWORK_RE.exec(st);
    if (frame) {
      const at = rel0 + frame.index;
      // "in the framework of NATO's partnership with A": A is its partner, not its member.
      const orgs = ms.filter(
        (m) =>
          m.type === 'Organization' &&
          m.start > at &&
          ctx.entities.get(m.key) &&
          isIntergov(m) &&
          !PARTNERSHIP_WITH_RE.test(text.slice(m.end, s.end)),
      );
      for (const c of cs) for (const o of orgs) sink.relate('MEMBER_OF', c.key, o.key, s, {}, 0.6);
    }
    const founders = FOUNDERS_RE.exec(st);
    if (founders) {
      const at = rel0 + founders.index;
      const org = ms.find((m) => m.type === 'Organization' && isIntergov(m));
      if (org) for (const c of cs.filter((c) => c.start > at)) sink.relate('MEMBER_OF', c.key, org.key, s);
    }
  }
  // "the BRICS group (Brazil, Russia, India, China and South Africa)": the list right after the name.
  for (const o of ms.filter((m) => m.type === 'Organization' && isIntergov(m))) {
    const par = /^\s*(?:group|bloc|members)?\s*\(([^)]{3,200})\)/.exec(text.slice(o.end, s.end));
    if (!par) continue;
    const inside = cs.filter((c) => c.start > o.end && c.end <= o.end + par[0].length);
    if (inside.length >= 2) for (const c of inside) sink.relate('MEMBER_OF', c.key, o.key, s);
  }
  for (const o of ms.filter((m) => m.type === 'Organization')) {
    // "SAARC -- which groups A, B and C --", "the bloc, which comprises A and B": its members, up to the clause's end.
    const groups = GROUPS_RE.exec(text.slice(o.end, s.end));
    if (groups) {
      const from = o.end + groups[0].length;
      const stop = CLAUSE_END_RE.exec(text.slice(from, s.end));
      const to = stop ? from + stop.index : s.end;
      const inside = cs.filter((c) => c.start >= from && c.end <= to);
      if (inside.length >= 2) for (const c of inside) sink.relate('MEMBER_OF', c.key, o.key, s);
    }
  }
  for (const o of ms.filter((m) => m.type === 'Organization' && isIntergov(m))) {
    // "Malaysia's chairmanship of ASEAN", "Ghana, which chairs ECOWAS": a state chairs a body it belongs to.
    const chairOf = [...cs].reverse().find((c) => c.end <= o.start && CHAIRS_RE.test(text.slice(c.end, o.start)));
    if (chairOf) sink.relate('MEMBER_OF', chairOf.key, o.key, s, {}, 0.6);
    // "Poland and other EU member states": the country is one of them, and so is every country listed with it.
    const other = OTHER_MEMBERS_RE.exec(text.slice(o.end, s.end));
    if (other) {
      let c = [...cs].reverse().find((x) => x.end <= o.start && AND_OTHER_RE.test(text.slice(x.end, o.start)));
      while (c) {
        sink.relate('MEMBER_OF', c.key, o.key, s, {}, 0.6);
        const at = c.start;
        c = [...cs].reverse().find((x) => x.end <= at && /^\s*,\s*$/.test(text.slice(x.end, at)));
      }
    }
  }
  for (const o of ms.filter((m) => m.type === 'Organization' && isIntergov(m))) {
    const pre = text.slice(Math.max(rel0, o.start - 80), o.start);
    if (!REPRESENTATIVE_TO_RE.test(pre.slice(-60))) continue;
    const c = [...cs]
      .reverse()
      .find(
        (x) => x.end <= o.start && o.start - x.end < 90 && /\bof\s+(?:the\s+)?$/.test(text.slice(x.start - 8, x.start)),
      );
    if (c) sink.relate('MEMBER_OF', c.key, o.key, s, {}, 0.6);
  }
};
