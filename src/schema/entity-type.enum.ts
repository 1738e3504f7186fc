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

registerEnumType(EntityTypeEnum, {
  name: 'EntityType',
  description: "The kinds of entity in the graph (the ontology's node labels).",
});
registerEnumType(EventTypeEnum, {
  name: 'EventType',
  description: 'What kind of event an Event is.',
});
registerEnumType(RelationTypeEnum, {
  name: 'RelationType',
  description: "The kinds of relationship between entities (the ontology's relationship types).",
});
