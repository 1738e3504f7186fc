import {
  AGREEMENT_KW,
  CONNECTORS,
  EVENT_KW,
  NAME_PARTICLES,
  ORG_KW,
  PLACE_KW,
  STOPWORDS,
  gazLookup,
  maxGazLength,
  type GazHit,
} from './lexicon';
import { TITLES, fold } from '../reference/index';
import type { EntityType, EventType } from './types';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Possessive `'s` stripped from text. */
  possessive: boolean;
}

/** A typed span found in one sentence (offsets are into the text the sentence came from). */
export interface RawMention {
  type: EntityType;
  start: number;
  end: number;
  surface: string;
  /** Canonical name from the gazetteer or the cleaned surface. */
  name: string;
  gaz?: GazHit;
  eventType?: EventType;
  /** Titles written right before a person's name ("President", "Crown Prince"). */
  titles?: string[];
  /** Person found only by its form (no title, no list, no verb cue). */
  weak?: boolean;
  /** A single capitalized word that may be a surname of a person named in full elsewhere. */
  single?: boolean;
  sentenceIndex: number;
  inTitle?: boolean;
}

const TOKEN_RE =
  /[\p{L}\p{M}\p{N}]+(?:(?:['’][\p{L}]+)|(?:[-–](?=[\p{L}\p{N}])[\p{L}\p{M}\p{N}]+)|(?:\.(?=\p{L}\.?)[\p{L}]+))*(?:(?<=s)['’](?=\s))?\.?|\S/gu;
const ABBR_DOT =
  /^(?:[A-Za-z]\.(?:[A-Za-z]\.)*|[A-Za-z](?:\.[A-Za-z])+\.|Mr\.|Mrs\.|Ms\.|Dr\.|St\.|Jr\.|Sr\.|Prof\.|No\.|Gen\.)$/;

export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    let t = m[0];
    const start = m.index;
    if (t.endsWith('.') && t.length > 1 && !ABBR_DOT.test(t)) t = t.slice(0, -1);
    let possessive = false;
    const pm = /^(.+?)['’]s$/.exec(t);
    if (pm && pm[1] && !/^People$/i.test(pm[1]) && !/^Coordinators$/i.test(pm[1])) {
      // "People's Republic" stays one word; "Xi's" is Xi + possessive.
      possessive = true;
    }
    const end = start + t.length;
    out.push({ text: t, start: start + base, end: end + base, possessive });
  }
  return out;
}

const CALENDAR =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
function isCap(t: string): boolean {
  if (CALENDAR.test(t)) return false;
  return /^[\p{Lu}]/u.test(t) || /^\d+(?:st|nd|rd|th)$/.test(t);
}
function isAllCaps(t: string): boolean {
  return /^[\p{Lu}][\p{Lu}'’.-]+$/u.test(t) && t.length > 1;
}
function bare(t: Token): string {
  return t.possessive ? t.text.replace(/['’]s$/, '') : t.text;
}

/** Splits a sentence's tokens into maximal capitalized chunks joined by connectors. */
/** "the Field of", "Fields of", "the Area of": what follows "in" inside a formal document's title. */
const FIELD_OF = /^(?:the )?(?:Fields?|Areas?|Spheres?) of$/;

/** The texts of `n` tokens from `from`, space-separated. */
function tokenTexts(tokens: Token[], from: number, n: number): string {
  const words = tokens.slice(from, from + n).map((t) => t.text);
  return words[0] === 'the' ? words.join(' ') : words.slice(0, 2).join(' ');
}

function chunk(tokens: Token[], text: string, base: number): Token[][] {
  const chunks: Token[][] = [];
  let i = 0;
  const gapOk = (a: Token, b: Token): boolean => {
    const gap = text.slice(a.end - base, b.start - base);
    return gap.length <= 2 && !gap.includes('\n') && /^\s*$/.test(gap);
  };
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || !isCap(t.text) || /^\d/.test(t.text)) {
      // An ordinal starts a chunk only when a capitalized word follows ("20th National Congress").
      const nx = tokens[i + 1];
      if (!(t && /^\d+(?:st|nd|rd|th)$/.test(t.text) && nx && /^\p{Lu}/u.test(nx.text) && gapOk(t, nx))) {
        i++;
        continue;
      }
    }
    const cur: Token[] = [t];
    let j = i + 1;
    while (j < tokens.length) {
      const prev = cur[cur.length - 1];
      const nx = tokens[j];
      if (!prev || !nx || !gapOk(prev, nx)) break;
      if (prev.possessive && !matchTitle(tokens, j)) break;
      if (isCap(nx.text) || /^\d{4}$/.test(nx.text)) {
        if (/^\d{4}$/.test(nx.text) && prev.text !== 'until') {
          const nn = tokens[j + 1];
          if (!(nn && /^\p{Lu}/u.test(nn.text) && gapOk(nx, nn) && !CALENDAR.test(nn.text))) break;
        }
        cur.push(nx);
        j++;
        continue;
      }
      // A formal document's title goes on over "in the Field of" ("… on Cooperation in the Field of Energy").
      const fieldEnd = j + (tokens[j + 1]?.text === 'the' ? 4 : 3);
      const afterField = tokens[fieldEnd];
      if (
        nx.text === 'in' &&
        cur.length >= 3 &&
        FIELD_OF.test(tokenTexts(tokens, j + 1, 3)) &&
        afterField &&
        isCap(afterField.text) &&
        tokens.slice(j + 1, fieldEnd + 1).every((t, q) => {
          const p = tokens[j + q];
          return p !== undefined && gapOk(p, t);
        })
      ) {
        const k = fieldEnd;
        for (let q = j; q < k; q++) {
          const tq = tokens[q];
          if (tq) cur.push(tq);
        }
        j = k;
        continue;
      }
      if (CONNECTORS.has(nx.text) || nx.text === 'until') {
        // Look ahead over connectors for a capitalized word.
        let k = j;
        while (k < tokens.length && (CONNECTORS.has(tokens[k]?.text ?? '') || tokens[k]?.text === 'until')) {
          const a = tokens[k - 1];
          const b = tokens[k];
          if (!a || !b || !gapOk(a, b)) break;
          k++;
        }
        const after = tokens[k];
        const last = tokens[k - 1];
        if (
          after &&
          last &&
          gapOk(last, after) &&
          (isCap(after.text) || (nx.text === 'until' && /^\d{4}$/.test(after.text)))
        ) {
          for (let q = j; q <= k; q++) {
            const tq = tokens[q];
            if (tq) cur.push(tq);
          }
          j = k + 1;
          continue;
        }
      }
      break;
    }
    chunks.push(cur);
    i = j;
  }
  return chunks;
}

function spanOf(toks: Token[], text: string, base: number): { start: number; end: number; surface: string } {
  const first = toks[0];
  const last = toks[toks.length - 1];
  if (!first || !last) return { start: 0, end: 0, surface: '' };
  const end = last.possessive ? last.end - 2 : last.end;
  return { start: first.start, end, surface: text.slice(first.start - base, end - base) };
}

function headType(toks: Token[]): { type: EntityType; eventType?: EventType } | undefined {
  // Scan up to the first of/on/between/for connector; the last keyword there is the head.
  let found: { type: EntityType; eventType?: EventType } | undefined;
  if (toks.length < 2) return undefined;
  const ordinalStart =
    /^\d+(?:st|nd|rd|th)$/.test(toks[0]?.text ?? '') ||
    /^(?:First|Second|Third|Fourth|Fifth|Sixth|[A-Z][a-z]+-(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth))$/.test(
      toks[0]?.text ?? '',
    );
  for (const t of toks) {
    const w = bare(t).toLowerCase();
    if (w === 'of' || w === 'on' || w === 'between' || w === 'for' || w === 'until') {
      if (found) break;
      return undefined;
    }
    const last = w.split(/[-–]/).pop() ?? w;
    if (AGREEMENT_KW.has(last)) found = { type: 'Agreement' };
    else if (EVENT_KW.has(last)) {
      const et = EVENT_KW.get(last);
      found = et ? { type: 'Event', eventType: et } : { type: 'Event' };
    } else if (ORG_KW.has(last)) {
      if ((last === 'congress' || last === 'session' || last === 'assembly') && ordinalStart)
        found = { type: 'Event', eventType: last === 'congress' ? 'Conference' : 'Meeting' };
      else found = { type: 'Organization' };
    } else if (PLACE_KW.has(last)) found = { type: 'Place' };
  }
  return found;
}

type TitleRow = { tokens: string[]; title: string; head: boolean };
/** Head titles also read in the plural before a list of their holders ("Presidents A and B"). */
const PLURAL_TITLES: ReadonlySet<string> = new Set(['President', 'Prime Minister', 'Premier', 'King', 'Queen']);
let TITLE_BY_FIRST: Map<string, TitleRow[]> | undefined;
function titleTable(first: string): TitleRow[] {
  if (!TITLE_BY_FIRST) {
    TITLE_BY_FIRST = new Map();
    for (const t of TITLES) {
      const row = { title: t.title, head: t.head, tokens: tokenize(t.title).map((k) => fold(k.text)) };
      const rows = [row];
      // "Presidents A (X), B (Y)": a plural head title before a list of names is each name's title.
      if (PLURAL_TITLES.has(t.title))
        rows.push({ ...row, tokens: [...row.tokens.slice(0, -1), `${row.tokens.at(-1) ?? ''}s`] });
      for (const r of rows) {
        const f = r.tokens[0] ?? '';
        const list = TITLE_BY_FIRST.get(f) ?? [];
        list.push(r);
        TITLE_BY_FIRST.set(f, list);
      }
    }
  }
  return TITLE_BY_FIRST.get(first) ?? [];
}
function matchTitle(toks: Token[], at: number): { len: number; title: string; head: boolean } | undefined {
  const t0 = toks[at];
  if (!t0) return undefined;
  for (const t of titleTable(fold(bare(t0)))) {
    if (at + t.tokens.length > toks.length) continue;
    let ok = true;
    for (let k = 0; k < t.tokens.length; k++) {
      const tok = toks[at + k];
      if (!tok || fold(bare(tok)) !== t.tokens[k] || (k < t.tokens.length - 1 && tok.possessive)) {
        ok = false;
        break;
      }
    }
    if (ok) return { len: t.tokens.length, title: t.title, head: t.head };
  }
  return undefined;
}

/** Longest gazetteer match starting at `at`. */
function matchGaz(toks: Token[], at: number, text: string, base: number): { len: number; hit: GazHit } | undefined {
  const max = Math.min(maxGazLength(), toks.length - at);
  for (let len = max; len >= 1; len--) {
    const sub = toks.slice(at, at + len);
    if (sub.slice(0, -1).some((t) => t.possessive)) continue;
    const last = sub[sub.length - 1];
    if (!last) continue;
    if (CONNECTORS.has(last.text)) continue;
    const surf = spanOf(sub, text, base).surface;
    const hit = gazLookup(surf);
    if (hit) return { len, hit };
    if (len === 1 && isAllCaps(surf) && surf.length > 3) {
      const h2 = gazLookup(surf.charAt(0) + surf.slice(1).toLowerCase());
      if (h2) return { len, hit: h2 };
    }
  }
  return undefined;
}

export interface SentenceContext {
  text: string;
  base: number;
  sentenceIndex: number;
  inTitle: boolean;
  /** Lower-case words the article uses: a capitalized word that also appears lower-case is not a name. */
  lowerWords: ReadonlySet<string>;
  /** The sentence is a Title-Case headline: only gazetteer names and strong cues count. */
  titleCase: boolean;
}

const PLACE_BEFORE =
  /\b(?:in|at|near)\s+(?:the\s+)?(?:(?:state|province|city|region|town|village|county|district) of\s+)?$/i;
const SAY_AFTER =
  /^\s*(?:,\s*)?(?:said|says|told|noted|stressed|added|emphasized|emphasised|pointed|expressed|urged|congratulated|thanked|welcomed|received|met|held|arrived|visited|attended|sent)\b/;

function nameLike(toks: Token[], ctx: SentenceContext, firstInSentence: boolean): boolean {
  let words = 0;
  for (const [k, t] of toks.entries()) {
    const w = bare(t);
    if (NAME_PARTICLES.has(w.toLowerCase()) && k > 0) continue;
    if (/^Al$/.test(w) && k > 0) continue;
    if (/\d/.test(w)) return false;
    if (!/^[\p{Lu}]/u.test(w)) return false;
    const lw = w.toLowerCase();
    if (CONNECTORS.has(lw) && lw !== 'al') return false;
    if (STOPWORDS.has(lw) && (firstInSentence || k > 0 || lw.length > 2)) return false;
    if (ctx.lowerWords.has(lw) && lw.length > 2 && !/^[\p{Lu}]+$/u.test(w)) return false;
    words++;
  }
  return words >= 1;
}

function cleanPersonName(toks: Token[]): string {
  const parts = toks.map((t) => bare(t));
  const out: string[] = [];
  parts.forEach((p, i) => {
    // Middle initials are dropped from the canonical name ("Antony J. Blinken" → "Antony Blinken").
    if (i > 0 && i < parts.length - 1 && /^[A-Z]\.?$/.test(p)) return;
    out.push(isAllCaps(p) && p.length > 2 ? p.charAt(0) + p.slice(1).toLowerCase() : p);
  });
  return out.join(' ');
}

function stripOrdinal(s: string): string {
  return s.replace(/^(?:the\s+)?\d+(?:st|nd|rd|th)\s+/i, '');
}

/**
 * Finds entity mentions in one sentence: gazetteer names (countries, demonyms, organizations, cities), keyword-headed
 * names (… Organization, … Hall, … Declaration, … Summit), and person names by capitalized chunks with cues.
 */
export function findMentions(ctx: SentenceContext): RawMention[] {
  const { text, base } = ctx;
  const tokens = tokenize(text, base);
  const chunks = chunk(tokens, text, base);
  const out: RawMention[] = [];
  const firstTok = tokens.find((t) => /[\p{L}\p{N}]/u.test(t.text));
  const emit = (toks: Token[], type: EntityType, name: string, extra: Partial<RawMention> = {}): void => {
    const sp = spanOf(toks, text, base);
    if (sp.surface === '') return;
    out.push({ type, ...sp, name, sentenceIndex: ctx.sentenceIndex, inTitle: ctx.inTitle, ...extra });
  };

  const analyze = (toks: Token[], titles: string[], depth: number): void => {
    if (toks.length === 0 || depth > 6) return;
    // Leading "the" / connectors.
    while (
      toks.length &&
      (CONNECTORS.has(toks[0]?.text ?? '') || toks[0]?.text === 'The') &&
      !NAME_PARTICLES.has(toks[0]?.text ?? '')
    )
      toks = toks.slice(1);
    while (toks.length && CONNECTORS.has(toks[toks.length - 1]?.text ?? '')) toks = toks.slice(0, -1);
    if (toks.length === 0) return;
    const first = toks[0];
    if (!first) return;
    const isFirst = first === firstTok && !ctx.inTitle;
    if (
      isFirst &&
      toks.length > 1 &&
      STOPWORDS.has(bare(first).toLowerCase()) &&
      !gazLookup(bare(first)) &&
      !matchTitle(toks, 0)
    ) {
      analyze(toks.slice(1), titles, depth + 1);
      return;
    }

    // Titles at the front: "President", "His Highness Shaikh", "Crown Prince and Prime Minister".
    let ti = 0;
    const ts = [...titles];
    for (;;) {
      const mt = matchTitle(toks, ti);
      if (!mt) break;
      ts.push(mt.title);
      ti += mt.len;
      if (toks[ti]?.text === 'and' && matchTitle(toks, ti + 1)) ti++;
    }
    if (ti > 0) {
      const rest = toks.slice(ti);
      if (rest[0]?.text === 'and') {
        analyze(rest.slice(1), [], depth + 1);
        return;
      }
      if (rest[0]?.text === 'of' || rest[0]?.text === 'for') {
        // "Prime Minister of Japan": a title phrase, the rest names the country or body.
        analyze(rest.slice(1), [], depth + 1);
        return;
      }
      analyzeBody(rest, ts, depth, false);
      return;
    }

    // A country, demonym or body followed by a title: "Russian President Vladimir Putin", "India's Prime Minister …".
    const g = matchGaz(toks, 0, text, base);
    if (g && g.len < toks.length) {
      const afterTitle = matchTitle(toks, g.len);
      const lastG = toks[g.len - 1];
      if (afterTitle || lastG?.possessive) {
        emitGaz(toks.slice(0, g.len), g.hit);
        analyze(toks.slice(g.len), [], depth + 1);
        return;
      }
    }
    analyzeBody(toks, ts, depth, isFirst);
  };

  const emitGaz = (toks: Token[], hit: GazHit): void => {
    const extra: Partial<RawMention> = { gaz: hit };
    emit(toks, hit.type, hit.name, extra);
  };

  const analyzeBody = (toks: Token[], titles: string[], depth: number, isFirst: boolean): void => {
    if (toks.length === 0) return;
    const sp = spanOf(toks, text, base);
    // 1. The whole body is a gazetteer name.
    const whole = gazLookup(sp.surface) ?? gazLookup(stripOrdinal(sp.surface));
    if (whole && titles.length === 0) {
      emitGaz(toks, whole);
      return;
    }
    // "X and the Y": two names; also "Abu Dhabi and Deputy …" where X is a known name.
    const ht0 = headType(toks);
    const andThe =
      ht0 && (ht0.type === 'Agreement' || ht0.type === 'Event')
        ? -1
        : toks.findIndex(
            (t, k) =>
              k > 0 &&
              t.text === 'and' &&
              (toks[k + 1]?.text === 'the' ||
                (k < toks.length - 1 && gazLookup(spanOf(toks.slice(0, k), text, base).surface) !== undefined)),
          );
    if (andThe > 0) {
      analyze(toks.slice(0, andThe), titles, depth + 1);
      analyze(toks.slice(andThe + 1), [], depth + 1);
      return;
    }
    // 2. A keyword-headed name.
    const head = titles.length === 0 ? headType(toks) : undefined;
    if (head && !(ctx.titleCase && head.type !== 'Organization' && head.type !== 'Place' && toks.length > 6)) {
      // "Golden Hall of the Great Hall of the People": two places.
      const ofIdx = toks.findIndex((t) => t.text === 'of');
      if (head.type === 'Place' && ofIdx > 0) {
        const tail = toks.slice(ofIdx + 1);
        while (tail[0]?.text === 'the') tail.shift();
        const th = headType(tail);
        const tg = gazLookup(spanOf(tail, text, base).surface);
        if ((th && th.type === 'Place') || (tg && tg.type === 'Place')) {
          analyzeBody(toks.slice(0, ofIdx), [], depth + 1, false);
          analyzeBody(tail, [], depth + 1, false);
          return;
        }
      }
      // A leading country name glued to a keyword name ("China Population Day") stays one name.
      const name = head.type === 'Organization' ? stripOrdinal(sp.surface) : sp.surface;
      const extra: Partial<RawMention> = {};
      if (head.eventType) extra.eventType = head.eventType;
      emit(toks, head.type, name.replace(/['’]s$/, ''), extra);
      // Nested bodies after the last "of"/"on": "… of the Shanghai Cooperation Organization".
      for (let k = 1; k < toks.length; k++) {
        const w = toks[k]?.text;
        if (w === 'of' || w === 'on') {
          const tail = toks.slice(k + 1);
          while (tail[0]?.text === 'the') tail.shift();
          if (tail.length === 0) break;
          const tsurf = spanOf(tail, text, base).surface;
          const tg = gazLookup(tsurf) ?? gazLookup(stripOrdinal(tsurf));
          const th = headType(tail);
          if (tg && tg.type === 'Organization') {
            emitGaz(tail, tg);
            break;
          } else if (th && th.type === 'Organization' && tail.length >= 2) {
            emit(tail, 'Organization', stripOrdinal(tsurf));
            break;
          }
        }
      }
      return;
    }
    // 3. Lists and compounds: split at "and" and at hyphenated country pairs.
    const andIdx = toks.findIndex((t, k) => k > 0 && (t.text === 'and' || t.text === '&'));
    if (andIdx > 0) {
      analyze(toks.slice(0, andIdx), titles, depth + 1);
      analyze(toks.slice(andIdx + 1), [], depth + 1);
      return;
    }
    // 4. Gazetteer names inside the chunk.
    for (let k = 0; k < toks.length; k++) {
      const g = matchGaz(toks, k, text, base);
      if (g && !(k === 0 && g.len === toks.length && titles.length > 0)) {
        if (k > 0) analyze(toks.slice(0, k), titles, depth + 1);
        emitGaz(toks.slice(k, k + g.len), g.hit);
        if (k + g.len < toks.length) analyzeBody(toks.slice(k + g.len), [], depth + 1, false);
        return;
      }
      // Hyphenated pairs: "China-Russia", "EU-China".
      const tk = toks[k];
      if (tk && /[-–]/.test(tk.text)) {
        const parts = bare(tk).split(/[-–]/);
        const hits = parts.map((p) => gazLookup(p));
        if (hits.every((h) => h && (h.type === 'Country' || h.type === 'Organization' || h.type === 'Place'))) {
          if (k > 0) analyzeBody(toks.slice(0, k), titles, depth + 1, isFirst);
          let off = tk.start;
          parts.forEach((p, pi) => {
            const h = hits[pi];
            if (h)
              out.push({
                type: h.type,
                start: off,
                end: off + p.length,
                surface: p,
                name: h.name,
                gaz: h,
                sentenceIndex: ctx.sentenceIndex,
                inTitle: ctx.inTitle,
              });
            off += p.length + 1;
          });
          if (k + 1 < toks.length) analyzeBody(toks.slice(k + 1), [], depth + 1, false);
          return;
        }
      }
    }
    // 5. What is left may be a person's name.
    let body = toks;
    if (isFirst && titles.length === 0) {
      while (
        body.length &&
        (STOPWORDS.has(bare(body[0] as Token).toLowerCase()) ||
          ctx.lowerWords.has(bare(body[0] as Token).toLowerCase()))
      )
        body = body.slice(1);
    }
    if (body.length === 0 || body.length > 7) return;
    const surface = spanOf(body, text, base);
    const after = text.slice(surface.end - base, surface.end - base + 30);
    const hasCue = titles.length > 0 || SAY_AFTER.test(after) || /^By\s*$/i.test(text.slice(0, surface.start - base));
    if (body.length === 1) {
      const w = bare(body[0] as Token);
      if (
        /^[\p{Lu}][\p{Ll}\p{M}'’]+$|^[\p{Lu}]{3,}$/u.test(w) &&
        !STOPWORDS.has(w.toLowerCase()) &&
        !ctx.lowerWords.has(w.toLowerCase())
      ) {
        if (/^[\p{Lu}]{3,}$/u.test(w) && !hasCue) return;
        const extra: Partial<RawMention> = { single: true };
        if (titles.length) extra.titles = titles;
        if (!hasCue) extra.weak = true;
        if (!hasCue && PLACE_BEFORE.test(text.slice(Math.max(0, surface.start - base - 40), surface.start - base))) {
          emit(body, 'Place', surface.surface);
          return;
        }
        emit(body, 'Person', cleanPersonName(body), extra);
      }
      return;
    }
    if (ctx.titleCase && !hasCue) return;
    if (!nameLike(body, ctx, isFirst) && titles.length === 0) return;
    if (!hasCue && PLACE_BEFORE.test(text.slice(Math.max(0, surface.start - base - 40), surface.start - base))) {
      emit(body, 'Place', surface.surface);
      return;
    }
    const extra: Partial<RawMention> = {};
    if (titles.length) extra.titles = titles;
    if (!hasCue) extra.weak = true;
    emit(body, 'Person', cleanPersonName(body), extra);
  };

  for (const c of chunks) analyze(c, [], 0);
  return out;
}
