import { Field, ObjectType } from 'type-graphql';
import { Article } from './article.type';
import type { ArticlePosition } from '../graph/article.repository';
import type { ArticleRecord } from '../graph/records';
import { encodeCursor, PageInfo, toPage } from './pagination';

@ObjectType({ description: 'An article in a page of articles.' })
export class ArticleEdge {
  @Field(() => Article, { description: 'The article.' })
  node!: Article;

  @Field(() => String, { description: 'Opaque position of this article in the list.' })
  cursor!: string;
}

@ObjectType({ description: 'A page of articles, newest first.' })
export class ArticleConnection {
  @Field(() => [ArticleEdge], { description: 'The articles of this page.' })
  edges!: ArticleEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor to ask for the next.' })
  pageInfo!: PageInfo;
}

/** Position in the article order (newest first, then id): what an article cursor encodes. */
export function isArticlePosition(value: unknown): value is ArticlePosition {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate['published'] === 'string' && typeof candidate['id'] === 'string';
}

/** A connection from the `first + 1` rows a repository returned. */
export function toArticleConnection(rows: ArticleRecord[], first: number): ArticleConnection {
  const { items, hasNextPage } = toPage(rows, first);
  const edges = items.map((node) => ({ node, cursor: encodeCursor({ published: node.published ?? '', id: node.id }) }));
  return { edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}
