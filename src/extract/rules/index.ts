/**
 * The relation rules: each family (one file each) reads the shared context and adds what it finds through the one
 * fact sink. The ORDER below is part of the behaviour: later rules read what earlier ones found (visits read the
 * LEADER_OF that titles found, signings the meeting that meetings recorded, attendance and addresses the events found
 * so far, common-noun events join the events already known, the article rules look at everything).
 */
import { addresses } from './addresses';
import { attendance } from './attendance';
import { commonNounEvents } from './common-noun-events';
import { buildRuleContext, sentenceView, type RuleContext, type RuleInput, type SentenceRule } from './context';
import { eventArguments } from './event-arguments';
import { eventCoreference } from './event-coreference';
import { eventNames } from './event-names';
import { eventParts } from './event-parts';
import { clauseFrames } from './frame-facts';
import { titleChains } from './title-chains';
import { ceremoniesForGuests, scheduledEvents, sessionsOfBodies } from './hosted-events';
import { bilateralEvents, meetings } from './meetings';
import { memberships } from './memberships';
import { messagesAndCalls } from './messages';
import { namedEvents } from './named-events';
import { partnerships } from './partnerships';
import { citiesInNamedCountries, placesInPlaces } from './places';
import { signedLists, signings } from './signings';
import { headsOfMainCountry, leadersWithCountryInBrackets, titlesNextToNames } from './titles';
import { visitHosts, visits } from './visits';
import type { ExtractedRelation } from '../types';

export type { RuleInput } from './context';

/** Runs `rules` in order on each sentence before going on to the next sentence. */
function sentencePass(ctx: RuleContext, rules: readonly SentenceRule[]): void {
  for (const s of ctx.sentences) {
    const view = sentenceView(ctx, s);
    for (const rule of rules) rule(ctx, view);
  }
}

export function extractRelations(input: RuleInput): ExtractedRelation[] {
  const ctx = buildRuleContext(input);
  // 1. Named events of the whole article first, so that any sentence can attach to them.
  sentencePass(ctx, [namedEvents]);
  // 2. Titles read from the parse of the name's noun phrase: before the surface patterns, which defer to them.
  titleChains(ctx, input.body);
  // 3. The clause patterns, sentence by sentence.
  sentencePass(ctx, [
    titlesNextToNames,
    leadersWithCountryInBrackets,
    placesInPlaces,
    meetings,
    ceremoniesForGuests,
    scheduledEvents,
    sessionsOfBodies,
    visits,
    signings,
    signedLists,
    partnerships,
    memberships,
    attendance,
    addresses,
  ]);
  // 4. Messages and calls, once every title is known (a counterpart takes the sender's title).
  sentencePass(ctx, [messagesAndCalls]);
  // 5. Events named by common nouns, once the patterns above have named theirs.
  commonNounEvents(ctx);
  // 6. Article-wide inferences from everything found so far.
  bilateralEvents(ctx);
  headsOfMainCountry(ctx);
  visitHosts(ctx);
  citiesInNamedCountries(ctx);
  // 7. Clause frames over the dependency analysis.
  clauseFrames(ctx, input.body);
  // 8. The participants and place of every event, from the noun phrases that name it.
  eventArguments(ctx, input.body);
  // 9. Events named only by their kind join the one fuller name of that kind the article gives.
  eventCoreference(ctx);
  // 10. Talks, ceremonies and banquets held during a visit the article reports are parts of it.
  eventParts(ctx);
  // 11. Events named after their participants, kind and place; bare phrases that name no event leave.
  eventNames(ctx);
  return ctx.sink.relations;
}
