/**
 * Countries: ISO 3166-1 alpha-2 code, the name we show, the other names and demonyms news uses (a hand-kept table),
 * and, from the `world-countries` and `@rapideditor/country-coder` packages, every other official name, spelling
 * and demonym plus the Wikidata id. No network access at run time.
 */
import worldCountries from 'world-countries';
import { fold } from './fold';

/** The part of `@rapideditor/country-coder` used here (the package ships ESM typings; its CommonJS build is loaded). */
interface CountryCoder {
  feature(query: string): { properties: { wikidata?: string; iso1A2?: string; nameEn: string } } | null;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const countryCoder = require('@rapideditor/country-coder') as CountryCoder;

/** Wikidata id of a country or region code (ISO alpha-2, or "UN", "EU"). */
export function wikidataOfCode(code: string): string | undefined {
  return countryCoder.feature(code)?.properties.wikidata;
}

/** A country as news names it: the names extraction finds in text. */
export interface CountryEntry {
  /** ISO 3166-1 alpha-2, upper case. */
  iso: string;
  /** The name we show ("China", "United Kingdom", "South Korea"). */
  name: string;
  /** Other names news uses ("PRC", "Britain", "Türkiye"). */
  aliases: string[];
  /** "Chinese", "British". */
  demonyms: string[];
}

/** iso|name|other names (;)|demonyms (;) */
const COUNTRY_DATA = `
AF|Afghanistan|Islamic Republic of Afghanistan|Afghan
AL|Albania|Republic of Albania|Albanian
DZ|Algeria|People's Democratic Republic of Algeria|Algerian
AD|Andorra||Andorran
AO|Angola|Republic of Angola|Angolan
AG|Antigua and Barbuda||Antiguan
AR|Argentina|Argentine Republic|Argentine;Argentinian
AM|Armenia|Republic of Armenia|Armenian
AU|Australia|Commonwealth of Australia|Australian
AT|Austria|Republic of Austria|Austrian
AZ|Azerbaijan|Republic of Azerbaijan|Azerbaijani;Azeri
BS|Bahamas|The Bahamas|Bahamian
BH|Bahrain|Kingdom of Bahrain|Bahraini
BD|Bangladesh|People's Republic of Bangladesh|Bangladeshi
BB|Barbados||Barbadian
BY|Belarus|Republic of Belarus|Belarusian
BE|Belgium|Kingdom of Belgium|Belgian
BZ|Belize||Belizean
BJ|Benin|Republic of Benin|Beninese
BT|Bhutan|Kingdom of Bhutan|Bhutanese
BO|Bolivia|Plurinational State of Bolivia|Bolivian
BA|Bosnia and Herzegovina|Bosnia|Bosnian
BW|Botswana|Republic of Botswana|Botswanan
BR|Brazil|Federative Republic of Brazil;Republic of Brazil|Brazilian
BN|Brunei|Brunei Darussalam|Bruneian
BG|Bulgaria|Republic of Bulgaria|Bulgarian
BF|Burkina Faso||Burkinabe
BI|Burundi|Republic of Burundi|Burundian
CV|Cabo Verde|Cape Verde|Cape Verdean
KH|Cambodia|Kingdom of Cambodia|Cambodian
CM|Cameroon|Republic of Cameroon|Cameroonian
CA|Canada||Canadian
CF|Central African Republic||
TD|Chad|Republic of Chad|Chadian
CL|Chile|Republic of Chile|Chilean
CN|China|People's Republic of China;PRC;Mainland China|Chinese
CO|Colombia|Republic of Colombia|Colombian
KM|Comoros|Union of the Comoros|Comorian
CG|Republic of the Congo|Congo-Brazzaville|Congolese
CD|Democratic Republic of the Congo|DR Congo;DRC;Congo-Kinshasa;Democratic Republic of Congo|
CR|Costa Rica|Republic of Costa Rica|Costa Rican
CI|Cote d'Ivoire|Côte d'Ivoire;Ivory Coast|Ivorian
HR|Croatia|Republic of Croatia|Croatian
CU|Cuba|Republic of Cuba|Cuban
CY|Cyprus|Republic of Cyprus|Cypriot
CZ|Czech Republic|Czechia|Czech
DK|Denmark|Kingdom of Denmark|Danish
DJ|Djibouti|Republic of Djibouti|Djiboutian
DM|Dominica||Dominican
DO|Dominican Republic||
EC|Ecuador|Republic of Ecuador|Ecuadorian
EG|Egypt|Arab Republic of Egypt|Egyptian
SV|El Salvador||Salvadoran
GQ|Equatorial Guinea||Equatoguinean
ER|Eritrea|State of Eritrea|Eritrean
EE|Estonia|Republic of Estonia|Estonian
SZ|Eswatini|Swaziland|Swazi
ET|Ethiopia|Federal Democratic Republic of Ethiopia|Ethiopian
FJ|Fiji|Republic of Fiji|Fijian
FI|Finland|Republic of Finland|Finnish
FR|France|French Republic|French
GA|Gabon|Gabonese Republic|Gabonese
GM|Gambia|The Gambia|Gambian
GE|Georgia||Georgian
DE|Germany|Federal Republic of Germany|German
GH|Ghana|Republic of Ghana|Ghanaian
GR|Greece|Hellenic Republic|Greek
GD|Grenada||Grenadian
GT|Guatemala|Republic of Guatemala|Guatemalan
GN|Guinea|Republic of Guinea|Guinean
GW|Guinea-Bissau||
GY|Guyana||Guyanese
HT|Haiti|Republic of Haiti|Haitian
HN|Honduras|Republic of Honduras|Honduran
HU|Hungary||Hungarian
IS|Iceland||Icelandic
IN|India|Republic of India;Bharat|Indian
ID|Indonesia|Republic of Indonesia|Indonesian
IR|Iran|Islamic Republic of Iran;Persia|Iranian
IQ|Iraq|Republic of Iraq|Iraqi
IE|Ireland|Republic of Ireland|Irish
IL|Israel|State of Israel|Israeli
IT|Italy|Italian Republic|Italian
JM|Jamaica||Jamaican
JP|Japan||Japanese
JO|Jordan|Hashemite Kingdom of Jordan|Jordanian
KZ|Kazakhstan|Republic of Kazakhstan|Kazakh;Kazakhstani
KE|Kenya|Republic of Kenya|Kenyan
KI|Kiribati||
KP|North Korea|Democratic People's Republic of Korea;DPRK|North Korean
KR|South Korea|Republic of Korea;ROK;Korea;Korea Republic|South Korean;Korean
XK|Kosovo|Republic of Kosovo|Kosovar;Kosovan
KW|Kuwait|State of Kuwait|Kuwaiti
KG|Kyrgyzstan|Kyrgyz Republic|Kyrgyz
LA|Laos|Lao People's Democratic Republic;Lao PDR|Lao;Laotian
LV|Latvia|Republic of Latvia|Latvian
LB|Lebanon|Lebanese Republic|Lebanese
LS|Lesotho|Kingdom of Lesotho|
LR|Liberia|Republic of Liberia|Liberian
LY|Libya|State of Libya|Libyan
LI|Liechtenstein||
LT|Lithuania|Republic of Lithuania|Lithuanian
LU|Luxembourg||Luxembourgish
MG|Madagascar|Republic of Madagascar|Malagasy
MW|Malawi|Republic of Malawi|Malawian
MY|Malaysia||Malaysian
MV|Maldives|Republic of Maldives|Maldivian
ML|Mali|Republic of Mali|Malian
MT|Malta|Republic of Malta|Maltese
MH|Marshall Islands||
MR|Mauritania|Islamic Republic of Mauritania|Mauritanian
MU|Mauritius|Republic of Mauritius|Mauritian
MX|Mexico|United Mexican States|Mexican
FM|Micronesia|Federated States of Micronesia|Micronesian
MD|Moldova|Republic of Moldova|Moldovan
MC|Monaco||Monegasque
MN|Mongolia||Mongolian
ME|Montenegro||Montenegrin
MA|Morocco|Kingdom of Morocco|Moroccan
MZ|Mozambique|Republic of Mozambique|Mozambican
MM|Myanmar|Burma|Myanmar;Burmese
NA|Namibia|Republic of Namibia|Namibian
NR|Nauru||Nauruan
NP|Nepal|Federal Democratic Republic of Nepal|Nepali;Nepalese
NL|Netherlands|Kingdom of the Netherlands;Holland|Dutch
NZ|New Zealand||New Zealander
NI|Nicaragua|Republic of Nicaragua|Nicaraguan
NE|Niger|Republic of the Niger|Nigerien
NG|Nigeria|Federal Republic of Nigeria|Nigerian
MK|North Macedonia|Macedonia|Macedonian
NO|Norway|Kingdom of Norway|Norwegian
OM|Oman|Sultanate of Oman|Omani
PK|Pakistan|Islamic Republic of Pakistan|Pakistani
PW|Palau||Palauan
PS|Palestine|State of Palestine;Palestinian territories|Palestinian
PA|Panama|Republic of Panama|Panamanian
PG|Papua New Guinea||
PY|Paraguay|Republic of Paraguay|Paraguayan
PE|Peru|Republic of Peru|Peruvian
PH|Philippines|Republic of the Philippines|Philippine;Filipino
PL|Poland|Republic of Poland|Polish
PT|Portugal|Portuguese Republic|Portuguese
QA|Qatar|State of Qatar|Qatari
RO|Romania||Romanian
RU|Russia|Russian Federation|Russian
RW|Rwanda|Republic of Rwanda|Rwandan
KN|Saint Kitts and Nevis||
LC|Saint Lucia||
VC|Saint Vincent and the Grenadines||
WS|Samoa||Samoan
SM|San Marino||
ST|Sao Tome and Principe||
SA|Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudi Arabian
SN|Senegal|Republic of Senegal|Senegalese
RS|Serbia|Republic of Serbia|Serbian
SC|Seychelles||Seychellois
SL|Sierra Leone||
SG|Singapore|Republic of Singapore|Singaporean
SK|Slovakia|Slovak Republic|Slovak
SI|Slovenia|Republic of Slovenia|Slovenian
SB|Solomon Islands||
SO|Somalia|Federal Republic of Somalia|Somali
ZA|South Africa|Republic of South Africa|South African
SS|South Sudan|Republic of South Sudan|South Sudanese
ES|Spain|Kingdom of Spain|Spanish
LK|Sri Lanka|Democratic Socialist Republic of Sri Lanka|Sri Lankan
SD|Sudan|Republic of the Sudan|Sudanese
SR|Suriname||Surinamese
SE|Sweden|Kingdom of Sweden|Swedish
CH|Switzerland|Swiss Confederation|Swiss
SY|Syria|Syrian Arab Republic|Syrian
TW|Taiwan|Republic of China|Taiwanese
TJ|Tajikistan|Republic of Tajikistan|Tajik
TZ|Tanzania|United Republic of Tanzania|Tanzanian
TH|Thailand|Kingdom of Thailand|Thai
TL|Timor-Leste|East Timor|Timorese
TG|Togo|Togolese Republic|Togolese
TO|Tonga||Tongan
TT|Trinidad and Tobago||
TN|Tunisia|Republic of Tunisia|Tunisian
TR|Turkey|Türkiye;Republic of Turkey;Republic of Türkiye|Turkish
TM|Turkmenistan||Turkmen
TV|Tuvalu||
UG|Uganda|Republic of Uganda|Ugandan
UA|Ukraine||Ukrainian
AE|United Arab Emirates|UAE;Emirates;U.A.E.|Emirati
GB|United Kingdom|UK;U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland;England|British
US|United States|United States of America;USA;U.S.;U.S.A.;US;America|American
UY|Uruguay|Oriental Republic of Uruguay|Uruguayan
UZ|Uzbekistan|Republic of Uzbekistan|Uzbek
VU|Vanuatu||
VA|Vatican City|Holy See;Vatican|
VE|Venezuela|Bolivarian Republic of Venezuela|Venezuelan
VN|Vietnam|Viet Nam;Socialist Republic of Vietnam|Vietnamese
EH|Western Sahara|Sahrawi Arab Democratic Republic;SADR|Sahrawi
YE|Yemen|Republic of Yemen|Yemeni
ZM|Zambia|Republic of Zambia|Zambian
ZW|Zimbabwe|Republic of Zimbabwe|Zimbabwean`;

export const COUNTRIES: readonly CountryEntry[] = COUNTRY_DATA.trim()
  .split('\n')
  .map((line) => {
    const [iso = '', name = '', alt = '', dem = ''] = line.split('|');
    return { iso, name, aliases: alt ? alt.split(';') : [], demonyms: dem ? dem.split(';') : [] };
  });

/** A country (or territory) the packages know. */
export interface CountryInfo {
  /** ISO 3166-1 alpha-2, upper case. */
  iso: string;
  /** The hand-kept name, else the packages' common name. */
  name: string;
  wikidata?: string;
}

/** Folded names never taken as a country on their own (too generic or ambiguous). */
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

/** The lookup key of a country name: folded, without a leading "the". */
function countryKey(name: string): string {
  return fold(name).replace(/^the /, '');
}

/**
 * Package names (official names, spellings, demonyms) count only when one country has them; the hand-kept
 * names always win.
 */
function buildCountryTables(): CountryTables {
  const byIso = new Map<string, CountryInfo>();
  const packageNames = new Map<string, Set<string>>();
  const addPackageName = (name: string, iso: string): void => {
    const key = countryKey(name);
    if (key === '') return;
    const isos = packageNames.get(key) ?? new Set<string>();
    isos.add(iso);
    packageNames.set(key, isos);
  };
  const handKept = new Map(COUNTRIES.map((c) => [c.iso, c]));
  for (const c of worldCountries) {
    const iso = c.cca2.toUpperCase();
    const wikidata = wikidataOfCode(iso);
    const info: CountryInfo = { iso, name: handKept.get(iso)?.name ?? c.name.common };
    if (wikidata) info.wikidata = wikidata;
    byIso.set(iso, info);
    addPackageName(c.name.common, iso);
    addPackageName(c.name.official, iso);
    for (const alt of c.altSpellings) {
      // Two-letter codes ("IN", "SA", "CN") as plain words would swallow ordinary text.
      if (alt.length <= 2) continue;
      addPackageName(alt, iso);
    }
    const eng = c.demonyms['eng'];
    if (eng) {
      addPackageName(eng.m, iso);
      addPackageName(eng.f, iso);
    }
  }
  const byName = new Map<string, string>();
  for (const [key, isos] of packageNames) {
    const [only] = isos;
    if (isos.size === 1 && only !== undefined) byName.set(key, only);
  }
  for (const c of COUNTRIES)
    for (const n of [c.name, ...c.aliases, ...c.demonyms]) {
      const key = countryKey(n);
      if (key !== '') byName.set(key, c.iso);
    }
  for (const key of COUNTRY_STOP) byName.delete(key);
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
 * The ISO code for a country name, alternate name or demonym ("Russian Federation", "Russian", "ROK", "Britain",
 * "Kingdom of Bahrain", "India's"); undefined when unknown or ambiguous ("Congolese", "Korea").
 */
export function countryIsoByName(name: string): string | undefined {
  const { byName } = countryTables();
  const key = countryKey(name.trim().replace(/['\u2019]s$/u, ''));
  const direct = byName.get(key);
  if (direct) return direct;
  const m = STATE_PREFIX.exec(key);
  if (m?.[1]) return byName.get(m[1]);
  return undefined;
}
