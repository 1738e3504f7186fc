/**
 * Offline reference data for linking: countries (ISO 3166-1 alpha-2, names,
 * alternate spellings, demonyms, Wikidata QIDs) from the `world-countries` and
 * `@rapideditor/country-coder` packages plus a small hand-kept table of
 * well-known organizations with their acronyms. No network access at run time.
 */
import worldCountries from 'world-countries';
import { fold } from './normalize';

/** The part of `@rapideditor/country-coder` used here (the package ships ESM typings; its CommonJS build is loaded). */
interface CountryCoder {
  feature(query: string): { properties: { wikidata?: string; iso1A2?: string; nameEn: string } } | null;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const countryCoder = require('@rapideditor/country-coder') as CountryCoder;

export interface CountryInfo {
  /** ISO 3166-1 alpha-2, upper case. */
  iso: string;
  /** Display name ("China", "United Kingdom", "South Korea"). */
  name: string;
  wikidata?: string;
}

/** Names used in news that the packages lack (or that we want to win a conflict). */
const COUNTRY_EXTRAS: Record<string, string[]> = {
  GB: [
    'UK',
    'U.K.',
    'Britain',
    'Great Britain',
    'British',
    'England',
    'United Kingdom of Great Britain and Northern Ireland',
  ],
  US: ['US', 'U.S.', 'U.S.A.', 'USA', 'America', 'American', 'United States', 'the United States'],
  KR: ['ROK', 'Republic of Korea', 'South Korea', 'South Korean', 'Korea Republic'],
  KP: ['DPRK', 'North Korea', 'North Korean'],
  RU: ['Russian Federation', 'Russian'],
  CN: ["People's Republic of China", 'PRC', 'Chinese', 'Mainland China'],
  TW: ['Taiwanese', 'Republic of China'],
  AE: ['UAE', 'U.A.E.', 'Emirati', 'United Arab Emirates', 'Emirates'],
  SA: ['Saudi', 'KSA', 'Kingdom of Saudi Arabia', 'Saudi Arabian'],
  TR: ['Turkey', 'Turkish', 'Republic of Turkey', 'Türkiye'],
  PS: ['Palestine', 'State of Palestine', 'Palestinian', 'Palestinian territories'],
  CD: ['DRC', 'DR Congo', 'Democratic Republic of the Congo', 'Democratic Republic of Congo'],
  CG: ['Republic of the Congo', 'Congo-Brazzaville'],
  CZ: ['Czech Republic', 'Czechia', 'Czech'],
  CI: ["Côte d'Ivoire", 'Ivory Coast', 'Ivorian'],
  IR: ['Iran', 'Islamic Republic of Iran', 'Iranian', 'Persia'],
  SY: ['Syria', 'Syrian Arab Republic', 'Syrian'],
  LA: ['Laos', "Lao People's Democratic Republic", 'Lao'],
  VN: ['Vietnam', 'Viet Nam', 'Vietnamese'],
  MM: ['Myanmar', 'Burma', 'Burmese'],
  NL: ['Netherlands', 'Holland', 'Dutch'],
  VA: ['Vatican', 'Holy See'],
  PH: ['Philippines', 'Filipino', 'Philippine'],
  BR: ['Brazil', 'Republic of Brazil', 'Federative Republic of Brazil'],
  SS: ['South Sudan', 'South Sudanese'],
  ZA: ['South Africa', 'South African'],
  NZ: ['New Zealand', 'New Zealander'],
  BH: ['Kingdom of Bahrain', 'Bahraini'],
  QA: ['State of Qatar', 'Qatari'],
  KW: ['State of Kuwait', 'Kuwaiti'],
  OM: ['Sultanate of Oman', 'Omani'],
  IN: ['Republic of India', 'Bharat', 'Indian'],
};

/** Display names that read better than the package's common name. */
const COUNTRY_NAME_OVERRIDES: Record<string, string> = {
  TR: 'Turkey',
  CZ: 'Czech Republic',
  CD: 'Democratic Republic of the Congo',
  VA: 'Vatican City',
};

/** Folded forms never taken as a country on their own (too generic or ambiguous). */
const COUNTRY_STOP = new Set([
  'congo',
  'congolese',
  'korea',
  'korean',
  'guinean',
  'dominican',
  'samoan',
  'virgin islands',
]);

interface CountryTables {
  byIso: Map<string, CountryInfo>;
  byName: Map<string, string>;
}

let tables: CountryTables | undefined;

function buildCountryTables(): CountryTables {
  const byIso = new Map<string, CountryInfo>();
  const candidates = new Map<string, Set<string>>();
  const strong = new Map<string, string>();
  const add = (name: string, iso: string, isStrong: boolean): void => {
    const key = fold(name).replace(/^the /, '');
    if (key === '' || COUNTRY_STOP.has(key)) return;
    if (isStrong) {
      strong.set(key, iso);
      return;
    }
    let set = candidates.get(key);
    if (!set) {
      set = new Set();
      candidates.set(key, set);
    }
    set.add(iso);
  };
  for (const c of worldCountries) {
    const iso = c.cca2.toUpperCase();
    const feature = countryCoder.feature(iso);
    const wikidata = feature?.properties.wikidata;
    const info: CountryInfo = { iso, name: COUNTRY_NAME_OVERRIDES[iso] ?? c.name.common };
    if (wikidata) info.wikidata = wikidata;
    byIso.set(iso, info);
    add(c.name.common, iso, false);
    add(c.name.official, iso, false);
    for (const alt of c.altSpellings) {
      // Two-letter codes ("IN", "SA", "CN") as plain words would swallow ordinary text.
      if (alt.length <= 2) continue;
      add(alt, iso, false);
    }
    const eng = c.demonyms['eng'];
    if (eng) {
      add(eng.m, iso, false);
      add(eng.f, iso, false);
    }
  }
  for (const [iso, names] of Object.entries(COUNTRY_EXTRAS)) for (const n of names) add(n, iso, true);
  const byName = new Map<string, string>();
  for (const [key, isos] of candidates) {
    if (isos.size === 1) byName.set(key, [...isos][0] ?? '');
  }
  for (const [key, iso] of strong) byName.set(key, iso);
  return { byIso, byName };
}

function countryTables(): CountryTables {
  tables ??= buildCountryTables();
  return tables;
}

/** The country with this ISO 3166-1 alpha-2 code (any case), if it is one. */
export function countryByIso(code: string): CountryInfo | undefined {
  return countryTables().byIso.get(code.trim().toUpperCase());
}

const STATE_PREFIX =
  /^(?:the )?(?:(?:federal|federative|islamic|democratic|peoples|socialist|united|arab|plurinational|bolivarian|hashemite|cooperative|oriental|independent|sovereign)\s+)*(?:republic|kingdom|state|sultanate|emirate|principality|grand duchy|commonwealth|federation|union)\s+of\s+(?:the\s+)?(.+)$/;

/**
 * The ISO code for a country name, alternate name or demonym ("Russian
 * Federation", "Russian", "ROK", "Britain", "Kingdom of Bahrain",
 * "India's"); undefined when unknown or ambiguous ("Congolese", "Korea").
 */
export function countryIsoByName(name: string): string | undefined {
  const { byName } = countryTables();
  const key = fold(name.trim().replace(/['\u2019]s$/u, '')).replace(/^the /, '');
  const direct = byName.get(key);
  if (direct) return direct;
  const m = STATE_PREFIX.exec(key);
  if (m?.[1]) return byName.get(m[1]);
  return undefined;
}

export interface OrgInfo {
  /** Graph id, `org:<acronym or short slug>`. */
  id: string;
  name: string;
  acronym?: string;
  /** Other full names and spellings. */
  aliases: string[];
  wikidata?: string;
}

/** id | name | acronym | aliases (;) */
const ORG_DATA = `un|United Nations|UN|U.N.;United Nations Organization;UNO
unsc|United Nations Security Council|UNSC|UN Security Council;U.N. Security Council;Security Council of the United Nations
unga|United Nations General Assembly|UNGA|UN General Assembly
unhrc|United Nations Human Rights Council|UNHRC|UN Human Rights Council;Human Rights Council
unesco|United Nations Educational, Scientific and Cultural Organization|UNESCO|
unicef|United Nations Children's Fund|UNICEF|
eu|European Union|EU|E.U.
european-commission|European Commission||EU Commission
european-council|European Council||
european-parliament|European Parliament||EU Parliament
au|African Union|AU|
auc|African Union Commission|AUC|AU Commission;African Union (AU) Commission
sco|Shanghai Cooperation Organization|SCO|Shanghai Cooperation Organisation
brics|BRICS||BRICS group
nato|North Atlantic Treaty Organization|NATO|North Atlantic Alliance
asean|Association of Southeast Asian Nations|ASEAN|
apec|Asia-Pacific Economic Cooperation|APEC|
g7|G7||Group of Seven;G-7
g20|G20||Group of Twenty;G-20
gcc|Gulf Cooperation Council|GCC|Cooperation Council for the Arab States of the Gulf
opec|Organization of the Petroleum Exporting Countries|OPEC|
who|World Health Organization|WHO|
wto|World Trade Organization|WTO|
imf|International Monetary Fund|IMF|
world-bank|World Bank||World Bank Group
iaea|International Atomic Energy Agency|IAEA|
osce|Organization for Security and Co-operation in Europe|OSCE|Organization for Security and Cooperation in Europe
oas|Organization of American States|OAS|
oic|Organisation of Islamic Cooperation|OIC|Organization of Islamic Cooperation
arab-league|Arab League||League of Arab States
csto|Collective Security Treaty Organization|CSTO|
cis|Commonwealth of Independent States|CIS|
eaeu|Eurasian Economic Union|EAEU|EEU
ecowas|Economic Community of West African States|ECOWAS|
sadc|Southern African Development Community|SADC|
mercosur|MERCOSUR||Mercosul;Southern Common Market
focac|Forum on China-Africa Cooperation|FOCAC|
cpc|Communist Party of China|CPC|Chinese Communist Party;CCP;Communist Party of China (CPC)
cpc-central-committee|Central Committee of the Communist Party of China||CPC Central Committee;Party Central Committee;Communist Party of China Central Committee
npc|National People's Congress|NPC|National People's Congress of China
npcsc|Standing Committee of the National People's Congress|NPCSC|NPC Standing Committee;National People's Congress Standing Committee
cppcc|Chinese People's Political Consultative Conference|CPPCC|
pla|Chinese People's Liberation Army|PLA|People's Liberation Army
xinhua|Xinhua News Agency||Xinhua;Xinhua News
tass|TASS||TASS news agency;ITAR-TASS
ap|Associated Press|AP|The Associated Press
app|Associated Press of Pakistan|APP|
afp|Agence France-Presse|AFP|
reuters|Reuters||
spa|Saudi Press Agency|SPA|
wam|Emirates News Agency|WAM|
bjp|Bharatiya Janata Party|BJP|
plo|Palestine Liberation Organization|PLO|
us-state-department|United States Department of State||US Department of State;U.S. Department of State;State Department;US State Department`;

interface OrgTables {
  byKey: Map<string, OrgInfo>;
  byAcronym: Map<string, OrgInfo>;
  ids: Set<string>;
}

let orgTables: OrgTables | undefined;

function buildOrgTables(): OrgTables {
  const byKey = new Map<string, OrgInfo>();
  const byAcronym = new Map<string, OrgInfo>();
  const ids = new Set<string>();
  for (const line of ORG_DATA.split('\n')) {
    const [id = '', name = '', acronym = '', aliases = ''] = line.split('|');
    const info: OrgInfo = {
      id: `org:${id}`,
      name,
      aliases: aliases === '' ? [] : aliases.split(';'),
    };
    if (acronym !== '') info.acronym = acronym;
    if (id === 'un' || id === 'eu') {
      const qid = countryCoder.feature(id.toUpperCase())?.properties.wikidata;
      if (qid) info.wikidata = qid;
    }
    ids.add(info.id);
    byKey.set(orgKeyBase(name), info);
    for (const a of info.aliases) byKey.set(orgKeyBase(a), info);
    if (acronym !== '') byAcronym.set(fold(acronym).replace(/ /g, ''), info);
    if (isOrgAcronymLike(name)) byAcronym.set(fold(name).replace(/ /g, ''), info);
  }
  return { byKey, byAcronym, ids };
}

function orgs(): OrgTables {
  orgTables ??= buildOrgTables();
  return orgTables;
}

/** True for "UN", "SCO", "G20", "BRICS", "U.N.": short and all capitals (digits allowed). */
export function isOrgAcronymLike(text: string): boolean {
  const compact = text.replace(/[.\s-]/g, '');
  return /^[A-Z][A-Z0-9&]{1,7}$/.test(compact);
}

/** Acronym tokens expanded inside longer organization / agreement names ("UN Security Council"). */
const ACRONYM_EXPANSIONS: Record<string, string> = {
  un: 'united nations',
  eu: 'european union',
  au: 'african union',
  npc: 'national peoples congress',
  cpc: 'communist party of china',
  us: 'united states',
  usa: 'united states',
  uk: 'united kingdom',
  sco: 'shanghai cooperation organization',
  gcc: 'gulf cooperation council',
};

const ORG_SPELLING: Record<string, string> = {
  organisation: 'organization',
  programme: 'program',
  centre: 'center',
  defence: 'defense',
  cooperation: 'cooperation',
};

/**
 * The folded key of an organization name without reference data: leading
 * "the" and ordinals ("14th") dropped, British spellings folded, known
 * acronym tokens expanded when the name has more than one token.
 */
export function orgKeyBase(name: string): string {
  let tokens = fold(name)
    .replace(/\bco operation\b/g, 'cooperation')
    .split(' ')
    .filter((t) => t !== '');
  if (tokens[0] === 'the') tokens = tokens.slice(1);
  tokens = tokens.filter((t) => !/^\d+(st|nd|rd|th)$/.test(t));
  tokens = tokens.map((t) => ORG_SPELLING[t] ?? t);
  if (tokens.length > 1) tokens = tokens.flatMap((t) => (ACRONYM_EXPANSIONS[t] ?? t).split(' '));
  return tokens.join(' ');
}

/** The well-known organization this name or acronym denotes, if any. */
export function orgByName(name: string): OrgInfo | undefined {
  const t = orgs();
  const byKey = t.byKey.get(orgKeyBase(name));
  if (byKey) return byKey;
  if (isOrgAcronymLike(name)) return t.byAcronym.get(fold(name).replace(/ /g, ''));
  return undefined;
}

/** The well-known organization with this acronym ("SCO", "U.N."). */
export function orgByAcronym(acronym: string): OrgInfo | undefined {
  return orgs().byAcronym.get(fold(acronym).replace(/ /g, ''));
}

/** True when the id is a gazetteer organization id (these always win id preference). */
export function isGazetteerOrgId(id: string): boolean {
  return orgs().ids.has(id);
}

/** Expands acronym tokens for agreement names ("UN Charter" → "united nations charter"). */
export function expandAcronymTokens(tokens: string[]): string[] {
  return tokens.flatMap((t) => (ACRONYM_EXPANSIONS[t] ?? t).split(' '));
}
