import {
  GraphQLError,
  Kind,
  getArgumentValues,
  getNamedType,
  isInterfaceType,
  isObjectType,
  type FieldNode,
  type GraphQLResolveInfo,
} from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { EntityType, RelationType } from '../extract/types';
import {
  countListedEntities,
  entitiesByWikipedia,
  entityWithParts,
  type ArticlePage,
  listEntities,
  searchEntities,
  type EntityFilter,
  type SearchHitRecord,
} from '../graph/entity.repository';
import { PLAUSIBLE } from '../link/wikipedia';
import { displayTitle, sharedWikipediaIndex } from '../wikipedia';
import type { ArticleRecord, EntityRecord, RelationRecord } from '../graph/records';
import type { Direction, NeighborFilter } from '../graph/relation.repository';
import {
  ArticleConnection,
  articlePosition,
  EntityConnection,
  entityPosition,
  isArticlePosition,
  isEntityPosition,
  MAX_TOTAL_COUNT,
  pageRequest,
  toConnection,
  type Connection,
} from './connection';
import type { RequestContext } from './context';
import { DirectionEnum } from './direction.enum';
import { EntityTypeEnum, RelationTypeEnum } from './entity-type.enum';
import { Entity } from './entity.type';
import { EntityFilterInput } from './filter.input';
import { dateRange, NewsDateScalar } from './news-date.scalar';
import { MAX_PAGE_SIZE, pageSize } from './pagination';
import { Relation } from './relation.type';
import { SearchHit } from './search-hit.type';

/** Longest search text accepted: names are short; a megabyte of "search" is an attack, not a query. */
export const MAX_SEARCH_TEXT = 200;

/** A country filter as the graph knows it: an ISO 3166 code stands for its country's id. */
function countryId(country: string | null | undefined): string | null {
  if (country == null) return null;
  return /^[A-Za-z]{2}$/.test(country) ? `country:${country.toUpperCase()}` : country;
}

function toEntityFilter(filter: EntityFilterInput | null | undefined): EntityFilter {
  if (filter?.name != null && filter.name.length > MAX_SEARCH_TEXT) throw tooLong('filter.name');
  const { from, to } = dateRange(filter?.mentionedFrom, filter?.mentionedTo);
  return {
    type: filter?.type ?? null,
    name: filter?.name ?? null,
    country: countryId(filter?.country),
    mentionedFrom: from,
    mentionedTo: to,
  };
}

/**
 * Full-text hits, led by the linked entity whose Wikipedia article `text` is
 * an anchor of (any writing the dictionary knows: "VVP", "Putin").
 */
async function searchWithAnchors(
  graph: RequestContext['graph'],
  text: string,
  types: EntityType[] | null,
  size: number,
): Promise<SearchHitRecord[]> {
  const hits = await searchEntities(graph, text, types, size);
  // Any case: people type "putin" for the anchor "Putin". Most likely article first.
  const titles = sharedWikipediaIndex()
    .senses(text.trim())
    .filter((s) => s.probability >= PLAUSIBLE)
    .sort((a, b) => b.probability - a.probability)
    .map((s) => s.title);
  const [anchored] = await entitiesByWikipedia(graph, [...new Set(titles)], types);
  if (anchored === undefined) return hits;
  const top = Math.max(1, ...hits.map((h) => h.score));
  return [{ entity: anchored, score: top }, ...hits.filter((h) => h.entity.id !== anchored.id)].slice(0, size);
}

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, { nullable: true, description: 'One entity by id; null when there is none.' })
  async entity(
    @Ctx() { graph, loaders }: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('id', () => ID, { description: 'The entity id, e.g. `country:CN`.' }) id: string,
  ): Promise<EntityRecord | null> {
    // Its articles and neighbors, when selected, come in the same statement
    // (one round trip for "an entity with its articles and two levels of
    // neighbors") and are primed into the loaders their resolvers ask.
    const articles = articlePageSelected(info);
    const neighbors = neighborsSelected(info, info.fieldNodes);
    if (articles === null && neighbors === null) return loaders.entityById.load(id);
    const found = await entityWithParts(graph, id, { articles, neighbors });
    if (found === null) return null;
    loaders.entityById.prime(id, found.entity);
    if (articles !== null && found.articles !== null) loaders.articlesOfEntity.prime(id, articles, found.articles);
    if (neighbors !== null && found.neighbors !== null) loaders.neighborsOfEntity.prime(id, neighbors, found.neighbors);
    return found.entity;
  }

  @Query(() => Entity, {
    nullable: true,
    description:
      'The entity whose English Wikipedia article has this title (`Vladimir Putin` or `Vladimir_Putin`); null when no node is linked to it.',
  })
  async entityByWikipedia(
    @Ctx() { graph }: RequestContext,
    @Arg('title', () => String, { description: 'The article title, spaces or underscores.' }) title: string,
  ): Promise<EntityRecord | null> {
    if (title.length > MAX_SEARCH_TEXT) throw tooLong('title');
    const [entity] = await entitiesByWikipedia(graph, [displayTitle(title)]);
    return entity ?? null;
  }

  @Query(() => EntityConnection, {
    description: 'Entities by name (A to Z), a page at a time; a filter narrows them (type, name, country, dates).',
  })
  async entities(
    @Ctx() { graph }: RequestContext,
    @Arg('filter', () => EntityFilterInput, { nullable: true, description: 'Only the entities that match this.' })
    filter: EntityFilterInput | null | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many entities (1 to 100).' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
    after: string | null | undefined,
  ): Promise<Connection<EntityRecord>> {
    const { size, position } = pageRequest(first, after, isEntityPosition);
    const entityFilter = toEntityFilter(filter);
    const rows = await listEntities(graph, entityFilter, size, position);
    return toConnection(rows, size, entityPosition, () => countListedEntities(graph, entityFilter, MAX_TOTAL_COUNT));
  }

  @Query(() => [SearchHit], {
    description:
      'Full-text search over entity names and aliases, tolerant of case, diacritics, prefixes and small typos, and by any Wikipedia anchor of a linked entity (`VVP` finds Vladimir Putin). Best match first.',
  })
  search(
    @Ctx() { graph }: RequestContext,
    @Arg('text', () => String, { description: 'What to look for, e.g. `putin` or `Xi Jinpin`.' }) text: string,
    @Arg('types', () => [EntityTypeEnum], { nullable: true, description: 'Only entities of these types.' })
    types: EntityType[] | null | undefined,
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many hits (1 to 100).' }) first: number,
  ): Promise<SearchHitRecord[]> {
    const size = pageSize(first);
    if (text.length > MAX_SEARCH_TEXT) throw tooLong('text');
    return searchWithAnchors(graph, text, types ?? null, size);
  }

  @FieldResolver(() => Int, { description: 'How many times the articles mention it.' })
  mentionCount(@Root() entity: EntityRecord, @Ctx() { loaders }: RequestContext): Promise<number> {
    return loaders.mentionCount.load(entity.id);
  }

  @FieldResolver(() => ArticleConnection, { description: 'The articles that mention it, newest first.' })
  async articles(
    @Root() entity: EntityRecord,
    @Ctx() { loaders }: RequestContext,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many articles (1 to 100).' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
    after: string | null | undefined,
  ): Promise<Connection<ArticleRecord>> {
    const { size, position } = pageRequest(first, after, isArticlePosition);
    const rows = await loaders.articlesOfEntity(entity.id, { first: size, after: position });
    return toConnection(rows, size, articlePosition, () => loaders.articleCount.load(entity.id));
  }

  @FieldResolver(() => [Relation], { description: 'Its relations, strongest evidence first.' })
  relations(
    @Root() entity: EntityRecord,
    @Ctx() { loaders }: RequestContext,
    @Arg('types', () => [RelationTypeEnum], { nullable: true, description: 'Only relations of these types.' })
    types: RelationType[] | null | undefined,
    @Arg('direction', () => DirectionEnum, { defaultValue: 'BOTH', description: 'Outgoing, incoming or both.' })
    direction: Direction,
    @Arg('first', () => Int, { defaultValue: 50, description: 'How many relations (1 to 100).' }) first: number,
    @Arg('from', () => NewsDateScalar, {
      nullable: true,
      description: 'Only relations dated on or after this date (MET, VISITED, SIGNED carry dates; others drop out).',
    })
    from: string | null | undefined,
    @Arg('to', () => NewsDateScalar, {
      nullable: true,
      description: 'Only relations dated on or before this date, all of it: `2024-05` reaches to May 31.',
    })
    to: string | null | undefined,
  ): Promise<RelationRecord[]> {
    return loaders.relationsOfEntity(entity.id, {
      types: types ?? null,
      direction,
      first: pageSize(first),
      ...dateRange(from, to),
    });
  }

  @FieldResolver(() => [Entity], {
    description:
      "The entities it is directly related to, most informative first: the summed confidence of the relations between the two over the log of the neighbor's own number of relations, so a shared meeting comes before a country. An entity with more than 50 relations of a type is ranked over the 50 written last of each type, so a page costs the same at any graph size.",
  })
  async neighbors(
    @Root() entity: EntityRecord,
    @Ctx() { loaders }: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('types', () => [RelationTypeEnum], { nullable: true, description: 'Only through relations of these types.' })
    types: RelationType[] | null | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many neighbors (1 to 100).' }) first: number,
  ): Promise<EntityRecord[]> {
    // Neighbors of neighbors are fetched with this level (one round trip, not
    // two) and primed into the loader the next level's resolvers ask.
    const nested = nestedNeighborsFilter(info, info.fieldNodes);
    const rows = await loaders.neighborsOfEntity(entity.id, { types: types ?? null, first: pageSize(first), nested });
    if (nested !== null) {
      for (const row of rows) {
        loaders.neighborsOfEntity.prime(
          row.entity.id,
          { ...nested, nested: null },
          (row.neighbors ?? []).map((neighbor) => ({ entity: neighbor, neighbors: null })),
        );
      }
    }
    return rows.map((row) => row.entity);
  }
}

/**
 * The one selection named `name` directly inside these field nodes (not in a
 * fragment, not repeated under aliases), with its argument values; null
 * otherwise, and then the field's own resolver asks for itself.
 */
function selectedOnce(
  info: GraphQLResolveInfo,
  fieldNodes: readonly FieldNode[],
  name: string,
): { node: FieldNode; args: Record<string, unknown> } | null {
  const entityType = getNamedType(info.returnType);
  if (!isInterfaceType(entityType) && !isObjectType(entityType)) return null;
  const field = entityType.getFields()[name];
  const selections = fieldNodes.flatMap((node) => node.selectionSet?.selections ?? []);
  const found = selections.filter(
    (selection): selection is FieldNode => selection.kind === Kind.FIELD && selection.name.value === name,
  );
  const [only] = found;
  if (field === undefined || only === undefined || found.length > 1) return null;
  return { node: only, args: getArgumentValues(field, only, info.variableValues) };
}

/** The page an `articles` selection of this entity asks for, when it is one the loader can be primed with. */
function articlePageSelected(info: GraphQLResolveInfo): ArticlePage | null {
  const selected = selectedOnce(info, info.fieldNodes, 'articles');
  if (selected === null) return null;
  const { first, after } = selected.args as { first: number; after?: string | null };
  try {
    const { size, position } = pageRequest(first, after, isArticlePosition);
    return { first: size, after: position };
  } catch {
    // A bad `first` or cursor is left for the field's own resolver to report.
    return null;
  }
}

/**
 * The filter of the `neighbors` field selected inside these field nodes,
 * with the filter of a `neighbors` selected inside that one when it holds
 * only plain fields (deeper levels and fragments fall back to a query per
 * level); null when there is no such selection or its `first` is bad (the
 * field's own resolver reports it).
 */
function neighborsSelected(info: GraphQLResolveInfo, fieldNodes: readonly FieldNode[]): NeighborFilter | null {
  const selected = selectedOnce(info, fieldNodes, 'neighbors');
  if (selected === null) return null;
  const args = selected.args as { types?: RelationType[] | null; first: number };
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE_SIZE) return null;
  return { types: args.types ?? null, first: args.first, nested: nestedNeighborsFilter(info, [selected.node]) };
}

/**
 * The arguments of the `neighbors` field selected inside these `neighbors`
 * field nodes, when there is exactly one such selection and it holds only
 * plain fields, none of them `neighbors` again; null otherwise.
 */
function nestedNeighborsFilter(info: GraphQLResolveInfo, fieldNodes: readonly FieldNode[]): NeighborFilter['nested'] {
  const selected = selectedOnce(info, fieldNodes, 'neighbors');
  if (selected === null) return null;
  const deeper = selected.node.selectionSet?.selections.some(
    (selection) => selection.kind !== Kind.FIELD || selection.name.value === 'neighbors',
  );
  if (deeper !== false) return null;
  const args = selected.args as { types?: RelationType[] | null; first: number };
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE_SIZE) return null;
  return { types: args.types ?? null, first: args.first };
}

function tooLong(argument: string): GraphQLError {
  return new GraphQLError(`${argument} must be at most ${MAX_SEARCH_TEXT} characters`, {
    extensions: { code: 'BAD_USER_INPUT', argument, max: MAX_SEARCH_TEXT },
  });
}
