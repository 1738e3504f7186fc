/**
 * Every GraphQL document the path explorer sends, with the shapes of their
 * results. Plain strings and types, no DOM, so the schema check
 * (tests/server/playground/operations.test.ts) imports this module too.
 */

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
    evidence(first: 10) {
      totalCount
      edges {
        node {
          sentence
          article {
            id
            title
            published
          }
        }
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
  query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int, $first: Int, $throughHubs: Boolean) {
    paths(from: $from, to: $to, maxHops: $maxHops, first: $first, throughHubs: $throughHubs) {
      length
      score
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

/** An event: what, when, where, who, its place among other events, and the articles that report it. */
export const EVENT_QUERY = /* GraphQL */ `
  query ExplorerEvent($id: ID!, $first: Int, $after: String) {
    entity(id: $id) {
      ...EntityRef
      aliases
      ... on Event {
        eventType
        date
        place {
          ...EntityRef
        }
        participants {
          role
          entity {
            ...EntityRef
          }
        }
        partOf {
          ...EntityRef
          ... on Event {
            date
          }
        }
        parts {
          ...EntityRef
          ... on Event {
            date
          }
        }
        articles(first: $first, after: $after) {
          totalCount
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
  EVENT_QUERY,
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
  /** The newest sentences that state it, and how many there are in all. */
  evidence: { totalCount: number; edges: { node: { sentence: string; article: ArticleRef } }[] };
}

export interface SearchResult {
  search: { score: number; entity: EntityRef & { mentionCount: number } }[];
}

export interface PathsResult {
  paths: { length: number; score: number; nodes: EntityRef[]; relations: RelationView[] }[];
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

export type DatedRef = EntityRef & { date?: string | null };

export interface EventResult {
  entity:
    | (EntityRef & {
        aliases: string[];
        eventType?: string | null;
        date?: string | null;
        place?: EntityRef[];
        participants?: { role: string | null; entity: EntityRef }[];
        partOf?: DatedRef | null;
        parts?: DatedRef[];
        articles?: {
          totalCount: number;
          edges: { node: ArticleRef & { source: string | null } }[];
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
