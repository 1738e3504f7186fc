import { extractArticle, toArticle } from '../../../src/extract/index';
import { annotateForTest } from '../../support/nlp';
import type { ExtractedEntity, ExtractedRelation, ExtractionResult, RelationType } from '../../../src/extract/types';

/** Extracts one made-up article end to end, annotated by the run's CoreNLP. */
export async function run(text: string, title = 'Test article', published?: string): Promise<ExtractionResult> {
  const article = toArticle(published ? { title, text, published } : { title, text });
  return extractArticle(article, await annotateForTest(article));
}

/** The entity with this name or alias. */
export function entity(r: ExtractionResult, name: string): ExtractedEntity | undefined {
  return r.entities.find((e) => e.name === name || e.aliases.includes(name));
}

/**
 * The relation of this type between the entities with these names or aliases (an event keeps the article's words
 * as aliases under the name it is given after its participants).
 */
export function relation(
  r: ExtractionResult,
  type: RelationType,
  from: string,
  to: string,
): ExtractedRelation | undefined {
  const names = new Map(r.entities.map((e) => [e.key, [e.name, ...e.aliases]]));
  return r.relations.find(
    (x) => x.type === type && (names.get(x.from) ?? []).includes(from) && (names.get(x.to) ?? []).includes(to),
  );
}

/** Every relation of this type as "from -> to" by name, for assertions on what is NOT found. */
export function pairs(r: ExtractionResult, type: RelationType): string[] {
  const name = new Map(r.entities.map((e) => [e.key, e.name]));
  return r.relations.filter((x) => x.type === type).map((x) => `${name.get(x.from) ?? ''} -> ${name.get(x.to) ?? ''}`);
}

/** The relations of `r` as `TYPE from -> to` lines, by entity name. */
export function facts(r: ExtractionResult): string[] {
  const name = new Map(r.entities.map((e) => [e.key, e.name]));
  return r.relations.map((x) => `${x.type} ${name.get(x.from) ?? x.from} -> ${name.get(x.to) ?? x.to}`);
}

/** The events of `r` with their type, date and aliases. */
export function events(r: ExtractionResult): { name: string; type: string; date: string; aliases: string[] }[] {
  return r.entities
    .filter((e) => e.type === 'Event')
    .map((e) => ({
      name: e.name,
      type: e.properties.eventType ?? '',
      date: e.properties.date ?? '',
      aliases: e.aliases,
    }));
}
