/**
 * International and other well-known organizations: the name we show, acronym, other names, whether states are its
 * members, and the graph id linking gives it. Hand-kept; Wikidata ids where the country-coder package has them.
 */
import { wikidataOfCode } from './countries';
import { fold } from './fold';

export interface OrgInfo {
  /** Graph id, `org:<acronym or short slug>`. */
  id: string;
  name: string;
  acronym?: string;
  /** Other full names and spellings. */
  aliases: string[];
  /** An intergovernmental body whose members are states. */
  intergovernmental: boolean;
  wikidata?: string;
}

/** id | name | acronym | other names (;) | i = intergovernmental */
const ORG_DATA = `
un|United Nations|UN|U.N.;United Nations Organization;UNO|i
unsc|United Nations Security Council|UNSC|UN Security Council;U.N. Security Council;Security Council of the United Nations;Security Council|i
unga|United Nations General Assembly|UNGA|UN General Assembly|i
unhrc|United Nations Human Rights Council|UNHRC|UN Human Rights Council;Human Rights Council|i
unesco|United Nations Educational, Scientific and Cultural Organization|UNESCO||i
unicef|United Nations Children's Fund|UNICEF||i
eu|European Union|EU|E.U.|i
european-commission|European Commission||EU Commission|
european-council|European Council|||
european-parliament|European Parliament||EU Parliament|
au|African Union|AU||i
auc|African Union Commission|AUC|AU Commission;African Union (AU) Commission|
sco|Shanghai Cooperation Organization|SCO|Shanghai Cooperation Organisation|i
brics|BRICS||BRICS group|i
nato|North Atlantic Treaty Organization|NATO|North Atlantic Alliance;North Atlantic Treaty Organisation|i
asean|Association of Southeast Asian Nations|ASEAN||i
apec|Asia-Pacific Economic Cooperation|APEC||i
g7|G7||Group of Seven;G-7|i
g20|G20||Group of Twenty;G-20|i
gcc|Gulf Cooperation Council|GCC|Cooperation Council for the Arab States of the Gulf|i
opec|Organization of the Petroleum Exporting Countries|OPEC||i
who|World Health Organization|WHO||i
wto|World Trade Organization|WTO||i
imf|International Monetary Fund|IMF||i
world-bank|World Bank||World Bank Group|i
iaea|International Atomic Energy Agency|IAEA||i
osce|Organization for Security and Co-operation in Europe|OSCE|Organization for Security and Cooperation in Europe|i
oas|Organization of American States|OAS||i
oic|Organisation of Islamic Cooperation|OIC|Organization of Islamic Cooperation|i
arab-league|Arab League|LAS|League of Arab States|i
csto|Collective Security Treaty Organization|CSTO||i
cis|Commonwealth of Independent States|CIS||i
eaeu|Eurasian Economic Union|EAEU|EEU|i
ecowas|Economic Community of West African States|ECOWAS||i
sadc|Southern African Development Community|SADC||i
saarc|South Asian Association for Regional Cooperation|SAARC||i
eac|East African Community|EAC||i
igad|Intergovernmental Authority on Development|IGAD||i
comesa|Common Market for Eastern and Southern Africa|COMESA||i
eccas|Economic Community of Central African States|ECCAS||i
pif|Pacific Islands Forum|PIF||i
nam|Non-Aligned Movement|NAM||i
mercosur|MERCOSUR|MERCOSUR|Mercosul;Southern Common Market;Mercosur|i
focac|Forum on China-Africa Cooperation|FOCAC||i
cpc|Communist Party of China|CPC|Chinese Communist Party;CCP;Communist Party of China (CPC)|
cpc-central-committee|Central Committee of the Communist Party of China||CPC Central Committee;Party Central Committee;Communist Party of China Central Committee|
npc|National People's Congress|NPC|National People's Congress of China|
npcsc|Standing Committee of the National People's Congress|NPCSC|NPC Standing Committee;National People's Congress Standing Committee|
cppcc|Chinese People's Political Consultative Conference|CPPCC||
pla|Chinese People's Liberation Army|PLA|People's Liberation Army|
xinhua|Xinhua News Agency||Xinhua;Xinhua News|
tass|TASS|TASS|TASS news agency;ITAR-TASS|
ap|Associated Press|AP|The Associated Press|
app|Associated Press of Pakistan|APP||
afp|Agence France-Presse|AFP||
reuters|Reuters|||
spa|Saudi Press Agency|SPA||
wam|Emirates News Agency|WAM||
bjp|Bharatiya Janata Party|BJP||
plo|Palestine Liberation Organization|PLO||
us-state-department|United States Department of State||US Department of State;U.S. Department of State;State Department;US State Department;Department of State|
oecd|Organisation for Economic Co-operation and Development|OECD||i
caricom|Caribbean Community|CARICOM||i
celac|Community of Latin American and Caribbean States|CELAC||i
ndb|New Development Bank|NDB||i
aiib|Asian Infrastructure Investment Bank|AIIB||i
tasnim-news-agency|Tasnim News Agency||Tasnim|
kyodo-news|Kyodo News||Kyodo|
pti|Press Trust of India|PTI||
cmg|China Media Group|CMG||
cctv|China Central Television|CCTV||
cgtn|China Global Television Network|CGTN||
peoples-daily|People's Daily|||
global-times|Global Times|||
pboc|People's Bank of China|PBOC||`;

export const ORGANIZATIONS: readonly OrgInfo[] = ORG_DATA.trim()
  .split('\n')
  .map((line) => {
    const [id = '', name = '', acronym = '', aliases = '', flag = ''] = line.split('|');
    const info: OrgInfo = {
      id: `org:${id}`,
      name,
      aliases: aliases === '' ? [] : aliases.split(';'),
      intergovernmental: flag === 'i',
    };
    if (acronym !== '') info.acronym = acronym;
    // country-coder knows the UN and the EU as regions.
    const qid = id === 'un' || id === 'eu' ? wikidataOfCode(id.toUpperCase()) : undefined;
    if (qid) info.wikidata = qid;
    return info;
  });

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
};

/**
 * The folded key of an organization name: leading "the" and ordinals ("14th") dropped, British spellings folded,
 * known acronym tokens expanded when the name has more than one token.
 */
export function orgKeyBase(name: string): string {
  let tokens = fold(name)
    .replace(/\bco operation\b/g, 'cooperation')
    .split(' ')
    .filter((t) => t !== '');
  if (tokens[0] === 'the') tokens = tokens.slice(1);
  tokens = tokens.filter((t) => !/^\d+(st|nd|rd|th)$/.test(t));
  tokens = tokens.map((t) => ORG_SPELLING[t] ?? t);
  if (tokens.length > 1) tokens = expandAcronymTokens(tokens);
  return tokens.join(' ');
}

/** Expands acronym tokens ("UN Charter" → "united nations charter"). */
export function expandAcronymTokens(tokens: string[]): string[] {
  return tokens.flatMap((t) => (ACRONYM_EXPANSIONS[t] ?? t).split(' '));
}

const compactAcronym = (acronym: string): string => fold(acronym).replace(/ /g, '');

interface OrgTables {
  byKey: Map<string, OrgInfo>;
  byAcronym: Map<string, OrgInfo>;
  ids: Set<string>;
}

let orgTables: OrgTables | undefined;

function orgs(): OrgTables {
  if (orgTables) return orgTables;
  const byKey = new Map<string, OrgInfo>();
  const byAcronym = new Map<string, OrgInfo>();
  for (const info of ORGANIZATIONS) {
    byKey.set(orgKeyBase(info.name), info);
    for (const a of info.aliases) byKey.set(orgKeyBase(a), info);
    if (info.acronym) byAcronym.set(compactAcronym(info.acronym), info);
    if (isOrgAcronymLike(info.name)) byAcronym.set(compactAcronym(info.name), info);
  }
  orgTables = { byKey, byAcronym, ids: new Set(ORGANIZATIONS.map((o) => o.id)) };
  return orgTables;
}

/** The organization this name or acronym denotes, if any. */
export function orgByName(name: string): OrgInfo | undefined {
  const t = orgs();
  const byKey = t.byKey.get(orgKeyBase(name));
  if (byKey) return byKey;
  if (isOrgAcronymLike(name)) return t.byAcronym.get(compactAcronym(name));
  return undefined;
}

/** The organization with this acronym ("SCO", "U.N."). */
export function orgByAcronym(acronym: string): OrgInfo | undefined {
  return orgs().byAcronym.get(compactAcronym(acronym));
}

/** True when the id is a reference organization's id (these always win id preference). */
export function isReferenceOrgId(id: string): boolean {
  return orgs().ids.has(id);
}
