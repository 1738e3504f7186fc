import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { RELATION_TYPES, type RelationType } from '../extract/types';
import type { RequestContext, RelationKey } from './context';
import { Node, type NodeRecord } from './node.type';

/** Most ids one `nodes` call may ask for: a page. */
export const MAX_NODES = 100;

const RELATION_ID = /^([A-Z_]+)\((.+)\)$/;

function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}

/**
 * The ends a relation id names. Entity ids hold no comma (they are slugs,
 * codes and dates), so the one comma of `TYPE(from,to)` splits them.
 */
export function relationKey(id: string): RelationKey | null {
  const match = RELATION_ID.exec(id);
  const [, type, ends] = match ?? [];
  if (type === undefined || ends === undefined || !isRelationType(type)) return null;
  const parts = ends.split(',');
  const [fromId, toId] = parts;
  if (parts.length !== 2 || fromId === undefined || toId === undefined) return null;
  return { id, type, fromId, toId };
}

/** Any object by its global id (see Node); null when there is none, whatever the id looks like. */
function loadNode({ loaders }: RequestContext, id: string): Promise<NodeRecord | null> {
  if (/^a-[0-9a-f]{16}$/.test(id)) return loaders.articleById.load(id);
  const relation = relationKey(id);
  if (relation !== null) return loaders.relationById.load(relation);
  if (/^[a-z]+:/.test(id)) return loaders.entityById.load(id);
  return Promise.resolve(null);
}

@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Any object by its global id (an entity, an article or a relation); null when there is none.',
  })
  node(@Ctx() context: RequestContext, @Arg('id', () => ID, { description: 'The global id.' }) id: string) {
    return loadNode(context, id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Objects by global id, in the order asked, null where there is none (at most ${MAX_NODES} ids).`,
  })
  nodes(
    @Ctx() context: RequestContext,
    @Arg('ids', () => [ID], { description: 'The global ids.' }) ids: string[],
  ): Promise<(NodeRecord | null)[]> {
    if (ids.length > MAX_NODES) {
      throw new GraphQLError(`ids may hold at most ${MAX_NODES} ids, not ${ids.length}`, {
        extensions: { code: 'BAD_USER_INPUT', argument: 'ids', max: MAX_NODES },
      });
    }
    return Promise.all(ids.map((id) => loadNode(context, id)));
  }
}
