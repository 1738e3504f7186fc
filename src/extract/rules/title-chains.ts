/**
 * Leadership read from the noun phrase around a name: "Ethiopian President
 * Sahle-Work Zewde", "Saudi Arabia's Crown Prince Mohammed bin Salman",
 * "President of Mongolia Kh.Battulga", "Brahim Ghali, the president of the
 * Sahrawi Republic", "President Salva Kiir of South Sudan". The title is a
 * compound of the name or its apposition; the body it belongs to hangs off
 * the title (`nmod:of`, a possessive, a demonym or a name in the compound
 * chain) or off the name (`of`). A head's title gives LEADER_OF; any other
 * title in a named organization gives AFFILIATED_WITH with the title as role.
 *
 * Runs before the article-wide guesses (titles.ts `headsOfMainCountry`), so a
 * leader whose country the phrase names is not given the article's main one.
 */
import type { AnnotatedText } from '../../nlp/document';
import { TITLES, fold } from '../../reference/index';
import { SentenceGraph } from '../syntax/sentence-graph';
import type { RuleContext } from './context';
import { isHead } from './titles';
import { mentionHeads } from './verb-frames';

/** Known titles by their folded form, longest first, each with its written form. */
const TITLE_FOLDS = TITLES.map((t) => ({ folded: fold(t.title), title: t.title })).sort(
  (a, b) => b.folded.length - a.folded.length,
);
const OWNER_RELS = new Set(['nmod:of', 'nmod:poss', 'amod', 'compound', 'nmod:for']);

/** The longest known title the words contain ("crown prince and prime minister" → "crown prince"). */
function knownTitle(words: string): string | undefined {
  const f = ` ${fold(words)} `;
  const known = TITLE_FOLDS.find((t) => f.includes(` ${t.folded} `));
  if (!known) return undefined;
  // As the article writes it ("Spokesperson", "spokesperson"), when the words hold it letter for letter.
  const written = new RegExp(known.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'), 'i').exec(words);
  return written?.[0] ?? known.title;
}

export function titleChains(ctx: RuleContext, body: AnnotatedText): void {
  const persons = ctx.table.resolved.filter((m) => !m.inTitle);
  for (const sentence of body.sentences) {
    const g = new SentenceGraph(sentence);
    const inSentence = persons.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    const heads = mentionHeads(g, inSentence);
    const evidence = ctx.sentences.find((s) => sentence.start >= s.start && sentence.start < s.end);
    if (!evidence) continue;
    for (const [h, person] of heads) {
      if (person.type !== 'Person') continue;
      const personToks = new Set(g.tokensIn(person.start, person.end));
      if (!personToks.has(h) || g.spanHead(Math.min(...personToks), Math.max(...personToks) + 1) !== h) continue;
      // The parser sometimes hangs a name under its title ("Prime Minister of Nepal Sher Bahadur Deuba" as the
      // minister "of" Deuba, or as a bare `dep`): the title is then the name's head.
      const titleNodes = [
        h,
        ...g.children(h, 'appos').map((e) => e.token),
        ...g.parents(h, (r) => r === 'appos' || r === 'nmod:of' || r === 'dep').map((e) => e.token),
      ].filter((t) => t === h || !heads.has(t));
      // The title's words: each node and its compound/amod chain, minus the name and the owners' names;
      // "her Djiboutian counterpart, President X" has its title on the name and its country on the apposition.
      const chain = new Set<number>();
      const owners = new Set<string>();
      /** Countries written before the name as its modifiers ("Canadian", "Saudi Arabia's"), by token. */
      const premodifiers = new Map<string, number>();
      const walk = (n: number, depth: number): void => {
        for (const e of g.children(n)) {
          const named = heads.get(e.token);
          if (named && named.key !== person.key) {
            if (OWNER_RELS.has(e.rel) && (named.type === 'Country' || named.type === 'Organization')) {
              owners.add(named.key);
              if (named.type === 'Country' && e.rel !== 'nmod:of' && e.rel !== 'nmod:for' && e.token < h)
                premodifiers.set(named.key, Math.max(e.token, premodifiers.get(named.key) ?? -1));
            }
            continue;
          }
          if ((e.rel === 'compound' || e.rel === 'amod') && depth < 4 && !personToks.has(e.token)) {
            chain.add(e.token);
            walk(e.token, depth + 1);
          }
        }
      };
      for (const t of titleNodes) {
        if (t !== h) chain.add(t);
        walk(t, 0);
      }
      // "President Salva Kiir of South Sudan": the body hangs off the name.
      for (const e of g.children(h, 'nmod:of')) {
        const named = heads.get(e.token);
        if (named && (named.type === 'Country' || named.type === 'Organization')) owners.add(named.key);
      }
      if (chain.size === 0) continue;
      // A headline run into the first line ("… of Russian invasion Canadian Prime Minister X") gives the title two
      // demonyms: the one next to the title is the holder's.
      const nearest = Math.max(...premodifiers.values());
      for (const [k, t] of premodifiers) if (t !== nearest) owners.delete(k);
      const words = [...chain]
        .sort((a, b) => a - b)
        .map((i) => g.token(i)?.word ?? '')
        .join(' ');
      const title = knownTitle(words);
      if (title === undefined) continue;
      // The title is the person's even where no body is named: "the Secretary-General" later stands for them.
      const titles = ctx.table.titles.get(person.key) ?? [];
      if (!titles.includes(title)) ctx.table.titles.set(person.key, [...titles, title]);
      const head = isHead(title) && !/\b(?:vice|deputy)\b/i.test(words);
      // A former leader keeps the relation, as the ontology records it, with the title saying "former".
      const past = /\b(?:former|late|then)\b/i.exec(words)?.[0]?.toLowerCase();
      for (const owner of owners) {
        const type = ctx.typeOf(owner);
        if (head)
          ctx.sink.relate('LEADER_OF', person.key, owner, evidence, { title: past ? `${past} ${title}` : title }, 0.75);
        else if (type === 'Organization')
          ctx.sink.relate('AFFILIATED_WITH', person.key, owner, evidence, { role: title }, 0.7);
      }
    }
  }
}
