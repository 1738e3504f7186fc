/** Titles of office and honorifics. */

/** Titles of office, longest forms first when matching. `head` marks heads of state, government or body. */
export interface TitleEntry {
  title: string;
  head: boolean;
}

const HEAD_TITLES = [
  'President',
  'Vice President',
  'Prime Minister',
  'Premier',
  'Chancellor',
  'King',
  'Queen',
  'Emperor',
  'Amir',
  'Emir',
  'Sultan',
  'Crown Prince',
  'Crown Prince and Prime Minister',
  'General Secretary',
  'Secretary General',
  'Secretary-General',
  'Chairman',
  'Chairperson',
  'Chairwoman',
  'Chair',
  'Governor',
  'Secretary of State',
  'Supreme Leader',
  'Director-General',
  'Director General',
  'Head of State',
  'Leader',
  'Mayor',
];

const OTHER_TITLES = [
  'Foreign Minister',
  'Defense Minister',
  'Defence Minister',
  'Finance Minister',
  'Energy Minister',
  'Minister',
  'Deputy Prime Minister',
  'Foreign Secretary',
  'Secretary',
  'State Councilor',
  'State Councillor',
  'Vice Premier',
  'Vice Chairman',
  'Ambassador',
  'Senator',
  'Congressman',
  'Spokesperson',
  'Spokesman',
  'Spokeswoman',
  'Aide',
  'Adviser',
  'Advisor',
  'Envoy',
  'Special Envoy',
  'Sherpa',
  'General',
  'Admiral',
  'Commander',
  'Judge',
  'Justice',
  'Prince',
  'Princess',
  'Sheikh',
  'Shaikh',
  'Sheikha',
  'Sayyid',
  'Pope',
  'Cardinal',
  'Archbishop',
  'Bishop',
  'Professor',
  'Prof.',
  'Dr.',
  'Dr',
  'Mr.',
  'Mr',
  'Mrs.',
  'Mrs',
  'Ms.',
  'Ms',
  'H.E.',
  'His Excellency',
  'Her Excellency',
  'His Highness',
  'Her Highness',
  'His Majesty',
  'Her Majesty',
  'His Royal Highness',
  'Her Royal Highness',
  'First Lady',
  'Lord',
  'Lady',
  'Sir',
  'Dame',
];

export const TITLES: readonly TitleEntry[] = [
  ...HEAD_TITLES.map((title) => ({ title, head: true })),
  ...OTHER_TITLES.map((title) => ({ title, head: false })),
].sort((a, b) => b.title.length - a.title.length);

/** Titles that lead a leadership relation when a country/organization is attached. */
export const HEAD_TITLE_SET: ReadonlySet<string> = new Set(HEAD_TITLES.map((t) => t.toLowerCase()));

/** Words that name honorifics (never part of a canonical name). */
export const HONORIFICS: ReadonlySet<string> = new Set(
  [
    'mr',
    'mr.',
    'mrs',
    'mrs.',
    'ms',
    'ms.',
    'dr',
    'dr.',
    'h.e.',
    'he',
    'his',
    'her',
    'excellency',
    'highness',
    'majesty',
    'royal',
    'sheikh',
    'shaikh',
    'sheikha',
    'sayyid',
    'prince',
    'princess',
    'sir',
    'dame',
    'lord',
    'lady',
  ].map((s) => s.toLowerCase()),
);

/**
 * States whose head of state is a monarch (ISO 3166-1 alpha-2): a king, queen, emperor, amir, emir or sultan leads
 * one of these, and a president none of them. The realms whose king reigns from London are left out: news names him
 * King of the United Kingdom.
 */
export const MONARCHIES: ReadonlySet<string> = new Set(
  'AD AE BE BH BN BT DK ES GB JO JP KH KW LI LS LU MA MC MY NL NO OM QA SA SE SZ TH TO'.split(' '),
);

/** A monarch's title, or an heir's: the holder belongs to a monarchy. */
export const MONARCH_TITLE_RE = /^(?:king|queen|emperor|empress|amir|emir|sultan|crown prince)$/i;

/** Monarchies whose ruler is titled amir (emir): no king's title goes to them, and no amir to a kingdom. */
export const EMIRATES: ReadonlySet<string> = new Set(['AE', 'KW', 'QA']);

/** Presidential republics whose government has no prime minister (ISO 3166-1 alpha-2). */
export const NO_PRIME_MINISTER: ReadonlySet<string> = new Set(
  'AR BO BR CL CO CR CY DO EC GH GT HN ID KE MW MX NG NI PA PE PH PY SV US UY VE ZA ZM ZW'.split(' '),
);
