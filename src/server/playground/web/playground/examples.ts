/**
 * The example operations the playground opens with, one tab each. Plain
 * strings, no DOM, so the schema check (tests/server/playground/operations.test.ts)
 * imports this module too.
 */

export interface ExampleOperation {
  /** The tab's title in the list the playground shows. */
  title: string;
  query: string;
  /** JSON text for the variables editor. */
  variables?: string;
}

const vars = (value: Record<string, unknown>): string => JSON.stringify(value, null, 2);

/** A document as the editor should show it: no common indentation, no blank first line. */
function flush(document: string): string {
  const lines = document
    .replace(/^\s*\n/, '')
    .trimEnd()
    .split('\n');
  const indent = Math.min(
    ...lines.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)?.[0].length ?? 0),
  );
  return lines.map((line) => line.slice(indent)).join('\n') + '\n';
}

/** The playground's opening tabs: one operation each, teaching the schema. */
export const EXAMPLE_OPERATIONS: readonly ExampleOperation[] = [
  {
    title: 'Search an entity',
    query: flush(/* GraphQL */ `
      # Welcome! Queries here run against /graphql.
      #
      # One example per tab: press ▶ (or Ctrl-Enter).
      # Left bar: the book opens the schema's docs,
      # the folder the Explorer (tick fields to build
      # a query).
      # Mutations need a token: open "Headers" below
      # and write {"Authorization": "Bearer <token>"}
      #
      # search: entity names and aliases, best first.
      query SearchEntities($text: String!) {
        search(text: $text, first: 5) {
          score
          entity {
            __typename
            id
            name
            type
            aliases
            mentionCount
            ... on Country {
              isoCode
            }
            ... on Organization {
              acronym
            }
          }
        }
      }
    `),
    variables: vars({ text: 'Putin' }),
  },
  {
    title: 'An entity, its articles and relations',
    query: flush(/* GraphQL */ `
      # One entity by id (ids look like person:xi-jinping or country:CN),
      # the articles that mention it (a page at a time: pass
      # pageInfo.endCursor as "after" for the next page), its relations
      # and its neighbours in the graph.
      query EntityWithArticlesAndRelations($id: ID!) {
        entity(id: $id) {
          id
          name
          type
          aliases
          mentionCount
          articles(first: 5) {
            edges {
              node {
                id
                title
                published
                source
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
          # Relations carry typed facts: title (LEADER_OF), role,
          # kind and date, where the text states them.
          relations(first: 10) {
            type
            confidence
            title
            role
            kind
            date
            from {
              name
            }
            to {
              name
            }
          }
          neighbors(first: 10) {
            id
            name
            type
          }
        }
      }
    `),
    variables: vars({ id: 'person:xi-jinping' }),
  },
  {
    title: 'A path between two entities, with evidence',
    query: flush(/* GraphQL */ `
      # The shortest paths between two entities, up to maxHops
      # relations long. Every relation carries its evidence: the
      # sentences that state it (newest first, a page at a time)
      # and the articles they come from.
      query PathWithEvidence($from: ID!, $to: ID!) {
        paths(from: $from, to: $to, maxHops: 4, first: 3) {
          length
          nodes {
            id
            name
            type
          }
          relations {
            type
            confidence
            from {
              name
            }
            to {
              name
            }
            evidence(first: 3) {
              totalCount
              edges {
                node {
                  sentence
                  article {
                    title
                    published
                  }
                }
              }
            }
          }
        }
      }
    `),
    variables: vars({ from: 'person:cai-qi', to: 'person:vladimir-putin' }),
  },
  {
    title: 'An article and its related articles',
    query: flush(/* GraphQL */ `
      # The newest article (use article(id: ...) for a given one), the
      # entities it mentions, the relations it supports, and the
      # articles that share the most entities with it.
      query ArticleWithRelated {
        articles(first: 1) {
          edges {
            node {
              id
              title
              published
              source
              entities {
                name
                type
              }
              relations {
                type
                from {
                  name
                }
                to {
                  name
                }
              }
              relatedArticles(first: 5) {
                score
                article {
                  title
                }
                sharedEntities {
                  name
                }
              }
            }
          }
        }
      }
    `),
  },
  {
    title: 'A timeline',
    query: flush(/* GraphQL */ `
      # The events an entity is linked to, each once, in date order, with
      # how it took part (PARTICIPATED_IN, ADDRESSED, ...) and its role.
      # Narrow it with from and to (NewsDate: 2024, 2024-05 or 2024-05-16);
      # pass an entry's cursor as after for the next page.
      query Timeline($entityId: ID!) {
        timeline(entityId: $entityId, from: "2020-01") {
          date
          relationType
          role
          event {
            name
            eventType
            place {
              name
            }
          }
        }
      }
    `),
    variables: vars({ entityId: 'person:xi-jinping' }),
  },
  {
    title: 'Events and their reports',
    query: flush(/* GraphQL */ `
      # Events newest first, narrowed by kind, participant, place (or a
      # place within it) and dates. One real event is one node, whatever
      # its publishers call it: its articles are every report of it, and
      # PART_OF ties the talks and banquet of a visit to the visit.
      query Events($participant: ID!) {
        events(first: 10, filter: { participant: $participant, from: "2023" }) {
          totalCount
          edges {
            node {
              name
              eventType
              date
              partOf {
                name
              }
              parts {
                name
              }
              articles(first: 5) {
                totalCount
                edges {
                  node {
                    title
                    source
                    published
                  }
                }
              }
            }
          }
        }
      }
    `),
    variables: vars({ participant: 'person:xi-jinping' }),
  },
  {
    title: 'Filters and counts',
    query: flush(/* GraphQL */ `
      # Lists take a filter and report their totalCount (counted up to
      # 10,000). Articles that mention ALL of the given entities,
      # published in a date range; the people tied to a country;
      # the meetings of a year, newest first.
      query FiltersAndCounts($both: [ID!]) {
        relations(first: 5, types: [MET], from: "2024", to: "2024") {
          totalCount
          edges {
            node {
              date
              from {
                name
              }
              to {
                name
              }
            }
          }
        }
        articles(first: 5, filter: { mentions: $both, from: "2024", to: "2024-12" }) {
          totalCount
          edges {
            node {
              id
              title
              published
            }
          }
        }
        entities(first: 10, filter: { country: "CN", type: Person }) {
          totalCount
          edges {
            node {
              id
              name
            }
          }
        }
      }
    `),
    variables: vars({ both: ['person:xi-jinping', 'person:vladimir-putin'] }),
  },
  {
    title: 'Any object by its global id',
    query: flush(/* GraphQL */ `
      # Every entity, article and relation is a Node with a global id:
      # fetch any of them with node(id:) or several with nodes(ids:).
      query ByGlobalId($ids: [ID!]!) {
        nodes(ids: $ids) {
          __typename
          id
          ... on Entity {
            name
          }
          ... on Article {
            title
          }
          ... on Relation {
            type
            date
          }
        }
      }
    `),
    variables: vars({ ids: ['person:xi-jinping', 'country:CN'] }),
  },
  {
    title: 'Live updates',
    query: flush(/* GraphQL */ `
      # Press ▶ and leave this tab open: every article an
      # ingestArticles mutation writes arrives here (over a
      # WebSocket on /graphql), with what it brought to the graph.
      subscription ArticleIngested {
        articleIngested {
          article {
            id
            title
          }
          newEntities {
            id
            name
          }
          newRelations {
            type
            from {
              name
            }
            to {
              name
            }
          }
        }
      }
    `),
  },
];
