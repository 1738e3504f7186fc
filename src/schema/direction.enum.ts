import { registerEnumType } from 'type-graphql';

export const DirectionEnum = { OUT: 'OUT', IN: 'IN', BOTH: 'BOTH' } as const;

registerEnumType(DirectionEnum, {
  name: 'Direction',
  description: 'Which relations of an entity to follow.',
  valuesConfig: {
    OUT: { description: 'Relations that start at the entity.' },
    IN: { description: 'Relations that end at the entity.' },
    BOTH: { description: 'Relations in either direction.' },
  },
});
