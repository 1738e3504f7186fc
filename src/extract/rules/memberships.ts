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

const isIntergov = (m: ResolvedMention): boolean => m.gaz?.intergovernmental === true;

/**
 * "A and B, members of the X", "within the framework of X", "the founding members A, B…", "the X group (A, B, C)",
 * "Permanent Representative of A to the X".
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
      const orgs = ms.filter(
        (m) => m.type === 'Organization' && m.start > at && ctx.entities.get(m.key) && isIntergov(m),
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
