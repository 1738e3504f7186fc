/**
 * Per-entity analysis: from the extracted names and aliases of one entity
 * (or of several entities of one article already known to be one) to its
 * canonical name and match keys. Pure, article-local, no store access.
 */
import type { EntityProperties, EntityType, ExtractedEntity } from '../extract/types';
import {
  countryByIso,
  countryIsoByName,
  expandAcronymTokens,
  fold,
  isOrgAcronymLike,
  orgByAcronym,
  orgByName,
  orgKeyBase,
  type OrgInfo,
} from '../reference/index';
import { cleanSurface, isAllCaps, isCapitalized, slug, titleCase, unique } from './normalize';
import { parsePersonName, personFullKey, personShortKeys, personSurnameKeys, type PersonName } from './person-names';

/** What linking knows about one article-level entity before asking the store. */
export interface Analyzed {
  type: EntityType;
  sources: ExtractedEntity[];
  /** Canonical name (see LinkedEntity.name). */
  name: string;
  /** Surface forms: every extracted name and alias, cleaned, deduplicated. */
  aliases: string[];
  keys: string[];
  shortKeys: string[];
  surnameKeys: string[];
  /** Person known only by one token; organization known only by an unknown acronym. */
  partial: boolean;
  /** Person: folded tokens of the fullest form. */
  tokens: string[];
  /** Organization: folded compact acronyms (`sco`). */
  acronyms: string[];
  /** Id fixed by reference data (countries, well-known organizations). */
  fixedId?: string;
  wikidata?: string;
  /** English Wikipedia title, when linking decided one (see wikipedia.ts). */
  wikipedia?: string;
  properties: EntityProperties;
}

/** Folded forms that are never an entity of a naming type on their own. */
const GENERIC_PHRASES = new Set(
  [
    'the two heads of state',
    'two heads of state',
    'heads of state',
    'the two sides',
    'two sides',
    'both sides',
    'the two countries',
    'two countries',
    'both countries',
    'the two leaders',
    'both leaders',
    'the parties',
    'the government',
    'government',
    'the country',
    'the region',
    'the city',
    'the capital',
    'the organization',
    'the president',
    'the state',
  ].map(fold),
);

const WEAK_WORDS = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'in', 'on', 'to', 'at']);

function hasProperNoun(text: string): boolean {
  return text.split(/\s+/).some((t) => isCapitalized(t) && !WEAK_WORDS.has(t.toLowerCase()));
}

function mergeProperties(sources: ExtractedEntity[]): EntityProperties {
  const out: EntityProperties = {};
  for (const s of sources) {
    const p = s.properties;
    if (p.isoCode && !out.isoCode) out.isoCode = p.isoCode;
    if (p.acronym && !out.acronym) out.acronym = p.acronym;
    if (p.eventType && !out.eventType) out.eventType = p.eventType;
    if (p.date && !out.date) out.date = p.date;
  }
  return out;
}

function surfaceForms(sources: ExtractedEntity[]): string[] {
  const raw = sources.flatMap((s) => [s.name, ...s.aliases]);
  return unique(raw.map(cleanSurface).filter((s) => s !== ''));
}

/** Ranks display names: more tokens, then longer, then alphabetically first. */
export function compareNames(a: string, b: string): number {
  const ta = a.split(/\s+/).length;
  const tb = b.split(/\s+/).length;
  if (ta !== tb) return tb - ta;
  if (a.length !== b.length) return b.length - a.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

function bestOf(names: string[]): string | undefined {
  return [...names].sort(compareNames)[0];
}

/** "MOSCOW" → "Moscow"; mixed-case names unchanged. */
function displayCase(name: string): string {
  const tokens = name.split(' ');
  if (tokens.every((t) => isAllCaps(t) || !/\p{L}/u.test(t))) return tokens.map(titleCase).join(' ');
  return name;
}

function base(type: EntityType, sources: ExtractedEntity[], aliases: string[]): Analyzed {
  return {
    type,
    sources,
    name: '',
    aliases,
    keys: [],
    shortKeys: [],
    surnameKeys: [],
    partial: false,
    tokens: [],
    acronyms: [],
    properties: mergeProperties(sources),
  };
}

function finishKeys(a: Analyzed): Analyzed {
  a.keys = unique(a.keys.filter((k) => k !== ''));
  a.shortKeys = unique(a.shortKeys.filter((k) => k !== '' && !a.keys.includes(k)));
  a.surnameKeys = unique(a.surnameKeys.filter((k) => k !== ''));
  return a;
}

/** A one-word name after a monarch's title. */
const REGNAL_TITLE =
  /\b(?:king|queen|sultan|emir|amir|sheikh|sheikha|crown prince|prince|princess)\s+\p{Lu}[\p{L}'-]+$/iu;

function analyzePerson(sources: ExtractedEntity[], forms: string[]): Analyzed | undefined {
  const parsed = forms.map(parsePersonName).filter((p): p is PersonName => p !== undefined);
  if (parsed.length === 0) return undefined;
  const a = base('Person', sources, forms);
  const full = parsed.filter((p) => !p.bare);
  const pool = full.length > 0 ? full : parsed;
  const best = [...pool].sort((x, y) => compareNames(x.display, y.display))[0];
  if (!best) return undefined;
  a.name = best.display;
  a.tokens = best.tokens;
  if (full.length === 0) {
    a.partial = true;
    // "King Abdullah", "Sheikh Tamim": a monarch's one name is a given or regnal name, no surname of someone else.
    const regnal = sources.some((e) => e.aliases.some((x) => REGNAL_TITLE.test(x)));
    a.surnameKeys = regnal ? [] : [best.tokens[0] ?? ''];
    return finishKeys(a);
  }
  for (const p of full) {
    a.keys.push(personFullKey(p));
    a.shortKeys.push(...personShortKeys(p));
    a.surnameKeys.push(...personSurnameKeys(p));
  }
  return finishKeys(a);
}

function analyzeCountry(sources: ExtractedEntity[], forms: string[]): Analyzed | undefined {
  const a = base('Country', sources, forms);
  let iso: string | undefined;
  const given = a.properties.isoCode;
  if (given && countryByIso(given)) iso = given.toUpperCase();
  if (!iso) {
    for (const f of [sources[0]?.name ?? '', ...forms]) {
      iso = countryIsoByName(f);
      if (iso) break;
    }
  }
  for (const f of forms) a.keys.push(fold(f).replace(/^the /, ''));
  if (iso) {
    const info = countryByIso(iso);
    a.fixedId = `country:${iso}`;
    a.name = info?.name ?? forms[0] ?? iso;
    if (info?.wikidata) a.wikidata = info.wikidata;
    a.properties = { ...a.properties, isoCode: iso };
    a.keys.push(`iso:${iso.toLowerCase()}`);
    if (info) a.keys.push(fold(info.name));
    return finishKeys(a);
  }
  const named = forms.filter(hasProperNoun);
  const best = bestOf(named);
  if (!best || GENERIC_PHRASES.has(fold(best))) return undefined;
  a.name = displayCase(best);
  a.fixedId = `country:${slug(best.replace(/^the\s+/i, ''))}`;
  return finishKeys(a);
}

const PAREN_ACRONYM = /\s*\(([A-Z][A-Za-z0-9&.]{1,9})\)\s*/g;

const BODY_WORDS = new Set([
  'committee',
  'council',
  'commission',
  'secretariat',
  'assembly',
  'congress',
  'board',
  'bureau',
  'ministry',
  'department',
  'office',
  'court',
  'parliament',
  'senate',
  'forces',
  'army',
  'navy',
  'agency',
]);

/**
 * Short keys of an organization name: "B A" for "A of the B" when A ends in
 * a body word ("Standing Committee of the NPC" ~ "NPC Standing Committee").
 * Deliberately no "without its country" forms: "Ministry of Foreign Affairs"
 * or "Associated Press" must not swallow a national body of another country.
 */
function orgShortKeys(name: string): string[] {
  const tokens = orgKeyBase(name).split(' ');
  const ofIdx = tokens.indexOf('of');
  if (ofIdx <= 0 || ofIdx >= tokens.length - 1) return [];
  const head = tokens.slice(0, ofIdx);
  let tail = tokens.slice(ofIdx + 1);
  if (tail[0] === 'the') tail = tail.slice(1);
  if (!BODY_WORDS.has(head[head.length - 1] ?? '') || countryIsoByName(tail.join(' ')) !== undefined) return [];
  return [[...tail, ...head].join(' ')];
}

function analyzeOrganization(sources: ExtractedEntity[], rawForms: string[]): Analyzed | undefined {
  const acronyms: string[] = [];
  const forms: string[] = [];
  for (const f of rawForms) {
    const stripped = f
      .replace(PAREN_ACRONYM, (_m, acr: string) => {
        acronyms.push(acr);
        return ' ';
      })
      .replace(/\s+/g, ' ')
      .trim();
    if (stripped !== '') forms.push(stripped);
  }
  const a = base('Organization', sources, rawForms);
  if (a.properties.acronym) acronyms.push(a.properties.acronym);
  const fullForms: string[] = [];
  for (const f of forms) {
    if (isOrgAcronymLike(f) && !orgByName(f)?.name.startsWith(f)) acronyms.push(f);
    else if (hasProperNoun(f) && !GENERIC_PHRASES.has(fold(f))) fullForms.push(f);
  }
  // Reference data: the extracted name first, then the other forms, then acronyms.
  let info: OrgInfo | undefined;
  for (const f of [...fullForms, ...acronyms]) {
    info = orgByName(f) ?? (isOrgAcronymLike(f) ? orgByAcronym(f) : undefined);
    if (info) break;
  }
  a.acronyms = unique(acronyms.map((x) => fold(x).replace(/ /g, '')).filter((x) => x.length >= 2));
  if (info) {
    a.fixedId = info.id;
    a.name = info.name;
    if (info.wikidata) a.wikidata = info.wikidata;
    if (info.acronym) {
      a.acronyms = unique([...a.acronyms, fold(info.acronym).replace(/ /g, '')]);
      a.properties = { ...a.properties, acronym: info.acronym };
    }
    fullForms.push(info.name);
  } else if (fullForms.length === 0) {
    if (a.acronyms.length === 0) return undefined;
    const acr = acronyms.find((x) => isOrgAcronymLike(x)) ?? acronyms[0] ?? '';
    a.name = acr;
    a.partial = true;
  } else {
    a.name = displayCase(bestOf(fullForms) ?? '');
  }
  for (const f of fullForms) {
    a.keys.push(orgKeyBase(f));
    a.shortKeys.push(...orgShortKeys(f));
  }
  for (const acr of a.acronyms) a.keys.push(`acr:${acr}`);
  return finishKeys(a);
}

const PLACE_PREFIX = /^(?:the )?(?:state|province|city|region|county|district|prefecture|emirate) of /;
const PLACE_SUFFIX = / (?:province|city|prefecture|municipality|region|governorate|oblast|district|county)$/;

function placeKey(name: string): string {
  return fold(name)
    .replace(/^the /, '')
    .replace(/\bst\b/g, 'saint');
}

function analyzePlace(sources: ExtractedEntity[], forms: string[]): Analyzed | undefined {
  const named = forms.filter((f) => hasProperNoun(f) && !GENERIC_PHRASES.has(fold(f)));
  if (named.length === 0) return undefined;
  const a = base('Place', sources, forms);
  a.name = displayCase(bestOf(named) ?? '');
  for (const f of named) {
    const k = placeKey(f);
    a.keys.push(k);
    const short = k.replace(PLACE_PREFIX, '').replace(PLACE_SUFFIX, '');
    if (short !== k && short !== '') a.shortKeys.push(short);
  }
  return finishKeys(a);
}

function analyzeNamed(type: 'Event' | 'Agreement', sources: ExtractedEntity[], forms: string[]): Analyzed | undefined {
  const first = cleanSurface(sources[0]?.name ?? '');
  const name = first !== '' ? first : forms[0];
  if (!name) return undefined;
  const a = base(type, sources, forms);
  a.name = name;
  a.keys = type === 'Agreement' ? [agreementKey(name)] : [eventNameKey(name)];
  return a;
}

/**
 * Analyses the extracted entities of one article that are one entity (usually
 * just one). Undefined when nothing name-like is left: a generic phrase
 * ("the two heads of state") or a bare title is not an entity.
 */
export function analyze(sources: ExtractedEntity[]): Analyzed | undefined {
  const type = sources[0]?.type;
  if (!type) return undefined;
  const forms = surfaceForms(sources);
  if (forms.length === 0) return undefined;
  switch (type) {
    case 'Person':
      return analyzePerson(sources, forms);
    case 'Country':
      return analyzeCountry(sources, forms);
    case 'Organization':
      return analyzeOrganization(sources, forms);
    case 'Place':
      return analyzePlace(sources, forms);
    case 'Event':
    case 'Agreement':
      return analyzeNamed(type, sources, forms);
  }
}

// ---------------------------------------------------------------- events and agreements

const GENERIC_EVENT_WORDS = new Set(
  `talks talk meeting meetings summit summits visit visits state official welcome ceremony ceremonies banquet dinner
  lunch luncheon breakfast session sessions conference call calls phone telephone press signing celebration
  celebrations opening closing anniversary audience message messages election elections polls poll bilateral
  trilateral multilateral grand private formal informal working discussion discussions forum reception event events
  the a an another this that these first second third last next previous two three four five day days three-day
  congratulatory joint video virtual conversation conversations exchange exchanges negotiation negotiations
  consultation consultations round high level high-level pomp laden pomp-laden imperial style imperial-style
  pageantry palace briefing interview speech remarks statement gathering plenary extraordinary annual regular
  current recent upcoming his her their its our of with and to in on at for by meeting-ceremony`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

const WAR_PATTERN =
  /^(?:.* )?(?:war|wars|fighting|invasion|conflict|aggression|crisis|hostilities|offensive|attack|attacks) (?:in|of|on|against|with|over) (?:the )?(.+)$/;
const WAR_SUFFIX = /^(?:the )?(.+?) (?:war|conflict|crisis|invasion)$/;

/**
 * The folded key of an event name. Wars over a country collapse to one key
 * whatever the wording: "fighting in Ukraine", "invasion of Ukraine",
 * "Russia's war against Ukraine", "Ukraine war" → "war in ua".
 */
export function eventNameKey(name: string): string {
  const key = fold(name).replace(/^(?:the|a|an) /, '');
  const m = WAR_PATTERN.exec(key) ?? WAR_SUFFIX.exec(key);
  if (m?.[1]) {
    const iso = countryIsoByName(m[1]);
    if (iso) return `war in ${iso.toLowerCase()}`;
  }
  return key;
}

/** True when the event key says nothing that identifies it outside its article ("talks", "state visit"). */
export function isGenericEventKey(key: string): boolean {
  return key.split(' ').every((t) => GENERIC_EVENT_WORDS.has(t) || /^\d+$/.test(t));
}

const AGREEMENT_KINDS = new Set([
  'charter',
  'declaration',
  'treaty',
  'convention',
  'protocol',
  'agreement',
  'accord',
  'accords',
  'statute',
  'communique',
  'pact',
]);

const GENERIC_AGREEMENT_WORDS = new Set(
  `joint statement statements final peace agreement agreements memorandum memoranda of understanding mou mous
  declaration declarations treaty treaties deal deals plan plans accord accords communique document documents
  cooperation framework trade bilateral new action roadmap contract contracts the a an this that their its our
  these those two three several eleven ten other summit deal protocol protocols convention letter letters intent
  on for and with between to`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/**
 * The folded key of an agreement name: articles dropped, spellings and
 * acronym tokens normalised, "<X> Charter" read as "charter of <X>"
 * ("UN Charter" = "Charter of the United Nations").
 */
export function agreementKey(name: string): string {
  let tokens = fold(name)
    .split(' ')
    .filter((t) => t !== '' && t !== 'the' && t !== 'a' && t !== 'an')
    .map((t) => (t === 'programme' ? 'program' : t === 'organisation' ? 'organization' : t));
  tokens = expandAcronymTokens(tokens);
  const last = tokens[tokens.length - 1] ?? '';
  if (tokens.length >= 2 && AGREEMENT_KINDS.has(last) && !tokens.includes('of')) {
    tokens = [last, 'of', ...tokens.slice(0, -1)];
  }
  return tokens.join(' ');
}

/** True when the agreement key does not identify it outside its article ("joint statement", "MoU"). */
export function isGenericAgreementKey(key: string): boolean {
  return key.split(' ').every((t) => GENERIC_AGREEMENT_WORDS.has(t) || /^\d+(st|nd|rd|th)?$/.test(t));
}

/** Bodies every government has: without a country in the name they say which one only in their article. */
const GOVERNMENT_BODY =
  /^(?:the )?(?:(?:ministry|department|office|embassy|government|cabinet|presidency|secretariat)(?: (?:of|for) .+)?|[a-z]+ (?:ministry|office|department))$/;

/**
 * True when an organization's key names a body of some government without saying whose ("Ministry of Foreign
 * Affairs", "the Foreign Ministry"): two articles' such bodies are not one node by name.
 */
export function isGenericBodyKey(key: string): boolean {
  if (!GOVERNMENT_BODY.test(key)) return false;
  const tokens = key.split(' ');
  for (let n = 1; n <= 3; n++)
    for (let i = 0; i + n <= tokens.length; i++)
      if (countryIsoByName(tokens.slice(i, i + n).join(' ')) !== undefined) return false;
  return true;
}
