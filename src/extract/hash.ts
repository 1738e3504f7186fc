import { createHash } from 'node:crypto';
import type { Article, ArticleInput } from './types';

/** Folds whitespace and Unicode form so that trivially re-formatted copies hash alike. */
function normalizeForHash(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** SHA-256 of the normalized title and text, hex. */
export function contentHash(input: Pick<ArticleInput, 'title' | 'text'>): string {
  return createHash('sha256')
    .update(normalizeForHash(input.title))
    .update('\u0000')
    .update(normalizeForHash(input.text))
    .digest('hex');
}

/** A stable article id: `a-` + 16 hex characters of the content hash. */
export function articleId(input: Pick<ArticleInput, 'title' | 'text'>): string {
  return 'a-' + contentHash(input).slice(0, 16);
}

export function toArticle(input: ArticleInput): Article {
  const hash = contentHash(input);
  return { ...input, id: 'a-' + hash.slice(0, 16), contentHash: hash };
}
