/**
 * Who took part in an event and where it was, read from the noun phrase that
 * names it: "Trudeau's visit to Kyiv", "the meeting between A and B in the
 * palace", "talks with B", "the summit of the African Union in Addis Ababa",
 * "a visit by A", and from the verb it is the object of ("A held talks",
 * "A hosted the summit"). Runs last, over every event the other families
 * named, so an event found by its name gets its participants and place from
 * the parse of each sentence that names it.
 */
import type { AnnotatedText } from '../../nlp/document';
import { SentenceGraph } from '../syntax/sentence-graph';
import { EVENT_KW } from '../lexicon';
import type { EventType, ExtractedEntity } from '../types';
import type { RuleContext } from './context';
import { mentionHeads } from './verb-frames';

/** Events that people take part in (not anniversaries, wars or years). */
const GATHERINGS = new Set<EventType>([
  'Meeting',
  'Talks',
  'Summit',
  'Conference',
  'Forum',
  'StateVisit',
  'Banquet',
  'Ceremony',
  'Signing',
]);
const PARTICIPANT_RELS = new Set(['nmod:poss', 'nmod:with', 'nmod:between', 'nmod:of', 'nmod:by', 'nmod:among']);
const PLACE_RELS = new Set(['nmod:in', 'nmod:at', 'nmod:to']);
/** Verbs whose subject takes part in the event that is their object. */
const HOLDING_VERBS = new Set([
  'hold',
  'host',
  'attend',
  'chair',
  'convene',
  'co-chair',
  'join',
  'open',
  'have',
  'conduct',
]);
const PARTY_TYPES = new Set(['Person', 'Country', 'Organization']);

export function eventArguments(ctx: RuleContext, body: AnnotatedText): void {
  const { table, sink } = ctx;
  const bodyMentions = table.resolved.filter((m) => !m.inTitle);
  const events = [...table.entities.values()].filter(
    (e) => e.type === 'Event' && GATHERINGS.has(e.properties.eventType ?? 'Other'),
  );
  if (events.length === 0) return;
  for (const sentence of body.sentences) {
    const evidence = ctx.sentences.find((s) => sentence.start >= s.start && sentence.start < s.end);
    if (!evidence) continue;
    const inSentence = (m: { start: number; end: number }): boolean =>
      m.start >= sentence.start && m.end <= sentence.end;
    const g = new SentenceGraph(sentence);
    const heads = mentionHeads(g, bodyMentions.filter(inSentence));
    nominalMentions(ctx, g, heads, events, inSentence, evidence.index);
    const named = events.flatMap((e) => e.mentions.filter(inSentence).map((m) => ({ event: e, mention: m })));
    if (named.length === 0) continue;
    for (const { event, mention } of named) {
      const toks = g.tokensIn(mention.start, mention.end);
      const first = toks[0];
      const last = toks[toks.length - 1];
      if (first === undefined || last === undefined) continue;
      const head = g.spanHead(first, last + 1);
      const own = new Set(toks);
      const party = (t: number): string | undefined => {
        const m = heads.get(t);
        return m && PARTY_TYPES.has(m.type) && !own.has(t) ? m.key : undefined;
      };
      for (const e of g.children(head)) {
        const m = heads.get(e.token);
        if (!m || own.has(e.token)) continue;
        if (PARTICIPANT_RELS.has(e.rel) && PARTY_TYPES.has(m.type)) {
          sink.relate('PARTICIPATED_IN', m.key, event.key, evidence, { role: 'attendee' }, 0.6);
        } else if (PLACE_RELS.has(e.rel) && (m.type === 'Place' || m.type === 'Country')) {
          sink.relate('HELD_AT', event.key, m.key, evidence, {}, 0.6);
        }
      }
      for (const p of g.parents(head, (r) => r === 'obj' || r === 'nsubj:pass')) {
        if (!HOLDING_VERBS.has(g.lemma(p.token))) continue;
        const subjectRel = p.rel === 'obj' ? 'nsubj' : 'obl:agent';
        for (const s of g.children(p.token, subjectRel)) {
          const key = party(s.token);
          if (key) sink.relate('PARTICIPATED_IN', key, event.key, evidence, { role: 'attendee' }, 0.6);
        }
      }
    }
  }
}

/**
 * "During his official visit to Mongolia, …": a noun phrase headed by an event noun whose owner or destination is
 * one of an event's participants or places, of the event's type, is another mention of that event; the phrase as
 * written (with and without its complement) becomes an alias.
 */
function nominalMentions(
  ctx: RuleContext,
  g: SentenceGraph,
  heads: ReturnType<typeof mentionHeads>,
  events: ExtractedEntity[],
  inSentence: (m: { start: number; end: number }) => boolean,
  sentenceIndex: number,
): void {
  const taken = events.flatMap((e) => e.mentions.filter(inSentence));
  for (const tok of g.tokens) {
    if (!tok.pos.startsWith('NN')) continue;
    const type = EVENT_KW.get(g.lemma(tok.index)) ?? EVENT_KW.get(tok.word.toLowerCase());
    if (type === undefined || !GATHERINGS.has(type)) continue;
    if (taken.some((m) => m.start <= tok.start && tok.end <= m.end)) continue;
    const args = g
      .children(tok.index)
      .filter((e) => PARTICIPANT_RELS.has(e.rel) || PLACE_RELS.has(e.rel) || e.rel === 'nmod:poss')
      .map((e) => ({ rel: e.rel, key: heads.get(e.token)?.key, token: e.token }))
      .filter((a): a is { rel: string; key: string; token: number } => a.key !== undefined);
    if (args.length === 0) continue;
    const linked = (e: ExtractedEntity, key: string): boolean =>
      ctx.sink.has('PARTICIPATED_IN', (r) => r.from === key && r.to === e.key) ||
      ctx.sink.has('HELD_AT', (r) => r.from === e.key && r.to === key);
    const candidates = events.filter((e) => e.properties.eventType === type && args.every((a) => linked(e, a.key)));
    const event = candidates.length === 1 ? candidates[0] : undefined;
    if (!event) continue;
    const modifiers = g
      .children(tok.index, (r) => r === 'amod' || r === 'compound')
      .map((e) => e.token)
      .filter((t) => t < tok.index && !heads.has(t));
    const from = g.token(Math.min(tok.index, ...modifiers))?.start ?? tok.start;
    const complement = args.find((a) => PLACE_RELS.has(a.rel) && a.token > tok.index);
    const surfaces = [ctx.text.slice(from, tok.end)];
    if (complement) {
      const m = heads.get(complement.token);
      if (m) surfaces.push(ctx.text.slice(from, m.end));
    }
    for (const surface of surfaces) {
      if (!event.aliases.includes(surface)) event.aliases.push(surface);
    }
    event.mentions.push({ start: from, end: tok.end, surface: ctx.text.slice(from, tok.end), sentenceIndex });
  }
}
