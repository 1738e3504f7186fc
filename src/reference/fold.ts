/**
 * The one fold: what "the same name" means to extraction (reference lookups, entity keys), linking (keys, ids) and
 * scoring (FORMAT.md: names compared "after folding case, whitespace and punctuation").
 *
 * - case: lower case;
 * - diacritics: removed ("Côte d'Ivoire" and "Cote d'Ivoire", "São Paulo" and "Sao Paulo" are one name: news
 *   writes both, and a name that differs only in accents is never a different entity);
 * - punctuation: apostrophes dropped ("People's" → "peoples", "Xi'an" → "xian"), `&` read as "and", every other run
 *   of punctuation, symbols or whitespace → one space ("Secretary-General" → "secretary general");
 * - whitespace: collapsed and trimmed.
 */

const APOSTROPHES = /['\u2018\u2019\u201B\u0060\u00B4\u02BC]/g;

/** Removes diacritics: "António" → "Antonio", "Foz do Iguaçu" → "Foz do Iguacu". */
function stripDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

function foldUncached(text: string): string {
  return stripDiacritics(text)
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Extraction folds every token of every article: a bounded cache keeps that cheap. */
const CACHE = new Map<string, string>();
const CACHE_LIMIT = 100_000;

export function fold(text: string): string {
  const hit = CACHE.get(text);
  if (hit !== undefined) return hit;
  const folded = foldUncached(text);
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(text, folded);
  return folded;
}

/** The words of `fold(text)`. */
export function foldTokens(text: string): string[] {
  return fold(text)
    .split(' ')
    .filter((t) => t !== '');
}
