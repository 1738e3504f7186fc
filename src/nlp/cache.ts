import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANNOTATION_VERSION } from './annotators';
import type { AnnotatedSentence } from './document';

/**
 * Annotations on disk, one JSON file per annotated text, named by the sha256
 * of ANNOTATION_VERSION and the text: the same text under the same CoreNLP
 * settings is annotated once, across runs and processes. A file that cannot
 * be read back as an annotation of that text (truncated, edited, from an
 * older format) is ignored, and the fresh annotation overwrites it.
 */
export class AnnotationCache {
  readonly dir: string;
  hits = 0;
  misses = 0;

  constructor(dir: string) {
    this.dir = dir;
  }

  /** The file a text's annotation lives in: two levels of fan-out keep directories small. */
  fileFor(text: string): string {
    const key = createHash('sha256').update(ANNOTATION_VERSION).update('\0').update(text).digest('hex');
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  get(text: string): AnnotatedSentence[] | undefined {
    let stored: unknown;
    try {
      stored = JSON.parse(readFileSync(this.fileFor(text), 'utf8'));
    } catch {
      this.misses++;
      return undefined;
    }
    const sentences = readStored(stored, text);
    if (sentences === undefined) this.misses++;
    else this.hits++;
    return sentences;
  }

  set(text: string, sentences: AnnotatedSentence[]): void {
    const file = this.fileFor(text);
    mkdirSync(join(file, '..'), { recursive: true });
    // Written aside and renamed: a reader (another process) never sees half a file.
    const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(partial, JSON.stringify({ version: ANNOTATION_VERSION, length: text.length, sentences }));
    renameSync(partial, file);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The stored sentences, if the file holds what `set` wrote for this text: version, length and offsets agree. */
function readStored(stored: unknown, text: string): AnnotatedSentence[] | undefined {
  if (!isRecord(stored) || stored['version'] !== ANNOTATION_VERSION || stored['length'] !== text.length)
    return undefined;
  const sentences = stored['sentences'];
  if (!Array.isArray(sentences)) return undefined;
  const valid = sentences.every(
    (sentence: unknown) =>
      isRecord(sentence) &&
      Array.isArray(sentence['tokens']) &&
      Array.isArray(sentence['basic']) &&
      Array.isArray(sentence['enhanced']) &&
      Array.isArray(sentence['mentions']) &&
      sentence['tokens'].every(
        (token: unknown) =>
          isRecord(token) &&
          typeof token['start'] === 'number' &&
          typeof token['end'] === 'number' &&
          token['start'] <= token['end'] &&
          token['end'] <= text.length,
      ),
  );
  return valid ? (sentences as AnnotatedSentence[]) : undefined;
}
