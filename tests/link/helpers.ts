/** Hand-built ExtractionResult fixtures for the linking tests. */
import type {
  EntityProperties,
  EntityType,
  ExtractedEntity,
  ExtractedRelation,
  ExtractionResult,
  RelationType,
} from '../../src/extract/types';

export interface EntitySpec {
  key?: string;
  type: EntityType;
  name: string;
  aliases?: string[];
  properties?: EntityProperties;
}

export interface RelationSpec {
  type: RelationType;
  from: string;
  to: string;
  properties?: Record<string, string>;
  confidence?: number;
  sentence?: string;
}

/** An entity with one mention per alias (positions are made up but distinct). */
export function entity(spec: EntitySpec, index = 0): ExtractedEntity {
  const aliases = spec.aliases ?? [spec.name];
  const all = aliases.includes(spec.name) ? aliases : [spec.name, ...aliases];
  return {
    key: spec.key ?? `e${index}`,
    type: spec.type,
    name: spec.name,
    aliases: all,
    mentions: all.map((surface, i) => ({
      start: index * 1000 + i * 50,
      end: index * 1000 + i * 50 + surface.length,
      surface,
      sentenceIndex: 0,
    })),
    properties: spec.properties ?? {},
    confidence: 0.9,
  };
}

export function relation(spec: RelationSpec, index = 0): ExtractedRelation {
  const sentence = spec.sentence ?? `${spec.from} ${spec.type} ${spec.to}.`;
  return {
    type: spec.type,
    from: spec.from,
    to: spec.to,
    properties: spec.properties ?? {},
    evidence: { start: index * 100, end: index * 100 + sentence.length, sentenceIndex: index, sentence },
    confidence: spec.confidence ?? 0.8,
  };
}

/** An article's extraction; entity keys default to e0, e1, ... in order. */
export function article(
  id: string,
  entities: EntitySpec[],
  relations: RelationSpec[] = [],
  title = `Article ${id}`,
): ExtractionResult {
  return {
    article: { id, contentHash: id, title, text: `${title}.` },
    sentences: [{ index: 0, start: 0, end: title.length + 1, text: `${title}.` }],
    entities: entities.map((e, i) => entity(e, i)),
    relations: relations.map((r, i) => relation(r, i)),
  };
}

/** All permutations of a small array (n ≤ 6). */
export function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  const out: T[][] = [];
  items.forEach((item, i) => {
    const rest = [...items.slice(0, i), ...items.slice(i + 1)];
    for (const p of permutations(rest)) out.push([item, ...p]);
  });
  return out;
}
