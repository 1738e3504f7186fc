/**
 * Events and their relations read from clauses: who met, hosted, visited,
 * signed or attended what, where, from the dependency analysis of each
 * sentence rather than from the words between two names.
 *
 * A frame is a trigger verb with its arguments: the subject (`nsubj`, or the
 * passive's `obl:agent`), the object (`obj`, the passive's `nsubj:pass`, or
 * `obl:with`/`obl:on`), and the place (`obl:in`/`obl:at`). Enhanced++
 * dependencies give every conjunct of a coordinated argument its own edge, so
 * "A, B and C attended" is three subjects without list handling here. An
 * argument that is not itself a name is resolved through the noun phrase:
 * "the leaders of A and B" stands for A and B, an apposition for its name,
 * "he"/"she" for the last person named before it.
 *
 * Future and negated clauses ("will visit", "plans to meet", "did not sign")
 * state nothing that happened, so they yield nothing.
 */
import type { AnnotatedText } from '../../nlp/document';
import type { EntityTable, ResolvedMention } from '../entities';
import { fold } from '../../reference/index';
import { SentenceGraph } from '../syntax/sentence-graph';
import type { EntityType, EventType } from '../types';

/** What a trigger makes of its clause. */
/** `arrive` is a visit with no event of its own: an arrival is often for something else (a summit, a retreat). */
type FrameKind = 'meet' | 'talks' | 'visit' | 'arrive' | 'sign' | 'attend' | 'address' | 'accompany';

/** One argument: the entity and where it was named. */
export interface FrameArgument {
  key: string;
  type: EntityType;
}

/** One clause that states an event. Offsets are into the article body. */
export interface Frame {
  kind: FrameKind;
  eventType: EventType | undefined;
  /** The trigger as written ("met", "hosts", "signed"); for "held talks", the noun. */
  trigger: { start: number; end: number; surface: string };
  /** The noun a person would use for the event ("meeting", "talks", "visit", "signing"). */
  nominal: string | undefined;
  agents: FrameArgument[];
  patients: FrameArgument[];
  places: FrameArgument[];
  /**
   * For attendance and addresses whose object names no entity: the object's head noun ("meeting", "activities"),
   * or '' when the clause has no object ("X also attended"). The event it stands for is found among the events
   * the article named before.
   */
  eventNoun: string | undefined;
  /** Named events the clause is for: "arrived in Tashkent for the summit", "in Langkawi for the retreat". */
  purposes: FrameArgument[];
  /** A signing whose object is a document ("signed five agreements"), not only a name or nothing. */
  signsDocument: boolean;
  /** Character offset of the sentence's start, for evidence. */
  sentenceStart: number;
}

/** "A and B met" is a meeting; "A received" is not: these verbs need their object. */
const RECIPROCAL_MEET_VERBS = new Set(['meet', 'confer']);
// "greet" and "welcome" are left out: they mostly tell the ceremony of a visit, not a meeting of its own.
const MEET_VERBS = new Set([...RECIPROCAL_MEET_VERBS, 'receive', 'host']);
const TALK_VERBS = new Set(['talk', 'negotiate']);
const VISIT_VERBS = new Set(['visit', 'tour']);
const ARRIVAL_VERBS = new Set(['arrive', 'travel', 'land']);
/** A body that adopts or endorses a text signs it, but at the meeting that adopted it, not at a signing of its own. */
const ADOPTION_VERBS = new Set(['adopt', 'endorse']);
const SIGN_VERBS = new Set(['sign', 'ink', 'conclude', ...ADOPTION_VERBS]);
const ATTEND_VERBS = new Set(['attend', 'participate', 'join']);
/** "X is accompanied by A and B": A and B take part in what X does. */
const ACCOMPANY_VERBS = new Set(['accompany']);
const ADDRESS_VERBS = new Set(['address']);
/** "hold talks", "held a meeting", "pay a courtesy call", "pay a visit". */
const LIGHT_VERBS = new Set(['hold', 'have', 'pay', 'conduct', 'make', 'take']);
const LIGHT_NOUNS: ReadonlyMap<string, FrameKind> = new Map<string, FrameKind>([
  ['talk', 'talks'],
  ['talks', 'talks'],
  ['negotiation', 'talks'],
  ['discussion', 'talks'],
  ['consultation', 'talks'],
  ['meeting', 'meet'],
  ['call', 'meet'],
  ['visit', 'visit'],
  ['trip', 'visit'],
  ['part', 'attend'],
]);
/** The head nouns of titles of office written before a name ("Minister of Foreign Affairs of X Name"). */
const OFFICE_NOUN_RE =
  /^(?:minister|president|vice-president|secretary|secretary-general|chairman|chairperson|chair|premier|ambassador|governor|commissioner|director|envoy|chancellor|councillor|representative)$/;

/** Nouns that stand for the holders of an office or a side: their `of` complement names who is meant. */
const GROUP_NOUNS = new Set([
  'leader',
  'head',
  'president',
  'minister',
  'delegation',
  'representative',
  'official',
  'government',
  'side',
  'king',
  'chief',
  'envoy',
  'ambassador',
  'counterpart',
]);
const DOCUMENT_NOUNS =
  /^(?:agreement|memorandum|mou|treaty|accord|deal|pact|document|declaration|statement|convention|protocol|charter|contract)s?$/;
const FUTURE = new Set(['will', 'shall', 'would', 'to', 'could', 'may', 'might', 'should']);

const EVENT_TYPE: Record<FrameKind, EventType | undefined> = {
  meet: 'Meeting',
  talks: 'Talks',
  visit: 'StateVisit',
  sign: 'Signing',
  arrive: undefined,
  attend: undefined,
  address: undefined,
  accompany: undefined,
};

const NOMINAL: Record<FrameKind, string | undefined> = {
  meet: 'meeting',
  talks: 'talks',
  visit: 'visit',
  sign: 'signing',
  arrive: undefined,
  attend: undefined,
  address: undefined,
  accompany: undefined,
};

/** The clause kinds a verb token triggers, each with the noun that carries it for light verbs. */
function triggerOf(g: SentenceGraph, v: number): { kind: FrameKind; noun?: number }[] {
  const pos = g.token(v)?.pos ?? '';
  if (!pos.startsWith('VB')) return [];
  const lemma = g.lemma(v);
  if (MEET_VERBS.has(lemma)) return [{ kind: 'meet' }];
  if (TALK_VERBS.has(lemma)) return [{ kind: 'talks' }];
  if (VISIT_VERBS.has(lemma)) return [{ kind: 'visit' }];
  if (ARRIVAL_VERBS.has(lemma)) return [{ kind: 'arrive' }];
  // "stopped in El Salvador on his way back": a stop in a place, not a stop of something.
  if (lemma === 'stop' && g.children(v, 'obl:in').length > 0 && g.children(v, 'obj').length === 0)
    return [{ kind: 'arrive' }];
  if (SIGN_VERBS.has(lemma)) return [{ kind: 'sign' }];
  if (ATTEND_VERBS.has(lemma)) return [{ kind: 'attend' }];
  if (ACCOMPANY_VERBS.has(lemma)) return [{ kind: 'accompany' }];
  if (ADDRESS_VERBS.has(lemma)) return [{ kind: 'address' }];
  if (!LIGHT_VERBS.has(lemma)) return [];
  // "held a meeting with A, as well as a meeting with B": each such noun is a meeting of its own, whether the
  // parser made the second an object of the verb or hung it on the first noun.
  const nouns = g.children(v, 'obj').map((o) => o.token);
  for (const n of [...nouns])
    for (const e of g.children(n, (r) => r === 'nmod:with' || r.startsWith('conj')))
      if (LIGHT_NOUNS.has(g.lemma(e.token)) && !nouns.includes(e.token)) nouns.push(e.token);
  return nouns.flatMap((noun) => {
    const kind = LIGHT_NOUNS.get(g.lemma(noun));
    return kind !== undefined && !(lemma === 'take' && kind !== 'attend') ? [{ kind, noun }] : [];
  });
}

/** Whether the clause states something that happened: not negated, not future, not an infinitive of intent. */
function factual(g: SentenceGraph, v: number): boolean {
  if (g.negated(v)) return false;
  if (g.auxiliaries(v).some((a) => FUTURE.has(a))) return false;
  // "is expected to visit", "plans to meet": the trigger is the complement of another verb.
  return g.parents(v, 'xcomp').length === 0;
}

/** Entities named in the body, by the sentence token that heads their mention. */
export function mentionHeads(g: SentenceGraph, mentions: ResolvedMention[]): Map<number, ResolvedMention> {
  const heads = new Map<number, ResolvedMention>();
  for (const m of [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    const toks = g.tokensIn(m.start, m.end);
    const first = toks[0];
    const last = toks[toks.length - 1];
    if (first === undefined || last === undefined) continue;
    const head = g.spanHead(first, last + 1);
    if (!heads.has(head)) heads.set(head, m);
    // Every token of a name stands for it, so a parse that heads the name elsewhere still finds it.
    for (const t of toks) if (!heads.has(t)) heads.set(t, m);
  }
  return heads;
}

export interface VerbFrameInput {
  text: string;
  body: AnnotatedText;
  table: EntityTable;
  /** Who the article says leads a country or body (from its title rules): "the Chinese leader" is that person. */
  leaders: ReadonlyMap<string, string>;
  /** Each person's titles, written before the name or found by the title rules: "the Secretary-General" is its holder. */
  titlesOf: ReadonlyMap<string, readonly string[]>;
}

/** Reads every factual clause of the body that states a meeting, talks, visit, signing, attendance or address. */
export function findVerbFrames(input: VerbFrameInput): Frame[] {
  const { body, table } = input;
  const bodyMentions = table.resolved.filter((m) => !m.inTitle).sort((a, b) => a.start - b.start);
  const frames: Frame[] = [];
  let lastPair: FrameArgument[] = [];
  /** Persons that were the subject of a clause, in text order: what "he" and "she" most often refer back to. */
  const subjects: { key: string; start: number }[] = [];
  for (const sentence of body.sentences) {
    const g = new SentenceGraph(sentence);
    const inSentence = bodyMentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    const heads = mentionHeads(g, inSentence);

    /**
     * The person a pronoun stands for: the last person who was the subject of a clause before it, else the last
     * person named before it; never the clause's own subject ("he met him").
     */
    const lastPersonBefore = (offset: number, not: readonly FrameArgument[]): string | undefined => {
      const ok = (m: { key: string; start: number }): boolean => m.start < offset && !not.some((a) => a.key === m.key);
      const subject = [...subjects].reverse().find(ok);
      if (subject) return subject.key;
      return [...bodyMentions].reverse().find((m) => m.type === 'Person' && ok(m))?.key;
    };
    /** "the Secretary-General", "the Prime Minister": the one person of the article who holds that title. */
    const titleHolder = (t: number): FrameArgument | undefined => {
      const tok = g.token(t);
      if (!tok || !g.children(t, 'det').some((d) => g.lemma(d.token) === 'the')) return undefined;
      const words = fold(
        [...g.children(t, 'compound').map((c) => c.token), t]
          .sort((a, b) => a - b)
          .map((i) => g.token(i)?.word ?? '')
          .join(' '),
      );
      const holders = [...input.titlesOf.entries()].filter(([, ts]) => ts.some((x) => fold(x) === words));
      const only = holders.length === 1 ? holders[0] : undefined;
      return only ? { key: only[0], type: 'Person' } : undefined;
    };

    /** The entities an argument token stands for. */
    const resolve = (t: number, depth = 0, not: readonly FrameArgument[] = []): FrameArgument[] => {
      const named = heads.get(t);
      if (named) return [{ key: named.key, type: named.type }];
      if (depth > 2) return [];
      const tok = g.token(t);
      if (!tok) return [];
      for (const a of g.children(t, 'appos')) {
        const r = resolve(a.token, depth + 1);
        if (r.length) return r;
      }
      if (tok.pos === 'PRP' && /^(?:he|she|him|her)$/i.test(tok.word)) {
        const p = lastPersonBefore(tok.start, not);
        return p ? [{ key: p, type: 'Person' }] : [];
      }
      const lemma = g.lemma(t);
      if (/^(?:leader|side|party)s?$/.test(lemma) && g.children(t, 'nummod').length > 0) return lastPair;
      if (lemma === 'both' || (lemma === 'side' && g.children(t, 'det').some((d) => g.lemma(d.token) === 'both'))) {
        return lastPair;
      }
      const owners = GROUP_NOUNS.has(lemma)
        ? g
            .children(t, (r) => r === 'nmod:of' || r === 'nmod:poss' || r === 'compound' || r === 'amod')
            .flatMap((c) => resolve(c.token, depth + 1))
            .filter((a) => a.type === 'Country' || a.type === 'Organization')
        : [];
      // "Minister of Trade of the Slovak Republic Peter Novak": the parse hangs the name under the title's `of` phrase.
      if (/^\p{Lu}/u.test(tok.word) && OFFICE_NOUN_RE.test(lemma)) {
        const named = g.children(t, 'nmod').flatMap((c) => {
          const m = heads.get(c.token);
          return m?.type === 'Person' ? [{ key: m.key, type: 'Person' as const }] : [];
        });
        if (named.length === 1) return named;
      }
      // A title with its body: "the Chinese leader" is the one the article says leads China; "the leaders of A and
      // B" are A and B. A bare title ("the Secretary-General") is the one person of the article who holds it.
      if (owners.length === 0) {
        const holder = titleHolder(t);
        return holder ? [holder] : [];
      }
      if (tok.pos === 'NN' || tok.pos === 'NNP') {
        return owners.flatMap((o) => {
          const person = input.leaders.get(o.key);
          return person ? [{ key: person, type: 'Person' as const }] : [];
        });
      }
      return owners;
    };
    const argsOf = (v: number, rels: (r: string) => boolean, not: readonly FrameArgument[] = []): FrameArgument[] => {
      const seen = new Set<string>();
      const out: FrameArgument[] = [];
      for (const e of g.children(v, rels))
        for (const a of resolve(e.token, 0, not)) {
          if (seen.has(a.key)) continue;
          seen.add(a.key);
          out.push(a);
        }
      return out;
    };

    for (const tok of sentence.tokens) {
      if (g.parents(tok.index, 'nsubj').length === 0) continue;
      const named = heads.get(tok.index);
      const key = named?.type === 'Person' ? named.key : titleHolder(tok.index)?.key;
      if (key !== undefined) subjects.push({ key, start: tok.start });
    }
    for (const tok of sentence.tokens) {
      if (!factual(g, tok.index)) continue;
      for (const trig of triggerOf(g, tok.index)) {
        const v = tok.index;
        const passive = g.children(v, 'aux:pass').length > 0;
        const subjRel = (r: string): boolean => (passive ? r === 'obl:agent' : r === 'nsubj');
        const objRel = (r: string): boolean =>
          passive ? r === 'nsubj:pass' : r === 'obj' || r === 'obl:with' || r === 'obl:on' || r === 'iobj';
        let agents = argsOf(v, subjRel);
        // "X, who met Y": the relative clause's subject is the noun it modifies.
        if (agents.length === 0) {
          for (const p of g.parents(v, 'acl:relcl')) agents = resolve(p.token);
        }
        // "After meeting Y, X said", "X is on Tuesday hosting Y": a participle's subject is its governor's.
        if (agents.length === 0) {
          for (const p of g.parents(v, (r) => r.startsWith('advcl') || r === 'acl')) {
            agents = argsOf(p.token, (r) => r === 'nsubj');
          }
        }
        const noun = trig.noun;
        let patients = argsOf(v, objRel, agents).filter((a) => !agents.some((x) => x.key === a.key));
        if (noun !== undefined) {
          // "held talks with X", "paid a courtesy call on X", "paid a visit to X": the noun's complements.
          patients = [
            ...patients.filter((a) => a.type !== 'Event'),
            ...argsOf(noun, (r) => r === 'nmod:with' || r === 'nmod:on' || r === 'nmod:to'),
            ...argsOf(v, (r) => r === 'obl:to'),
          ];
        }
        let kind = trig.kind;
        if (kind === 'visit' || kind === 'arrive') {
          const dests = (r: string): boolean => r === 'obl:to' || r === 'obl:in';
          // "arrived in Kampala, Uganda": the city's country, in apposition, is visited too.
          const countries = g
            .children(v, dests)
            .flatMap((e) => g.children(e.token, 'appos'))
            .map((e) => heads.get(e.token))
            .flatMap((m) => (m?.type === 'Country' ? [{ key: m.key, type: m.type }] : []));
          patients = [...patients, ...argsOf(v, dests), ...countries];
          // "paid a courtesy visit to the minister": a visit to a person is a meeting with them.
          if (noun !== undefined && patients.some((p) => p.type === 'Person')) kind = 'meet';
        }
        const places = argsOf(
          v,
          (r) => r === 'obl:in' || r === 'obl:at' || (noun !== undefined && (r === 'nmod:in' || r === 'nmod:at')),
        ).filter((a) => a.type === 'Place' || a.type === 'Country');
        // A meeting needs two sides, a visit a destination, a signing or attendance someone who did it.
        const sides = agents.length + patients.length;
        if (agents.length === 0 || ((trig.kind === 'meet' || trig.kind === 'talks') && sides < 2)) continue;
        if (
          trig.kind === 'meet' &&
          noun === undefined &&
          !RECIPROCAL_MEET_VERBS.has(g.lemma(v)) &&
          patients.length === 0
        ) {
          continue;
        }
        let eventNoun: string | undefined;
        if (kind === 'attend' || kind === 'address') {
          const objects = g
            .children(v, (r) => (passive ? r === 'nsubj:pass' : r === 'obj' || r === 'obl:in'))
            .concat(noun !== undefined ? g.children(noun, 'nmod:in') : []);
          const unnamed = objects.find((o) => !heads.has(o.token));
          if (unnamed) eventNoun = g.lemma(unnamed.token);
          else if (objects.length === 0) eventNoun = '';
        }
        const surfaceTok = noun !== undefined ? (g.token(noun) ?? tok) : tok;
        frames.push({
          kind,
          eventType: EVENT_TYPE[kind],
          trigger: {
            start: surfaceTok.start,
            end: surfaceTok.end,
            surface: input.text.slice(surfaceTok.start, surfaceTok.end),
          },
          nominal: NOMINAL[kind],
          eventNoun,
          purposes: argsOf(v, (r) => r === 'obl:for').filter((a) => a.type === 'Event'),
          signsDocument:
            trig.kind === 'sign' &&
            !ADOPTION_VERBS.has(g.lemma(v)) &&
            g
              .children(v, passive ? 'nsubj:pass' : 'obj')
              .some((o) => DOCUMENT_NOUNS.test(g.lemma(o.token)) || heads.get(o.token)?.type === 'Agreement'),
          agents,
          patients,
          places,
          sentenceStart: sentence.start,
        });
        const people = [...agents, ...patients].filter((a) => a.type === 'Person');
        if ((kind === 'meet' || kind === 'talks') && people.length >= 2) lastPair = people;
      }
    }
  }
  return frames;
}
