import worldCountries from 'world-countries';
import type { ArticleInput } from '../src/extract/types';
import { Rng, Zipf } from './prng';

/**
 * A synthetic news corpus in the style of seeds/ and the dev articles: leaders
 * with titles and countries hold talks, pay visits, sign agreements, attend
 * summits of organizations, at places, on dates. Deterministic from a seed;
 * article i depends only on (seed, i), so the 1k corpus is a prefix of the
 * 10k and the 100k ones. Entities are reused Zipf-like: a few countries,
 * leaders and organizations dominate, a long tail of names appears rarely.
 */

interface Country {
  name: string;
  demonym: string;
  capital: string;
}

interface Person {
  given: string;
  family: string;
  title: string;
  country: Country;
}

interface World {
  countries: Country[];
  people: Person[];
  orgs: string[];
  countryZipf: Zipf;
  personZipf: Zipf;
  orgZipf: Zipf;
}

// Publicly known intergovernmental bodies, press agencies and forums.
const PUBLIC_ORGS = [
  'United Nations',
  'Shanghai Cooperation Organization',
  'BRICS',
  'European Union',
  'African Union',
  'Association of Southeast Asian Nations',
  'G20',
  'World Trade Organization',
  'World Health Organization',
  'International Monetary Fund',
  'World Bank',
  'Asia-Pacific Economic Cooperation',
  'Gulf Cooperation Council',
  'Arab League',
  'North Atlantic Treaty Organization',
  'Organization of American States',
  'Eurasian Economic Union',
  'Economic Community of West African States',
  'Southern African Development Community',
  'Collective Security Treaty Organization',
  'Organisation of Islamic Cooperation',
  'International Atomic Energy Agency',
  'Forum on China-Africa Cooperation',
  'Commonwealth of Independent States',
];

const AGENCIES = ['Xinhua', 'TASS', 'Associated Press', 'Reuters', 'Agence France-Presse', 'Saudi Press Agency'];
const LEADER_TITLES = ['President', 'President', 'President', 'Prime Minister', 'Prime Minister', 'King', 'Chancellor'];
const OTHER_TITLES = [
  'Foreign Minister',
  'Foreign Minister',
  'Defense Minister',
  'Finance Minister',
  'Vice President',
  'Ambassador',
];
const TOPICS = [
  'trade',
  'energy',
  'agriculture',
  'infrastructure',
  'digital economy',
  'green development',
  'healthcare',
  'education',
  'tourism',
  'people-to-people exchanges',
  'security',
  'finance',
  'transport',
  'science and technology',
  'culture',
  'maritime affairs',
];
const AGREEMENT_KINDS = ['Agreement', 'Memorandum of Understanding', 'Treaty', 'Joint Declaration', 'Action Plan'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

// Syllables from several naming traditions, so the extractor sees non-Anglo names.
const ONSETS = [
  '',
  'b',
  'd',
  'f',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'z',
  'ch',
  'sh',
  'zh',
  'kh',
  'j',
  'y',
  'w',
  'th',
  'dj',
];
const NUCLEI = ['a', 'a', 'e', 'i', 'o', 'u', 'ai', 'ao', 'ei', 'ou', 'ia', 'ua', 'ie'];
const CODAS = ['', '', '', 'n', 'ng', 'r', 'l', 's', 'k', 'm', 'v', 'd', 'sh'];

function syllable(rng: Rng, last: boolean): string {
  return rng.pick(ONSETS) + rng.pick(NUCLEI) + (last ? rng.pick(CODAS) : '');
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function inventedName(rng: Rng, minSyllables: number, maxSyllables: number): string {
  const count = minSyllables + rng.int(maxSyllables - minSyllables + 1);
  let word = '';
  for (let i = 0; i < count; i++) word += syllable(rng, i === count - 1);
  return capitalize(word.replace(/(.)\1\1+/g, '$1$1'));
}

function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const a = items[i] as T;
    items[i] = items[j] as T;
    items[j] = a;
  }
  return items;
}

/** The fixed world: countries (from world-countries), invented people, organizations. */
function buildWorld(seed: number): World {
  const rng = new Rng(seed ^ 0x5eed);
  const countries: Country[] = [];
  for (const c of worldCountries) {
    const capital = c.capital[0];
    const demonym = c.demonyms['eng']?.m;
    if (!c.independent || capital === undefined || demonym === undefined || capital === '' || demonym === '') continue;
    countries.push({ name: c.name.common, demonym, capital });
  }
  countries.sort((a, b) => (a.name < b.name ? -1 : 1));
  // A few big newsmakers first (most frequent ranks), the rest shuffled.
  const head = [
    'China',
    'Russia',
    'United States',
    'India',
    'Brazil',
    'South Africa',
    'France',
    'Germany',
    'Egypt',
    'Indonesia',
  ];
  const headCountries = head.flatMap((name) => countries.filter((c) => c.name === name));
  const rest = shuffle(
    rng,
    countries.filter((c) => !head.includes(c.name)),
  );
  const ordered = [...headCountries, ...rest];

  const people: Person[] = [];
  const seen = new Set<string>();
  const countryZipf = new Zipf(ordered.length, 1.0);
  while (people.length < 40_000) {
    const given = inventedName(rng, 2, 2);
    const family = inventedName(rng, 2, 3);
    const key = `${given} ${family}`;
    if (seen.has(key) || given.length < 3 || family.length < 4) continue;
    seen.add(key);
    const country = ordered[countryZipf.sample(rng)] as Country;
    const title = people.length % 3 === 0 ? rng.pick(LEADER_TITLES) : rng.pick(OTHER_TITLES);
    people.push({ given, family, title, country });
  }

  const orgs = [...PUBLIC_ORGS];
  const orgWords = ['Institute', 'Council', 'Forum', 'Development Bank', 'Commission', 'Alliance'];
  const orgTopics = [
    'Strategic Studies',
    'Regional Trade',
    'Energy Cooperation',
    'Ocean Affairs',
    'Digital Connectivity',
    'Food Security',
  ];
  while (orgs.length < 2_000) {
    orgs.push(`${inventedName(rng, 2, 3)} ${rng.pick(orgWords)} for ${rng.pick(orgTopics)}`);
  }
  return {
    countries: ordered,
    people,
    orgs,
    countryZipf,
    personZipf: new Zipf(people.length, 1.05),
    orgZipf: new Zipf(orgs.length, 1.2),
  };
}

interface DateParts {
  year: number;
  month: number;
  day: number;
  iso: string;
  text: string;
  weekday: string;
}

function dateOf(dayIndex: number): DateParts {
  const date = new Date(Date.UTC(2019, 0, 1) + dayIndex * 86_400_000);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  return {
    year,
    month,
    day,
    iso: date.toISOString().slice(0, 10),
    text: `${MONTHS[month]} ${day}, ${year}`,
    weekday: WEEKDAYS[(date.getUTCDay() + 6) % 7] as string,
  };
}

const FILLER = [
  'The two sides exchanged views on international and regional issues of common concern.',
  'Both sides agreed to maintain close communication and strengthen coordination in multilateral affairs.',
  'Bilateral trade has grown steadily over the past decade, officials said.',
  'The talks were held in a friendly and candid atmosphere.',
  'Analysts said the visit signals a deepening of ties between the two governments.',
  'A joint statement is expected to be released later this week.',
  'Officials from several ministries took part in the discussions.',
  'The meeting comes amid growing calls for dialogue and stability in the region.',
  'The delegations also discussed plans for a business forum next year.',
  "Both leaders stressed the importance of respecting each other's core interests.",
  'Observers noted that the two economies are increasingly complementary, with investment flowing in both directions.',
  'The sides pledged to expand cooperation on climate change, public health and the fight against poverty.',
  'Several cooperation documents in the fields of economy, culture and media are due to be finalized in the coming months.',
  'Both governments reaffirmed their commitment to a peaceful settlement of disputes through dialogue and consultation.',
  'A new direct flight route and a student exchange program were also announced during the meeting.',
];

function fullName(p: Person): string {
  return `${p.given} ${p.family}`;
}

/** Generates article `index` of the corpus for `seed`. */
function generateArticle(world: World, seed: number, index: number): ArticleInput {
  const rng = new Rng((seed * 0x9e3779b1) ^ (index * 0x85ebca6b) ^ 0x1234567);
  const dayIndex = Math.floor((index / 40) % 2400) + rng.int(3);
  const d = dateOf(dayIndex);
  const p1 = world.people[world.personZipf.sample(rng)] as Person;
  let p2 = world.people[world.personZipf.sample(rng)] as Person;
  for (let tries = 0; tries < 8 && (p2 === p1 || p2.country === p1.country); tries++) {
    p2 = world.people[world.personZipf.sample(rng)] as Person;
  }
  const c1 = p1.country;
  const c2 = p2.country;
  const org = world.orgs[world.orgZipf.sample(rng)] as string;
  const agency = rng.pick(AGENCIES);
  const topicA = rng.pick(TOPICS);
  const topicB = rng.pick(TOPICS);
  const dateline = `${c1.capital.toUpperCase()}, ${MONTHS[d.month]} ${d.day} (${agency}) -- `;
  const agreement = `${c1.name}-${c2.name} ${rng.pick(AGREEMENT_KINDS)} on ${capitalize(topicA)} Cooperation`;
  const kind = rng.int(5);
  const sentences: string[] = [];
  let title: string;
  switch (kind) {
    case 0: {
      title = `${p1.title} ${fullName(p1)} holds talks with ${c2.demonym} ${p2.title} ${p2.family}`;
      sentences.push(
        `${dateline}${c1.demonym} ${p1.title} ${fullName(p1)} held talks with ${p2.title} ${fullName(p2)} of ${c2.name} in ${c1.capital} on ${d.weekday}.`,
        `${p1.family} said that ${c1.name} and ${c2.name} should deepen cooperation in ${topicA} and ${topicB}.`,
        `${p2.family} said ${c2.name} values its relations with ${c1.name} and is ready to work with ${c1.name} within the framework of the ${org}.`,
      );
      if (rng.chance(0.5))
        sentences.push(`After the talks, the two leaders witnessed the signing of the ${agreement}.`);
      break;
    }
    case 1: {
      title = `${c2.demonym} ${p2.title} ${fullName(p2)} arrives in ${c1.capital} for state visit`;
      sentences.push(
        `${dateline}${p2.title} ${fullName(p2)} of ${c2.name} arrived in ${c1.capital} on ${d.text} for a state visit to ${c1.name} at the invitation of ${p1.title} ${fullName(p1)}.`,
        `${p1.family} hosted a welcoming ceremony for ${p2.family} at the presidential palace.`,
        `During the visit, ${p2.family} is expected to discuss ${topicA} and ${topicB} with ${c1.demonym} officials.`,
      );
      break;
    }
    case 2: {
      const attendees = [p1, p2];
      const extra = 1 + rng.int(3);
      for (let i = 0; i < extra; i++) attendees.push(world.people[world.personZipf.sample(rng)] as Person);
      title = `${org} summit opens in ${c1.capital}`;
      sentences.push(
        `${dateline}The ${org} summit opened in ${c1.capital} on ${d.text}, hosted by ${p1.title} ${fullName(p1)} of ${c1.name}.`,
      );
      for (const a of attendees.slice(1)) {
        sentences.push(
          `${a.country.demonym} ${a.title} ${fullName(a)} attended the summit and addressed the opening session.`,
        );
      }
      sentences.push(`Leaders at the summit discussed ${topicA}, ${topicB} and the reform of global governance.`);
      break;
    }
    case 3: {
      title = `${c1.name} and ${c2.name} sign ${agreement.replace(`${c1.name}-${c2.name} `, '')}`;
      sentences.push(
        `${dateline}${p1.title} ${fullName(p1)} of ${c1.name} and ${p2.title} ${fullName(p2)} of ${c2.name} signed the ${agreement} in ${c1.capital} on ${d.weekday}.`,
        `The agreement covers ${topicA} and ${topicB}, according to a statement from the ${c1.demonym} government.`,
        `${p2.family} said the ${agreement} would open a new chapter in relations between ${c2.name} and ${c1.name}.`,
      );
      break;
    }
    default: {
      title = `${fullName(p1)} meets ${fullName(p2)} on sidelines of ${org} meeting`;
      sentences.push(
        `${dateline}${c1.demonym} ${p1.title} ${fullName(p1)} met with ${c2.demonym} ${p2.title} ${fullName(p2)} on the sidelines of the ${org} meeting in ${c2.capital} on ${d.text}.`,
        `${p1.family} said ${c1.name} supports the ${org} in playing a greater role in ${topicA}.`,
        `${p2.family} thanked ${c1.name} for its support and invited ${p1.family} to visit ${c2.name} next year.`,
      );
    }
  }
  const fillers = shuffle(rng, [...FILLER]).slice(0, 5 + rng.int(5));
  sentences.push(...fillers);
  if (rng.chance(0.3)) {
    sentences.push(`${p1.family} and ${p2.family} last met in ${MONTHS[rng.int(12)]} ${d.year - 1} in ${c2.capital}.`);
  }
  // Paragraphs of one to three sentences, as the sources lay them out.
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length;) {
    const take = 1 + rng.int(3);
    paragraphs.push(sentences.slice(i, i + take).join(' '));
    i += take;
  }
  return {
    sourceId: `synthetic-${seed}-${index}`,
    title,
    text: paragraphs.join('\n\n'),
    published: d.iso,
    source: agency,
    url: `https://news.example/${d.iso}/${index}`,
  };
}

/** A deterministic corpus of `size` articles; `generateCorpus(s, n)` is a prefix of `generateCorpus(s, m)` for n < m. */
export function* generateCorpus(seed: number, size: number): Generator<ArticleInput> {
  const world = buildWorld(seed);
  for (let i = 0; i < size; i++) yield generateArticle(world, seed, i);
}

export function corpus(seed: number, size: number): ArticleInput[] {
  return [...generateCorpus(seed, size)];
}
