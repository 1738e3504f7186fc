import { join } from 'node:path';
import { PROJECT_ROOT } from '../config';

/**
 * Where the evaluation sets (seed-gold.json, dev-articles.ndjson, dev-gold.json…)
 * live: `EVAL_DIR`, else `shared/eval` beside the repository, so a checkout
 * anywhere finds them without naming a machine's absolute path.
 */
export function evalDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const given = env['EVAL_DIR'];
  return given !== undefined && given !== '' ? given : join(PROJECT_ROOT, '..', 'shared', 'eval');
}

/** The seed articles scored by seed-gold.json. */
export const SEED_FILE = process.env['SEED_FILE'] ?? join(PROJECT_ROOT, 'seeds', '000_9158aa63fc4f2dea.txt');
