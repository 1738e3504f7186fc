import { extractArticle, toArticle } from '../../../src/extract/index';
import type { ExtractionResult } from '../../../src/extract/types';
import { annotateForTest } from '../../support/nlp';

/** Extraction of a made-up article, annotated by the run's CoreNLP. */
export async function extract(
  text: string,
  published = '2025-03-14',
  title = 'A test report',
): Promise<ExtractionResult> {
  const article = toArticle({ title, text, published });
  return extractArticle(article, await annotateForTest(article));
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
