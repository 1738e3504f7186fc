import { CITIES, COUNTRIES, LANDMARKS, ORGANIZATIONS, REGION_DEMONYMS, REGIONS, fold } from '../reference/index';
import type { EntityType, EventType } from './types';

export interface GazHit {
  type: EntityType;
  name: string;
  iso?: string;
  acronym?: string;
  /** The surface is a demonym ("Russian"), not the country's name. */
  demonym?: boolean;
  intergovernmental?: boolean;
  /** For cities: the country they are in. */
  countryIso?: string;
}

const GAZ = new Map<string, GazHit>();
/** Keys that only match when written exactly (short acronyms that are also words: "AU", "US", "UN"). */
const CASE_SENSITIVE = new Map<string, GazHit>();
let maxGazTokens = 1;

function addGaz(surface: string, hit: GazHit): void {
  const k = fold(surface);
  if (k === '') return;
  if (/^[A-Z][A-Z0-9.]{0,3}$/.test(surface)) {
    if (!CASE_SENSITIVE.has(surface)) CASE_SENSITIVE.set(surface, hit);
    return;
  }
  if (!GAZ.has(k)) GAZ.set(k, hit);
  maxGazTokens = Math.max(maxGazTokens, k.split(' ').length);
}

for (const c of COUNTRIES) {
  const hit: GazHit = { type: 'Country', name: c.name, iso: c.iso };
  addGaz(c.name, hit);
  for (const a of c.aliases) addGaz(a, hit);
  for (const d of c.demonyms) addGaz(d, { ...hit, demonym: true });
  if (/^(?:The )?[A-Z]/.test(c.name) && !c.name.startsWith('The')) addGaz('the ' + c.name, hit);
}
for (const o of ORGANIZATIONS) {
  const hit: GazHit = { type: 'Organization', name: o.name, intergovernmental: o.intergovernmental };
  if (o.acronym) hit.acronym = o.acronym;
  addGaz(o.name, hit);
  for (const a of o.aliases) addGaz(a, hit);
  if (o.acronym) addGaz(o.acronym, hit);
}
for (const c of CITIES) addGaz(c.name, { type: 'Place', name: c.name, countryIso: c.iso });
for (const r of REGIONS) addGaz(r, { type: 'Place', name: r });
for (const [d, r] of REGION_DEMONYMS) addGaz(d, { type: 'Place', name: r, demonym: true });
for (const p of LANDMARKS) addGaz(p, { type: 'Place', name: p });

export function gazLookup(surface: string): GazHit | undefined {
  const exact = CASE_SENSITIVE.get(surface.replace(/['’]s$/, ''));
  if (exact) return exact;
  if (/^[A-Z]{1,4}$/.test(surface)) return undefined;
  return GAZ.get(fold(surface));
}

export function maxGazLength(): number {
  return maxGazTokens;
}

export const CONNECTORS = new Set([
  'of',
  'the',
  'and',
  'for',
  'on',
  'de',
  'da',
  'do',
  'dos',
  'das',
  'del',
  'von',
  'van',
  'der',
  'den',
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
  'la',
  'le',
  'du',
  'between',
  'a',
  '&',
]);

/** Lower-case particles that can sit inside a person's name. */
export const NAME_PARTICLES = new Set([
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
  'de',
  'da',
  'do',
  'dos',
  'das',
  'del',
  'von',
  'van',
  'der',
  'den',
  'du',
  'la',
  'le',
  'abu',
]);

export const ORG_KW = new Set(
  'organization organisation agency council committee commission union congress party army forces force ministry department bank association parliament assembly court government university institute company corporation group fund secretariat office administration legislature cabinet senate bureau authority alliance league society foundation news daily times post television radio network press service services guard navy police coalition movement front chamber board'.split(
    ' ',
  ),
);
export const PLACE_KW = new Set(
  'hall square palace province city street avenue park mountain mountains river sea ocean region airport ruins garden gardens headquarters building center centre stadium lake island islands bay valley county district prefecture village town port gate tower temple museum desert peninsula strait canal plaza kremlin'.split(
    ' ',
  ),
);
export const AGREEMENT_KW = new Set(
  'statement declaration plan treaty agreement accord accords convention charter protocol memorandum mou communique communiqué programme program pact deal resolution roadmap consensus agenda'.split(
    ' ',
  ),
);
export const EVENT_KW: Map<string, EventType> = new Map<string, EventType>([
  ['summit', 'Summit'],
  ['forum', 'Forum'],
  ['conference', 'Conference'],
  ['meeting', 'Meeting'],
  ['meetings', 'Meeting'],
  ['session', 'Meeting'],
  ['talks', 'Talks'],
  ['dialogue', 'Meeting'],
  ['ceremony', 'Ceremony'],
  ['banquet', 'Banquet'],
  ['dinner', 'Banquet'],
  ['luncheon', 'Banquet'],
  ['reception', 'Banquet'],
  ['visit', 'StateVisit'],
  ['celebration', 'Celebration'],
  ['celebrations', 'Celebration'],
  ['anniversary', 'Celebration'],
  ['festival', 'Celebration'],
  ['signing', 'Signing'],
  ['day', 'Other'],
  ['war', 'Other'],
  ['expo', 'Other'],
  ['games', 'Other'],
  ['olympics', 'Other'],
  ['year', 'Other'],
  ['week', 'Other'],
  ['exhibition', 'Other'],
  ['fair', 'Other'],
  ['election', 'Other'],
  ['elections', 'Other'],
  ['revolution', 'Other'],
  ['crisis', 'Other'],
  ['call', 'Other'],
]);

/** Words that start sentences or headlines but are not names. */
export const STOPWORDS = new Set(
  `a an the this that these those it its he she they we i you his her their our my your in on at by for from with as after before when while during since according over under between both next today yesterday tomorrow however meanwhile also and but or if so then there here what which who why how all some many most each every no not one two three four five first second third last new other such only just more than very well even still yet thus therefore moreover furthermore besides although though because while whereas unless until upon into onto about above below across against along among around behind beyond despite except inside outside through throughout toward towards within without good great strong major high low full accompanied developing create strengthen strengthening exclusive micro video release guiding connecting children soldiers population sports rock story photo photos watch read see said says added noted stressed emphasized pointed expressed warmly putting make making let mr ms mrs january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday summary remarks statement reports report title people kingdom republic state states sultanate emirate secretariat member members permanent latin general presidencies deputy supreme vice acting chief`.split(
    /\s+/,
  ),
);
