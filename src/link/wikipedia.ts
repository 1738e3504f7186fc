/**
 * Which English Wikipedia article an article-level entity is, or none (NIL).
 *
 * Evidence, all offline: the anchor dictionary (src/wikipedia: for an anchor
 * text, its most likely article and how often it links there), the title's own
 * words, our country table, and the article the entity was found in. A title is
 * accepted only when they agree:
 *
 * - Countries with an ISO code take the title of the ISO table (`countryTitle`),
 *   the same for every mention, whatever the dictionary says of "Georgia".
 * - Only full forms are looked up: a person's one-token forms ("Modi", "Xi"),
 *   an organization's bare acronym are never read on their own; within-article
 *   linking has already joined them to the full name when the article gives one.
 * - The fullest form decides; a form of the same length pointing elsewhere
 *   with some weight is a conflict, and conflicts are NIL.
 * - The title must fit the type: never a country title for a non-country, never
 *   a list, a disambiguation page or a name page; a person's title names the
 *   person (it shares the surname) and has no qualifier of a work, a script,
 *   a place or a body ("Modi script", "Georgia (U.S. state)"); a place or an
 *   organization's title has no qualifier of a work or a person's name.
 * - Probability: from 0.8 the dictionary alone is enough; from 0.3 the
 *   article must confirm it: another form of the entity agrees, or a longer
 *   anchor of the title, or a word the title adds to the name ("Ministry of
 *   Foreign Affairs (China)" → "China"), is written in the article.
 */
import type { EntityType } from '../extract/types';
import type { Analyzed } from './analyze';
import { countryByIso, countryIsoByName, fold, foldTokens } from '../reference/index';
import { unique } from './normalize';
import { parsePersonName, NAME_PARTICLES } from './person-names';

/** What linking needs of the anchor index (src/wikipedia/index.ts implements it over the files). */
export interface WikipediaSenses {
  /** The dictionary's article for `text` as written, with its probability. */
  sense(text: string): { anchor: string; title: string; probability: number } | undefined;
  /** Every anchor of an article. */
  anchorsOf(title: string): { anchor: string; probability: number }[];
}

/** A title is taken on the dictionary's word alone from this probability. */
export const CONFIDENT = 0.8;
/** Below this the dictionary's article is too uncertain to take even with context. */
export const PLAUSIBLE = 0.3;

/**
 * The Wikipedia titles of countries whose article is not named by the ISO
 * table's display name (reference facts of Wikipedia's naming, not of any text).
 */
const COUNTRY_TITLES: Record<string, string> = {
  GE: 'Georgia (country)',
  PS: 'State of Palestine',
  TL: 'East Timor',
  CI: 'Ivory Coast',
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  IE: 'Republic of Ireland',
  FM: 'Federated States of Micronesia',
  AX: 'Åland',
  BS: 'The Bahamas',
  GM: 'The Gambia',
  MF: 'Collectivity of Saint Martin',
  VA: 'Vatican City',
  CZ: 'Czech Republic',
  TR: 'Turkey',
  CV: 'Cape Verde',
  MO: 'Macau',
  SJ: 'Svalbard and Jan Mayen',
};

/** The Wikipedia title of the country with this ISO 3166-1 alpha-2 code. */
export function countryTitle(iso: string): string | undefined {
  const code = iso.toUpperCase();
  return COUNTRY_TITLES[code] ?? countryByIso(code)?.name;
}

let countryTitleSet: Set<string> | undefined;
function isCountryTitle(title: string): boolean {
  if (!countryTitleSet) {
    countryTitleSet = new Set<string>();
    for (let a = 65; a <= 90; a++)
      for (let b = 65; b <= 90; b++) {
        const t = countryTitle(String.fromCharCode(a, b));
        if (t && countryByIso(String.fromCharCode(a, b))) countryTitleSet.add(t);
      }
  }
  return countryTitleSet.has(title);
}

/** "Georgia (U.S. state)" → base "Georgia", qualifier "u s state". */
function splitTitle(title: string): { base: string; qualifier: string } {
  const m = /^(.*?)\s*\(([^()]*)\)$/.exec(title);
  return m ? { base: m[1] ?? title, qualifier: fold(m[2] ?? '') } : { base: title, qualifier: '' };
}

/** Qualifiers of works, media and name pages: never a person, a place, a body or a country. */
const WORK_QUALIFIER =
  /\b(?:film|movie|album|song|single|band|novel|book|play|musical|opera|tv series|series|episode|video game|game|character|comics|magazine|newspaper|journal|surname|name|given name|disambiguation|script|letter|word|horse|ship|software|genus|unit)\b/;
/** Qualifiers of places and bodies: never a person. */
const NON_PERSON_QUALIFIER =
  /\b(?:state|u s state|country|city|town|village|province|region|district|county|river|island|mountain|company|party|organization|agency|ministry|language|people|family|dynasty|building|palace|stadium)\b/;
/** Words a person's article title does not contain ("Putin administration", "Modi script"). */
const NON_PERSON_WORDS = new Set(
  'administration government cabinet ministry presidency election elections campaign doctrine script family dynasty scandal affair case trial effect list lists people language state city'.split(
    ' ',
  ),
);

/** True when `title` may be the article of an entity of this type named `form`. */
export function titleFitsType(title: string, type: EntityType, form: string): boolean {
  if (/^lists? of /i.test(title) || /disambiguation/i.test(title)) return false;
  if (type !== 'Country' && isCountryTitle(title)) return false;
  const { base, qualifier } = splitTitle(title);
  if (qualifier !== '' && WORK_QUALIFIER.test(qualifier)) return false;
  if (type !== 'Person') {
    // A title made of only some of the name's words names something else ("NATO" for "NATO headquarters"),
    // unless what it leaves out is the country ("People's Liberation Army" for "Chinese People's Liberation Army").
    const formTokens = foldTokens(form).filter((t) => !STOP.has(t));
    const titleTokens = foldTokens(base).filter((t) => !STOP.has(t));
    const dropped = formTokens.filter((t) => !titleTokens.includes(t));
    const subset = titleTokens.length < formTokens.length && titleTokens.every((t) => formTokens.includes(t));
    return !subset || dropped.every((t) => countryIsoByName(t) !== undefined);
  }
  if (qualifier !== '' && NON_PERSON_QUALIFIER.test(qualifier)) return false;
  const baseTokens = foldTokens(base);
  if (baseTokens.some((t) => NON_PERSON_WORDS.has(t))) return false;
  // The article of a person names them: it shares a token of the name other than a particle.
  const nameTokens = (parsePersonName(form)?.tokens ?? foldTokens(form)).filter((t) => !NAME_PARTICLES.has(t));
  return baseTokens.length >= 2 && nameTokens.some((t) => baseTokens.includes(t));
}

/**
 * One writing per folded form: a datelined "MOSCOW" is "Moscow" (the
 * dictionary's all-capitals anchors are mostly acronyms: "MoSCoW Method").
 * Organizations keep their capitals, which are acronyms there.
 */
function caseForms(forms: string[], type: EntityType): string[] {
  const byFold = new Map<string, string[]>();
  for (const f of forms) byFold.set(fold(f), [...(byFold.get(fold(f)) ?? []), f]);
  return [...byFold.values()].flatMap((same) => {
    const cased = same.filter((f) => f !== f.toUpperCase());
    if (cased.length > 0) return cased;
    if (type === 'Organization') return same;
    return same.map((f) =>
      f.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase()),
    );
  });
}

const ROYAL_STYLE = /^(?:Prince|Princess|King|Queen|Sheikh|Sheikha|Emir|Sultan|Pope|Crown Prince) \p{Lu}/u;

/** The forms of an entity looked up: full forms only (see the module comment). */
function lookupForms(g: Analyzed): string[] {
  const forms = caseForms(unique([g.name, ...g.aliases].map((f) => f.trim()).filter((f) => f !== '')), g.type);
  switch (g.type) {
    case 'Person':
      // Titles stripped ("Russian President Vladimir Putin" → "Vladimir Putin"); one-token forms never.
      // Royal and religious styles stay: they are part of such articles' titles ("Prince Ghazi bin Muhammad").
      if (g.partial) return [];
      return unique(
        forms.flatMap((f) => {
          const parsed = parsePersonName(f);
          if (!parsed || parsed.bare) return [];
          return ROYAL_STYLE.test(f) ? [parsed.display, f] : [parsed.display];
        }),
      );
    case 'Organization':
      // An acronym is read only next to the full name it abbreviates: a partial body is NIL.
      return g.partial ? [] : forms;
    default:
      return forms;
  }
}

function tokenCount(form: string): number {
  return foldTokens(form).length;
}

const STOP = new Set('the of and in on at for to a an de la le'.split(' '));

/** Does the article confirm `title` for a form read with middling probability? */
function articleConfirms(
  title: string,
  forms: string[],
  text: string,
  foldedText: string,
  index: WikipediaSenses,
  articleCountries: ReadonlySet<string>,
): boolean {
  const own = forms.map(fold);
  const textTokens = new Set(foldedText.split(' '));
  // A longer anchor of the title whose added proper words the article writes
  // ("Foreign Minister Wang Yi", "Hiroshima, Japan").
  for (const a of index.anchorsOf(title)) {
    if (a.probability < 0.5 || a.anchor.length > 60) continue;
    const f = ` ${fold(a.anchor)} `;
    const form = own.find((o) => f.includes(` ${o} `) && f.trim() !== o);
    if (form === undefined) continue;
    const formTokens = new Set(form.split(' '));
    const addedWords = a.anchor.split(/[\s,()]+/).filter((w) => w !== '' && !formTokens.has(fold(w)));
    const proper = addedWords.filter((w) => /^\p{Lu}\p{L}{2,}/u.test(w));
    if (proper.length > 0 && addedWords.every((w) => fold(w) === '' || textTokens.has(fold(w)) || STOP.has(fold(w))))
      return true;
  }
  // A capitalised word the title adds to the name, written in the article ("(China)").
  const nameTokens = new Set(forms.flatMap(foldTokens));
  const added = title
    .replace(/[()]/g, ' ')
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !nameTokens.has(fold(w)) && fold(w).length > 2);
  // A country word ("Canadian" in "John Baird (Canadian politician)") is confirmed by the country in the article.
  const written = (w: string): boolean =>
    new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(text) ||
    articleCountries.has(countryIsoByName(w) ?? '');
  return added.length > 0 && added.every(written);
}

/**
 * The Wikipedia title of one article-level entity, or undefined (NIL).
 * `text` is the article's text and `articleCountries` the ISO codes of the
 * countries it names: the context the title must agree with.
 */
export function decideWikipediaTitle(
  g: Analyzed,
  text: string,
  index: WikipediaSenses,
  articleCountries: ReadonlySet<string> = new Set(),
): string | undefined {
  if (g.type === 'Event' || g.type === 'Agreement') return undefined;
  if (g.type === 'Country' && g.fixedId?.startsWith('country:') && /^country:[A-Z]{2}$/.test(g.fixedId))
    return countryTitle(g.fixedId.slice('country:'.length));
  const forms = lookupForms(g);
  const senses = forms
    .map((form) => ({ form, tokens: tokenCount(form), sense: index.sense(form) }))
    .filter(
      (s): s is { form: string; tokens: number; sense: NonNullable<typeof s.sense> } =>
        s.sense !== undefined && s.sense.probability >= PLAUSIBLE && titleFitsType(s.sense.title, g.type, s.form),
    )
    .sort((a, b) => b.tokens - a.tokens || b.sense.probability - a.sense.probability);
  const [best] = senses;
  if (!best) return undefined;
  const title = best.sense.title;
  // A form as full as the deciding one that points elsewhere with weight: conflict.
  if (senses.some((s) => s.tokens === best.tokens && s.sense.title !== title && s.sense.probability >= 0.5))
    return undefined;
  if (best.sense.probability >= CONFIDENT) return title;
  const agreeing = senses.filter((s) => s !== best && s.sense.title === title && s.form !== best.form);
  if (agreeing.length > 0) return title;
  return articleConfirms(title, forms, text, fold(text), index, articleCountries) ? title : undefined;
}
