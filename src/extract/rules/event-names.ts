/**
 * Names a reader can use. The rules name an event by the words the article
 * uses ("talks", "welcome banquet", "state visit to Russia"), which say what
 * kind of event it is but not which one: outside its article "talks" could be
 * any talks. Once the participants and place of every event are known, an
 * event named only by common nouns is named after them, the way news names
 * an event on first reference: "Xi Jinping–Vladimir Putin talks", "Vladimir
 * Putin's state visit to China", "welcome banquet for Vladimir Putin". The
 * article's own words stay as aliases. A proper name ("15th BRICS Summit",
 * "signing of the Paris Agreement") already says which event it is and stays.
 *
 * A phrase that names no event — one common noun of no event kind
 * ("message") with no date, participant, place or any fact
 * about it — is not an event, and leaves the table.
 */
import { fold } from '../../reference/index';
import type { ExtractedEntity, ExtractedRelation } from '../types';
import type { RuleContext } from './context';

/**
 * A name whose head is a proper noun names the event itself ("China-Russia
 * Culture Year", "G7 Hiroshima Summit"); one whose head is a common noun names
 * its kind, whatever proper nouns follow it ("state visit to Russia", "meeting
 * with Luis Lacalle Pou"). The head is what comes before the first preposition;
 * a capital at the start of a sentence does not count.
 */
export function hasProperHead(name: string): boolean {
  const headWords = name.trim().split(PREPOSITION)[0] ?? '';
  return /\p{Lu}/u.test(headWords.slice(1));
}

/** "state visit to Russia", "three-day visit" → "state visit", "visit": the kind of visit, without its extras. */
function visitKind(name: string): string {
  const m = /\b(state|official|working|private)\s+visit\b/i.exec(name);
  return m?.[1] ? `${m[1].toLowerCase()} visit` : 'visit';
}

const PREPOSITION = /\s+(?:of|to|with|in|between|for|at|on|by)\s+/i;

/** The head noun: the last word before any preposition ("official talks" → "talks", "meeting with X" → "meeting"). */
function head(name: string): string {
  return (
    fold(name.split(PREPOSITION)[0] ?? '')
      .split(' ')
      .pop() ?? ''
  );
}

/**
 * "message", "event": one common noun, undated, of no kind the ontology names
 * (talks, a ceremony, a celebration are kinds of event even unnamed: "in
 * celebration of the anniversary" is one).
 */
function namesNoEvent(e: ExtractedEntity): boolean {
  return e.properties.date === undefined && e.properties.eventType === 'Other' && /^\p{Ll}+$/u.test(e.name.trim());
}

export function eventNames(ctx: RuleContext): void {
  const { entities, sink } = ctx;
  const nameOf = (key: string): string | undefined => entities.get(key)?.name;
  const byRole = (event: string, role: string | undefined, types: string[]): string[] =>
    sink.relations
      .filter(
        (r) =>
          r.type === 'PARTICIPATED_IN' &&
          r.to === event &&
          (role === undefined || r.properties['role'] === role) &&
          types.includes(ctx.typeOf(r.from) ?? ''),
      )
      .map((r) => r.from)
      .filter((k, i, all) => all.indexOf(k) === i);
  const placesOf = (event: string): string[] =>
    sink.relations.filter((r) => r.type === 'HELD_AT' && r.from === event).map((r) => r.to);
  const touches = (event: string): ExtractedRelation[] =>
    sink.relations.filter((r) => r.from === event || r.to === event);

  const events = [...entities.values()].filter((e) => e.type === 'Event');
  const taken = new Set(events.map((e) => fold(e.name)));
  for (const e of events) {
    if (hasProperHead(e.name)) continue;
    const persons = byRole(e.key, undefined, ['Person']);
    const guests = byRole(e.key, 'guest', ['Person']);
    const hosts = byRole(e.key, 'host', ['Person']);
    const speakers = byRole(e.key, 'speaker', ['Person']);
    const bodies = byRole(e.key, undefined, ['Organization']);
    const [place] = placesOf(e.key);
    if (persons.length === 0 && bodies.length === 0 && place === undefined) {
      // Nothing says which event this is: a bare word of no event kind, undated, with no fact about it, is none.
      if (namesNoEvent(e) && touches(e.key).length === 0) {
        entities.delete(e.key);
        sink.forget(e.key);
      }
      continue;
    }
    const name = eventName(e, { persons, guests, hosts, speakers, bodies, place }, nameOf);
    if (name === undefined || taken.has(fold(name))) continue;
    taken.add(fold(name));
    rename(e, name);
  }
}

interface Arguments {
  persons: string[];
  guests: string[];
  hosts: string[];
  /** Who sent a message or letter, or gave a speech. */
  speakers: string[];
  bodies: string[];
  place: string | undefined;
}

function eventName(
  e: ExtractedEntity,
  args: Arguments,
  nameOf: (key: string) => string | undefined,
): string | undefined {
  const names = (keys: string[]): string[] => keys.map(nameOf).filter((n): n is string => n !== undefined && n !== '');
  const [guest] = names(args.guests.length > 0 ? args.guests : args.persons);
  const placeName = args.place === undefined ? undefined : nameOf(args.place);
  // The sides of talks are their host and guest; others present (aides, attendees) do not name them.
  const sides = unique(names([...args.hosts, ...args.guests]));
  const pair = sides.length >= 2 ? sides : unique(names(args.persons));
  const words = e.name.trim();
  switch (e.properties.eventType) {
    case 'StateVisit':
      if (guest === undefined) return undefined;
      return placeName === undefined
        ? `${guest}'s ${visitKind(words)}`
        : `${guest}'s ${visitKind(words)} to ${placeName}`;
    case 'Talks':
    case 'Meeting': {
      if (pair.length < 2) return undefined;
      const noun = e.properties.eventType === 'Talks' ? 'talks' : head(words) || 'meeting';
      return `${pair.slice(0, 3).join('–')} ${noun}`;
    }
    case 'Banquet':
    case 'Ceremony':
      if (/\bfor\b/i.test(words) || args.guests.length === 0 || guest === undefined) return undefined;
      return `${words} for ${guest}`;
    default: {
      // Summits, forums, anniversaries: only a bare kind ("the summit") takes its body's or place's name.
      if (/\p{Lu}/u.test(words)) return undefined;
      // A message, letter or call: who sent it to whom ("Ana Torres's congratulatory message to Rosa Vidal").
      const [speaker] = names(args.speakers);
      const [to] = names(args.guests);
      if (speaker !== undefined) return to === undefined ? `${speaker}'s ${words}` : `${speaker}'s ${words} to ${to}`;
      const [body] = names(args.bodies);
      if (body !== undefined && !fold(words).includes(fold(body))) return `${body} ${words}`;
      if (placeName !== undefined && !/\b(?:in|at|to)\b/i.test(words)) return `${words} in ${placeName}`;
      return undefined;
    }
  }
}

function unique(list: string[]): string[] {
  return list.filter((x, i) => list.indexOf(x) === i);
}

/** The new name leads; the article's words stay as aliases. */
function rename(e: ExtractedEntity, name: string): void {
  if (!e.aliases.includes(e.name)) e.aliases.push(e.name);
  e.name = name;
  if (!e.aliases.includes(name)) e.aliases.unshift(name);
}
