/**
 * Names the tagger found that the surface rules did not: a PERSON, an
 * ORGANIZATION or a LOCATION span of CoreNLP's NER that overlaps no mention
 * found already. The surface rules know our reference tables and title cues;
 * the tagger knows names it has never seen ("Maxim Oreshkin", "Rosneft"), so
 * the union finds both. A LOCATION the reference tables know as a country is
 * that country; any other is a place.
 */
import type { AnnotatedText } from '../nlp/document';
import { HONORIFICS, TITLES, fold } from '../reference/index';
import { gazLookup } from './lexicon';
import type { RawMention } from './mentions';
import type { EntityType, Sentence } from './types';

/** Words of titles and honorifics: a tagged span holding one is a title or a form of address, which the title rules read. */
const TITLE_WORDS: ReadonlySet<string> = new Set(
  // Single letters ("H. E." folds to "h e") are initials far more often than titles.
  [...TITLES.flatMap((t) => fold(t.title).split(' ')), ...[...HONORIFICS].flatMap((h) => fold(h).split(' '))].filter(
    (w) => w.length > 1,
  ),
);

const NER_TYPE: Readonly<Record<string, EntityType>> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  LOCATION: 'Place',
};

/** The tagger's names that overlap none of `found`, as raw mentions of the body's sentences. */
export function nerMentions(body: AnnotatedText, sentences: Sentence[], found: RawMention[]): RawMention[] {
  const taken = found.filter((m) => !m.inTitle);
  const out: RawMention[] = [];
  for (const s of body.sentences)
    for (const m of s.mentions) {
      const type = NER_TYPE[m.ner];
      if (type === undefined) continue;
      if (taken.some((x) => x.start < m.end && m.start < x.end)) continue;
      // One capitalized word is as often a misread headline word as a name: only full names are taken.
      if (m.tokenEnd - m.tokenStart < 2) continue;
      const sentence = sentences.find((x) => m.start >= x.start && m.start < x.end);
      if (!sentence) continue;
      const surface = body.text.slice(m.start, m.end);
      const singular = (w: string): string => w.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
      if (
        fold(surface)
          .split(' ')
          .some((w) => TITLE_WORDS.has(w) || TITLE_WORDS.has(singular(w)))
      )
        continue;
      const gaz = gazLookup(surface);
      const mention: RawMention = {
        type: gaz && !gaz.demonym ? gaz.type : type,
        start: m.start,
        end: m.end,
        surface,
        name: gaz && !gaz.demonym ? gaz.name : surface,
        sentenceIndex: sentence.index,
      };
      if (gaz && !gaz.demonym) mention.gaz = gaz;
      if (type === 'Person' && !/\s/.test(surface)) mention.single = true;
      out.push(mention);
    }
  return out;
}

/**
 * "Economy Minister Jose Arista": when the surface rules took a title the reference tables lack for part of a
 * person's name, the tagger's PERSON span inside it, ending where it ends, is the name when the words before it
 * end in a title word; they become the person's title. Changes `found` in place.
 */
export function trimTitlesWithNer(body: AnnotatedText, found: RawMention[]): void {
  const persons = body.sentences.flatMap((s) => s.mentions.filter((m) => m.ner === 'PERSON'));
  for (const m of found) {
    if (m.inTitle || m.type !== 'Person') continue;
    const inner = persons.find((p) => p.end === m.end && p.start > m.start);
    if (!inner) continue;
    const prefix = body.text.slice(m.start, inner.start).trim();
    if (
      !fold(prefix)
        .split(' ')
        .some((w) => TITLE_WORDS.has(w))
    )
      continue;
    m.start = inner.start;
    m.surface = body.text.slice(inner.start, inner.end);
    m.name = m.surface;
    m.titles = [...(m.titles ?? []), prefix];
  }
}

/** "(SAARC)", "(U.N.D.P.)" right after a name: the acronym the text defines for it. */
const DEFINED_ACRONYM_RE = /^\s*\(\s*((?:\p{Lu}\.?){2,10})\s*\)/u;
/** Words a name's acronym skips. */
const ACRONYM_SKIPS: ReadonlySet<string> = new Set([
  'of',
  'the',
  'and',
  'for',
  'on',
  'in',
  'de',
  'des',
  'du',
  'la',
  'le',
  'at',
  'to',
]);

/** Whether `acronym` can stand for `name`: it starts with the name's first initial, and its letters follow its words' capitals. */
function abbreviates(acronym: string, name: string): boolean {
  const letters = acronym.replace(/\./g, '');
  const words = name.split(/[\s-]+/).filter((w) => w && !ACRONYM_SKIPS.has(w.toLowerCase()));
  const capitals = words.map((w) => w[0]?.toUpperCase() ?? '').join('');
  if (letters[0] !== capitals[0]) return false;
  let at = 0;
  for (const ch of capitals) if (ch === letters[at]) at++;
  return at === letters.length;
}

/**
 * "the South Asian Association for Regional Cooperation (SAARC) … SAARC's summit": an acronym the text defines in
 * brackets after an organization's or agreement's name is that entity wherever the body uses it, though no
 * reference table knows it.
 */
export function definedAcronymMentions(text: string, sentences: Sentence[], found: RawMention[]): RawMention[] {
  const body = found.filter((m) => !m.inTitle);
  const out: RawMention[] = [];
  for (const m of body) {
    if (m.type !== 'Organization' && m.type !== 'Agreement') continue;
    const def = DEFINED_ACRONYM_RE.exec(text.slice(m.end, m.end + 20));
    const acronym = def?.[1];
    if (!acronym || !abbreviates(acronym, m.name)) continue;
    const esc = acronym.replace(/\./g, '\\.');
    for (const hit of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}.])${esc}(?![\\p{L}\\p{N}])`, 'gu'))) {
      const start = hit.index;
      const end = start + acronym.length;
      if ([...body, ...out].some((x) => x.start < end && start < x.end)) continue;
      const sentence = sentences.find((x) => start >= x.start && start < x.end);
      if (!sentence) continue;
      const mention: RawMention = {
        type: m.type,
        start,
        end,
        surface: acronym,
        name: m.name,
        sentenceIndex: sentence.index,
      };
      if (m.gaz) mention.gaz = m.gaz;
      out.push(mention);
    }
  }
  return out;
}
