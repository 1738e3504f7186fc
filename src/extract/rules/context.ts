import type { AnnotatedText } from '../../nlp/document';
import { findDates, type DateMention, type DateReference } from '../dates';
import type { EntityTable, ResolvedMention } from '../entities';
import type { EntityType, ExtractedEntity, Sentence } from '../types';
import { FactSink } from './fact-sink';

/** What extraction hands the rules: the article, its sentences and the entities found in it. */
export interface RuleInput {
  text: string;
  sentences: Sentence[];
  table: EntityTable;
  published?: string;
  /** Date for events the text does not date: the published date or the dateline's. */
  defaultDate?: string;
  /** What relative dates are read against when the article has no published date: its dateline, a stated weekday. */
  dateReference?: DateReference;
  /** The article's title: "Remarks by X" names who "I" is. */
  title?: string;
  /** The body as the annotation backbone analysed it: the parse-based families read it. */
  body: AnnotatedText;
}

/** A meeting an earlier sentence stated, for "the two leaders signed …" later on. */
export interface MeetingRecord {
  host: string;
  guest: string;
  event: string;
}

/** The shared state every rule family reads, and writes only through `sink` (and `discourse`). */
export interface RuleContext {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly table: EntityTable;
  /** `table.entities`: the entity table by key. */
  readonly entities: Map<string, ExtractedEntity>;
  readonly published: string | undefined;
  readonly defaultDate: string | undefined;
  /** The person a first-person text speaks as ("Remarks by President X"): their "I", "my" and "me" are mentions. */
  readonly speaker: ResolvedMention | undefined;
  /** How often the body names each country, by key. */
  readonly countryCounts: ReadonlyMap<string, number>;
  /** Country keys, most named first. */
  readonly topCountries: readonly string[];
  readonly sink: FactSink;
  /** What earlier sentences established that later ones refer back to. */
  readonly discourse: { lastMeeting?: MeetingRecord; lastAgreement?: string };
  readonly typeOf: (key: string) => EntityType | undefined;
  /** The body mentions of sentence `index` (the speaker's pronouns included), in text order. */
  readonly mentionsIn: (index: number) => ResolvedMention[];
  /** The dates sentence `s` states, relative to the published date. */
  readonly datesOf: (s: Sentence) => DateMention[];
  /**
   * The date of what sentence `s` narrates: its own first date, else the last day stated earlier in its paragraph
   * ("On Saturday, X met Y. He then met Z."), else the article's default date.
   */
  readonly dateOf: (s: Sentence) => string | undefined;
}

/** One sentence as the sentence rules see it. */
export interface SentenceView {
  readonly sentence: Sentence;
  readonly mentions: ResolvedMention[];
  /** `ctx.dateOf` the sentence. */
  readonly date: string | undefined;
  /** The last mention of one of `types` that ends at or before article offset `pos`. */
  readonly before: (pos: number, types: EntityType[]) => ResolvedMention | undefined;
  /** The first mention of one of `types` that starts at or after article offset `pos`. */
  readonly after: (pos: number, types: EntityType[]) => ResolvedMention | undefined;
}

export type SentenceRule = (ctx: RuleContext, s: SentenceView) => void;
export type ArticleRule = (ctx: RuleContext) => void;

/** A stated day carries over to the sentences after it up to the end of its paragraph. */
const PARAGRAPH_BREAK = /\n/;
/** A sentence that tells what is yet to happen. */
const AHEAD_RE = /\b(?:will|shall|next|upcoming|forthcoming|scheduled|to be held)\b/i;

const FIRST_PERSON_TITLE_RE =
  /^(?:Remarks|Statement|Speech|Address|Message|Interview|Op-ed|Keynote)\b[^:]{0,40}?\b(?:by|of|from)\s+/i;

export function buildRuleContext(input: RuleInput): RuleContext {
  const { text, sentences, table } = input;
  const bySentence = new Map<number, ResolvedMention[]>();
  for (const m of table.resolved) {
    if (m.inTitle) continue;
    const list = bySentence.get(m.sentenceIndex) ?? [];
    list.push(m);
    bySentence.set(m.sentenceIndex, list);
  }
  const speaker = firstPersonSpeaker(input, bySentence);
  for (const l of bySentence.values()) l.sort((a, b) => a.start - b.start);

  const countryCounts = new Map<string, number>();
  for (const m of table.resolved)
    if (m.type === 'Country') countryCounts.set(m.key, (countryCounts.get(m.key) ?? 0) + 1);
  const topCountries = [...countryCounts.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);

  const dateCache = new Map<number, DateMention[]>();
  const datesOf = (s: Sentence): DateMention[] => {
    let d = dateCache.get(s.index);
    if (!d) {
      d = findDates(s.text, input.dateReference ?? input.published);
      dateCache.set(s.index, d);
    }
    return d;
  };
  const narrates = (s: Sentence): boolean =>
    input.body.sentences.some((b) => b.start < s.end && b.end > s.start && b.tokens.some((t) => t.pos === 'VBD'));
  const dateOf = (s: Sentence): string | undefined => {
    const own = datesOf(s)[0];
    if (own) return own.value;
    for (let i = s.index - 1; i >= 0; i--) {
      const prev = sentences[i];
      const next = sentences[i + 1];
      if (!prev || !next || PARAGRAPH_BREAK.test(text.slice(prev.end, next.start))) break;
      // Only a stated day carries: a year or month earlier in the paragraph is background ("since 2015").
      const stated = datesOf(prev)
        .filter((d) => d.hasDay)
        .at(-1);
      if (stated) return stated.value;
    }
    if (input.defaultDate !== undefined || !narrates(s)) return input.defaultDate;
    // An article with no date of its own ("On Saturday, … On Sunday, …") tells in the past tense what happened on
    // the last day it stated; a day something is scheduled for is not a day of the story.
    for (let i = s.index - 1; i >= 0; i--) {
      const prev = sentences[i];
      if (!prev || AHEAD_RE.test(prev.text)) continue;
      const stated = datesOf(prev)
        .filter((d) => d.hasDay)
        .at(-1);
      if (stated) return stated.value;
    }
    return undefined;
  };
  return {
    text,
    sentences,
    table,
    entities: table.entities,
    published: input.published,
    defaultDate: input.defaultDate,
    speaker,
    countryCounts,
    topCountries,
    sink: new FactSink(table.entities),
    discourse: {},
    typeOf: (key) => table.entities.get(key)?.type,
    mentionsIn: (index) => bySentence.get(index) ?? [],
    datesOf,
    dateOf,
  };
}

/**
 * "Remarks by President X …": in a first-person text, "I" and "my" are X. Adds those pronouns to the sentences'
 * mention lists and returns X's title mention.
 */
function firstPersonSpeaker(input: RuleInput, bySentence: Map<number, ResolvedMention[]>): ResolvedMention | undefined {
  const byM = input.title ? FIRST_PERSON_TITLE_RE.exec(input.title) : null;
  if (!byM || !/(?:^|[\s“"])I\s/.test(input.text)) return undefined;
  const at = byM[0].length;
  const tp = input.table.resolved.find((m) => m.inTitle && m.type === 'Person' && m.start >= at && m.start < at + 40);
  if (!tp) return undefined;
  for (const s of input.sentences) {
    const list = bySentence.get(s.index) ?? [];
    for (const pm of s.text.matchAll(/\b(I|my|My|me)\b/g)) {
      const start = s.start + pm.index;
      list.push({ ...tp, inTitle: false, start, end: start + pm[0].length, surface: pm[0], sentenceIndex: s.index });
    }
    bySentence.set(s.index, list);
  }
  return tp;
}

export function sentenceView(ctx: RuleContext, s: Sentence): SentenceView {
  const mentions = ctx.mentionsIn(s.index);
  return {
    sentence: s,
    mentions,
    date: ctx.dateOf(s),
    before: (pos, types) => [...mentions].reverse().find((m) => m.end <= pos && types.includes(m.type)),
    after: (pos, types) => mentions.find((m) => m.start >= pos && types.includes(m.type)),
  };
}
