/**
 * Events named by common-noun phrases: "the summit", "a pomp-laden Kremlin ceremony", "Tuesday's official talks",
 * "a press conference", "the closing meeting of the session", "the war in Ukraine". Pure: works on one sentence.
 */
import type { EventType } from '../types';

export interface EventPhrase {
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  /** The phrase without its determiner ("pomp-laden Kremlin ceremony"). */
  surface: string;
  /** The head noun as written ("ceremony", "press conference"). */
  head: string;
  type: EventType;
  /** Words before the head, determiner excluded. */
  modifiers: string[];
  /** "the", "a", "his", "Tuesday's"… when present. */
  determiner?: string;
  /** Offset where the "of …"/"in …" complement starts, when the phrase has one. */
  tailStart?: number;
  /** A war or conflict: dated by nothing, named "war in X". */
  conflict: boolean;
}

const HEADS: [RegExp, EventType][] = [
  [/^(?:press|news) conferences?$/, 'Other'],
  // Remarks given to the press together, an occasion (a "joint statement" is a document, not this).
  [/^press statements?$/, 'Other'],
  [/^(?:phone|telephone) (?:calls?|conversations?)$/, 'Other'],
  [/^talks$/, 'Talks'],
  [/^meetings?$/, 'Meeting'],
  [/^summits?$/, 'Summit'],
  [/^ceremony$/, 'Ceremony'],
  [/^(?:banquet|dinner|luncheon)$/, 'Banquet'],
  [/^sessions?$/, 'Meeting'],
  [/^(?:celebrations?|festival)$/, 'Celebration'],
  [/^conference$/, 'Conference'],
  [/^forum$/, 'Forum'],
  [/^signing$/, 'Signing'],
  [/^calls$/, 'Other'],
  [/^(?:war|invasion|fighting|conflict)$/, 'Other'],
];

const HEAD_RE =
  /\b(?:(?:press|news) conferences?|press statements?|(?:phone|telephone) (?:calls?|conversations?)|talks|meetings?|summits?|ceremony|banquet|dinner|luncheon|sessions?|celebrations?|festival|conference|forum|signing|calls|war|invasion|fighting|conflict)\b/g;

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that']);
/** Lower-case words that end a modifier run: function words, verbs and the like. */
const NOT_MODIFIER = new Set(
  `of in on at to for with by from and or but as into over under after before during since until about against between among through via per than then that which who whom whose what when where while is are was were be been being has have had will would shall should can could may might must do does did not no also already still just only even said says say told noted added stressed hold holds held host hosts hosted attend attends attended attending chair chaired chairs preside presided convene convened open opened close end ended begin began start started make made give gave deliver delivered read during all both each every any some many most more such other another these those there here it he she they we you i me him them us`.split(
    /\s+/,
  ),
);
const CONFLICT_HEAD = /^(?:war|invasion|fighting|conflict)$/;
const OF_EVENT_TAIL = /^\s+of\s+the\s+(?:session|summit|meeting|conference|forum|congress)\b/;

function typeOf(head: string): EventType | undefined {
  for (const [re, t] of HEADS) if (re.test(head)) return t;
  return undefined;
}

export interface PhraseOptions {
  /** Spans (sentence offsets) of non-person names: their words may modify the head ("Kremlin ceremony"). */
  nameSpans?: { start: number; end: number }[];
  /** Spans of country/place names, for "war in X". */
  placeSpans?: { start: number; end: number }[];
  /** Spans of organization and body names, for "meeting of the X". */
  orgSpans?: { start: number; end: number }[];
}

/** Lower-case event phrases in one sentence, in text order. */
export function findEventPhrases(text: string, opts: PhraseOptions = {}): EventPhrase[] {
  const out: EventPhrase[] = [];
  const names = opts.nameSpans ?? [];
  const inName = (a: number, b: number): boolean => names.some((n) => a >= n.start && b <= n.end);
  HEAD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HEAD_RE.exec(text)) !== null) {
    const head = m[0];
    const hStart = m.index;
    let end = hStart + head.length;
    if (inName(hStart, end)) continue;
    const headType = typeOf(head);
    if (!headType) continue;
    // "meeting ceremony", "summit outcomes": the noun modifies the next one.
    if (
      /^ (?:ceremony|talks|meeting|summit|banquet|dinner|session|outcomes?|results?|documents?|venue|agenda|declaration|statement)\b/.test(
        text.slice(end),
      )
    )
      continue;
    // Walk back over modifiers.
    const words: { w: string; s: number }[] = [];
    const re = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
    const before = text.slice(0, hStart);
    // Only the last few words matter: scan a short window, not the whole sentence.
    const from = Math.max(0, hStart - 120);
    const win = before.slice(from);
    let w: RegExpExecArray | null;
    while ((w = re.exec(win)) !== null) if (w.index > 0 || from === 0) words.push({ w: w[0], s: from + w.index });
    let start = hStart;
    const mods: string[] = [];
    let determiner: string | undefined;
    for (let k = words.length - 1; k >= 0 && mods.length < 4; k--) {
      const cur = words[k];
      if (!cur) break;
      const gap = text.slice(cur.s + cur.w.length, start);
      if (!/^ $/.test(gap)) break;
      const lw = cur.w.toLowerCase();
      if (DETERMINERS.has(lw)) {
        determiner = lw;
        break;
      }
      if (/['’]s$/.test(cur.w)) {
        determiner = cur.w;
        break;
      }
      const isCapName = /^[\p{Lu}\p{N}]/u.test(cur.w);
      if (isCapName) {
        if (
          !inName(cur.s, cur.s + cur.w.length) &&
          !/^\d+(?:st|nd|rd|th)$/.test(cur.w) &&
          !/^[\p{Lu}\d]{2,}$/u.test(cur.w)
        )
          break;
      } else {
        if (NOT_MODIFIER.has(lw)) break;
        if (/(?:ed|ly|ing)$/.test(lw) && !/-/.test(lw) && !/^(?:opening|closing|signing|briefing)$/.test(lw)) break;
      }
      mods.unshift(cur.w);
      start = cur.s;
    }
    // "is meeting with": a verb, not a noun.
    if (!determiner && mods.length === 0 && /\b(?:is|are|was|were|be|been|am)\s+$/.test(before)) continue;
    // "the signing ceremony": what the ceremony is for is the event's kind.
    const type: EventType = head === 'ceremony' && mods.some((x) => /^signing$/i.test(x)) ? 'Signing' : headType;
    const conflict = CONFLICT_HEAD.test(head);
    let tailStart: number | undefined;
    const after = text.slice(end);
    if (conflict) {
      const cm = /^\s+(?:in|of|on|against)\s+(?:the\s+)?/.exec(after);
      const place = cm ? (opts.placeSpans ?? []).find((p) => p.start === end + cm[0].length) : undefined;
      if (!place) continue;
      tailStart = end;
      end = place.end;
    } else if (head === 'calls' && !mods.some((x) => /^(?:congratulatory|phone|telephone)$/i.test(x))) {
      continue;
    } else {
      const om = /^\s+of\s+(?:the\s+)?/.exec(after);
      const org = om ? (opts.orgSpans ?? []).find((p) => p.start === end + om[0].length) : undefined;
      const ev = OF_EVENT_TAIL.exec(after);
      const sm =
        head === 'signing'
          ? /^\s+of\s+(?:the\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}?(?:documents|agreements|treaties|deals|contracts|memorand\w+)\b/u.exec(
              after,
            )
          : null;
      if (org) {
        tailStart = end;
        end = org.end;
      } else if (ev) {
        tailStart = end;
        end += ev[0].length;
      } else if (sm) {
        tailStart = end;
        end += sm[0].length;
      } else if (head === 'signing') continue;
    }
    const phrase: EventPhrase = {
      start,
      end,
      surface: text.slice(start, end),
      head,
      type,
      modifiers: mods,
      conflict,
    };
    if (determiner) phrase.determiner = determiner;
    if (tailStart !== undefined) phrase.tailStart = tailStart;
    out.push(phrase);
    HEAD_RE.lastIndex = Math.max(HEAD_RE.lastIndex, end);
  }
  return out;
}
