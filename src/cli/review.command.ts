import { loadConfig } from '../config';
import { openGraph } from '../graph/connection';
import { listMergeCandidates, mergeEntities, splitAlias, undoMerge } from '../graph/review.repository';
import { parseCommandArgs } from './args';
import { UsageError } from './fail';

const USAGE = [
  'npm run review -- candidates [--first N]     list possible duplicates linking left for a person',
  'npm run review -- merge KEEP_ID MERGE_ID…    merge entities into KEEP_ID (prints the merge id)',
  'npm run review -- undo MERGE_ID              take a merge back',
  'npm run review -- split ENTITY_ID ALIAS      split an alias off into an entity of its own',
].join('\n  ');

/** `npm run review -- …`: the merge-candidate review of linking, from the shell. */
export async function reviewCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs(args, { first: { type: 'string', default: '50' } }, USAGE);
  const [action, ...rest] = positionals;
  const graph = await openGraph(loadConfig());
  try {
    switch (action) {
      case 'candidates': {
        const first = Number(values.first);
        if (!Number.isInteger(first) || first < 1 || first > 1000) throw new UsageError('--first must be 1 to 1000');
        const candidates = await listMergeCandidates(graph.executor, first);
        for (const c of candidates) console.log(`${c.entityId}\t${c.candidateId}\t${c.reason}`);
        console.log(`${candidates.length} merge candidates`);
        return;
      }
      case 'merge': {
        const [keep, ...merge] = rest;
        if (keep === undefined || merge.length === 0)
          throw new UsageError(`merge needs KEEP_ID and MERGE_ID…\n  ${USAGE}`);
        const result = await mergeEntities(graph.executor, keep, merge);
        console.log(`merged ${merge.join(', ')} into ${keep}; undo with: npm run review -- undo ${result.mergeId}`);
        return;
      }
      case 'undo': {
        const [mergeId] = rest;
        if (mergeId === undefined) throw new UsageError(`undo needs MERGE_ID\n  ${USAGE}`);
        console.log(`restored ${(await undoMerge(graph.executor, mergeId)).join(', ')}`);
        return;
      }
      case 'split': {
        const [entityId, alias] = rest;
        if (entityId === undefined || alias === undefined)
          throw new UsageError(`split needs ENTITY_ID and ALIAS\n  ${USAGE}`);
        console.log(`split "${alias}" off ${entityId} into ${await splitAlias(graph.executor, entityId, alias)}`);
        return;
      }
      default:
        throw new UsageError(`usage:\n  ${USAGE}`);
    }
  } finally {
    await graph.close();
  }
}
