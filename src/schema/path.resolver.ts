import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { RelationType } from '../extract/types';
import { MAX_PATH_HOPS, MAX_PATHS, shortestPaths, type PathRecord } from '../graph/path.repository';
import type { RequestContext } from './context';
import { RelationTypeEnum } from './entity-type.enum';
import { Path } from './path.type';

function badInput(message: string, argument: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument, ...extra } });
}

@Resolver(() => Path)
export class PathResolver {
  @Query(() => [Path], {
    description:
      'Chains of relations between two entities, most specific first (see `Path.score`), chosen among all the shortest ones (at most 100) and, only when those are fewer than `first`, the next shortest. Hubs (entities with at least as many relations as the busiest 0.1 % of entities, and at least 50) are kept out of the inside of a path unless `throughHubs` is true. Each relation carries the sentences that state it.',
  })
  async paths(
    @Ctx() { graph }: RequestContext,
    @Arg('from', () => ID, { description: 'Id of the entity to start from.' }) from: string,
    @Arg('to', () => ID, { description: 'Id of the entity to reach.' }) to: string,
    @Arg('maxHops', () => Int, { defaultValue: 4, description: `Longest path to consider (1 to ${MAX_PATH_HOPS}).` })
    maxHops: number,
    @Arg('first', () => Int, { defaultValue: 3, description: `How many paths (1 to ${MAX_PATHS}).` }) first: number,
    @Arg('relationTypes', () => [RelationTypeEnum], {
      nullable: true,
      description: 'Only through these relation types.',
    })
    relationTypes: RelationType[] | null | undefined,
    @Arg('throughHubs', () => Boolean, {
      defaultValue: false,
      description:
        'Also find paths through hubs (countries, capitals, the busiest organizations): slower on a large graph, and rarely informative.',
    })
    throughHubs: boolean,
  ): Promise<(PathRecord & { length: number })[]> {
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) {
      throw badInput(`maxHops must be between 1 and ${MAX_PATH_HOPS}, not ${maxHops}`, 'maxHops', {
        max: MAX_PATH_HOPS,
      });
    }
    if (!Number.isInteger(first) || first < 1 || first > MAX_PATHS) {
      throw badInput(`first must be between 1 and ${MAX_PATHS}, not ${first}`, 'first', { max: MAX_PATHS });
    }
    if (from === to) throw badInput('from and to are the same entity: a path needs two', 'to');
    const found = await shortestPaths(graph, { from, to, maxHops, first, types: relationTypes ?? null, throughHubs });
    for (const [exists, argument, id] of [
      [found.fromExists, 'from', from],
      [found.toExists, 'to', to],
    ] as const) {
      if (!exists) {
        throw new GraphQLError(`no entity has the id ${JSON.stringify(id.slice(0, 100))}`, {
          extensions: { code: 'NOT_FOUND', argument },
        });
      }
    }
    return found.paths.map((path) => ({ ...path, length: path.relations.length }));
  }
}
