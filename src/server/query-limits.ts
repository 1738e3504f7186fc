import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getNamedType,
  isIntrospectionType,
  isListType,
  isNonNullType,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  visit,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * Limits on the shape of a query, checked before anything runs. Page sizes and
 * path bounds are checked by the resolvers; transaction time by Neo4j.
 */
export interface QueryLimits {
  /** Deepest selection nesting allowed. */
  maxDepth: number;
  /** Highest estimated cost allowed (see `listCostEstimator`). */
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxCost: 20_000 };

/** What a list without a `first` argument is assumed to hold. */
const ASSUMED_LIST_SIZE = 10;

/**
 * What a connection's `totalCount` costs: a count query walks up to
 * MAX_TOTAL_COUNT rows, about what a page of 50 items costs to fetch.
 */
export const TOTAL_COUNT_COST = 50;

/** A `first` beyond any allowed page size is refused by the resolver; the estimate need not grow past it. */
const MAX_COUNTED_ITEMS = 1000;

function limitError(message: string, limit: string, value: number, max: number): GraphQLError {
  // `http` makes Apollo answer 400 (a client error) when the refusal comes from a plugin.
  return new GraphQLError(message, {
    extensions: { code: 'QUERY_TOO_COMPLEX', limit, value, max, http: { status: 400 } },
  });
}

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  visited: Set<string>,
): number {
  if (selectionSet === undefined) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, visited));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, visited));
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      // A fragment cycle is reported by graphql-js's own NoFragmentCycles rule.
      if (fragment === undefined || visited.has(name)) continue;
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...visited, name])));
    }
  }
  return deepest;
}

/** A validation rule: operations nested deeper than `maxDepth` are refused. */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, fragments, new Set());
        if (depth > maxDepth) {
          context.reportError(
            limitError(`the query is ${depth} levels deep; at most ${maxDepth} are allowed`, 'depth', depth, maxDepth),
          );
        }
      },
    };
  };
}

/**
 * Cost of a field: 1, plus its children times the number of items it returns —
 * its `first` argument, or ASSUMED_LIST_SIZE for an unbounded list.
 */
export const listCostEstimator: ComplexityEstimator = ({ type: parent, field, node, args, childComplexity }) => {
  // Introspection (GraphiQL's schema fetch) reads no data: free.
  if (isIntrospectionType(parent) || field.name.startsWith('__')) return 0;
  if (parent.name.endsWith('Connection') && field.name === 'totalCount') return TOTAL_COUNT_COST;
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  // `nodes(ids:)` returns one item per id asked.
  const ids = Array.isArray(args['ids']) ? args['ids'].length : undefined;
  const first = typeof args['first'] === 'number' ? args['first'] : ids;
  const isConnection = getNamedType(field.type).name.endsWith('Connection');
  // A connection's `edges` are the items its own `first` already counted.
  const isEdges = parent.name.endsWith('Connection') && field.name === 'edges';
  const items = isEdges ? 1 : isListType(type) || isConnection ? (first ?? ASSUMED_LIST_SIZE) : 1;
  // A connection's totalCount runs once, not once per item.
  const counts = isConnection ? TOTAL_COUNT_COST * totalCountSelections(node.selectionSet) : 0;
  return 1 + counts + (childComplexity - counts) * Math.min(Math.max(items, 1), MAX_COUNTED_ITEMS);
};

/** How many times a selection asks for `totalCount` directly (fragments are priced per item, on the safe side). */
function totalCountSelections(selectionSet: SelectionSetNode | undefined): number {
  return (selectionSet?.selections ?? []).filter(
    (selection) => selection.kind === Kind.FIELD && selection.name.value === 'totalCount',
  ).length;
}

/** The estimated cost of an operation; null when its variables do not fit their types (execution reports that). */
function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | null | undefined,
): number | null {
  try {
    return getComplexity({
      schema,
      query: document,
      variables,
      ...(operationName == null ? {} : { operationName }),
      estimators: [listCostEstimator],
    });
  } catch {
    return null;
  }
}

function costError(cost: number | null, maxCost: number): GraphQLError | null {
  return cost !== null && cost > maxCost
    ? limitError(`the query would cost ${cost}; at most ${maxCost} is allowed`, 'cost', cost, maxCost)
    : null;
}

/** The refusal of an operation whose estimated cost is over the limit; null when it is within. */
export function costLimitError(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | null | undefined,
  maxCost: number,
): GraphQLError | null {
  return costError(estimateCost(schema, document, variables, operationName), maxCost);
}

/** The variables an operation's cost depends on, and the costs already computed for their values. */
interface DocumentCosts {
  variables: string[];
  /** Operation names and values of the cost variables already found within the limit. */
  withinLimit: Set<string>;
}

/** Keys kept per document in `withinLimit`. */
const COSTS_PER_DOCUMENT = 256;

/** Arguments whose value the cost estimate reads (see `listCostEstimator`). */
const COSTED_ARGUMENTS = new Set(['first', 'ids']);

/**
 * The variables whose values can change the estimated cost: those inside a
 * `first` or `ids` argument (the item counts `listCostEstimator` reads) and
 * those of a directive (`@include`, `@skip` drop or keep a selection). Every
 * other part of the estimate follows from the document alone.
 */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (node: Parameters<typeof visit>[0]): void => {
    visit(node, {
      Variable(variable) {
        names.add(variable.name.value);
      },
    });
  };
  visit(document, {
    VariableDefinition: () => false,
    Argument(argument) {
      if (COSTED_ARGUMENTS.has(argument.name.value)) collect(argument.value);
    },
    Directive(directive) {
      collect(directive);
      return false;
    },
  });
  return [...names].sort();
}

/**
 * `costLimitError` for a server: Apollo hands every request with the same query
 * text the same parsed document (its document cache), so the estimate — a walk
 * of the whole operation with its type information, the dearest step of a small
 * request after execution itself — is computed once per document, operation
 * and values of its cost variables (an `id` variable changes nothing), and
 * looked up after that. Only costs within the limit are kept, so an operation
 * refused once is estimated again (and refused) every time, and a request
 * whose variables do not fit their types still gets null for execution to report.
 */
export function cachedCostLimit(
  schema: GraphQLSchema,
  maxCost: number,
): (
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | null | undefined,
) => GraphQLError | null {
  const documents = new WeakMap<DocumentNode, DocumentCosts>();
  return (document, variables, operationName) => {
    let known = documents.get(document);
    if (known === undefined) {
      known = { variables: costVariables(document), withinLimit: new Set() };
      documents.set(document, known);
    }
    // Absent and null differ: an absent variable takes its default.
    const values = known.variables.map((name) => (Object.hasOwn(variables, name) ? [variables[name]] : []));
    const key = JSON.stringify([operationName ?? null, values]);
    if (known.withinLimit.has(key)) return null;
    const cost = estimateCost(schema, document, variables, operationName);
    if (cost === null || cost > maxCost) return costError(cost, maxCost);
    if (known.withinLimit.size >= COSTS_PER_DOCUMENT) known.withinLimit.clear();
    known.withinLimit.add(key);
    return null;
  };
}

/** Refuses operations whose estimated cost is over the limit, before they run. */
export function costLimitPlugin(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin {
  const costLimit = cachedCostLimit(schema, maxCost);
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document }) {
          const error = costLimit(document, request.variables ?? {}, request.operationName);
          if (error !== null) throw error;
          return Promise.resolve();
        },
      });
    },
  };
}
