/**
 * One node per real event, from evidence. Two publishers name one visit in
 * their own words ("state visit to Russia", "three-day visit to Russia"), so
 * an event's name says little about which event it is across articles; what
 * does is its kind, its date, its people and its place. An event node keeps
 * that evidence as match keys (`event:type:`, `event:on:`, `event:with:`,
 * `event:at:`, unioned over every report merged into it), and an article's
 * event is compared with the nodes that share a participant or a proper name:
 *
 * - different kinds, or dates that cannot be one day (2024-05-16 / 2023-03),
 *   or the same event in this article already: different events, never merged;
 * - the same kind, both dated and compatible (a month and a day in it), no
 *   disagreement on place, and two people in common, or one person and the
 *   place, or the same proper name: the same event, a reviewable merge with
 *   its reason; the same event as several nodes that can be one event
 *   (`compatibleNodes`): all of them one node, whatever order the reports
 *   came in (the report that bridges them would have joined each in turn);
 * - the same kind, a person or proper name in common, but a date or place
 *   missing or disagreeing: a merge candidate for a person to decide.
 */
import { hasProperHead } from '../extract/rules/event-names';
import { eventNameKey, isGenericEventKey } from './analyze';

const TYPE = 'event:type:';
const ON = 'event:on:';
const WITH = 'event:with:';
const AT = 'event:at:';

/** What an article says of one event, in graph ids. */
export interface EventEvidence {
  type: string;
  date: string | undefined;
  /** Participants' node ids (people, countries, bodies). */
  participants: string[];
  /** Node ids of where it was held. */
  places: string[];
  /** Its name's key when the name is a proper one ("15th brics summit"), not a kind ("talks"). */
  nameKey: string | undefined;
}

/** The evidence of an event as match keys: what its node keeps for later reports to compare with. */
export function evidenceKeys(e: EventEvidence): string[] {
  return [
    `${TYPE}${e.type}`,
    ...(e.date === undefined ? [] : [`${ON}${e.date}`]),
    ...e.participants.map(participantKey),
    ...e.places.map((p) => `${AT}${p}`),
  ];
}

/** The key that finds the events a node took part in. */
export function participantKey(id: string): string {
  return `${WITH}${id}`;
}

/**
 * The evidence keys that name node `from`, and what they become when `from`
 * merges into `to`: an event's participant or place merged away leaves no
 * stale key behind (stores apply it to every node holding the old key).
 */
export function evidenceRenames(from: string, to: string): { old: string; new: string }[] {
  return [
    { old: `${WITH}${from}`, new: `${WITH}${to}` },
    { old: `${AT}${from}`, new: `${AT}${to}` },
  ];
}

/** The keys that find the nodes a report of this event may be: its people and bodies, its proper name. */
export function evidenceLookupKeys(e: EventEvidence): string[] {
  return [
    // Not countries: a country takes part in too many events for its key to narrow anything down.
    ...e.participants.filter((p) => !p.startsWith('country:')).map(participantKey),
    ...(e.nameKey === undefined ? [] : [e.nameKey]),
  ];
}

/**
 * The name key of a name the article writes when it is a proper name ("15th
 * BRICS Summit", "China-Russia Culture Year", a war by its country), undefined
 * for a kind, however qualified ("talks", "state visit to Chile", "Kofi
 * Mensah's visit": the same words name his next visit too). Where the article
 * capitalizes only because of the place (the first word of a sentence, a
 * title), a capital on the first letter says nothing; elsewhere a capitalized
 * head word ("Brexit", "Summit of the Americas") names one event too, unlike a
 * capitalized modifier of a kind ("Russian strikes").
 */
export function properNameKey(written: string, capitalizedByPlace: boolean): string | undefined {
  const key = eventNameKey(written);
  if (key.startsWith('war in ')) return key;
  const proper = hasProperHead(written) || (!capitalizedByPlace && capitalizedHead(written));
  if (!proper || /['’]s\b/.test(written)) return undefined;
  return key === '' || isGenericEventKey(key) ? undefined : key;
}

/** The last word before any preposition starts with a capital: "Brexit", "Summit of the Americas". */
function capitalizedHead(written: string): boolean {
  const head = written.trim().split(/\s+(?:of|to|with|in|between|for|at|on|by)\s+/i)[0] ?? '';
  return /^\p{Lu}/u.test(head.split(/\s+/).pop() ?? '');
}

/** The evidence a node's keys hold. */
export function nodeEvidence(keys: readonly string[]): {
  types: string[];
  dates: string[];
  participants: string[];
  places: string[];
  names: string[];
} {
  const of = (prefix: string): string[] => keys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
  return {
    types: of(TYPE),
    dates: of(ON),
    participants: of(WITH),
    places: of(AT),
    names: keys.filter((k) => !k.startsWith('event:')),
  };
}

/**
 * Two dates that can be one day: equal, one inside the other (a year, a month,
 * a day), or a year-less day or month ("--06-14") of a dated one.
 */
export function compatibleDates(a: string, b: string): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return true;
  const yearless = (x: string, full: string): boolean => x.startsWith('--') && full.slice(4).startsWith(x.slice(1));
  return yearless(a, b) || yearless(b, a);
}

/**
 * Whether two event nodes can be one event: a kind in common, every date of
 * one compatible with every date of the other, and no disagreement on place.
 * A report that is the same event as both (its people and place join what
 * each holds only in part) then makes them one: the nodes its own report
 * would have joined had it come before the others.
 */
export function compatibleNodes(a: readonly string[], b: readonly string[]): boolean {
  const [x, y] = [nodeEvidence(a), nodeEvidence(b)];
  if (!x.types.some((t) => y.types.includes(t))) return false;
  if (x.dates.some((d) => y.dates.some((e) => !compatibleDates(d, e)))) return false;
  return x.places.length === 0 || y.places.length === 0 || x.places.some((p) => y.places.includes(p));
}

export type EventMatch = { kind: 'same' | 'maybe'; reason: string } | { kind: 'different' };

/** Whether the reported event `e` is the event of a node with these keys (see the file comment). */
export function matchEvent(e: EventEvidence, nodeKeys: readonly string[], nameOf: (id: string) => string): EventMatch {
  const n = nodeEvidence(nodeKeys);
  if (!n.types.includes(e.type)) return { kind: 'different' };
  if (e.date !== undefined && n.dates.some((d) => !compatibleDates(d, e.date ?? ''))) return { kind: 'different' };
  const shared = e.participants.filter((p) => n.participants.includes(p));
  const people = shared.filter((p) => p.startsWith('person:') && !p.includes(':~'));
  const sameName = e.nameKey !== undefined && n.names.includes(e.nameKey);
  const samePlace = e.places.some((p) => n.places.includes(p));
  const placeDisagrees = e.places.length > 0 && n.places.length > 0 && !samePlace;
  if (!sameName && people.length === 0) return { kind: 'different' };
  const dated = e.date !== undefined && n.dates.length > 0;
  const why = [
    e.type,
    e.date === undefined ? 'undated here' : `on ${[...new Set([e.date, ...n.dates])].join(' / ')}`,
    ...(sameName ? [`named "${e.nameKey ?? ''}"`] : []),
    ...(shared.length > 0 ? [`with ${shared.map(nameOf).join(', ')}`] : []),
    ...(samePlace ? ['at the same place'] : placeDisagrees ? ['places differ'] : []),
  ].join(', ');
  const undatedName = sameName && e.date === undefined && n.dates.length === 0;
  const strong = sameName || people.length >= 2 || (people.length === 1 && samePlace);
  if (!placeDisagrees && strong && (dated || undatedName)) return { kind: 'same', reason: `same event: ${why}` };
  return { kind: 'maybe', reason: `may be the same event: ${why}` };
}
