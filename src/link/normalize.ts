/**
 * Strings for linking rules: surfaces cleaned of quotes and possessives, ids,
 * case tests. The fold itself is src/reference's, the one every stage shares.
 */
import { createHash } from 'node:crypto';
import { fold } from '../reference/index';

const QUOTES = /^["'\u201C\u201D\u2018\u2019\u00AB\u00BB]+|["'\u201C\u201D\u2018\u2019\u00AB\u00BB]+$/g;

/** Strips surrounding quotes, a trailing possessive ('s / ’s / s') and outer whitespace. */
export function cleanSurface(text: string): string {
  let out = text.replace(/\s+/g, ' ').trim().replace(QUOTES, '').trim();
  out = out.replace(/(?<=\S)['\u2019]s$/u, '').replace(/(?<=s)['\u2019]$/u, '');
  return out.replace(/[,;:]+$/, '').trim();
}

/** First 10 hex digits of SHA-1: short, stable, collision-safe enough for ids. */
export function shortHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 10);
}

/** A readable id segment: folded, hyphen-separated, long ones cut and suffixed with a hash of the whole. */
export function slug(text: string): string {
  const folded = fold(text).replace(/ /g, '-');
  if (folded.length <= 64) return folded;
  return `${folded.slice(0, 48).replace(/-+$/, '')}-${shortHash(folded)}`;
}

/** True when every letter in the token is upper case and it has at least two letters. */
export function isAllCaps(token: string): boolean {
  const letters = token.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** "MOSCOW" → "Moscow", "VLADIMIR ISACHENKOV" → "Vladimir Isachenkov"; keeps hyphen parts capitalised. */
export function titleCase(token: string): string {
  return token
    .toLowerCase()
    .replace(/(^|[\s\-'\u2019])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** True when the token starts with an upper-case letter or a digit. */
export function isCapitalized(token: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(token);
}

/** Sorted, de-duplicated copy. */
export function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** De-duplicated copy in first-seen order. */
export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
