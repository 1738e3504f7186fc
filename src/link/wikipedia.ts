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
 *   a list, a disambiguation page or a name page; a person's title is the
 *   person's name (a shorter or longer writing of it, or the same family name;
 *   "Kim Jong-woon" is not "Kim Jong-un") and has no qualifier of a work, a
 *   script, a place or a body ("Modi script", "Georgia (U.S. state)"); a place
 *   or an organization's title has no qualifier of a work or a person's name,
 *   and an organization's names the kind of body its name does ("Vietnam News
 *   Agency" is not the newspaper "Viet Nam News").
 * - Probability: from 0.8 the dictionary alone is enough; from 0.3 the
 *   article must confirm it: another form of the entity agrees, or a longer
 *   anchor of the title, or a word the title adds to the name ("Ministry of
 *   Foreign Affairs (China)" → "China"), is written in the article, or the
 *   title is the person's own name and the article gives them a national office.
 * - When no full form is in the dictionary: a variant writing the dictionary is
 *   sure of and whose title is that very writing ("Mohammed bin Salman" for the
 *   whole nasab, "Antony Blinken" for "Antony J. Blinken"); failing that, a
 *   national officeholder's plain two-word name as the article writes it (the
 *   dictionary is of 2014-16; many in office now are not in it).
 * - Titles are today's (src/wikipedia/title-moves.ts): "Kyiv", not "Kiev".
 */
import type { EntityType } from '../extract/types';
import type { Analyzed } from './analyze';
import { countryByIso, countryIsoByName, fold, foldTokens } from '../reference/index';
import { dictionaryTitles } from '../wikipedia/title-moves';
import { unique } from './normalize';
import {
  isEastAsianName,
  parsePersonName,
  personKeyTokens,
  personNamesCompatible,
  NAME_PARTICLES,
} from './person-names';

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
  'administration government cabinet ministry presidency election elections campaign doctrine script family dynasty scandal affair case trial effect list lists people language state city house palace hall square street building airport station'.split(
    ' ',
  ),
);

/** Words naming what kind of place a place is: a title may leave them out ("Heilongjiang" for "Heilongjiang Province"). */
const PLACE_DESIGNATORS = new Set(
  'province region prefecture oblast krai governorate county district municipality emirate republic'.split(' '),
);

/**
 * Words naming what kind of body an organization is: its article's title
 * names the same kind ("Vietnam News Agency" is no newspaper "Viet Nam News",
 * "Afghan National Security Forces" not the "Afghan National Army"), unless
 * the title is the body's acronym ("ASEAN").
 */
const ORG_KINDS = new Set(
  'agency university college council commission committee ministry bank party union forces army navy association organization organisation fund court parliament assembly institute authority corporation company federation alliance league forum'.split(
    ' ',
  ),
);

/** Honorific and styled words before or inside a name that an article title leaves out (Malay and Bruneian styles, "Dr"). */
const STYLE_WORDS = new Set('dato datuk datin pehin tun haji hajah dr'.split(' '));

/** True when `title` may be the article of an entity of this type named `form`. */
export function titleFitsType(title: string, type: EntityType, form: string): boolean {
  if (/^lists? of /i.test(title) || /disambiguation/i.test(title)) return false;
  if (type !== 'Country' && isCountryTitle(title)) return false;
  const { base, qualifier } = splitTitle(title);
  if (qualifier !== '' && WORK_QUALIFIER.test(qualifier)) return false;
  if (type !== 'Country' && !namesAProperNoun(base, form, type)) return false;
  if (type !== 'Person') {
    // A title made of only some of the name's words names something else ("NATO" for "NATO headquarters"),
    // unless what it leaves out is the country ("People's Liberation Army" for "Chinese People's Liberation Army")
    // or, for a place, the kind of place ("Heilongjiang" for "Heilongjiang Province").
    const formTokens = foldTokens(form).filter((t) => !STOP.has(t));
    const titleTokens = foldTokens(base).filter((t) => !STOP.has(t));
    const dropped = formTokens.filter((t) => !titleTokens.includes(t));
    const subset = titleTokens.length < formTokens.length && titleTokens.every((t) => formTokens.includes(t));
    const droppable = (t: string): boolean =>
      countryIsoByName(t) !== undefined || (type === 'Place' && PLACE_DESIGNATORS.has(t));
    if (subset && !dropped.every(droppable)) return false;
    return type !== 'Organization' || orgKindsKept(title, form);
  }
  if (qualifier !== '' && NON_PERSON_QUALIFIER.test(qualifier)) return false;
  const baseTokens = foldTokens(base);
  if (baseTokens.some((t) => NON_PERSON_WORDS.has(t))) return false;
  // The article of a person names them: it shares a token of the name other than a particle ...
  const nameTokens = (parsePersonName(form)?.tokens ?? foldTokens(form)).filter((t) => !NAME_PARTICLES.has(t));
  if (baseTokens.length < 2 || !nameTokens.some((t) => baseTokens.includes(t))) return false;
  // ... and is the same name: one writing is a shorter one of the other, or they share the family name
  // ("Liz Truss" for "Elizabeth Truss"); "Kim Jong-woon" is not "Kim Jong-un".
  const formName = personKeyTokens(parsePersonName(form)?.display ?? form);
  const titleName = personKeyTokens(base.replace(/ of [\p{Lu}].*$/u, ''))
    .filter((t) => !STYLE_TITLE_WORDS.has(t))
    .map((t) => formName.find((f) => spellingVariant(f, t)) ?? t);
  return (
    personNamesCompatible(titleName, formName) ||
    (titleName.length > 1 && formName.length > 1 && titleName.at(-1) === formName.at(-1))
  );
}

/** "Malki" and "Maliki": one transliteration drops a letter or two of the other. */
function spellingVariant(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 4 || long.length - short.length > 2 || short[0] !== long[0]) return false;
  let j = 0;
  for (const c of long) if (c === short[j]) j++;
  return j === short.length;
}

/**
 * Is the title a proper name, as the form is? A common noun's article keeps
 * its later words in lower case ("Public affairs", "Economic development",
 * "Central railway station, Brisbane"); an acronym's is in capitals ("EAST"
 * for a place written "East"), which only a body's may be. Particles and "al-" prefixes stay lower case
 * in names ("Abd al-Aziz", "Rio de Janeiro").
 */
function namesAProperNoun(base: string, form: string, type: EntityType): boolean {
  const words = base.split(/[\s,]+/).filter((w) => w !== '');
  const properWord = (w: string): boolean =>
    !/^\p{Ll}/u.test(w) || STOP.has(w) || NAME_PARTICLES.has(w) || /^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)-/.test(w);
  if (!words.every(properWord)) return false;
  // A body's article may well be its acronym ("ASEAN"); a person's or a place's is not.
  if (type === 'Organization' || type === 'Agreement') return true;
  return !(/^[\p{Lu}\d]{2,}$/u.test(base) && base !== form && form !== form.toUpperCase());
}

/** Styles a person's article title may carry before the name ("Sheikh", "King", "Prince"). */
const STYLE_TITLE_WORDS = new Set('sheikh shaikh king queen prince princess emir amir sultan pope'.split(' '));

/** Does the organization's title name the kinds of body its name does (or is it an acronym)? */
function orgKindsKept(title: string, name: string): boolean {
  const { base } = splitTitle(title);
  if (/^[\p{Lu}\d&+-]{2,}$/u.test(base)) return true;
  // British and American spellings name one kind ("Organisation", "Organization").
  const kind = (t: string): string => t.replace(/isation$/, 'ization');
  const titleTokens = new Set(foldTokens(base).map(kind));
  return foldTokens(name)
    .map(kind)
    .filter((t) => ORG_KINDS.has(t))
    .every((t) => titleTokens.has(t));
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

/** "Datuk Seri Mohamad Hasan" → "Mohamad Hasan", "Dato Erywan Pehin Yusof" → "Erywan Yusof". */
function withoutStyles(display: string): string {
  const tokens = display.split(' ');
  const kept = tokens.filter((t, i) => {
    const f = dotlessFold(t);
    if (STYLE_WORDS.has(f)) return false;
    // "Seri"/"Sri" is a style only after one ("Datuk Seri", "Tan Sri").
    const prev = dotlessFold(tokens[i - 1] ?? '');
    if ((f === 'seri' || f === 'sri') && (STYLE_WORDS.has(prev) || prev === 'tan')) return false;
    return !(f === 'tan' && dotlessFold(tokens[i + 1] ?? '') === 'sri');
  });
  return kept.length >= 2 ? kept.join(' ') : display;
}

function dotlessFold(token: string): string {
  return fold(token).replace(/ /g, '');
}

/**
 * Forms of a person whose (real) name a nasab names after "bin"/"ibn": the
 * father's or forebear's name ("Abdulaziz Al Saud" in "Mohammed bin Salman
 * bin Abdulaziz Al Saud"), never this person's.
 */
function isForebearForm(form: string, all: string[]): boolean {
  const own = foldTokens(form);
  return all.some((other) => {
    const tokens = foldTokens(other);
    for (let i = 1; i + own.length <= tokens.length; i++)
      if (/^(?:bin|ibn|bint)$/.test(tokens[i - 1] ?? '') && own.every((t, j) => tokens[i + j] === t)) return true;
    return false;
  });
}

/** The forms of an entity looked up: full forms only (see the module comment). */
function lookupForms(g: Analyzed): string[] {
  const forms = caseForms(unique([g.name, ...g.aliases].map((f) => f.trim()).filter((f) => f !== '')), g.type);
  switch (g.type) {
    case 'Person':
      // Titles stripped ("Russian President Vladimir Putin" → "Vladimir Putin"); one-token forms never.
      // Royal and religious styles stay: they are part of such articles' titles ("Prince Ghazi bin Muhammad").
      if (g.partial) return [];
      return unique(
        forms
          .filter((f) => !isForebearForm(f, forms))
          .flatMap((f) => {
            const parsed = parsePersonName(f);
            if (!parsed || parsed.bare) return [];
            const display = withoutStyles(parsed.display);
            return ROYAL_STYLE.test(f) ? [display, f] : [display];
          }),
      );
    case 'Organization':
      // An acronym is read only next to the full name it abbreviates: a partial body is NIL.
      return g.partial ? [] : forms;
    default:
      return forms;
  }
}

const MOHAMMED = ['Mohammed', 'Mohamed', 'Muhammad', 'Mohammad', 'Mohamad', 'Muhammed'];

/**
 * Other writings of a full form that an article title may use: a person
 * without middle initials ("Antony Blinken"), an Arabic nasab cut after the
 * father's name or without the family name ("Mohammed bin Salman",
 * "Haitham bin Tariq"), the other transliterations of Mohammed; a body named
 * "Commission of the African Union" as "African Union Commission". A
 * variant's title is taken only when it is the variant itself and the
 * dictionary is sure of it (see decideWikipediaTitle).
 */
function variantForms(forms: string[], type: EntityType): string[] {
  const out: string[] = [];
  for (const form of forms) {
    const tokens = form.split(' ');
    if (type === 'Person') {
      const noInitials = tokens.filter((t) => !/^\p{Lu}\.?$/u.test(t));
      if (noInitials.length >= 2 && noInitials.length < tokens.length) out.push(noInitials.join(' '));
      const links = tokens.flatMap((t, i) => (i > 0 && /^(?:bin|ibn|bint)$/i.test(t) ? [i] : []));
      for (const i of links.slice(1)) out.push(tokens.slice(0, i).join(' '));
      const al = tokens.findIndex((t, i) => i > 2 && /^al$/i.test(t));
      if (links.length > 0 && al > 0) out.push(tokens.slice(0, al).join(' '));
      const first = tokens[0] ?? '';
      if (MOHAMMED.includes(first))
        for (const base of [form, ...out.filter((o) => o.startsWith(`${first} `))])
          for (const m of MOHAMMED) if (m !== first) out.push(`${m}${base.slice(first.length)}`);
    } else if (type === 'Organization') {
      const m = /^(\p{Lu}\p{L}+) of the ((?:\p{Lu}\p{L}+ ?){1,4})$/u.exec(form);
      if (m) out.push(`${(m[2] ?? '').trim()} ${m[1] ?? ''}`);
    }
  }
  return unique(out).filter((v) => !forms.includes(v));
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
  // A capitalised word the title adds to the name, written in the article ("(China)"); the dictionary's own
  // title counts too, where Wikipedia has since renamed the article ("Charles Michel (Belgian politician)").
  const nameTokens = new Set(forms.flatMap(foldTokens));
  // A country word ("Canadian" in "John Baird (Canadian politician)") is confirmed by the country in the article.
  const written = (w: string): boolean =>
    new RegExp(`\\b${escapeRegExp(w)}`, 'u').test(text) || articleCountries.has(countryIsoByName(w) ?? '');
  return dictionaryTitles(title).some((t) => {
    const added = t
      .replace(/[()]/g, ' ')
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w) && !nameTokens.has(fold(w)) && fold(w).length > 2);
    return added.length > 0 && added.every(written);
  });
}

/** Offices of national figures, whose holders have articles of their own. */
const OFFICE =
  /\b(?:presidents?|prime ministers?|premier|minister|chancellor|king|queen|crown prince|emir|amir|sultan|secretary of state|foreign secretary|secretary[- ]general|head of (?:state|government|(?:the )?republic))\b/iu;
/** Offices that are not: deputies and diplomats often have no article. */
const NOT_OFFICE =
  /\b(?:vice minister|deputy minister|minister of state|minister[- ]counsell?or|ambassador|spokes\w*|consul)\b/iu;
/** Lower-case words of an office written before a name ("the president Moon Jae-in"). */
const OFFICE_WORDS =
  'of the and for president prime minister foreign premier vice deputy crown prince king queen'.split(' ');
const TITLE_RUN = new RegExp(
  `(?:^|[\\s(])((?:(?:\\p{Lu}[\\p{L}\\p{M}’'.-]*|${OFFICE_WORDS.join('|')})\\s+){1,10})$`,
  'u',
);
const APPOSITION = new RegExp(
  `^,\\s+((?:(?:\\p{Lu}[\\p{L}\\p{M}’'.-]*|${OFFICE_WORDS.join('|')})(?:\\s+|$)){1,10})`,
  'u',
);

const PLURAL_OFFICE = /\b(?:Presidents|Prime Ministers|Foreign Ministers|Heads of State(?: and Government)?)\b/gu;
/** Names, their countries in brackets, commas and "and": what separates a list's office from one of its names. */
const NAME_LIST = /^(?:\s*(?:\p{Lu}[\p{L}\p{M}’'.-]*|\([^()]*\)|,|and))*\s*$/u;

function namesOffice(run: string | undefined): boolean {
  return run !== undefined && OFFICE.test(run) && !NOT_OFFICE.test(run);
}

/**
 * Does the article name the person with a national office, right before the
 * name ("Foreign Minister Wang Yi", "Head of Republic of Buryatia Alexey
 * Tsydenov") or in apposition ("Kassim Majaliwa, Prime Minister of ...")?
 */
function holdsOffice(names: string[], text: string): boolean {
  for (const name of names) {
    if (name.split(' ').length < 2) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const before =
        text
          .slice(Math.max(0, at - 100), at)
          .split(/[.!?;:\n]\s/u)
          .pop() ?? '';
      // "Ambassador of Russia to Mongolia Iskander Azizov, President of Russian Railways ...": a list of
      // officials, where the office after the comma is the next one's.
      if (NOT_OFFICE.test(before.split(',').pop() ?? '')) continue;
      if (namesOffice(TITLE_RUN.exec(before)?.[1])) return true;
      // "Presidents Rodrigo Chaves (Costa Rica), Daniel Noboa (Ecuador) and ...": a plural office before a list of names.
      const sentence =
        text
          .slice(Math.max(0, at - 300), at)
          .split(/[.!?;:\n]\s/u)
          .pop() ?? '';
      const plural = [...sentence.matchAll(PLURAL_OFFICE)].pop();
      if (plural?.index !== undefined && NAME_LIST.test(sentence.slice(plural.index + plural[0].length))) return true;
      if (namesOffice(APPOSITION.exec(text.slice(at + name.length, at + name.length + 120))?.[1])) return true;
    }
  }
  return false;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Common Vietnamese family names: their articles' titles keep the diacritics a plain-letter text drops. */
const VIETNAMESE_FAMILY = new Set('nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly'.split(' '));

/**
 * The title of a national officeholder the dictionary does not know (it is of
 * 2014-16; many now in office came later): their article is titled by their
 * name. Only for plain two-word names (three for an East Asian name: "Yoon
 * Suk Yeol"), written so in the article, that the
 * dictionary has no article of (nor any anchor of another person): no
 * initials, no nasab (whose titles cut the chain anywhere), no Vietnamese name
 * written without its diacritics. Longer names are NIL: their titles keep or
 * drop middle names and second surnames unpredictably ("Filipe Nyusi" for
 * "Filipe Jacinto Nyusi", "Luis Lacalle Pou").
 */
function officeholderTitle(g: Analyzed, forms: string[], text: string, index: WikipediaSenses): string | undefined {
  const parsed = parsePersonName(g.name);
  if (!parsed || parsed.bare) return undefined;
  const styled = withoutStyles(parsed.display);
  // Titles leave out middle initials ("Enrique Manalo" for "Enrique A. Manalo").
  const plain = styled
    .split(' ')
    .filter((t) => !/^\p{Lu}\.?$/u.test(t))
    .join(' ');
  // The name as the article writes it ("Felipe VI", not a reordered or re-cased display).
  const name = unique([styled, plain, ...forms, ...g.aliases]).find(
    (f) =>
      (fold(f) === fold(styled) || fold(f) === fold(plain)) &&
      new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(f)}(?![\\p{L}])`, 'u').test(text),
  );
  if (name === undefined) return undefined;
  const tokens = name.split(' ');
  if (tokens.length !== 2 && !(tokens.length === 3 && isEastAsianName(name))) return undefined;
  if (!tokens.every((t) => /^\p{Lu}[\p{L}\p{M}’'-]+$/u.test(t) && !NAME_PARTICLES.has(t.toLowerCase())))
    return undefined;
  if (VIETNAMESE_FAMILY.has(fold(tokens[0] ?? '')) && fold(name) === name.toLowerCase()) return undefined;
  if (index.anchorsOf(name).length > 0) return undefined;
  // Written in lower case, a person's name is no common phrase ("international cooperation").
  const lower = index.sense(name.toLowerCase());
  if (lower?.anchor === name.toLowerCase() && !titleFitsType(lower.title, 'Person', name)) return undefined;
  if (!holdsOffice(unique([...forms, ...g.aliases, g.name]), text)) return undefined;
  return name;
}

interface FormSense {
  form: string;
  tokens: number;
  sense: { anchor: string; title: string; probability: number };
}

/**
 * The fitting senses of `forms`, fullest first. An organization's title must
 * also name the kinds of body its full name does: "Tasnim" is not the article
 * of the "Tasnim News Agency".
 */
function sensesOf(forms: string[], g: Analyzed, index: WikipediaSenses, minimum: number): FormSense[] {
  return forms
    .map((form) => ({ form, tokens: tokenCount(form), sense: index.sense(form) }))
    .filter(
      (s): s is FormSense =>
        s.sense !== undefined &&
        s.sense.probability >= minimum &&
        titleFitsType(s.sense.title, g.type, s.form) &&
        (g.type !== 'Organization' || orgKindsKept(s.sense.title, g.name)),
    )
    .sort((a, b) => b.tokens - a.tokens || b.sense.probability - a.sense.probability);
}

/** Is `title` (no qualifier) the name `form` itself? Persons compare with transliterations folded. */
function titleIsForm(title: string, form: string, type: EntityType): boolean {
  const { base, qualifier } = splitTitle(title);
  if (qualifier !== '') return false;
  return type === 'Person'
    ? personKeyTokens(base).join(' ') === personKeyTokens(form).join(' ')
    : fold(base) === fold(form);
}

/** The title a variant writing names with certainty, when no two variants as full disagree. */
function variantTitle(g: Analyzed, forms: string[], index: WikipediaSenses): string | undefined {
  const sure = sensesOf(variantForms(forms, g.type), g, index, CONFIDENT).filter((s) =>
    titleIsForm(s.sense.title, s.form, g.type),
  );
  const [best] = sure;
  if (!best) return undefined;
  return sure.some((s) => s.tokens === best.tokens && s.sense.title !== best.sense.title)
    ? undefined
    : best.sense.title;
}

/**
 * A place or body the article names without what its title adds, taken from
 * the article's own places and countries: "the Kremlin" in an article naming
 * Moscow is the "Moscow Kremlin", the "Presidential Administration" in one
 * naming Russia the "Presidential Administration of Russia", a "Ministry of
 * Foreign Affairs" the "Ministry of Foreign Affairs (South Korea)". The
 * dictionary must be sure of the qualified name (or have the qualified
 * article), and only one of the article's places or countries may give one.
 */
function contextTitle(
  g: Analyzed,
  forms: string[],
  index: WikipediaSenses,
  articleCountries: ReadonlySet<string>,
  articlePlaces: readonly string[],
): string | undefined {
  if (g.type !== 'Place' && g.type !== 'Organization') return undefined;
  const countries = [...articleCountries].flatMap((iso) => countryTitle(iso) ?? []);
  // A city qualifies what it holds ("Moscow Kremlin"); a country is named after ("of Russia", "(Ethiopia)").
  const places = articlePlaces.filter((p) => tokenCount(p) <= 2);
  const titles = new Set<string>();
  for (const form of forms.filter((f) => /^\p{Lu}/u.test(f))) {
    const anchors = [...places.map((p) => `${p} ${form}`), ...countries.map((c) => `${form} of ${c}`)];
    for (const s of sensesOf(anchors, g, index, CONFIDENT))
      if (titleIsForm(s.sense.title, s.form, g.type)) titles.add(s.sense.title);
    if (g.type === 'Organization')
      for (const c of countries) {
        const qualified = `${form} (${c})`;
        if (index.anchorsOf(qualified).length > 0) titles.add(qualified);
      }
  }
  return titles.size === 1 ? [...titles][0] : undefined;
}

/**
 * The Wikipedia title of one article-level entity, or undefined (NIL).
 * `text` is the article's text, `articleCountries` the ISO codes of the
 * countries it names and `articlePlaces` the names of its places: the context
 * the title must agree with.
 */
export function decideWikipediaTitle(
  g: Analyzed,
  text: string,
  index: WikipediaSenses,
  articleCountries: ReadonlySet<string> = new Set(),
  articlePlaces: readonly string[] = [],
): string | undefined {
  // An event's name in the news ("war in Ukraine", "the summit") is no anchor of its article; a treaty's
  // full name is, and only the dictionary's certain article for it is taken.
  if (g.type === 'Event') return undefined;
  if (g.type === 'Agreement') {
    const [sure] = sensesOf(
      lookupForms(g).filter((f) => tokenCount(f) >= 2 && /\p{Lu}/u.test(f)),
      g,
      index,
      CONFIDENT,
    );
    return sure?.sense.title;
  }
  if (g.type === 'Country' && g.fixedId?.startsWith('country:') && /^country:[A-Z]{2}$/.test(g.fixedId))
    return countryTitle(g.fixedId.slice('country:'.length));
  const forms = lookupForms(g);
  const senses = sensesOf(forms, g, index, PLAUSIBLE);
  const [best] = senses;
  if (!best) {
    if (forms.length === 0) return undefined;
    const variant = variantTitle(g, forms, index) ?? contextTitle(g, forms, index, articleCountries, articlePlaces);
    if (variant !== undefined) return variant;
    // Nothing of the dictionary names this person (not even unsure): a national officeholder's own name.
    if (g.type !== 'Person' || sensesOf(forms, g, index, 0).length > 0) return undefined;
    return officeholderTitle(g, forms, text, index);
  }
  const title = best.sense.title;
  // A form as full as the deciding one that points elsewhere with weight: conflict.
  if (senses.some((s) => s.tokens === best.tokens && s.sense.title !== title && s.sense.probability >= 0.5))
    return undefined;
  if (best.sense.probability >= CONFIDENT) return title;
  const agreeing = senses.filter((s) => s !== best && s.sense.title === title && s.form !== best.form);
  if (agreeing.length > 0) return title;
  // A national officeholder whose name is itself the (unsure) title: the office is the context that decides.
  if (g.type === 'Person' && titleIsForm(title, best.form, g.type) && holdsOffice(unique([...g.aliases, g.name]), text))
    return title;
  if (articleConfirms(title, forms, text, fold(text), index, articleCountries)) return title;
  return contextTitle(g, forms, index, articleCountries, articlePlaces);
}
