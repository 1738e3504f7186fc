/**
 * The ontology's relationship types as a Cypher type alternation, written out
 * so that queries name them: a pattern with no type would also walk every
 * MENTIONS edge of a busy node (China is mentioned by most articles) before a
 * label filter throws them away. tests/graph/fact-types.test.ts keeps this in
 * step with RELATION_TYPES.
 */
export const FACT_TYPES =
  'LEADER_OF|MEMBER_OF|AFFILIATED_WITH|MET|PARTICIPATED_IN|HELD_AT|LOCATED_IN|VISITED|SIGNED|PARTNER_OF|ADDRESSED|PART_OF';
