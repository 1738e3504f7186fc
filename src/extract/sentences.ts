import type { Sentence } from './types';

const ABBREVIATIONS = new Set(
  [
    'mr',
    'mrs',
    'ms',
    'dr',
    'prof',
    'st',
    'jr',
    'sr',
    'no',
    'nos',
    'gen',
    'lt',
    'col',
    'maj',
    'capt',
    'gov',
    'sen',
    'rep',
    'rev',
    'hon',
    'vs',
    'etc',
    'inc',
    'ltd',
    'co',
    'corp',
    'dept',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    'fig',
    'art',
    'vol',
    'approx',
    'est',
    'mt',
    'ft',
    'ave',
    'blvd',
  ].map((s) => s.toLowerCase()),
);

function isAbbreviationBefore(text: string, dot: number): boolean {
  // The word that ends at `dot` (exclusive of the dot).
  let s = dot;
  while (s > 0 && /[A-Za-z.]/.test(text[s - 1] ?? '')) s--;
  const word = text.slice(s, dot);
  if (word === '') return false;
  if (/^[A-Z]$/.test(word)) return true; // an initial: "E D. Mnangagwa"
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) return true; // U.S, H.E, a.m
  return ABBREVIATIONS.has(word.toLowerCase().replace(/^.*\./, ''));
}

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
const OPENERS = /["'“‘([«A-Z0-9\u00C0-\u024F-]/;

/**
 * Splits text into sentences with offsets. Breaks at `.`, `!`, `?` followed by a capital, digit or quote
 * (abbreviations and initials excepted), at blank lines, and at single line breaks that follow sentence-final
 * punctuation or precede a bullet. Other line breaks stay inside the sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ index: out.length, start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === '\n') {
      // Blank line: always a break.
      let j = i + 1;
      while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (j < n && text[j] === '\n') {
        push(i);
        continue;
      }
      let k = i - 1;
      while (k >= 0 && /[ \t\r]/.test(text[k] ?? '')) k--;
      const prev = text[k] ?? '';
      const nextCh = text[j] ?? '';
      if (/[.!?:;"”)]/.test(prev) || nextCh === '-' || nextCh === '•' || nextCh === '*' || /\d/.test(nextCh)) {
        push(i);
      }
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < n && CLOSERS.has(text[j] ?? '')) j++;
    if (j < n && !/\s/.test(text[j] ?? '')) {
      // "nation.In Heilongjiang": a missing space before a capitalized word.
      if (
        c === '.' &&
        /[a-z]/.test(text[i - 1] ?? '') &&
        /[A-Z]/.test(text[j] ?? '') &&
        /[a-z]/.test(text[j + 1] ?? '')
      ) {
        if (!isAbbreviationBefore(text, i)) push(j);
      }
      continue;
    }
    let k = j;
    while (k < n && (text[k] === ' ' || text[k] === '\t')) k++;
    if (k >= n) continue;
    if (text[k] === '\n' || text[k] === '\r') continue; // handled by the line-break rule
    if (!OPENERS.test(text[k] ?? '')) continue;
    if (c === '.' && isAbbreviationBefore(text, i)) continue;
    push(j);
  }
  push(n);
  return out;
}
