/**
 * Wikipedia articles renamed since the anchor dictionary was made (its
 * titles are of 2014-16). Wikipedia keeps the old title as a redirect, but a
 * node's identity, the API and the gold files use today's title, so the index
 * hands out today's title and reads the old one when asked for today's.
 *
 * These are reference facts of Wikipedia's naming (page moves recorded on the
 * articles themselves), not of any text: city spellings that followed the
 * country's romanisation (Kyiv, Odesa, Ulaanbaatar), names that dropped an
 * honorific or took the common name (MOS:HONORIFIC, WP:COMMONNAME), bodies
 * renamed by themselves or by Wikipedia's naming rules.
 */

/** Old title → today's title. */
const MOVES: Record<string, string> = {
  // Places.
  Kiev: 'Kyiv',
  Odessa: 'Odesa',
  'Ulan Bator': 'Ulaanbaatar',
  Berne: 'Bern',
  Swaziland: 'Eswatini',
  'Republic of Macedonia': 'North Macedonia',
  Allahabad: 'Prayagraj',
  // People.
  'Elizabeth Truss': 'Liz Truss',
  'Hillary Rodham Clinton': 'Hillary Clinton',
  'Sheikh Mohammed bin Zayed Al Nahyan': 'Mohamed bin Zayed Al Nahyan',
  'Sheikh Tamim Bin Hamad Al Thani': 'Tamim bin Hamad Al Thani',
  'Hamad ibn Isa Al Khalifah': 'Hamad bin Isa Al Khalifa',
  'Muhammad bin Salman': 'Mohammed bin Salman',
  'Xiomara de Zelaya': 'Xiomara Castro',
  'Charles Michel (Belgian politician)': 'Charles Michel',
  'Kim Jong-un': 'Kim Jong Un',
  // Bodies.
  BRIC: 'BRICS',
  'G-20 major economies': 'G20',
  'Cooperation Council for the Arab States of the Gulf': 'Gulf Cooperation Council',
  'Association of Southeast Asian Nations': 'ASEAN',
  'Forum on China-Africa Cooperation': 'Forum on China–Africa Cooperation',
  'Information Telegraph Agency of Russia': 'TASS',
  'University of Qatar': 'Qatar University',
  'Universidad Carlos III de Madrid': 'Charles III University of Madrid',
  'Islamic State of Iraq and the Levant': 'Islamic State',
  // Treaties.
  'United Nations Charter': 'Charter of the United Nations',
};

/** Renames by pattern: every article of the Chinese Communist Party's bodies followed the party's own move (2021). */
const PATTERN_MOVES: { old: RegExp; now: string; back: RegExp; then: string }[] = [
  {
    old: /\bCommunist Party of China\b/,
    now: 'Chinese Communist Party',
    back: /\bChinese Communist Party\b/,
    then: 'Communist Party of China',
  },
];

const BACK = new Map<string, string[]>();
for (const [old, now] of Object.entries(MOVES)) BACK.set(now, [...(BACK.get(now) ?? []), old]);

/** Today's title of an article the dictionary knows under `title` (spaces, not underscores). */
export function currentTitle(title: string): string {
  const moved = MOVES[title];
  if (moved !== undefined) return moved;
  for (const p of PATTERN_MOVES) if (p.old.test(title)) return title.replace(p.old, p.now);
  return title;
}

/** The titles the dictionary may file today's `title` under: itself and its old titles. */
export function dictionaryTitles(title: string): string[] {
  const out = [title, ...(BACK.get(title) ?? [])];
  for (const p of PATTERN_MOVES) if (p.back.test(title)) out.push(title.replace(p.back, p.then));
  return out;
}
