/**
 * Person names: titles and honorifics stripped, family-name-first capitals
 * reordered, and the keys a person is matched by.
 *
 * - full key: the folded name, given names first ("fumio kishida").
 * - short keys: forms the same person is also written as: without initials
 *   ("antony blinken" for "Antony J. Blinken"), first + last name for 3+
 *   token names, and for Arabic nasab names each prefix that ends on a name
 *   ("mohammed bin salman" for "Mohammed bin Salman bin Abdulaziz Al Saud").
 * - surname keys: the single tokens a bare mention ("Putin", "Xi") may use.
 */
import { countryIsoByName, fold, isOrgAcronymLike, orgByAcronym } from '../reference/index';
import { cleanSurface, isAllCaps, isCapitalized, titleCase, unique } from './normalize';

/** Tokens (folded, dots removed) that are titles, honorifics or office words, never part of a name at its start. */
const TITLE_WORDS = new Set(
  `president vice premier prime minister pm he his her excellency majesty highness royal mr mrs ms miss dr
  prof professor sir dame lord lady madam general secretary sheikh shaikh sheikha shaikha sayyid sayyida prince princess
  crown king queen amir emir sultan emperor empress chancellor state councilor councillor foreign defense defence
  finance energy trade interior affairs ambassador envoy special representative spokesperson spokesman spokeswoman
  aide adviser advisor chairman chairwoman chairperson chair chief executive director deputy acting former late
  first senior governor mayor senator congressman congresswoman rep speaker minister secretary-general
  commissioner commander marshal admiral colonel lieutenant captain major sergeant pope cardinal archbishop bishop
  ayatollah imam rabbi reverend rev father brother sister saint leader head official officials sherpa
  counsellor counselor member members mp mep delegate president-elect premier-elect excellencies
  kremlin white house national security council cabinet party central committee politburo standing
  the of and to for at in on a an new our their its
  ceo cfo chief-of-staff staff ms mx hon honourable honorable justice judge consul general attorney`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/** Lower-case name particles that stay inside a name. */
export const NAME_PARTICLES = new Set([
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
  'da',
  'de',
  'do',
  'dos',
  'das',
  'di',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'le',
  'la',
  'du',
  'y',
  'e',
  'ter',
  'ten',
]);

const ARABIC_LINKS = new Set(['bin', 'bint', 'ibn']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Transliteration variants folded to one spelling, in keys only. */
const TOKEN_VARIANTS: Record<string, string> = {
  mohamed: 'mohammed',
  muhammad: 'mohammed',
  mohammad: 'mohammed',
  muhammed: 'mohammed',
  mohamad: 'mohammed',
  mohammad_: 'mohammed',
};

/** Common Chinese and Korean family names, written first ("Xi Jinping", "Moon Jae-in"). */
const EAST_ASIAN_SURNAMES = new Set(
  `wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang
  han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai jia ding wei xue ye yan du dai xia zhong fu
  shen lu su ren yao tan liao zou xiong jin hao kong bai cui kang mao qiu qin gu hou shao meng long wan duan
  qian yin yi chang qiao lai gong wen pang fan fang shi xi zhai ji mo niu geng an bao
  kim lee park choi jung jeong kang cho yoon jang lim oh seo shin kwon hwang ahn yoo hong jeon ko moon son
  baek heo nam sim noh ha kwak sung cha joo woo`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

export interface PersonName {
  /** The name as displayed: titles stripped, given names first, shouting capitals title-cased. */
  display: string;
  /** Folded key tokens of `display` (variants folded). */
  tokens: string[];
  /** One-token names are bare: a surname or a given name on its own. */
  bare: boolean;
}

function dotless(token: string): string {
  return fold(token).replace(/ /g, '');
}

function isTitleWord(token: string): boolean {
  const f = dotless(token);
  return f === '' || TITLE_WORDS.has(f);
}

function isLowerWord(token: string): boolean {
  return !isCapitalized(token) && !NAME_PARTICLES.has(token.toLowerCase());
}

/** "India's" → "India". */
function dropPossessive(token: string): string {
  return token.replace(/['\u2019]s$/u, '');
}

/**
 * Length of a leading country / demonym / known-acronym run ("South African",
 * "India's", "UK", "BRICS"); 0 when the name does not start with one.
 */
function holderPrefixLength(tokens: string[]): number {
  for (let k = Math.min(4, tokens.length - 1); k >= 1; k--) {
    const words = tokens.slice(0, k);
    const last = words[k - 1] ?? '';
    const phrase = [...words.slice(0, -1), dropPossessive(last)].join(' ');
    if (countryIsoByName(phrase) !== undefined) return k;
    if (k === 1 && isOrgAcronymLike(phrase) && orgByAcronym(phrase) !== undefined) return k;
  }
  return 0;
}

/**
 * Normalises a person surface form; undefined when nothing name-like is left
 * ("the two heads of state", "President").
 */
export function parsePersonName(surface: string): PersonName | undefined {
  const cleaned = cleanSurface(surface);
  let tokens = cleaned.split(' ').filter((t) => t !== '' && !/^[,;:()]+$/.test(t));
  // Strip leading titles, honorifics, lower-case words and the holder's country
  // ("Russian President", "Saudi ambassador to the UK Prince"); keep one token.
  while (tokens.length > 1) {
    const t = tokens[0] ?? '';
    if (isTitleWord(t) || isLowerWord(t)) {
      tokens = tokens.slice(1);
      continue;
    }
    const k = holderPrefixLength(tokens);
    const next = tokens[k] ?? '';
    // Only when a title or lower-case word follows: "Georgia Meloni" keeps "Georgia".
    if (k > 0 && (isTitleWord(next) || isLowerWord(next) || /['\u2019]s$/u.test(tokens[k - 1] ?? ''))) {
      tokens = tokens.slice(k);
      continue;
    }
    break;
  }
  tokens = tokens.map((t) => t.replace(/[,;:]+$/, ''));
  if (tokens.length === 0) return undefined;
  if (tokens.length === 1 && isTitleWord(tokens[0] ?? '')) return undefined;
  // Every remaining token must look like a name part ("Catherine the Great" allowed).
  const namey = tokens.every(
    (t) => isCapitalized(t) || NAME_PARTICLES.has(t.toLowerCase()) || t === 'the' || /^\p{Lu}\.?$/u.test(t),
  );
  if (!namey) return undefined;
  const caps = tokens.map((t) => isAllCaps(t));
  if (caps.every((c) => c)) {
    // Shouting byline ("VLADIMIR ISACHENKOV").
    tokens = tokens.map(titleCase);
  } else if (tokens.length >= 2) {
    const capIdx = caps.flatMap((c, i) => (c ? [i] : []));
    if (capIdx.length === 1) {
      const i = capIdx[0] ?? 0;
      const family = titleCase(tokens[i] ?? '');
      // Family name first in capitals ("KISHIDA Fumio") moves last.
      tokens = i === 0 ? [...tokens.slice(1), family] : tokens.map((t, j) => (j === i ? family : t));
    }
  }
  const display = tokens.join(' ');
  const keyTokens = personKeyTokens(display);
  if (keyTokens.length === 0) return undefined;
  return { display, tokens: keyTokens, bare: keyTokens.length === 1 };
}

/** Folded tokens with transliteration variants unified and suffixes (Jr., III) dropped. */
export function personKeyTokens(display: string): string[] {
  return fold(display)
    .split(' ')
    .filter((t) => t !== '' && !SUFFIXES.has(t))
    .map((t) => TOKEN_VARIANTS[t] ?? t);
}

function isArabicNasab(tokens: string[]): boolean {
  return tokens.some((t, i) => i > 0 && ARABIC_LINKS.has(t));
}

function looksEastAsian(display: string, tokens: string[]): boolean {
  if (tokens.length < 2 || tokens.length > 3) return false;
  const first = tokens[0] ?? '';
  if (!EAST_ASIAN_SURNAMES.has(first)) return false;
  const parts = display.split(' ');
  // "Moon Jae-in", "Xi Jinping", "Wang Yi", "Kim Jong Un".
  return parts.length === tokens.length || parts.some((p) => p.includes('-'));
}

/** A family-name-first East Asian name of two or three words ("Xi Jinping", "Yoon Suk Yeol", "Moon Jae-in"). */
export function isEastAsianName(display: string): boolean {
  return looksEastAsian(display, personKeyTokens(display));
}

/** The person's full key. */
export function personFullKey(name: PersonName): string {
  return name.tokens.join(' ');
}

/** Shorter keys the same person is written as elsewhere (never equal to the full key). */
export function personShortKeys(name: PersonName): string[] {
  const t = name.tokens;
  const full = t.join(' ');
  const out: string[] = [];
  if (t.length < 2) return out;
  if (isArabicNasab(t)) {
    // Each prefix of 3+ tokens that ends on a name (not on bin/al).
    for (let n = 3; n < t.length; n++) {
      const last = t[n - 1] ?? '';
      if (!NAME_PARTICLES.has(last)) out.push(t.slice(0, n).join(' '));
    }
    // "Tamim Al Thani": given name + family.
    const alIdx = t.lastIndexOf('al');
    if (alIdx > 1 && alIdx === t.length - 2) out.push([t[0], 'al', t[t.length - 1]].join(' '));
  } else {
    const noInitials = t.filter((x) => x.length > 1);
    if (noInitials.length >= 2 && noInitials.length < t.length) out.push(noInitials.join(' '));
    if (noInitials.length >= 3) {
      // First name + surname (with its particles: "ursula von der leyen").
      let i = noInitials.length - 1;
      while (i > 1 && NAME_PARTICLES.has(noInitials[i - 1] ?? '')) i--;
      out.push([noInitials[0], ...noInitials.slice(i)].join(' '));
    }
  }
  return unique(out).filter((k) => k !== full);
}

/** The single tokens a bare mention of this person may use ("putin", "xi"); none for Arabic names. */
export function personSurnameKeys(name: PersonName): string[] {
  const t = name.tokens;
  if (t.length === 1) return [...t];
  if (isArabicNasab(t)) return [];
  const out: string[] = [];
  if (looksEastAsian(name.display, t)) out.push(t[0] ?? '');
  for (let i = 1; i < t.length; i++) {
    const x = t[i] ?? '';
    if (x.length > 1 && !NAME_PARTICLES.has(x)) out.push(x);
  }
  return unique(out.filter((x) => x !== ''));
}

/**
 * True when one name can be a shorter writing of the other: the shorter's
 * tokens appear in order in the longer one, an initial matching any token
 * with that first letter ("E D Mnangagwa" ~ "Emmerson Dambudzo Mnangagwa").
 */
export function personNamesCompatible(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let j = 0;
  for (const tok of short) {
    let found = false;
    while (j < long.length) {
      const cand = long[j] ?? '';
      j++;
      if (cand === tok || (tok.length === 1 && cand.startsWith(tok)) || (cand.length === 1 && tok.startsWith(cand))) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}
