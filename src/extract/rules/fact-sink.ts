import { entityKey } from '../entities';
import { fold } from '../../reference/index';
import {
  SYMMETRIC_RELATION_TYPES,
  type EntityProperties,
  type EntityType,
  type EventType,
  type ExtractedEntity,
  type ExtractedRelation,
  type RelationType,
  type Sentence,
} from '../types';

/** An event the rules know of, in the order they found it: later rules attach to earlier events. */
export interface TrackedEvent {
  key: string;
  type: EventType;
  name: string;
  date?: string;
  /** Index of the sentence that first named it. */
  sentence: number;
}

/**
 * Everything the rules produce goes through here: relations (the ONE place they are added), and the events and
 * agreements that rules name from common nouns (added to the article's entity table).
 */
export class FactSink {
  readonly relations: ExtractedRelation[] = [];
  readonly events: TrackedEvent[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly entities: Map<string, ExtractedEntity>) {}

  /**
   * Adds a relation stated by sentence `s` (the whole sentence is its evidence). The first statement of a fact wins:
   * the same type, from and to (either direction for symmetric types) again is dropped, and so is a relation of an
   * entity to itself.
   */
  relate(
    type: RelationType,
    from: string,
    to: string,
    s: Sentence,
    properties: Record<string, string> = {},
    confidence = 0.7,
  ): void {
    if (from === to) return;
    const id = SYMMETRIC_RELATION_TYPES.has(type) ? `${type}|${[from, to].sort().join('|')}` : `${type}|${from}|${to}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.relations.push({
      type,
      from,
      to,
      properties,
      evidence: { start: s.start, end: s.end, sentenceIndex: s.index, sentence: s.text },
      confidence,
    });
  }

  /** Whether a relation of this type matching `test` has been added. */
  has(type: RelationType, test: (r: ExtractedRelation) => boolean): boolean {
    return this.relations.some((r) => r.type === type && test(r));
  }

  /** The first relation of this type matching `test`. */
  find(type: RelationType, test: (r: ExtractedRelation) => boolean): ExtractedRelation | undefined {
    return this.relations.find((r) => r.type === type && test(r));
  }

  /**
   * The entity of this type and name, created when the table has none; `surface` becomes an alias and its first
   * occurrence in `s` a mention. Returns its key.
   */
  entity(type: EntityType, name: string, s: Sentence, surface: string, properties: EntityProperties): string {
    const key = entityKey(type, name);
    let e = this.entities.get(key);
    if (!e) {
      e = { key, type, name, aliases: [name], mentions: [], properties, confidence: 0.7 };
      this.entities.set(key, e);
    }
    if (!e.aliases.includes(surface)) e.aliases.push(surface);
    const at = s.text.indexOf(surface);
    if (at >= 0)
      e.mentions.push({ start: s.start + at, end: s.start + at + surface.length, surface, sentenceIndex: s.index });
    return key;
  }

  /** The tracked event of this type whose name folds to the same text, or a new one. Returns its key. */
  event(type: EventType, name: string, s: Sentence, surface: string, date: string | undefined): string {
    const existing = this.events.find((e) => e.type === type && fold(e.name) === fold(name));
    if (existing) return existing.key;
    const properties: EntityProperties = { eventType: type };
    if (date) properties.date = date;
    const key = this.entity('Event', name, s, surface, properties);
    this.events.push(date ? { key, type, name, date, sentence: s.index } : { key, type, name, sentence: s.index });
    return key;
  }

  /** Stops tracking an event that left the entity table. */
  forget(key: string): void {
    const at = this.events.findIndex((e) => e.key === key);
    if (at >= 0) this.events.splice(at, 1);
  }

  isTracked(key: string): boolean {
    return this.events.some((e) => e.key === key);
  }

  /** Tracks an event entity already in the table (a named one); a no-op when it is tracked. */
  track(event: TrackedEvent): void {
    if (!this.isTracked(event.key)) this.events.push(event);
  }

  /** Another name the text uses for an entity. */
  addAlias(key: string, surface: string): void {
    const e = this.entities.get(key);
    if (e && !e.aliases.includes(surface)) e.aliases.push(surface);
  }

  /** Another name, and the place in `s` (at `at`, an article offset) where the text uses it. */
  addMention(key: string, surface: string, s: Sentence, at: number): void {
    const e = this.entities.get(key);
    if (!e) return;
    if (!e.aliases.includes(surface)) e.aliases.push(surface);
    if (!e.mentions.some((x) => x.start === at))
      e.mentions.push({ start: at, end: at + surface.length, surface, sentenceIndex: s.index });
  }

  /**
   * `from` and `into` turned out to be one entity: `into` takes `from`'s aliases, mentions and relations (a relation
   * that becomes a duplicate or an entity's relation to itself is dropped), and `from` leaves the table.
   */
  merge(from: string, into: string): void {
    const source = this.entities.get(from);
    const target = this.entities.get(into);
    if (!source || !target || from === into) return;
    for (const a of source.aliases) if (!target.aliases.includes(a)) target.aliases.push(a);
    target.mentions.push(...source.mentions);
    if (target.properties.date === undefined && source.properties.date !== undefined) {
      target.properties.date = source.properties.date;
    }
    this.entities.delete(from);
    const kept = this.relations.splice(0).map((r) => ({
      ...r,
      from: r.from === from ? into : r.from,
      to: r.to === from ? into : r.to,
    }));
    this.seen.clear();
    for (const r of kept) {
      const e = r.evidence;
      const sentence = { index: e.sentenceIndex, text: e.sentence, start: e.start, end: e.end };
      this.relate(r.type, r.from, r.to, sentence, r.properties, r.confidence);
    }
    const at = this.events.findIndex((e) => e.key === from);
    if (at >= 0) this.events.splice(at, 1);
  }

  /** Takes back the relations `test` picks: a later, better-founded reading of their sentence contradicts them. */
  retract(test: (r: ExtractedRelation) => boolean): void {
    const kept = this.relations.splice(0).filter((r) => !test(r));
    this.relations.push(...kept);
    this.seen.clear();
    for (const r of kept) {
      this.seen.add(
        SYMMETRIC_RELATION_TYPES.has(r.type)
          ? `${r.type}|${[r.from, r.to].sort().join('|')}`
          : `${r.type}|${r.from}|${r.to}`,
      );
    }
  }
}
