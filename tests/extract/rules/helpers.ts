import { extractArticle, toArticle } from '../../../src/extract/index';
import type { ExtractedEntity, ExtractedRelation, ExtractionResult, RelationType } from '../../../src/extract/types';

/** Extracts one made-up article end to end. */
export function run(text: string, title = 'Test article', published?: string): ExtractionResult {
  return extractArticle(toArticle(published ? { title, text, published } : { title, text }));
}

/** The entity with this name or alias. */
export function entity(r: ExtractionResult, name: string): ExtractedEntity | undefined {
  return r.entities.find((e) => e.name === name || e.aliases.includes(name));
}

/** The relation of this type between the entities with these names (either direction for symmetric types). */
export function relation(
  r: ExtractionResult,
  type: RelationType,
  from: string,
  to: string,
): ExtractedRelation | undefined {
  const name = new Map(r.entities.map((e) => [e.key, e.name]));
  return r.relations.find((x) => x.type === type && name.get(x.from) === from && name.get(x.to) === to);
}

/** Every relation of this type as "from -> to" by name, for assertions on what is NOT found. */
export function pairs(r: ExtractionResult, type: RelationType): string[] {
  const name = new Map(r.entities.map((e) => [e.key, e.name]));
  return r.relations.filter((x) => x.type === type).map((x) => `${name.get(x.from) ?? ''} -> ${name.get(x.to) ?? ''}`);
}
