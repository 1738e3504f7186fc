import type { AnnotatedSentence } from './document';

/**
 * Long texts are annotated in pieces. The server refuses a text over its
 * `maxCharLength` (100,000 by default), and the dependency parser's memory and
 * time grow with the text; pieces of ~20,000 characters take a few seconds
 * each and keep one 1 MB article from exhausting the annotator. Pieces end at
 * a paragraph break where there is one (a blank line ends a sentence anyway,
 * see `ssplit.newlineIsSentenceBreak`), else after a sentence's final
 * punctuation, else at a space: a cut never splits a sentence the whole text
 * would not have split, except in a run of 20,000 characters without one.
 */
export const CHUNK_CHARS = 20_000;

export interface Chunk {
  /** Offset of the piece in the whole text. */
  start: number;
  text: string;
}

/** Where to cut `text` at or before `limit`: after the last paragraph break, sentence end or space in its second half. */
function cutPoint(text: string, from: number, limit: number): number {
  const window = text.slice(from, limit);
  const floor = Math.floor(window.length / 2);
  const paragraph = window.lastIndexOf('\n\n');
  if (paragraph >= floor) return from + paragraph + 2;
  const sentenceEnds = [...window.matchAll(/[.!?]["'”’)\]]*\s+/g)];
  const sentence = sentenceEnds.at(-1);
  if (sentence !== undefined && sentence.index >= floor) return from + sentence.index + sentence[0].length;
  const space = window.search(/\s\S*$/);
  if (space >= floor) return from + space + 1;
  return limit;
}

/** The pieces of `text`, each at most `maxChars` long, that cover it exactly and in order. */
export function splitForAnnotation(text: string, maxChars = CHUNK_CHARS): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  while (text.length - start > maxChars) {
    let end = cutPoint(text, start, start + maxChars);
    // Never cut between the two halves of a surrogate pair.
    if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
    chunks.push({ start, text: text.slice(start, end) });
    start = end;
  }
  chunks.push({ start, text: text.slice(start) });
  return chunks;
}

/** The sentences of each piece, moved to offsets in the whole text and numbered on from the previous piece's. */
export function stitchChunks(pieces: { chunk: Chunk; sentences: AnnotatedSentence[] }[]): AnnotatedSentence[] {
  const all: AnnotatedSentence[] = [];
  for (const { chunk, sentences } of pieces) {
    const by = chunk.start;
    for (const sentence of sentences) {
      const index = all.length;
      all.push({
        ...sentence,
        index,
        start: sentence.start + by,
        end: sentence.end + by,
        tokens: sentence.tokens.map((token) => ({ ...token, start: token.start + by, end: token.end + by })),
        mentions: sentence.mentions.map((mention) => ({
          ...mention,
          start: mention.start + by,
          end: mention.end + by,
          sentence: index,
        })),
      });
    }
  }
  return all;
}
