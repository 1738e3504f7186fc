/**
 * Every GraphQL document the browser front end sends, in one place: the path
 * explorer's queries (with the shapes of their results) and the example
 * operations the playground opens with. Plain strings and types, no browser or
 * server code, so the Vite bundle, the e2e tests and the schema check
 * (tests/server/playground/operations.test.ts) all import this one module.
 */

// ---------------------------------------------------------------- explorer

const ENTITY_REF = /* GraphQL */ `
  fragment EntityRef on Entity {
    id
    name
    type
  }
`;

const RELATION_FIELDS = /* GraphQL */ `
  fragment RelationFields on Relation {
    id
    type
    confidence
    from {
      ...EntityRef
    }
    to {
      ...EntityRef
    }
    evidence {
      sentence
      article {
        id
        title
        published
      }
    }
  }
`;

export const SEARCH_QUERY = /* GraphQL */ `
  query ExplorerSearch($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      score
      entity {
        ...EntityRef
        mentionCount
      }
    }
  }
  ${ENTITY_REF}
`;

export const PATHS_QUERY = /* GraphQL */ `
  query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int, $first: Int) {
    paths(from: $from, to: $to, maxHops: $maxHops, first: $first) {
      length
      nodes {
        ...EntityRef
      }
      relations {
        ...RelationFields
      }
    }
  }
  ${ENTITY_REF}
  ${RELATION_FIELDS}
`;

/** A node's relations, to draw its neighbourhood when it is expanded. */
export const NEIGHBORHOOD_QUERY = /* GraphQL */ `
  query ExplorerNeighborhood($id: ID!, $first: Int) {
    entity(id: $id) {
      ...EntityRef
      relations(first: $first) {
        ...RelationFields
      }
    }
  }
  ${ENTITY_REF}
  ${RELATION_FIELDS}
`;

export const ENTITY_QUERY = /* GraphQL */ `
  query ExplorerEntity($id: ID!, $first: Int, $after: String) {
    entity(id: $id) {
      ...EntityRef
      aliases
      mentionCount
      wikipedia
      wikipediaUrl
      articles(first: $first, after: $after) {
        edges {
          cursor
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
    }
  }
  ${ENTITY_REF}
`;

export const ARTICLE_QUERY = /* GraphQL */ `
  query ExplorerArticle($id: ID!) {
    article(id: $id) {
      id
      title
      published
      source
      url
      text
      entities {
        ...EntityRef
        aliases
      }
      relatedArticles(first: 5) {
        score
        article {
          id
          title
          published
        }
        sharedEntities {
          ...EntityRef
        }
      }
    }
  }
  ${ENTITY_REF}
`;

/** Every explorer document, by name, for the schema check. */
export const EXPLORER_QUERIES: Readonly<Record<string, string>> = {
  SEARCH_QUERY,
  PATHS_QUERY,
  NEIGHBORHOOD_QUERY,
  ENTITY_QUERY,
  ARTICLE_QUERY,
};

export interface EntityRef {
  id: string;
  name: string;
  type: string;
}

export interface ArticleRef {
  id: string;
  title: string;
  published: string | null;
}

export interface RelationView {
  id: string;
  type: string;
  confidence: number;
  from: EntityRef;
  to: EntityRef;
  evidence: { sentence: string; article: ArticleRef }[];
}

export interface SearchResult {
  search: { score: number; entity: EntityRef & { mentionCount: number } }[];
}

export interface PathsResult {
  paths: { length: number; nodes: EntityRef[]; relations: RelationView[] }[];
}

export interface NeighborhoodResult {
  entity: (EntityRef & { relations: RelationView[] }) | null;
}

export interface EntityResult {
  entity:
    | (EntityRef & {
        aliases: string[];
        mentionCount: number;
        wikipedia: string | null;
        wikipediaUrl: string | null;
        articles: {
          edges: { cursor: string; node: ArticleRef & { source: string | null } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      })
    | null;
}

export interface ArticleResult {
  article:
    | (ArticleRef & {
        source: string | null;
        url: string | null;
        text: string;
        entities: (EntityRef & { aliases: string[] })[];
        relatedArticles: { score: number; article: ArticleRef; sharedEntities: EntityRef[] }[];
      })
    | null;
}

// -------------------------------------------------------------- playground

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
          relations(first: 10) {
            type
            confidence
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
      # sentence that states it and the article it comes from.
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
            evidence {
              sentence
              article {
                title
                published
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
      # The events an entity is linked to, in date order, with how it
      # took part (PARTICIPATED_IN, ADDRESSED, ...) and its role. Narrow
      # it with from and to (ISO dates, may be partial like "2024-05").
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
];
