import { registerEnumType } from 'type-graphql';
import {
  ENTITY_TYPES,
  EVENT_TYPES,
  RELATION_TYPES,
  type EntityType,
  type EventType,
  type RelationType,
} from '../extract/types';

/** The ontology's lists as the enum objects type-graphql registers. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

export const EntityTypeEnum = enumOf<EntityType>(ENTITY_TYPES);
export const EventTypeEnum = enumOf<EventType>(EVENT_TYPES);
export const RelationTypeEnum = enumOf<RelationType>(RELATION_TYPES);

function describe<T extends string>(descriptions: Record<T, string>): Record<T, { description: string }> {
  return Object.fromEntries(
    Object.entries<string>(descriptions).map(([value, description]) => [value, { description }]),
  ) as Record<T, { description: string }>;
}

registerEnumType(EntityTypeEnum, {
  name: 'EntityType',
  description: "The kinds of entity in the graph (the ontology's node labels).",
  valuesConfig: describe<EntityType>({
    Person: 'A named human.',
    Country: 'A sovereign state or state-like polity, with its ISO 3166 code.',
    Organization: 'A named body: intergovernmental, party, government, military, media or company.',
    Place: 'A named location that is not a country: city, province, region, venue, square.',
    Event: 'Something that happened or is scheduled, with a type and, where known, a date.',
    Agreement: 'A named document parties signed, issued or adopted: treaty, joint statement, plan, declaration.',
  }),
});
registerEnumType(EventTypeEnum, {
  name: 'EventType',
  description: 'What kind of event an Event is.',
  valuesConfig: describe<EventType>({
    Talks: 'Talks between leaders or delegations.',
    Meeting: 'A meeting, including one on the sidelines of another event.',
    StateVisit: 'A state or official visit.',
    Ceremony: 'A ceremony: welcome, signing, opening, credentials.',
    Banquet: 'A banquet or official dinner.',
    Forum: 'A forum.',
    Conference: 'A conference or press conference.',
    Summit: 'A summit.',
    Celebration: 'A celebration, anniversary or festival.',
    Signing: 'The signing of an agreement.',
    Other: 'Any other event: a call, a message, a war.',
  }),
});
registerEnumType(RelationTypeEnum, {
  name: 'RelationType',
  description: "The kinds of relationship between entities (the ontology's relationship types).",
  valuesConfig: describe<RelationType>({
    LEADER_OF: 'Person → Country or Organization, with the title.',
    MEMBER_OF: 'Country or Organization → Organization.',
    AFFILIATED_WITH: 'Person → Organization, with the role (reporter, official…).',
    MET: 'Person ↔ Person (symmetric), with the date.',
    PARTICIPATED_IN: 'Person, Country or Organization → Event, with the role (host, guest, attendee, speaker).',
    HELD_AT: 'Event → Place or Country.',
    LOCATED_IN: 'Place → Place or Country.',
    VISITED: 'Person → Country or Place, with the date and kind of visit.',
    SIGNED: 'Person, Country or Organization → Agreement, with the date.',
    PARTNER_OF: 'Country ↔ Country (symmetric), with the kind of partnership.',
    ADDRESSED: 'Person → Event or Organization, with the kind (letter, speech, message).',
    PART_OF: 'Event → Event: a sub-event (talks, a banquet, a ceremony) → the visit or summit it was part of.',
  }),
});
